package org.schedc.sim;

import org.schedc.bpf.insn.Insn;

/**
 * A program ready to run: its linked, CO-RE-patched instructions and, per slot, what the loader resolved: the
 * 64-bit value an {@code ld_imm64} loads (a map handle, a global's address), a bpf-to-bpf call's target (-1 for none)
 * or a kfunc's name (flavour suffix removed).
 */
record SimProgram(String name, String callback, Insn[] insns, long[] imm64, int[] calls, String[] kfuncs) {
    long ldImm64(int pc) { return imm64[pc]; }

    int callTarget(int pc) { return calls[pc]; }

    String kfunc(int pc) { return kfuncs[pc]; }
}
