package org.schedc.sim;

/**
 * Chrome/Perfetto trace-event JSON ("X" complete events, one track per CPU, times in microseconds): opens in
 * ui.perfetto.dev and chrome://tracing. Disabled traces record nothing.
 */
final class Trace {
    private final StringBuilder b;
    private final long[] start;
    private boolean first = true;

    Trace(boolean enabled, int cpus) {
        b = enabled ? new StringBuilder("{\"traceEvents\": [\n") : null;
        start = new long[cpus];
        if (enabled) {
            for (int c = 0; c < cpus; c++) {
                sep();
                b.append("{\"name\": \"thread_name\", \"ph\": \"M\", \"pid\": 1, \"tid\": ").append(c).append(", \"args\": {\"name\": \"CPU ").append(c).append("\"}}");
            }
        }
    }

    private void sep() {
        if (!first) b.append(",\n");
        first = false;
    }

    void begin(int cpu, Task t, long now) { start[cpu] = now; }

    void slice(int cpu, Task t, long now) {
        if (b == null || now <= start[cpu]) return;
        sep();
        b.append("{\"name\": ").append(Json.quote(t.label())).append(", \"cat\": ").append(Json.quote(t.spec().cls()))
                .append(", \"ph\": \"X\", \"pid\": 1, \"tid\": ").append(cpu)
                .append(", \"ts\": ").append(micros(start[cpu])).append(", \"dur\": ").append(micros(now - start[cpu])).append('}');
        start[cpu] = now;
    }

    private static String micros(long ns) {
        return ns / 1000 + "." + String.format("%03d", ns % 1000);
    }

    String json() { return b.toString() + "\n]}\n"; }
}
