package org.schedc.verifier;

import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

/**
 * Conditional jumps: which directions are feasible and what each direction teaches about the operands (range
 * refinement of scalars, null-ness of pointers compared with 0). Returns the state for each direction, null when the
 * direction is impossible.
 */
final class BranchStep {
    record Outcome(State taken, State fallthrough) {}

    private BranchStep() {}

    static Outcome execute(State st, Insn insn, int pc) {
        boolean jmp32 = Opcodes.cls(insn.opcode()) == Opcodes.BPF_JMP32;
        int op = Opcodes.op(insn.opcode());
        boolean regSrc = Opcodes.source(insn.opcode()) == Opcodes.BPF_X;
        if (op > Opcodes.BPF_JSLE || (regSrc ? insn.imm() != 0 : insn.src() != 0)) {
            throw VerifierContext.reject(Rule.BAD_INSN, pc, "invalid conditional jump opcode 0x" + Integer.toHexString(insn.opcode()));
        }
        Value a = VerifierContext.use(st, insn.dst(), pc);
        Value b = regSrc ? VerifierContext.use(st, insn.src(), pc) : Value.constant(jmp32 ? insn.imm() & Scalar.U32_MAX : insn.imm());
        if (a instanceof Value.ScalarValue sa && b instanceof Value.ScalarValue sb) {
            Scalar x = sa.s(), y = sb.s();
            if (jmp32) {
                boolean exact = Long.compareUnsigned(x.umax(), Scalar.U32_MAX) <= 0 && Long.compareUnsigned(y.umax(), Scalar.U32_MAX) <= 0
                        && (!isSigned(op) || x.umax() <= Integer.MAX_VALUE && y.umax() <= Integer.MAX_VALUE);
                if (!exact) return decideOnLowHalves(st, op, x, y); // the 64-bit values cannot be refined from a 32-bit test
            }
            Scalar[] r = refine(op, x, y);
            State taken = r[0] == null || r[1] == null ? null : st.copy();
            State fall = r[2] == null || r[3] == null ? null : st;
            if (taken != null) assign(taken, insn, regSrc, r[0], r[1]);
            if (fall != null) assign(fall, insn, regSrc, r[2], r[3]);
            return new Outcome(taken, fall);
        }
        if (!jmp32 && (op == Opcodes.BPF_JEQ || op == Opcodes.BPF_JNE)) {
            Value ptr = a.isPointer() ? a : b;
            Value other = a.isPointer() ? b : a;
            if (ptr.isPointer() && other instanceof Value.ScalarValue s && s.s().isConst() && s.s().constValue() == 0) {
                State isNull = null, nonNull;
                if (ptr.maybeNull()) {
                    isNull = st.copy();
                    markNull(isNull, ptr);
                    nonNull = st;
                    int id = ptr.nullId();
                    nonNull.mapValues(v -> v.nullId() == id && v.maybeNull() ? v.asNonNull() : v);
                } else nonNull = st;
                return op == Opcodes.BPF_JEQ ? new Outcome(isNull, nonNull) : new Outcome(nonNull, isNull);
            }
        }
        return both(st);
    }

    private static Outcome both(State st) { return new Outcome(st.copy(), st); }

    /** Decides feasibility from the low 32 bits (sign-extended for signed tests) without refining the registers. */
    private static Outcome decideOnLowHalves(State st, int op, Scalar x, Scalar y) {
        Scalar lx = isSigned(op) ? x.signExtend(32) : x.truncate(4), ly = isSigned(op) ? y.signExtend(32) : y.truncate(4);
        Scalar[] r = refine(op, lx, ly);
        boolean taken = r[0] != null && r[1] != null, fall = r[2] != null && r[3] != null;
        return new Outcome(taken ? (fall ? st.copy() : st) : null, fall ? st : null);
    }

    private static boolean isSigned(int op) {
        return op == Opcodes.BPF_JSGT || op == Opcodes.BPF_JSGE || op == Opcodes.BPF_JSLT || op == Opcodes.BPF_JSLE;
    }

    private static void markNull(State st, Value ptr) {
        int id = ptr.nullId(), ref = ptr.refId();
        if (ref != 0) st.refs.removeIf(r -> r.id() == ref); // a NULL result holds no reference
        st.mapValues(v -> v.nullId() == id && v.maybeNull() ? Value.constant(0) : v);
    }

    private static void assign(State st, Insn insn, boolean regSrc, Scalar a, Scalar b) {
        if (regSrc && insn.src() != insn.dst()) refineEverywhere(st, st.reg(insn.src()), b);
        refineEverywhere(st, st.reg(insn.dst()), a);
    }

    /** Sets the refined scalar on the register and on every copy sharing its id (the kernel's find_equal_scalars). */
    private static void refineEverywhere(State st, Value old, Scalar refined) {
        if (!(old instanceof Value.ScalarValue sv)) return;
        if (sv.id() == 0) {
            for (int r = 0; r <= 10; r++) if (st.reg(r) == old) st.setReg(r, Value.scalar(refined));
            return;
        }
        Value nv = new Value.ScalarValue(refined, sv.id());
        st.mapValues(v -> v instanceof Value.ScalarValue o && o.id() == sv.id() ? nv : v);
    }

