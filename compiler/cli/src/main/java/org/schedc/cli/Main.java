package org.schedc.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code schedc}: the command-line entry point. Exit codes: 0 ok, 1 errors in the input, 2 usage or I/O, 3 internal error. */
@Command(name = "schedc", mixinStandardHelpOptions = true, version = "schedc 0.1.0",
        description = "Compiles CPU-scheduling policies to sched_ext BPF objects.",
        subcommands = {CompileCommand.class, DisasmCommand.class, VerifyCommand.class, KernelsCommand.class, SnapshotCommand.class,
                TagCommand.class, StatsCommand.class, LspCommand.class, CheckCommand.class, FmtCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0, INPUT_ERRORS = 1, USAGE = 2, INTERNAL = 3;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line; used by main and by tests. Never lets an exception escape as a stack trace. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("schedc: internal error: " + e + " (this is a schedc bug; please report it with the input)");
            return INTERNAL;
        });
        cl.setParameterExceptionHandler((e, args1) -> {
            err.println("schedc: " + e.getMessage());
            err.println("Try 'schedc " + (e.getCommandLine().getCommandName().equals("schedc") ? "" : e.getCommandLine().getCommandName() + " ") + "--help'.");
            return USAGE;
        });
        try {
            return cl.execute(args);
        } catch (RuntimeException | StackOverflowError e) {
            err.println("schedc: internal error: " + e);
            return INTERNAL;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
