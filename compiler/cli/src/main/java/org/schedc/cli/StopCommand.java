package org.schedc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.schedc.bpf.loader.LoadException;
import org.schedc.bpf.loader.Loader;
import org.schedc.bpf.loader.SchedExt;
import org.schedc.bpf.loader.Stopper;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code schedc stop}: removes the pins {@code schedc run} made; the kernel then disables the scheduler. */
@Command(name = "stop", mixinStandardHelpOptions = true, description = "Unregister the policy 'schedc run' loaded (removes its pins).")
final class StopCommand implements Callable<Integer> {
    @CommandLine.Mixin RunCommand.PinOptions pins;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Loader.Pins where = pins.pins();
        if (!Files.isDirectory(where.pinDir())) {
            err.println("schedc stop: error[E0917]: nothing to stop: no pin directory " + where.pinDir() + " (was the policy started with 'schedc run'?)");
            return Main.USAGE;
        }
        try {
            int n = Stopper.stop(where).size();
            SchedExt s = Stopper.awaitDisabled(5000);
            out.println("schedc stop: removed " + n + " pins from " + where.pinDir() + "; sched_ext is " + s.state());
            return Main.OK;
        } catch (LoadException e) {
            err.println("schedc stop: error[" + e.code() + "]: " + e.getMessage());
            return e.exitCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.INTERNAL;
        }
    }
}
