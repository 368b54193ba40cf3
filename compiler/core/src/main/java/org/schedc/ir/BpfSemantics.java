package org.schedc.ir;

import org.schedc.verifier.ConcreteAlu;
import org.schedc.verifier.ScalarAlu;

/** BPF's 64-bit ALU and jump semantics, so folding never changes what the program computes. */
public final class BpfSemantics {
    private BpfSemantics() {}

    /** The 64-bit ALU result, by verifier-sim's concrete semantics: one definition for folding and the verifier model. */
    public static long evaluate(Ir.AluOp op, long a, long b) {
        return ConcreteAlu.apply(aluOp(op), true, a, b);
    }

    private static ScalarAlu.Op aluOp(Ir.AluOp op) {
        return switch (op) {
            case ADD -> ScalarAlu.Op.ADD;
            case SUB -> ScalarAlu.Op.SUB;
            case MUL -> ScalarAlu.Op.MUL;
            case DIV -> ScalarAlu.Op.DIV;
            case SDIV -> ScalarAlu.Op.SDIV;
            case MOD -> ScalarAlu.Op.MOD;
            case SMOD -> ScalarAlu.Op.SMOD;
            case AND -> ScalarAlu.Op.AND;
            case OR -> ScalarAlu.Op.OR;
            case XOR -> ScalarAlu.Op.XOR;
            case LSH -> ScalarAlu.Op.LSH;
            case RSH -> ScalarAlu.Op.RSH;
            case ARSH -> ScalarAlu.Op.ARSH;
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