    /** {aTaken, bTaken, aFallthrough, bFallthrough}; a null pair member marks the direction infeasible. */
    static Scalar[] refine(int op, Scalar a, Scalar b) {
        return switch (op) {
            case Opcodes.BPF_JEQ -> { Scalar[] e = eq(a, b); yield new Scalar[] {e[0], e[1], e[2], e[3]}; }
            case Opcodes.BPF_JNE -> { Scalar[] e = eq(a, b); yield new Scalar[] {e[2], e[3], e[0], e[1]}; }
            case Opcodes.BPF_JGT -> concat(ugt(a, b), ule(a, b));
            case Opcodes.BPF_JGE -> concat(uge(a, b), ult(a, b));
            case Opcodes.BPF_JLT -> concat(ult(a, b), uge(a, b));
            case Opcodes.BPF_JLE -> concat(ule(a, b), ugt(a, b));
            case Opcodes.BPF_JSGT -> concat(sgt(a, b), sle(a, b));
            case Opcodes.BPF_JSGE -> concat(sge(a, b), slt(a, b));
            case Opcodes.BPF_JSLT -> concat(slt(a, b), sge(a, b));
            case Opcodes.BPF_JSLE -> concat(sle(a, b), sgt(a, b));
            case Opcodes.BPF_JSET -> jset(a, b);
            default -> new Scalar[] {a, b, a, b};
        };
    }

    private static Scalar[] concat(Scalar[] t, Scalar[] f) { return new Scalar[] {t[0], t[1], f[0], f[1]}; }

    private static Scalar withU(Scalar s, long umin, long umax) { return Scalar.of(s.t(), s.smin(), s.smax(), Scalar.umax(s.umin(), umin), Scalar.umin(s.umax(), umax)); }

    private static Scalar withS(Scalar s, long smin, long smax) { return Scalar.of(s.t(), Math.max(s.smin(), smin), Math.min(s.smax(), smax), s.umin(), s.umax()); }

    private static Scalar[] eq(Scalar a, Scalar b) {
        Scalar m = a.meet(b);
        Scalar aN = a, bN = b;
        if (a.isConst() && b.isConst() && a.constValue() == b.constValue()) { aN = null; bN = null; }
        else if (b.isConst()) aN = exclude(a, b.constValue());
        else if (a.isConst()) bN = exclude(b, a.constValue());
        return new Scalar[] {m, m, aN, bN};
    }

    /** Removes a constant sitting at a range boundary (the kernel's trick for "x != c"). */
    private static Scalar exclude(Scalar s, long c) {
        Scalar r = s;
        if (r.umin() == c) r = c == -1L ? null : withU(r, c + 1, -1L);
        if (r != null && r.umax() == c) r = c == 0 ? null : withU(r, 0, c - 1);
        if (r != null && r.smin() == c) r = c == Long.MAX_VALUE ? null : withS(r, c + 1, Long.MAX_VALUE);
        if (r != null && r.smax() == c) r = c == Long.MIN_VALUE ? null : withS(r, Long.MIN_VALUE, c - 1);
        return r;
    }

    private static Scalar[] ugt(Scalar a, Scalar b) {
        if (b.umin() == -1L || a.umax() == 0) return new Scalar[] {null, null};
        return new Scalar[] {withU(a, b.umin() + 1, -1L), withU(b, 0, a.umax() - 1)};
    }

    private static Scalar[] uge(Scalar a, Scalar b) { return new Scalar[] {withU(a, b.umin(), -1L), withU(b, 0, a.umax())}; }

    private static Scalar[] ult(Scalar a, Scalar b) { Scalar[] r = ugt(b, a); return new Scalar[] {r[1], r[0]}; }

    private static Scalar[] ule(Scalar a, Scalar b) { Scalar[] r = uge(b, a); return new Scalar[] {r[1], r[0]}; }

    private static Scalar[] sgt(Scalar a, Scalar b) {
        if (b.smin() == Long.MAX_VALUE || a.smax() == Long.MIN_VALUE) return new Scalar[] {null, null};
        return new Scalar[] {withS(a, b.smin() + 1, Long.MAX_VALUE), withS(b, Long.MIN_VALUE, a.smax() - 1)};
    }

    private static Scalar[] sge(Scalar a, Scalar b) { return new Scalar[] {withS(a, b.smin(), Long.MAX_VALUE), withS(b, Long.MIN_VALUE, a.smax())}; }

    private static Scalar[] slt(Scalar a, Scalar b) { Scalar[] r = sgt(b, a); return new Scalar[] {r[1], r[0]}; }

    private static Scalar[] sle(Scalar a, Scalar b) { Scalar[] r = sge(b, a); return new Scalar[] {r[1], r[0]}; }

    private static Scalar[] jset(Scalar a, Scalar b) {
        if (!b.isConst()) return new Scalar[] {a, b, a, b};
        long c = b.constValue();
        boolean alwaysSet = (a.t().value() & c) != 0;
        boolean neverSet = (a.t().max() & c) == 0;
        Scalar cleared = alwaysSet ? null : a.meet(Scalar.ofTnum(new Tnum(0, ~c)));
        return new Scalar[] {neverSet ? null : a, b, cleared, cleared == null ? null : b};
    }
}
