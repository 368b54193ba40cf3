package org.schedc.ir;

/** BPF's 64-bit ALU and jump semantics, so folding never changes what the program computes. */
public final class BpfSemantics {
    private BpfSemantics() {}

    public static long evaluate(Ir.AluOp op, long a, long b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> b == 0 ? 0 : Long.divideUnsigned(a, b);
            case SDIV -> b == 0 ? 0 : (a == Long.MIN_VALUE && b == -1 ? Long.MIN_VALUE : a / b);
            case MOD -> b == 0 ? a : Long.remainderUnsigned(a, b);
            case SMOD -> b == 0 ? a : (b == -1 ? 0 : a % b);
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case LSH -> a << (b & 63);
            case RSH -> a >>> (b & 63);
            case ARSH -> a >> (b & 63);
        };
    }

    /** {@code v} truncated to {@code bits} and zero- or sign-extended back (what {@link Ir.Inst.Norm} computes). */
    public static long normalise(long v, int bits, boolean signed) {
        if (bits >= 64) return v;
        long mask = (1L << bits) - 1;
        long r = v & mask;
        return signed && (r & (1L << (bits - 1))) != 0 ? r | ~mask : r;
    }

    public static boolean test(Ir.Cond c, long a, long b) {
        return switch (c) {
            case EQ -> a == b; case NE -> a != b;
            case ULT -> Long.compareUnsigned(a, b) < 0; case ULE -> Long.compareUnsigned(a, b) <= 0;
            case UGT -> Long.compareUnsigned(a, b) > 0; case UGE -> Long.compareUnsigned(a, b) >= 0;
            case SLT -> a < b; case SLE -> a <= b; case SGT -> a > b; case SGE -> a >= b;
        };
    }
}
