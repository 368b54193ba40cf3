package org.schedc.codegen;

import java.util.ArrayList;
import java.util.List;

/** What the two interpreters share: the program's inputs, the kfunc model and the observable outcome. */
final class Machine {
    private Machine() {}

    static final long CTX = 0x1000_0000L;
    static final long STACK_TOP = 0x7000_0000L;

    record CallRecord(String name, List<Long> args) {}

    record Outcome(long result, List<CallRecord> calls) {}

    /** A kfunc's result depends on its name and arguments, so argument passing is checked too. */
    static long kfunc(String name, List<Long> args) {
        long h = name.hashCode() * 0x9e3779b97f4a7c15L;
        for (long a : args) h = (h ^ a) * 0xbf58476d1ce4e5b9L + 1;
        return h ^ (h >>> 29);
    }

    static int arity(String name) { return Integer.parseInt(name.substring(name.indexOf('_') + 1)); }

    static List<Long> inputs(long seed) {
        java.util.Random r = new java.util.Random(seed);
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < RandomIr.ARGS; i++) out.add(r.nextInt(4) == 0 ? r.nextInt(100) - 50 : r.nextLong());
        return out;
    }
}
