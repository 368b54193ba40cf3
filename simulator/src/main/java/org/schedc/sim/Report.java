package org.schedc.sim;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The text report: per task and per class (rt-app task name) CPU share, wait latency, switches, migrations. */
final class Report {
    private Report() {}

    static String text(Machine m, String opsName, long endNs) {
        StringBuilder b = new StringBuilder();
        long simulated = m.ejected != null ? m.ejectedAt : endNs;
        b.append("policy ").append(opsName.isEmpty() ? "(unnamed)" : opsName).append(": ");
        if (m.ejected == null) b.append("enabled for the whole run\n");
        else b.append("ejected at ").append(ms(m.ejectedAt)).append(": ").append(m.ejected).append('\n');
        b.append(String.format(Locale.ROOT, "machine: %d CPUs, %s simulated, watchdog timeout %s%n", m.cpus.length, ms(simulated), ms(m.timeoutNs)));
        double capacity = (double) simulated * m.cpus.length;
        b.append(String.format(Locale.ROOT, "%-20s %-16s %7s %10s %10s %10s %8s %6s%n", "task", "class", "share", "wait p50", "wait p99", "wait max", "switches", "migr"));
        for (Task t : m.tasks) {
            b.append(String.format(Locale.ROOT, "%-20s %-16s %6.2f%% %10s %10s %10s %8d %6d%n", t.label(), t.spec().cls(), pct(t.runtime, capacity),
                    ms(t.waitSamples.percentile(50)), ms(t.waitSamples.percentile(99)), ms(t.maxWait), t.switches, t.migrations));
        }
        Map<String, long[]> classes = new LinkedHashMap<>();
        Map<String, LongList> waits = new LinkedHashMap<>();
        for (Task t : m.tasks) {
            long[] c = classes.computeIfAbsent(t.spec().cls(), k -> new long[4]);
            c[0] += t.runtime; c[1] += t.switches; c[2] += t.migrations; c[3] = Math.max(c[3], t.maxWait);
            LongList w = waits.computeIfAbsent(t.spec().cls(), k -> new LongList());
            for (long v : t.waitSamples.toArray()) w.add(v);
        }
        b.append(String.format(Locale.ROOT, "%-37s %7s %10s %10s %10s %8s %6s%n", "class", "share", "wait p50", "wait p99", "wait max", "switches", "migr"));
        for (var e : classes.entrySet()) {
            long[] c = e.getValue();
            LongList w = waits.get(e.getKey());
            b.append(String.format(Locale.ROOT, "%-37s %6.2f%% %10s %10s %10s %8d %6d%n", e.getKey(), pct(c[0], capacity),
                    ms(w.percentile(50)), ms(w.percentile(99)), ms(c[3]), c[1], c[2]));
        }
        b.append("instructions interpreted: ").append(m.interp.executed()).append('\n');
        return b.toString();
    }

    /** Shares of the whole machine's CPU time, in percent. */
    static double pct(long ns, double capacity) { return capacity <= 0 ? 0 : 100.0 * ns / capacity; }

    static String ms(long ns) { return String.format(Locale.ROOT, "%.3fms", ns / 1e6); }
}
