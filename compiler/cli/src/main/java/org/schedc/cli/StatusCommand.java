package org.schedc.cli;

import java.nio.file.Path;
import org.schedc.bpf.sys.BpfException;
import org.schedc.control.PolicyMapException;
import org.schedc.control.PolicyMaps;
import org.schedc.control.StatsReader;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.schedc.bpf.loader.Loader;
import org.schedc.bpf.loader.SchedExt;
import org.schedc.bpf.loader.SchedExtExit;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code schedc status}: sched_ext's state from sysfs, whether 'schedc run' pins are present, the last exit the kernel
 * logged (which scheduler, error or not, reason and message) and the running policy's counters.
 */
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
        // the kernel says why it disabled a scheduler only in its log (sched_ext has no sysfs file for it)
        out.println("last_exit " + SchedExtExit.last(null, 0).map(e -> e.ops() + " " + (e.error() ? "error" : "exit") + " (" + e.describe() + ")")
                .orElse("-"));
        if (!s.ops().isEmpty()) counters(where.pinRoot().resolve(s.ops() + "_stats"), s.ops(), out);
        return Main.OK;
    }
}
