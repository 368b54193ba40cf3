package org.schedc.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The picocli command tree: every command line that {@link FastCompile} does not take goes through here. */
@Command(name = "schedc", mixinStandardHelpOptions = true, version = Main.VERSION,
        description = "Compiles CPU-scheduling policies to sched_ext BPF objects.",
        subcommands = {CompileCommand.class, DisasmCommand.class, VerifyCommand.class, KernelsCommand.class, SnapshotCommand.class,
                TagCommand.class, StatsCommand.class, LspCommand.class, CheckCommand.class, FmtCommand.class, SimCommand.class,
                RunCommand.class, UpgradeCommand.class, StatusCommand.class, StopCommand.class,
                SignCommand.class, KeygenCommand.class, GenCommand.class})
final class SchedcCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SchedcCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println(Main.internalError(e));
            return Main.INTERNAL;
        });
        cl.setParameterExceptionHandler((e, args1) -> {
            err.println("schedc: " + e.getMessage());
            err.println("Try 'schedc " + (e.getCommandLine().getCommandName().equals("schedc") ? "" : e.getCommandLine().getCommandName() + " ") + "--help'.");
            return Main.USAGE;
        });
        return cl.execute(args);
    }
}
