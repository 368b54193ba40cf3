package org.schedc.bpf.asm;

import org.schedc.bpf.insn.Opcodes;

/** ALU operations with two operands. SDIV/SMOD are DIV/MOD with offset 1 (cpu v4). NEG and END have their own visits. */
public enum AluOp {
    ADD(Opcodes.BPF_ADD, 0, "+="),
    SUB(Opcodes.BPF_SUB, 0, "-="),
    MUL(Opcodes.BPF_MUL, 0, "*="),
    DIV(Opcodes.BPF_DIV, 0, "/="),
    SDIV(Opcodes.BPF_DIV, 1, "s/="),
    OR(Opcodes.BPF_OR, 0, "|="),
    AND(Opcodes.BPF_AND, 0, "&="),
    LSH(Opcodes.BPF_LSH, 0, "<<="),
    RSH(Opcodes.BPF_RSH, 0, ">>="),
    MOD(Opcodes.BPF_MOD, 0, "%="),
    SMOD(Opcodes.BPF_MOD, 1, "s%="),
    XOR(Opcodes.BPF_XOR, 0, "^="),
    MOV(Opcodes.BPF_MOV, 0, "="),
    ARSH(Opcodes.BPF_ARSH, 0, "s>>=");

    private final int code;
    private final int off;
    private final String symbol;

    AluOp(int code, int off, String symbol) {
        this.code = code;
        this.off = off;
        this.symbol = symbol;
    }

    /** The opcode operation bits ({@code BPF_ADD} ...). */
    public int code() { return code; }
    /** The instruction offset field this operation requires (1 for the signed division forms). */
    public int off() { return off; }
    /** Assignment operator as the disassembler prints it. */
    public String symbol() { return symbol; }

    public boolean isShift() { return this == LSH || this == RSH || this == ARSH; }
    public boolean isDivision() { return this == DIV || this == SDIV || this == MOD || this == SMOD; }

    /** The operation for opcode bits and offset, or null when the pair is not a two-operand ALU operation. */
    static AluOp of(int code, int off) {
        for (AluOp op : values()) if (op.code == code && op.off == off) return op;
        return null;
    }
}
