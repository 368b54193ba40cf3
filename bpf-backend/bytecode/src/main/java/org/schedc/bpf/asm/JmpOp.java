package org.schedc.bpf.asm;

import org.schedc.bpf.insn.Opcodes;

/** Conditional jump operations (JA, CALL and EXIT have their own visits). */
public enum JmpOp {
    JEQ(Opcodes.BPF_JEQ, "=="),
    JGT(Opcodes.BPF_JGT, ">"),
    JGE(Opcodes.BPF_JGE, ">="),
    JSET(Opcodes.BPF_JSET, "&"),
    JNE(Opcodes.BPF_JNE, "!="),
    JSGT(Opcodes.BPF_JSGT, "s>"),
    JSGE(Opcodes.BPF_JSGE, "s>="),
    JLT(Opcodes.BPF_JLT, "<"),
    JLE(Opcodes.BPF_JLE, "<="),
    JSLT(Opcodes.BPF_JSLT, "s<"),
    JSLE(Opcodes.BPF_JSLE, "s<=");

    private final int code;
    private final String symbol;

    JmpOp(int code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    public int code() { return code; }
    public String symbol() { return symbol; }

    static JmpOp of(int code) {
        for (JmpOp op : values()) if (op.code == code) return op;
        return null;
    }
}
