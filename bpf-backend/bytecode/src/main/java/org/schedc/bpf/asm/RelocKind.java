package org.schedc.bpf.asm;

/** What a symbol relocation in a function's code refers to; the object writer maps these onto ELF relocation types. */
public enum RelocKind {
    /** {@code ld_imm64} of a map, global, section or kfunc address: {@code R_BPF_64_64}. */
    LD_IMM64,
    /** Call of an external kernel function: {@code R_BPF_64_32}. */
    CALL_KFUNC,
    /** Call of a BPF subprogram: {@code R_BPF_64_32}. */
    CALL_SUBPROG
}
