package org.schedc.cli;

import java.io.PrintWriter;

/**
 * {@code SCHEDC_TIMINGS=1}: where one schedc process spends its time, printed to stderr when it ends (JVM start
 * to main, then each phase since the previous mark). {@code SCHEDC_TIMINGS=phases} also splits a compile into
 * its cold phases (parse, modules, kernel schemas, check, lower, codegen, verifier-sim) by running them once on
 * their own before the real compile, which then runs warm. Off (one getenv) otherwise.
 */
final class Timings {
    private static final String MODE = System.getenv("SCHEDC_TIMINGS");
    static final boolean ON = MODE != null && !MODE.isEmpty() && !MODE.equals("0");
    private static final java.util.List<String> PHASES = new java.util.ArrayList<>();
    private static final java.util.List<Long> NANOS = new java.util.ArrayList<>();
    private static long startNanos, lastNanos, startMillis;

    private Timings() {}

    static boolean phases() { return ON && MODE.equals("phases"); }

    static void start() {
        if (!ON) return;
        startNanos = lastNanos = System.nanoTime();
        startMillis = System.currentTimeMillis();
    }

    static void mark(String phase) {
        if (!ON) return;
        long now = System.nanoTime();
        if (startNanos == 0) startNanos = lastNanos = now;
        // Formatting waits for the report: its first use loads enough classes to distort the next phase.
        PHASES.add(phase);
        NANOS.add(now - lastNanos);
        lastNanos = now;
    }

    static void report(PrintWriter err) {
        if (!ON) return;
        mark("exit");
        // Read after the work: the management classes cost tens of ms and must not land in a phase.
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < PHASES.size(); i++) lines.append(String.format("  %-34s %7.1f ms%n", PHASES.get(i), NANOS.get(i) / 1e6));
        err.printf("schedc timings:%n  %-34s %7d ms%n%s  %-34s %7.1f ms%n", "JVM start to main", startMillis - jvmStart, lines,
                "main to exit", (lastNanos - startNanos) / 1e6);
        err.flush();
    }
}
