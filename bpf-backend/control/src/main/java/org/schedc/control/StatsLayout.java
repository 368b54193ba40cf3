package org.schedc.control;

import java.util.List;

/** A policy's counters as its {@code struct P_stats} declares them: names in member order, each an 8-byte slot. */
public record StatsLayout(String policy, List<String> counters, List<Integer> offsets) {
    public StatsLayout {
        counters = List.copyOf(counters);
        offsets = List.copyOf(offsets);
    }
}
