package org.schedc.verifier;

import org.schedc.bpf.insn.ConcreteAlu;
import org.schedc.bpf.insn.ConcreteAlu.Op;

/**
 * Abstract ALU on {@link Scalar}s, 64-bit and 32-bit (BPF_ALU class: operands are the low halves, the result is
 * zero-extended). Every result contains all concrete results; precision is traded for simplicity where the kernel
 * itself gives up (variable shifts, signed division).
 */
public final class ScalarAlu {
    private ScalarAlu() {}

    public static Scalar apply(Op op, boolean alu64, Scalar a, Scalar b) {
        if (alu64) return apply64(op, a, b);
        Scalar a32 = a.truncate(4), b32 = b.truncate(4);
        Scalar r = switch (op) {
            case ARSH -> b32.isConst() ? sar(a32.signExtend(32), (int) (b32.constValue() & 31)) : Scalar.UNKNOWN;
            case LSH, RSH -> b32.isConst() ? apply64(op, a32, Scalar.constant(b32.constValue() & 31)) : Scalar.UNKNOWN;
            case SDIV, SMOD -> a32.isConst() && b32.isConst()
                    ? Scalar.constant(ConcreteAlu.signedDivMod32(op, (int) a32.constValue(), (int) b32.constValue()))
                    : Scalar.UNKNOWN;
            case ADD, SUB, MUL, DIV, MOD, OR, AND, XOR, NEG, MOV -> apply64(op, a32, b32);
        };
        return r.truncate(4);
    }

    static Scalar apply64(Op op, Scalar a, Scalar b) {
        if (a.isConst() && b.isConst()) return Scalar.constant(ConcreteAlu.apply(op, true, a.constValue(), b.constValue()));
        return switch (op) {
            case MOV -> b;
            case ADD -> add(a, b);
            case SUB -> sub(a, b);
            case NEG -> sub(Scalar.constant(0), a);
            case MUL -> mul(a, b);
            case AND -> Scalar.of(a.t().and(b.t()), Long.MIN_VALUE, Long.MAX_VALUE, 0, Scalar.umin(a.umax(), b.umax()));
            case OR -> Scalar.of(a.t().or(b.t()), Long.MIN_VALUE, Long.MAX_VALUE, Scalar.umax(a.umin(), b.umin()), -1L);
            case XOR -> Scalar.ofTnum(a.t().xor(b.t()));
            case LSH -> b.isConst() ? shl(a, (int) (b.constValue() & 63)) : Scalar.UNKNOWN;
            case RSH -> b.isConst() ? shr(a, (int) (b.constValue() & 63)) : Scalar.UNKNOWN;
            case ARSH -> b.isConst() ? sar(a, (int) (b.constValue() & 63)) : Scalar.UNKNOWN;
            case DIV -> b.isConst() ? udiv(a, b.constValue()) : Scalar.UNKNOWN;
            case MOD -> b.isConst() ? umod(a, b.constValue()) : Scalar.UNKNOWN;
            case SDIV, SMOD -> Scalar.UNKNOWN;
        };
    }

    private static Scalar orUnknown(Scalar s) { return s != null ? s : Scalar.UNKNOWN; }

    static Scalar add(Scalar a, Scalar b) {
        Tnum t = a.t().add(b.t());
        long smin = a.smin() + b.smin(), smax = a.smax() + b.smax();
        boolean sOverflow = overflowsAdd(a.smin(), b.smin(), smin) || overflowsAdd(a.smax(), b.smax(), smax);
        long umin = a.umin() + b.umin(), umax = a.umax() + b.umax();
        boolean uOverflow = Long.compareUnsigned(umax, a.umax()) < 0 || Long.compareUnsigned(umin, a.umin()) < 0;
        return orUnknown(Scalar.of(t, sOverflow ? Long.MIN_VALUE : smin, sOverflow ? Long.MAX_VALUE : smax,
                uOverflow ? 0 : umin, uOverflow ? -1L : umax));
    }

    private static boolean overflowsAdd(long x, long y, long r) { return ((x ^ r) & (y ^ r)) < 0; }

    static Scalar sub(Scalar a, Scalar b) {
        Tnum t = a.t().sub(b.t());
        long smin = a.smin() - b.smax(), smax = a.smax() - b.smin();
        boolean sOverflow = (((a.smin() ^ b.smax()) & (a.smin() ^ smin)) < 0) || (((a.smax() ^ b.smin()) & (a.smax() ^ smax)) < 0);
        boolean uOk = Long.compareUnsigned(a.umin(), b.umax()) >= 0;
        return orUnknown(Scalar.of(t, sOverflow ? Long.MIN_VALUE : smin, sOverflow ? Long.MAX_VALUE : smax,
                uOk ? a.umin() - b.umax() : 0, uOk ? a.umax() - b.umin() : -1L));
    }

    static Scalar mul(Scalar a, Scalar b) {
        Tnum t = a.t().mul(b.t());
        if (Math.unsignedMultiplyHigh(a.umax(), b.umax()) == 0) {
            return orUnknown(Scalar.of(t, Long.MIN_VALUE, Long.MAX_VALUE, a.umin() * b.umin(), a.umax() * b.umax()));
        }
        return Scalar.ofTnum(t);
    }

    static Scalar shl(Scalar a, int n) {
        if (n == 0) return a;
        Tnum t = a.t().shl(n);
        if ((a.umax() >>> (64 - n)) == 0) return orUnknown(Scalar.of(t, Long.MIN_VALUE, Long.MAX_VALUE, a.umin() << n, a.umax() << n));
        return Scalar.ofTnum(t);
    }

    static Scalar shr(Scalar a, int n) {
        return orUnknown(Scalar.of(a.t().shr(n), Long.MIN_VALUE, Long.MAX_VALUE, a.umin() >>> n, a.umax() >>> n));
    }

    static Scalar sar(Scalar a, int n) {
        return orUnknown(Scalar.of(a.t().sar(n), a.smin() >> n, a.smax() >> n, 0, -1L));
    }

    static Scalar udiv(Scalar a, long c) {
        if (c == 0) return Scalar.constant(0);
        return orUnknown(Scalar.unsigned(Long.divideUnsigned(a.umin(), c), Long.divideUnsigned(a.umax(), c)));
    }

    static Scalar umod(Scalar a, long c) {
        if (c == 0) return a;
        if (Long.compareUnsigned(a.umax(), c) < 0) return a;
        return Scalar.unsigned(0, c - 1);
    }
}
