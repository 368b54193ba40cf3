package org.schedc.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;
import org.schedc.cli.Main;

/** Runs the command line in-process and captures what it prints. */
public final class Cli {
    private Cli() {}

    public record Result(int exit, String out, String err) {
        public String all() { return out + err; }

        @Override public String toString() { return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err; }
    }

    /** Stack-trace frames and exception class names: never acceptable in anything schedc prints. */
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception|java\\.lang\\.|\\tat ");

    public static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(exit, out.toString(), err.toString());
    }

    public static boolean hasStackTrace(String text) { return STACK_TRACE.matcher(text).find(); }

    public static void assertNoStackTrace(Result r) {
        assertFalse(hasStackTrace(r.all()), () -> "output contains a stack trace or exception name:\n" + r);
    }
}
