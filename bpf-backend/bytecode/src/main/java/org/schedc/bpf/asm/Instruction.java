package org.schedc.bpf.asm;

import java.util.Objects;
import org.schedc.bpf.insn.Insn;

/**
 * One decoded instruction with typed operands; the common model of {@link InstructionCodec}, {@link BpfReader} and
 * {@link Disassembler}. Jump targets are relative ({@code target slot = slot + 1 + offset}).
 */
public sealed interface Instruction {

    /** Number of 8-byte slots the instruction occupies. */
    default int slots() {
        return 1;
    }

    record AluReg(AluOp op, Width width, Reg dst, Reg src) implements Instruction {}

    record AluImm(AluOp op, Width width, Reg dst, int imm) implements Instruction {}

    record Neg(Width width, Reg dst) implements Instruction {}

    /** Sign-extending move (cpu v4): {@code fromBits} is 8, 16 or 32. */
    record MovSx(Width width, Reg dst, Reg src, int fromBits) implements Instruction {}

    /** Byte-order conversion of the low {@code bits} (16, 32 or 64). */
    record Endian(EndianOp op, Reg dst, int bits) implements Instruction {}

    record Load(Size size, Reg dst, Reg base, int off) implements Instruction {}

    /** Sign-extending load (cpu v4). */
    record LoadSx(Size size, Reg dst, Reg base, int off) implements Instruction {}

    record Store(Size size, Reg base, int off, Reg src) implements Instruction {}

    record StoreImm(Size size, Reg base, int off, int imm) implements Instruction {}

    record Atomic(AtomicOp op, Size size, Reg base, int off, Reg src) implements Instruction {}

    record LdImm64(Reg dst, long imm) implements Instruction {
        @Override public int slots() { return 2; }
    }

    /** {@code ld_imm64} of a symbol's address plus {@code addend}; carries a {@link RelocKind#LD_IMM64} relocation. */
    record LdImm64Symbol(Reg dst, String symbol, int addend) implements Instruction {
        public LdImm64Symbol { Objects.requireNonNull(symbol, "symbol"); }
        @Override public int slots() { return 2; }
    }

    /** {@code ld_imm64} with a non-zero src (map fd, BTF id ... as the loader writes them). */
    record LdImm64Pseudo(Reg dst, int pseudo, long imm) implements Instruction {
        @Override public int slots() { return 2; }
    }

    record JumpReg(JmpOp op, Width width, Reg dst, Reg src, int offset) implements Instruction {}

    record JumpImm(JmpOp op, Width width, Reg dst, int imm, int offset) implements Instruction {}

    /** {@code JMP|JA} with a 16-bit offset. */
    record Goto(int offset) implements Instruction {}

    /** {@code JMP32|JA} ("gotol", cpu v4) with a 32-bit offset in the immediate. */
    record GotoLong(int offset) implements Instruction {}

    record CallHelper(int helperId) implements Instruction {}

    /** Kfunc call as clang writes it (src 1, imm -1) with a {@link RelocKind#CALL_KFUNC} relocation. */
    record CallKfunc(String name) implements Instruction {
        public CallKfunc { Objects.requireNonNull(name, "name"); }
    }

    /** Subprogram call (src 1, imm -1) with a {@link RelocKind#CALL_SUBPROG} relocation. */
    record CallSubprog(String name) implements Instruction {
        public CallSubprog { Objects.requireNonNull(name, "name"); }
    }

    /** Pc-relative subprogram call without a relocation (linked code): target slot = slot + 1 + imm. */
    record CallPseudo(int imm) implements Instruction {}

    /** Kfunc call after libbpf resolved it: src 2, imm = BTF id, off = module BTF fd index. */
    record CallKfuncId(int btfId, int btfFdIndex) implements Instruction {}

    record Exit() implements Instruction {}

    /** Anything else: an unknown opcode or reserved fields that are not zero. Kept byte-exact. */
    record Unknown(Insn insn) implements Instruction {
        public Unknown { Objects.requireNonNull(insn, "insn"); }
    }
}
