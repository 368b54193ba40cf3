package org.schedc.bpf.asm;

import static org.schedc.bpf.insn.Opcodes.*;

import java.util.List;
import org.schedc.bpf.asm.Instruction.*;
import org.schedc.bpf.insn.Insn;

/** Maps the typed {@link Instruction} model to raw slots and back. Decoding is exact: re-encoding gives the same bytes. */
public final class InstructionCodec {
    private InstructionCodec() {}

    /** One or two slots; throws {@link BpfAsmException} when a field does not fit its encoding. */
    public static List<Insn> encode(Instruction instruction) {
        return switch (instruction) {
            case AluReg(AluOp op, Width w, Reg dst, Reg src) -> one(w.aluClass() | op.code() | BPF_X, dst.num(), src.num(), op.off(), 0);
            case AluImm(AluOp op, Width w, Reg dst, int imm) -> one(w.aluClass() | op.code() | BPF_K, dst.num(), 0, op.off(), imm);
            case Neg(Width w, Reg dst) -> one(w.aluClass() | BPF_NEG | BPF_K, dst.num(), 0, 0, 0);
            case MovSx(Width w, Reg dst, Reg src, int fromBits) -> one(w.aluClass() | BPF_MOV | BPF_X, dst.num(), src.num(), s16(fromBits, "sign-extension width"), 0);
            case Endian(EndianOp op, Reg dst, int bits) -> one(endianOpcode(op), dst.num(), 0, 0, bits);
            case Load(Size size, Reg dst, Reg base, int off) -> one(BPF_LDX | BPF_MEM | size.code(), dst.num(), base.num(), s16(off, "offset"), 0);
            case LoadSx(Size size, Reg dst, Reg base, int off) -> one(BPF_LDX | BPF_MEMSX | size.code(), dst.num(), base.num(), s16(off, "offset"), 0);
            case Store(Size size, Reg base, int off, Reg src) -> one(BPF_STX | BPF_MEM | size.code(), base.num(), src.num(), s16(off, "offset"), 0);
            case StoreImm(Size size, Reg base, int off, int imm) -> one(BPF_ST | BPF_MEM | size.code(), base.num(), 0, s16(off, "offset"), imm);
            case Atomic(AtomicOp op, Size size, Reg base, int off, Reg src) -> one(BPF_STX | BPF_ATOMIC | size.code(), base.num(), src.num(), s16(off, "offset"), op.code());
            case LdImm64(Reg dst, long imm) -> two(dst.num(), 0, imm);
            case LdImm64Symbol(Reg dst, String symbol, int addend) -> two(dst.num(), 0, addend & 0xffffffffL);
            case LdImm64Pseudo(Reg dst, int pseudo, long imm) -> {
                if (pseudo < 1 || pseudo > 15) throw new BpfAsmException("ld_imm64 pseudo source " + pseudo + " is not 1..15");
                yield two(dst.num(), pseudo, imm);
            }
            case JumpReg(JmpOp op, Width w, Reg dst, Reg src, int offset) -> one(w.jmpClass() | op.code() | BPF_X, dst.num(), src.num(), s16(offset, "jump offset"), 0);
            case JumpImm(JmpOp op, Width w, Reg dst, int imm, int offset) -> one(w.jmpClass() | op.code() | BPF_K, dst.num(), 0, s16(offset, "jump offset"), imm);
            case Goto(int offset) -> one(BPF_JMP | BPF_JA, 0, 0, s16(offset, "jump offset"), 0);
            case GotoLong(int offset) -> one(BPF_JMP32 | BPF_JA, 0, 0, 0, offset);
            case CallHelper(int id) -> one(BPF_JMP | BPF_CALL, 0, 0, 0, id);
            case CallKfunc k -> one(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, -1);
            case CallSubprog s -> one(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, -1);
            case CallPseudo(int imm) -> one(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, imm);
            case CallKfuncId(int btfId, int fdIndex) -> one(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_KFUNC_CALL, s16(fdIndex, "BTF fd index"), btfId);
            case Exit e -> one(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
            case Unknown(Insn insn) -> List.of(insn);
        };
    }

    /**
     * Decodes the instruction starting at {@code slots[index]}. {@code reloc} is the symbol relocation recorded for
     * that slot, or null; it turns {@code ld_imm64}/pseudo calls into their symbolic forms. Never throws: whatever
     * is not a canonical encoding becomes {@link Unknown}.
     */
    public static Instruction decode(List<Insn> slots, int index, Relocation reloc) {
        Insn in = slots.get(index);
        Instruction candidate = candidate(slots, index, reloc);
        if (candidate == null || !reencodes(candidate, slots, index)) return new Unknown(in);
        return candidate;
    }

    private static boolean reencodes(Instruction candidate, List<Insn> slots, int index) {
        List<Insn> encoded;
        try {
            encoded = encode(candidate);
        } catch (BpfAsmException e) {
            return false;
        }
        if (index + encoded.size() > slots.size()) return false;
        for (int i = 0; i < encoded.size(); i++) {
            if (!encoded.get(i).equals(slots.get(index + i))) return false;
        }
        return true;
    }

    private static Instruction candidate(List<Insn> slots, int index, Relocation reloc) {
        Insn in = slots.get(index);
        int opcode = in.opcode();
        if (!Reg.isValid(in.dst())) return null;
        Reg dst = Reg.of(in.dst());
        Reg src = Reg.isValid(in.src()) ? Reg.of(in.src()) : null;
        return switch (cls(opcode)) {
            case BPF_ALU, BPF_ALU64 -> alu(in, cls(opcode) == BPF_ALU64 ? Width.W64 : Width.W32, dst, src);
            case BPF_LDX -> src == null ? null : switch (mode(opcode)) {
                case BPF_MEM -> new Load(Size.ofCode(size(opcode)), dst, src, in.off());
                case BPF_MEMSX -> size(opcode) == BPF_DW ? null : new LoadSx(Size.ofCode(size(opcode)), dst, src, in.off());
                default -> null;
            };
            case BPF_ST -> mode(opcode) == BPF_MEM ? new StoreImm(Size.ofCode(size(opcode)), dst, in.off(), in.imm()) : null;
            case BPF_STX -> src == null ? null : switch (mode(opcode)) {
                case BPF_MEM -> new Store(Size.ofCode(size(opcode)), dst, in.off(), src);
                case BPF_ATOMIC -> {
                    AtomicOp op = AtomicOp.of(in.imm());
                    Size size = Size.ofCode(size(opcode));
                    yield op == null || (size != Size.W && size != Size.DW) ? null : new Atomic(op, size, dst, in.off(), src);
                }
                default -> null;
            };
            case BPF_LD -> opcode == BPF_LD_IMM64 && index + 1 < slots.size() ? ldImm64(in, slots.get(index + 1), dst, reloc) : null;
            case BPF_JMP, BPF_JMP32 -> jump(in, cls(opcode) == BPF_JMP ? Width.W64 : Width.W32, dst, src, reloc);
            default -> null;
        };
    }

    private static Instruction alu(Insn in, Width w, Reg dst, Reg src) {
        int code = op(in.opcode());
        boolean reg = source(in.opcode()) == BPF_X;
        if (code == BPF_NEG) return new Neg(w, dst);
        if (code == BPF_END) {
            EndianOp op = w == Width.W32 ? (reg ? EndianOp.TO_BE : EndianOp.TO_LE) : (reg ? null : EndianOp.BSWAP);
            return op == null || !isEndianWidth(in.imm()) ? null : new Endian(op, dst, in.imm());
        }
        if (reg && code == BPF_MOV && in.off() != 0) {
            return src == null || !isSignExtensionWidth(w, in.off()) ? null : new MovSx(w, dst, src, in.off());
        }
        AluOp op = AluOp.of(code, in.off());
        if (op == null) return null;
        if (!reg) return new AluImm(op, w, dst, in.imm());
        return src == null ? null : new AluReg(op, w, dst, src);
    }

    private static Instruction ldImm64(Insn lo, Insn hi, Reg dst, Relocation reloc) {
        long imm = (long) hi.imm() << 32 | (lo.imm() & 0xffffffffL);
        if (lo.src() != 0) return new LdImm64Pseudo(dst, lo.src(), imm);
        if (reloc != null && reloc.kind() == RelocKind.LD_IMM64) return new LdImm64Symbol(dst, reloc.symbol(), lo.imm());
        return new LdImm64(dst, imm);
    }

    private static Instruction jump(Insn in, Width w, Reg dst, Reg src, Relocation reloc) {
        int code = op(in.opcode());
        boolean reg = source(in.opcode()) == BPF_X;
        if (code == BPF_JA) return w == Width.W64 ? new Goto(in.off()) : new GotoLong(in.imm());
        if (code == BPF_CALL) {
            if (w == Width.W32 || reg) return null;
            return switch (in.src()) {
                case 0 -> new CallHelper(in.imm());
                case BPF_PSEUDO_CALL -> {
                    if (reloc != null && reloc.kind() == RelocKind.CALL_KFUNC) yield new CallKfunc(reloc.symbol());
                    if (reloc != null && reloc.kind() == RelocKind.CALL_SUBPROG) yield new CallSubprog(reloc.symbol());
                    yield new CallPseudo(in.imm());
                }
                case BPF_PSEUDO_KFUNC_CALL -> new CallKfuncId(in.imm(), in.off());
                default -> null;
            };
        }
        if (code == BPF_EXIT) return w == Width.W64 && !reg ? new Exit() : null;
        JmpOp op = JmpOp.of(code);
        if (op == null) return null;
        if (!reg) return new JumpImm(op, w, dst, in.imm(), in.off());
        return src == null ? null : new JumpReg(op, w, dst, src, in.off());
    }

    private static List<Insn> one(int opcode, int dst, int src, int off, int imm) {
        return List.of(new Insn(opcode, dst, src, off, imm));
    }

    private static List<Insn> two(int dst, int src, long imm) {
        return List.of(new Insn(BPF_LD_IMM64, dst, src, 0, (int) imm), new Insn(0, 0, 0, 0, (int) (imm >>> 32)));
    }

    private static int endianOpcode(EndianOp op) {
        return switch (op) {
            case TO_LE -> BPF_ALU | BPF_END | BPF_TO_LE;
            case TO_BE -> BPF_ALU | BPF_END | BPF_TO_BE;
            case BSWAP -> BPF_ALU64 | BPF_END | BPF_TO_LE;
        };
    }

    /** Widths a byte-order conversion accepts. */
    static boolean isEndianWidth(int bits) {
        return bits == 16 || bits == 32 || bits == 64;
    }

    /** Source widths of a sign-extending move: 8/16/32 for 64-bit moves, 8/16 for 32-bit ones. */
    static boolean isSignExtensionWidth(Width w, int fromBits) {
        return fromBits == 8 || fromBits == 16 || (fromBits == 32 && w == Width.W64);
    }

    static boolean fitsS16(int v) {
        return v >= Short.MIN_VALUE && v <= Short.MAX_VALUE;
    }

    private static int s16(int v, String what) {
        if (!fitsS16(v)) throw new BpfAsmException(what + " " + v + " does not fit in 16 bits");
        return v;
    }
}
