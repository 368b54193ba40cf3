package org.schedc.verifier;

import org.schedc.bpf.insn.ConcreteAlu;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

/** BPF_ALU / BPF_ALU64: scalar arithmetic, pointer arithmetic rules, MOVSX and byte swaps. */
final class AluStep {
    private AluStep() {}

    static void execute(State st, Insn insn, int pc) {
        boolean alu64 = Opcodes.cls(insn.opcode()) == Opcodes.BPF_ALU64;
        int op = Opcodes.op(insn.opcode());
        boolean regSrc = Opcodes.source(insn.opcode()) == Opcodes.BPF_X;
        validate(insn, op, alu64, regSrc, pc);
        VerifierContext.checkWritable(insn.dst(), pc);
        if (op == Opcodes.BPF_END) { endian(st, insn, alu64, pc); return; }
        ConcreteAlu.Op aop = aluOp(op, insn.off());
        Value src = regSrc ? VerifierContext.use(st, insn.src(), pc)
                : Value.constant(alu64 ? insn.imm() : insn.imm() & Scalar.U32_MAX);
        if (aop == ConcreteAlu.Op.MOV) {
            if (regSrc && alu64 && insn.off() == 0 && src instanceof Value.ScalarValue sv && sv.id() == 0 && !sv.s().isConst()) {
                src = new Value.ScalarValue(sv.s(), st.newScalarId()); // a copy: both registers now share one identity
                st.setReg(insn.src(), src);
            }
            st.setReg(insn.dst(), move(src, alu64, insn.off()));
            return;
        }
        Value dst = VerifierContext.use(st, insn.dst(), pc);
        st.setReg(insn.dst(), arith(aop, alu64, dst, src, insn.dst(), pc));
    }

    private static void validate(Insn insn, int op, boolean alu64, boolean regSrc, int pc) {
        boolean ok = switch (op) {
            case Opcodes.BPF_END -> (insn.imm() == 16 || insn.imm() == 32 || insn.imm() == 64) && insn.src() == 0 && insn.off() == 0
                    && (!alu64 || !regSrc);
            case Opcodes.BPF_NEG -> !regSrc && insn.src() == 0 && insn.imm() == 0 && insn.off() == 0;
            case Opcodes.BPF_MOV -> (regSrc ? insn.imm() == 0 : insn.src() == 0)
                    && (insn.off() == 0 || regSrc && (insn.off() == 8 || insn.off() == 16 || alu64 && insn.off() == 32));
            case Opcodes.BPF_DIV, Opcodes.BPF_MOD -> (regSrc ? insn.imm() == 0 : insn.src() == 0) && (insn.off() == 0 || insn.off() == 1);
            case 0xe0, 0xf0 -> false;
            default -> (regSrc ? insn.imm() == 0 : insn.src() == 0) && insn.off() == 0;
        };
        if (!ok) throw VerifierContext.reject(Rule.BAD_INSN, pc, "invalid BPF_ALU opcode 0x" + Integer.toHexString(insn.opcode()) + " or reserved fields set");
        if (!regSrc && (op == Opcodes.BPF_DIV || op == Opcodes.BPF_MOD) && insn.imm() == 0) {
            throw VerifierContext.reject(Rule.DIV_BY_ZERO, pc, "div by zero");
        }
        if (!regSrc && (op == Opcodes.BPF_LSH || op == Opcodes.BPF_RSH || op == Opcodes.BPF_ARSH)
                && (insn.imm() < 0 || insn.imm() >= (alu64 ? 64 : 32))) {
            throw VerifierContext.reject(Rule.BAD_SHIFT, pc, "invalid shift " + insn.imm());
        }
    }

    static ConcreteAlu.Op aluOp(int op, int off) {
        return ConcreteAlu.of(op, off);
    }

    private static Value move(Value src, boolean alu64, int sxBits) {
        if (sxBits != 0) {
            if (!(src instanceof Value.ScalarValue s)) return Value.scalar(alu64 ? Scalar.UNKNOWN : Scalar.unknownOfSize(4));
            Scalar r = s.s().signExtend(sxBits);
            return Value.scalar(alu64 ? r : r.truncate(4));
        }
        if (alu64) return src;
        // 32-bit move of a pointer: privileged programs get an unknown 32-bit scalar (kernel: mark_reg_unknown + zext)
        return src instanceof Value.ScalarValue s ? Value.scalar(s.s().truncate(4)) : Value.scalar(Scalar.unknownOfSize(4));
    }

    private static void endian(State st, Insn insn, boolean alu64, int pc) {
        Value v = VerifierContext.use(st, insn.dst(), pc);
        int bytes = insn.imm() / 8;
        boolean swap = alu64 || Opcodes.source(insn.opcode()) == Opcodes.BPF_TO_BE; // BPF_ALU64 END is bswap
        Scalar s = v instanceof Value.ScalarValue sv ? sv.s() : Scalar.UNKNOWN;
        Scalar r;
        if (s.isConst()) r = Scalar.constant(swap ? swapBytes(s.constValue(), bytes) : truncate(s.constValue(), bytes));
        else r = swap ? Scalar.unknownOfSize(bytes) : s.truncate(bytes);
        st.setReg(insn.dst(), Value.scalar(r));
    }

