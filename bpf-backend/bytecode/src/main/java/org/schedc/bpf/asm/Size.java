package org.schedc.bpf.asm;

import org.schedc.bpf.insn.Opcodes;

/** Memory access size. */
public enum Size {
    B(1, Opcodes.BPF_B), H(2, Opcodes.BPF_H), W(4, Opcodes.BPF_W), DW(8, Opcodes.BPF_DW);

    private final int bytes;
    private final int code;

    Size(int bytes, int code) {
        this.bytes = bytes;
        this.code = code;
    }

    public int bytes() { return bytes; }
    /** The opcode size bits ({@code BPF_B} ...). */
    public int code() { return code; }

    public static Size ofCode(int sizeBits) {
        for (Size s : values()) if (s.code == sizeBits) return s;
        throw new IllegalArgumentException("bad size bits " + sizeBits);
    }
}
