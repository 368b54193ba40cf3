package org.schedc.ir;

import org.schedc.bpf.insn.ConcreteAlu;
import org.schedc.bpf.insn.Opcodes;

/** BPF's 64-bit ALU and jump semantics, so folding never changes what the program computes. */
public final class BpfSemantics {
    private BpfSemantics() {}

    /** The 64-bit ALU result, by verifier-sim's concrete semantics: one definition for folding and the verifier model. */
    public static long evaluate(Ir.AluOp op, long a, long b) {
        return ConcreteAlu.apply(aluOp(op), true, a, b);
    }

    private static ConcreteAlu.Op aluOp(Ir.AluOp op) {
        return switch (op) {
            case ADD -> ConcreteAlu.Op.ADD;
            case SUB -> ConcreteAlu.Op.SUB;
            case MUL -> ConcreteAlu.Op.MUL;
            case DIV -> ConcreteAlu.Op.DIV;
            case SDIV -> ConcreteAlu.Op.SDIV;
            case MOD -> ConcreteAlu.Op.MOD;
            case SMOD -> ConcreteAlu.Op.SMOD;
            case AND -> ConcreteAlu.Op.AND;
            case OR -> ConcreteAlu.Op.OR;
            case XOR -> ConcreteAlu.Op.XOR;
            case LSH -> ConcreteAlu.Op.LSH;
            case RSH -> ConcreteAlu.Op.RSH;
            case ARSH -> ConcreteAlu.Op.ARSH;
        };
    }

    /** {@code v} truncated to {@code bits} and zero- or sign-extended back (what {@link Ir.Inst.Norm} computes). */
    public static long normalise(long v, int bits, boolean signed) {
        if (bits >= 64) return v;
        long mask = (1L << bits) - 1;
        long r = v & mask;
        return signed && (r & (1L << (bits - 1))) != 0 ? r | ~mask : r;
    }

    /** A comparison's outcome, by the shared jump semantics the simulator executes. */
    public static boolean test(Ir.Cond c, long a, long b) {
        int op = switch (c) {
            case EQ -> Opcodes.BPF_JEQ; case NE -> Opcodes.BPF_JNE;
            case ULT -> Opcodes.BPF_JLT; case ULE -> Opcodes.BPF_JLE; case UGT -> Opcodes.BPF_JGT; case UGE -> Opcodes.BPF_JGE;
            case SLT -> Opcodes.BPF_JSLT; case SLE -> Opcodes.BPF_JSLE; case SGT -> Opcodes.BPF_JSGT; case SGE -> Opcodes.BPF_JSGE;
        };
        return ConcreteAlu.jumpTaken(op, false, a, b);
    }
}
