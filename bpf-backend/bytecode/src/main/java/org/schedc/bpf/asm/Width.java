package org.schedc.bpf.asm;

import org.schedc.bpf.insn.Opcodes;

/** Operand width: selects ALU vs ALU64 and JMP32 vs JMP. */
public enum Width {
    W32(Opcodes.BPF_ALU, Opcodes.BPF_JMP32, 'w'),
    W64(Opcodes.BPF_ALU64, Opcodes.BPF_JMP, 'r');

    private final int aluClass;
    private final int jmpClass;
    private final char regPrefix;

    Width(int aluClass, int jmpClass, char regPrefix) {
        this.aluClass = aluClass;
        this.jmpClass = jmpClass;
        this.regPrefix = regPrefix;
    }

    public int aluClass() { return aluClass; }
    public int jmpClass() { return jmpClass; }
    public int bits() { return this == W32 ? 32 : 64; }

    /** Register name as the disassembler prints it at this width ({@code w1} / {@code r1}). */
    String reg(Reg r) { return regPrefix + Integer.toString(r.num()); }
}
