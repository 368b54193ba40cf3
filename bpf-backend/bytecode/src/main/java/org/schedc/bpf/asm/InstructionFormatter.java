package org.schedc.bpf.asm;

import java.util.Locale;
import org.schedc.bpf.asm.Instruction.*;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

/** Renders one instruction in the verifier-log/llvm-objdump-like syntax documented in the module README. */
final class InstructionFormatter {
    private InstructionFormatter() {}

    /** @param targetLabel label number of a jump's target, or null to print the bare offset */
    static String format(Instruction instruction, Integer targetLabel) {
        return switch (instruction) {
            case AluReg(AluOp op, Width w, Reg dst, Reg src) -> w.reg(dst) + " " + op.symbol() + " " + w.reg(src);
            case AluImm(AluOp op, Width w, Reg dst, int imm) -> w.reg(dst) + " " + op.symbol() + " " + imm;
            case Neg(Width w, Reg dst) -> w.reg(dst) + " = -" + w.reg(dst);
            case MovSx(Width w, Reg dst, Reg src, int fromBits) -> w.reg(dst) + " = (s" + fromBits + ")" + w.reg(src);
            case Endian(EndianOp op, Reg dst, int bits) -> r(dst) + " = " + op.mnemonic() + bits + " " + r(dst);
            case Load(Size size, Reg dst, Reg base, int off) -> r(dst) + " = " + memory("u", size, base, off);
            case LoadSx(Size size, Reg dst, Reg base, int off) -> r(dst) + " = " + memory("s", size, base, off);
            case Store(Size size, Reg base, int off, Reg src) -> memory("u", size, base, off) + " = " + r(src);
            case StoreImm(Size size, Reg base, int off, int imm) -> memory("u", size, base, off) + " = " + imm;
            case Atomic a -> atomic(a);
            case LdImm64(Reg dst, long imm) -> r(dst) + " = 0x" + Long.toHexString(imm) + " ll";
            case LdImm64Symbol(Reg dst, String symbol, int addend) -> r(dst) + " = map[" + symbol + addend(addend) + "] ll";
            case LdImm64Pseudo(Reg dst, int pseudo, long imm) -> r(dst) + " = " + pseudoName(pseudo) + "(0x" + Long.toHexString(imm) + ") ll";
            case JumpReg(JmpOp op, Width w, Reg dst, Reg src, int offset) ->
                    "if " + w.reg(dst) + " " + op.symbol() + " " + w.reg(src) + " goto " + signed(offset) + label(targetLabel);
            case JumpImm(JmpOp op, Width w, Reg dst, int imm, int offset) ->
                    "if " + w.reg(dst) + " " + op.symbol() + " " + hex(imm) + " goto " + signed(offset) + label(targetLabel);
            case Goto(int offset) -> "goto " + signed(offset) + label(targetLabel);
            case GotoLong(int offset) -> "gotol " + signed(offset) + label(targetLabel);
            case CallHelper(int id) -> "call " + Helpers.name(id).orElse("") + "#" + id;
            case CallKfunc(String name) -> "call " + name;
            case CallSubprog(String name) -> "call subprog " + name;
            case CallPseudo(int imm) -> "call pc" + signed(imm);
            case CallKfuncId(int btfId, int fdIndex) -> "call kfunc#" + btfId + (fdIndex != 0 ? " (btf fd index " + fdIndex + ")" : "");
            case Exit x -> "exit";
            case Unknown(Insn in) -> String.format(Locale.ROOT, ".insn 0x%02x dst=%d src=%d off=%d imm=%d",
                    in.opcode(), in.dst(), in.src(), in.off(), in.imm());
        };
    }

    private static String atomic(Atomic a) {
        Width w = a.size() == Size.DW ? Width.W64 : Width.W32;
        String src = w.reg(a.src());
        String place = r(a.base()) + offset(a.off());
        String suffix = a.size() == Size.DW ? "_64" : "32_32";
        return switch (a.op()) {
            case ADD -> "lock " + memory("u", a.size(), a.base(), a.off()) + " += " + src;
            case OR -> "lock " + memory("u", a.size(), a.base(), a.off()) + " |= " + src;
            case AND -> "lock " + memory("u", a.size(), a.base(), a.off()) + " &= " + src;
            case XOR -> "lock " + memory("u", a.size(), a.base(), a.off()) + " ^= " + src;
            case FETCH_ADD -> fetch("add", a, src);
            case FETCH_OR -> fetch("or", a, src);
            case FETCH_AND -> fetch("and", a, src);
            case FETCH_XOR -> fetch("xor", a, src);
            case XCHG -> src + " = xchg" + suffix + "(" + place + ", " + src + ")";
            case CMPXCHG -> w.reg(Reg.R0) + " = cmpxchg" + suffix + "(" + place + ", " + w.reg(Reg.R0) + ", " + src + ")";
        };
    }

    private static String fetch(String op, Atomic a, String src) {
        return src + " = atomic_fetch_" + op + "((" + "u" + a.size().bytes() * 8 + " *)(" + r(a.base()) + offset(a.off()) + "), " + src + ")";
    }

    private static String memory(String signedness, Size size, Reg base, int off) {
        return "*(" + signedness + size.bytes() * 8 + " *)(" + r(base) + offset(off) + ")";
    }

    private static String offset(int off) {
        return off < 0 ? " - " + -(long) off : " + " + off;
    }

    private static String addend(int addend) {
        return addend == 0 ? "" : addend > 0 ? "+" + addend : "-" + -(long) addend;
    }

    private static String r(Reg reg) {
        return Width.W64.reg(reg);
    }

    private static String signed(int v) {
        return v < 0 ? Integer.toString(v) : "+" + v;
    }

    private static String hex(int v) {
        return v < 0 ? "-0x" + Long.toHexString(-(long) v) : "0x" + Integer.toHexString(v);
    }

    private static String label(Integer n) {
        return n == null ? "" : " <L" + n + ">";
    }

    private static String pseudoName(int pseudo) {
        return switch (pseudo) {
            case Opcodes.BPF_PSEUDO_MAP_FD -> "map_fd";
            case Opcodes.BPF_PSEUDO_MAP_VALUE -> "map_value";
            case Opcodes.BPF_PSEUDO_BTF_ID -> "btf_id";
            case Opcodes.BPF_PSEUDO_FUNC -> "func";
            case Opcodes.BPF_PSEUDO_MAP_IDX -> "map_idx";
            case Opcodes.BPF_PSEUDO_MAP_IDX_VALUE -> "map_idx_value";
            default -> "pseudo" + pseudo;
        };
    }
}
