package org.schedc.tests.corpus;

import java.util.ArrayList;
import java.util.List;

/** verifier-sim against the recorded kernel verdicts, for one kernel. */
record Agreement(String kernel, List<Row> rows) {
    /** One object: the kernel's verdict and the sim's. */
    record Row(CorpusObject object, KernelVerdict kernel, SimVerdict sim) {
        boolean agrees() {
            return kernel.accepted() == sim.accepted();
        }

        boolean falseAccept() {
            return sim.accepted() && !kernel.accepted();
        }

        boolean falseReject() {
            return !sim.accepted() && kernel.accepted();
        }

        /** Both rejected and the kernel named an instruction (the verifier ran), so indices can be compared. */
        boolean indexComparable() {
            return !kernel.accepted() && !sim.accepted() && kernel.failingInsn() >= 0;
        }

        boolean indexMatches() {
            return indexComparable() && kernel.failingInsn() == sim.insnIndex();
        }
    }

    Agreement {
        rows = List.copyOf(rows);
    }

    int agreeing() {
        return (int) rows.stream().filter(Row::agrees).count();
    }

    double agreementPercent() {
        return rows.isEmpty() ? 100.0 : 100.0 * agreeing() / rows.size();
    }

    List<Row> falseAccepts() {
        return rows.stream().filter(Row::falseAccept).toList();
    }

    List<Row> falseRejects() {
        return rows.stream().filter(Row::falseReject).toList();
    }

    List<Row> indexComparable() {
        return rows.stream().filter(Row::indexComparable).toList();
    }

    double indexMatchPercent() {
        List<Row> c = indexComparable();
        return c.isEmpty() ? 100.0 : 100.0 * c.stream().filter(Row::indexMatches).count() / c.size();
    }

    List<Row> indexMismatches() {
        return indexComparable().stream().filter(r -> !r.indexMatches()).toList();
    }

    /** Sorted per-object sim times in microseconds. */
    long[] sortedMicros() {
        return rows.stream().mapToLong(r -> r.sim().nanos() / 1000).sorted().toArray();
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    List<String> classes() {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> { if (!out.contains(r.object().ruleClass())) out.add(r.object().ruleClass()); });
        out.sort(null);
        return out;
    }
}
