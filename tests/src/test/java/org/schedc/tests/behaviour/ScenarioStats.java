package org.schedc.tests.behaviour;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counters a scenario printed: lines {@code LABEL name=value ...} (the values of the
 * scenario's {@code STATS} lines, see scenarios/lib.sh), by label, each counter summed over CPUs.
 */
record ScenarioStats(Map<String, Map<String, Long>> byLabel) {
    ScenarioStats {
        byLabel = Map.copyOf(byLabel);
    }

    /** A STATS line that does not have the expected shape. */
    static final class MalformedStatsException extends RuntimeException {
        MalformedStatsException(String message) {
            super(message);
        }
    }

    static ScenarioStats parse(List<String> statsValues) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String line : statsValues) {
            String[] words = line.strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) throw new MalformedStatsException("empty STATS line");
            Map<String, Long> counters = new LinkedHashMap<>();
            for (int i = 1; i < words.length; i++) {
                int eq = words[i].indexOf('=');
                if (eq <= 0) throw new MalformedStatsException("STATS " + line + ": '" + words[i] + "' is not name=value (the dump failed?)");
                try {
                    counters.put(words[i].substring(0, eq), Long.parseUnsignedLong(words[i].substring(eq + 1)));
                } catch (NumberFormatException e) {
                    throw new MalformedStatsException("STATS " + line + ": '" + words[i] + "' has no counter value");
                }
            }
            if (out.put(words[0], counters) != null) throw new MalformedStatsException("STATS label " + words[0] + " printed twice");
        }
        return new ScenarioStats(out);
    }

    /** The counters printed under {@code label}; fails the test when the scenario printed none. */
    Map<String, Long> at(String label) {
        Map<String, Long> m = byLabel.get(label);
        if (m == null) throw new AssertionError("the scenario printed no STATS " + label + " (got " + byLabel.keySet() + ")");
        return m;
    }

    /** How much {@code counter} grew from {@code from} to {@code to}; a counter missing from either fails the test. */
    long delta(String counter, String from, String to) {
        return value(counter, to) - value(counter, from);
    }

    long value(String counter, String label) {
        Long v = at(label).get(counter);
        if (v == null) throw new AssertionError("no counter " + counter + " in STATS " + label + ": " + at(label).keySet());
        return v;
    }
}
