package org.schedc.lower;

import org.schedc.ir.Ir;

/** Test-only bridge to Cleanup's package-private evaluators (the reference BPF semantics) for other packages' tests. */
public final class CleanupAccess {
    private CleanupAccess() {}

    public static long evaluate(Ir.AluOp op, long a, long b) { return Cleanup.evaluate(op, a, b); }

    public static long normalise(long v, int bits, boolean signed) { return Cleanup.normalise(v, bits, signed); }

    public static boolean test(Ir.Cond c, long a, long b) { return Cleanup.test(c, a, b); }
}