    static long swapBytes(long v, int bytes) {
        return switch (bytes) {
            case 2 -> Short.reverseBytes((short) v) & 0xffffL;
            case 4 -> Integer.reverseBytes((int) v) & Scalar.U32_MAX;
            default -> Long.reverseBytes(v);
        };
    }

    static long truncate(long v, int bytes) { return bytes >= 8 ? v : v & ((1L << (bytes * 8)) - 1); }

    private static Value arith(ConcreteAlu.Op op, boolean alu64, Value dst, Value src, int dreg, int pc) {
        if (dst instanceof Value.ScalarValue d && src instanceof Value.ScalarValue s) return Value.scalar(ScalarAlu.apply(op, alu64, d.s(), s.s()));
        if (op == ConcreteAlu.Op.NEG) return Value.unknown(); // privileged: the kernel marks a negated pointer unknown
        if (dst.isPointer() && src.isPointer()) {
            if (op == ConcreteAlu.Op.SUB && alu64) return Value.unknown();
            throw VerifierContext.reject(Rule.PTR_ARITH, pc, "R" + dreg + " pointer " + opName(op) + " pointer prohibited");
        }
        if (dst instanceof Value.ScalarValue d) { // scalar op pointer
            if (op == ConcreteAlu.Op.ADD && alu64) return addToPointer(src, d.s(), false, dreg, pc);
            return Value.unknown();
        }
        Scalar s = ((Value.ScalarValue) src).s();
        if (!alu64) throw VerifierContext.reject(Rule.PTR_ARITH, pc, "R" + dreg + " 32-bit pointer arithmetic prohibited");
        return switch (op) {
            case ADD -> addToPointer(dst, s, false, dreg, pc);
            case SUB -> addToPointer(dst, s, true, dreg, pc);
            case AND, OR, XOR -> throw VerifierContext.reject(Rule.PTR_ARITH, pc, "R" + dreg + " bitwise operator " + opName(op) + " on pointer prohibited");
            case MUL, DIV, SDIV, MOD, SMOD, LSH, RSH, ARSH, NEG, MOV ->
                    throw VerifierContext.reject(Rule.PTR_ARITH, pc, "R" + dreg + " pointer arithmetic with " + opName(op) + " operator prohibited");
        };
    }

    /** Offsets a pointer may be moved by (BPF_MAX_VAR_OFF): beyond it the kernel refuses the arithmetic itself. */
    private static final long MAX_VAR_OFF = 1L << 29;

    private static Value addToPointer(Value ptr, Scalar delta, boolean subtract, int dreg, int pc) {
        if (ptr.maybeNull()) {
            throw VerifierContext.reject(Rule.NULL_DEREF, pc, "R" + dreg + " pointer arithmetic on " + ptr.typeName() + " prohibited, null-check it first");
        }
        String kind = ptr.typeName();
        if (delta.isConst() && (delta.constValue() >= MAX_VAR_OFF || delta.constValue() <= -MAX_VAR_OFF)) {
            throw VerifierContext.reject(Rule.PTR_ARITH, pc, "value " + delta.constValue() + " makes " + kind + " pointer be out of bounds");
        }
        if (delta.smin() == Long.MIN_VALUE) {
            throw VerifierContext.reject(Rule.PTR_ARITH, pc, "math between " + kind + " pointer and register with unbounded min value is not allowed");
        }
        if (delta.smin() >= MAX_VAR_OFF || delta.smax() >= MAX_VAR_OFF && !delta.isConst()) {
            throw VerifierContext.reject(Rule.PTR_ARITH, pc, "value " + (delta.smax() >= MAX_VAR_OFF ? delta.smax() : delta.smin()) + " makes " + kind + " pointer be out of bounds");
        }
        return switch (ptr) {
            case Value.CtxPtr p -> new Value.CtxPtr(shift(p.off(), delta, subtract));
            case Value.StackPtr p -> new Value.StackPtr(p.frame(), shift(p.off(), delta, subtract));
            case Value.MapValuePtr p -> new Value.MapValuePtr(p.map(), shift(p.off(), delta, subtract), false, 0);
            case Value.BtfPtr p -> new Value.BtfPtr(p.btfId(), p.structName(), shift(p.off(), delta, subtract), p.trust(), false, 0, p.refId());
            case Value.MemPtr p -> new Value.MemPtr(p.size(), shift(p.off(), delta, subtract), false, 0, p.refId(), p.readOnly());
            case Value.MapPtr p -> throw VerifierContext.reject(Rule.PTR_ARITH, pc, "R" + dreg + " pointer arithmetic on map_ptr prohibited");
            case Value.NotInit n -> throw new IllegalStateException("checked by use()");
            case Value.ScalarValue s -> throw new IllegalStateException("not a pointer");
        };
    }

    private static Scalar shift(Scalar off, Scalar delta, boolean subtract) {
        return subtract ? ScalarAlu.sub(off, delta) : ScalarAlu.add(off, delta);
    }

    private static String opName(ConcreteAlu.Op op) {
        return switch (op) {
            case ADD -> "+="; case SUB -> "-="; case MUL -> "*="; case DIV, SDIV -> "/="; case MOD, SMOD -> "%=";
            case OR -> "|="; case AND -> "&="; case XOR -> "^="; case LSH -> "<<="; case RSH -> ">>="; case ARSH -> "s>>=";
            case NEG -> "neg"; case MOV -> "=";
        };
    }
}
