package org.schedc.cli;

import java.nio.file.Path;
import org.schedc.bpf.sys.BpfException;
import org.schedc.cli.maps.PolicyMapException;
import org.schedc.cli.maps.PolicyMaps;
import org.schedc.cli.maps.StatsReader;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.schedc.bpf.loader.Loader;
import org.schedc.bpf.loader.SchedExt;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code schedc status}: sched_ext's state from sysfs, and whether 'schedc run' pins are present. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show whether a sched_ext scheduler is enabled, which, and its schedc pins.")
final class StatusCommand implements Callable<Integer> {
    @CommandLine.Mixin RunCommand.PinOptions pins;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** The running policy's counters ({@code counter NAME VALUE}, summed over CPUs) when its stats map is pinned. */
    private static void counters(Path pin, String policy, PrintWriter out) {
        if (!Files.exists(pin)) return; // a policy without counters, or one loaded by something else
        try (var m = PolicyMaps.openStats(pin, policy)) {
            var values = m.map().lookupPerCpu(new byte[4]);
            if (values.isEmpty()) return;
            StatsReader.sum(m.layout(), values.get()).forEach((k, v) -> out.println("counter " + k + " " + Long.toUnsignedString(v)));
        } catch (PolicyMapException | BpfException e) {
            out.println("counters - (" + e.getMessage() + ")"); // status still answers; 'schedc stats' says more
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        SchedExt s = SchedExt.read();
        if (s.state().equals("absent")) {
            err.println("schedc status: error[E0903]: this kernel has no sched_ext (" + SchedExt.DIR + " is missing)");
            return Main.USAGE;
        }
        Loader.Pins where = pins.pins();
        out.println("state " + s.state());
        out.println("ops " + (s.ops().isEmpty() ? "-" : s.ops()));
        out.println("enable_seq " + s.enableSeq());
        out.println("pins " + (Files.isDirectory(where.pinDir()) ? where.pinDir() : "-"));
        if (!s.ops().isEmpty()) counters(where.pinRoot().resolve(s.ops() + "_stats"), s.ops(), out);
        return Main.OK;
    }
}
