package org.schedc.cli;

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
        return Main.OK;
    }
}
