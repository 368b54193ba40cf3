package org.schedc.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tag scenario's output (tests/kernel/fixtures/tagprio.scenario) by label: for each schedc run its exit code,
 * stdout, stderr and wall time; SHARE lines per phase; INFO values.
 */
record TagsScenario(Map<String, Run> runs, Map<String, Share> shares, Map<String, String> info) {
    record Run(String label, int rc, List<String> out, List<String> err, int centiseconds) {
        String errText() {
            return String.join("\n", err);
        }
    }

    /**
     * utime+stime ticks (USER_HZ 100) of spinner A (tagged in phase "tagged"), its peer B and the other two peers,
     * and the loop iterations A and B completed (work done, immune to guest clock jumps).
     */
    record Share(String phase, long a, long b, long peers, long centiseconds, long aLoops, long bLoops) {
        double aCpu() {
            return a / (centiseconds / 100.0) / 100.0;
        }

        double bCpu() {
            return b / (centiseconds / 100.0) / 100.0;
        }
    }

    static TagsScenario parse(List<String> lines) {
        var out = new LinkedHashMap<String, List<String>>();
        var err = new LinkedHashMap<String, List<String>>();
        var rc = new LinkedHashMap<String, Integer>();
        var cs = new LinkedHashMap<String, Integer>();
        var shares = new LinkedHashMap<String, Share>();
        var info = new LinkedHashMap<String, String>();
        for (String line : lines) {
            String[] f = line.split(" ", 3);
            if (f.length < 2) {
                continue;
            }
            String rest = f.length > 2 ? f[2] : "";
            switch (f[0]) {
                case "OUT" -> out.computeIfAbsent(f[1], k -> new ArrayList<>()).add(rest);
                case "ERR" -> err.computeIfAbsent(f[1], k -> new ArrayList<>()).add(rest);
                case "RC" -> rc.put(f[1], Integer.parseInt(rest.strip()));
                case "CS" -> cs.put(f[1], Integer.parseInt(rest.strip()));
                case "INFO" -> info.put(f[1], rest);
                case "SHARE" -> {
                    String[] n = rest.split(" ");
                    shares.put(f[1], new Share(f[1], Long.parseLong(n[0]), Long.parseLong(n[1]), Long.parseLong(n[2]), Long.parseLong(n[3]),
                            Long.parseLong(n[4]), Long.parseLong(n[5])));
                }
                default -> { }
            }
        }
        var runs = new LinkedHashMap<String, Run>();
        rc.forEach((label, code) -> runs.put(label, new Run(label, code, out.getOrDefault(label, List.of()),
                err.getOrDefault(label, List.of()), cs.getOrDefault(label, -1))));
        return new TagsScenario(runs, shares, info);
    }

    Run run(String label) {
        Run r = runs.get(label);
        if (r == null) {
            throw new AssertionError("the scenario did not run '" + label + "' (runs: " + runs.keySet() + ")");
        }
        return r;
    }

    Share share(String phase) {
        Share s = shares.get(phase);
        if (s == null) {
            throw new AssertionError("no SHARE line for phase " + phase + " (have " + shares.keySet() + ")");
        }
        return s;
    }
}
