package org.schedc.bpf.asm;

import org.schedc.bpf.insn.Opcodes;

/** Atomic read-modify-write operations ({@code STX | ATOMIC}); the value is the instruction's immediate. */
public enum AtomicOp {
    ADD(Opcodes.BPF_ADD),
    OR(Opcodes.BPF_OR),
    AND(Opcodes.BPF_AND),
    XOR(Opcodes.BPF_XOR),
    FETCH_ADD(Opcodes.BPF_ADD | Opcodes.BPF_FETCH),
    FETCH_OR(Opcodes.BPF_OR | Opcodes.BPF_FETCH),
    FETCH_AND(Opcodes.BPF_AND | Opcodes.BPF_FETCH),
    FETCH_XOR(Opcodes.BPF_XOR | Opcodes.BPF_FETCH),
    XCHG(Opcodes.BPF_XCHG),
    CMPXCHG(Opcodes.BPF_CMPXCHG);

    private final int code;

    AtomicOp(int code) {
        this.code = code;
    }

    public int code() { return code; }

    /** True when the operation writes the old memory value back into a register (src, or r0 for CMPXCHG). */
    public boolean fetches() { return (code & Opcodes.BPF_FETCH) != 0; }

    static AtomicOp of(int imm) {
        for (AtomicOp op : values()) if (op.code == imm) return op;
        return null;
    }
}
