package org.schedc.verifier;

import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

/** Static classification of an instruction: control flow successors and register uses/defs (for CFG and liveness). */
final class InsnShape {
    private InsnShape() {}

    static boolean isCall(Insn i) { return i.opcode() == (Opcodes.BPF_JMP | Opcodes.BPF_CALL); }

    static boolean isExit(Insn i) { return i.opcode() == (Opcodes.BPF_JMP | Opcodes.BPF_EXIT); }

    static boolean isJa(Insn i) {
        return i.opcode() == (Opcodes.BPF_JMP | Opcodes.BPF_JA) || i.opcode() == (Opcodes.BPF_JMP32 | Opcodes.BPF_JA);
    }

    static boolean isCondJump(Insn i) {
        int cls = Opcodes.cls(i.opcode()), op = Opcodes.op(i.opcode());
        return (cls == Opcodes.BPF_JMP || cls == Opcodes.BPF_JMP32) && op != Opcodes.BPF_JA && op != Opcodes.BPF_CALL
                && op != Opcodes.BPF_EXIT && op <= Opcodes.BPF_JSLE;
    }

    /** Target of JA or a conditional jump. */
    static long jumpTarget(Insn i, int pc) {
        if (i.opcode() == (Opcodes.BPF_JMP32 | Opcodes.BPF_JA)) return (long) pc + 1 + i.imm();
        return (long) pc + 1 + i.off();
    }

    private static int bit(int r) { return 1 << r; }

    /** Registers read by the instruction (calls: the argument registers {@code callArgs}). */
    static int uses(Insn i, int callArgs) {
        int cls = Opcodes.cls(i.opcode());
        boolean x = Opcodes.source(i.opcode()) == Opcodes.BPF_X;
        return switch (cls) {
            case Opcodes.BPF_ALU, Opcodes.BPF_ALU64 -> {
                int op = Opcodes.op(i.opcode());
                int u = op == Opcodes.BPF_MOV ? 0 : bit(i.dst());
                yield u | (x && op != Opcodes.BPF_END ? bit(i.src()) : 0);
            }
            case Opcodes.BPF_LDX -> bit(i.src());
            case Opcodes.BPF_ST -> bit(i.dst());
            case Opcodes.BPF_STX -> bit(i.dst()) | bit(i.src()) | (Opcodes.mode(i.opcode()) == Opcodes.BPF_ATOMIC && i.imm() == Opcodes.BPF_CMPXCHG ? 1 : 0);
            case Opcodes.BPF_JMP, Opcodes.BPF_JMP32 -> {
                if (isCall(i)) yield ((1 << (callArgs + 1)) - 1) & ~1;
                if (isExit(i)) yield 1;
                if (isJa(i)) yield 0;
                yield bit(i.dst()) | (x ? bit(i.src()) : 0);
            }
            default -> 0;
        };
    }

    static int defs(Insn i) {
        int cls = Opcodes.cls(i.opcode());
        return switch (cls) {
            case Opcodes.BPF_ALU, Opcodes.BPF_ALU64, Opcodes.BPF_LDX -> bit(i.dst());
            case Opcodes.BPF_LD -> i.isLdImm64() ? bit(i.dst()) : 0;
            case Opcodes.BPF_STX -> Opcodes.mode(i.opcode()) == Opcodes.BPF_ATOMIC
                    ? (i.imm() == Opcodes.BPF_CMPXCHG ? 1 : (i.imm() & Opcodes.BPF_FETCH) != 0 ? bit(i.src()) : 0) : 0;
            case Opcodes.BPF_JMP, Opcodes.BPF_JMP32 -> isCall(i) ? 0x3f : 0;
            default -> 0;
        };
    }
}
