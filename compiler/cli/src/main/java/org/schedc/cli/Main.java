package org.schedc.cli;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * {@code schedc}: the command-line entry point. Exit codes: 0 ok, 1 errors in the input, 2 usage or I/O, 3 internal error.
 * A plain {@code compile} (the command whose start-up is measured against clang) runs without picocli, whose
 * set-up costs more than the compile itself (see bench/results/startup-breakdown.md); every other command
 * line, including every unusual {@code compile} one, goes through {@link SchedcCommand}.
 */
public final class Main {
    public static final int OK = 0, INPUT_ERRORS = 1, USAGE = 2, INTERNAL = 3;
    public static final String VERSION = "schedc 0.1.0";

    private Main() {}

    public static void main(String[] args) {
        Timings.start();
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, new PrintWriter(System.out, true), err);
        Timings.report(err);
        System.exit(code);
    }

    /** Runs a command line; used by main and by tests. Never lets an exception escape as a stack trace. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            Optional<CompileCommand> fast = FastCompile.parse(args, out, err);
            Timings.mark("arguments");
            if (fast.isPresent()) {
                try {
                    return fast.get().call();
                } catch (RuntimeException e) {
                    err.println(internalError(e));
                    return INTERNAL;
                }
            }
            return SchedcCommand.execute(args, out, err);
        } catch (RuntimeException | StackOverflowError e) {
            err.println("schedc: internal error: " + e);
            return INTERNAL;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Only the picocli path: every command line through picocli, for tests comparing the two paths. */
    static int runWithPicocli(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return SchedcCommand.execute(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static String internalError(Throwable e) {
        return "schedc: internal error: " + e + " (this is a schedc bug; please report it with the input)";
    }
}
