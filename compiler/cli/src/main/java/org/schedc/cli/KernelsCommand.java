package org.schedc.cli;

import java.util.concurrent.Callable;
import org.schedc.kabi.KabiRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(mixinStandardHelpOptions = true, name = "kernels", description = "List the kernels whose schemas are bundled (the default targets).")
final class KernelsCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (KabiRegistry.Bundled b : KabiRegistry.bundled()) {
            spec.commandLine().getOut().printf("%-10s %s%n", b.version(), b.description());
        }
        return Main.OK;
    }
}
