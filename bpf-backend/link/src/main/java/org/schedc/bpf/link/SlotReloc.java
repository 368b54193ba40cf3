package org.schedc.bpf.link;

/** What the loader (libbpf) does with a relocated instruction of a program. */
public sealed interface SlotReloc {
    /** {@code ld_imm64} of a BTF-defined map: CONST_PTR_TO_MAP. */
    record LoadMap(MapRef map) implements SlotReloc {}

    /** {@code ld_imm64} of a global variable: PTR_TO_MAP_VALUE at {@code offset} in the section's map. */
    record LoadData(MapRef map, long offset) implements SlotReloc {}

    /** {@code ld_imm64} of an extern symbol (kfunc address test or ksym). */
    record LoadKsym(String name, boolean weak) implements SlotReloc {}

    record CallKfunc(String name, boolean weak) implements SlotReloc {}

    /** BPF-to-BPF call; {@code target} is the callee's index in the combined program. */
    record CallSubprog(int target) implements SlotReloc {}

    /**
     * {@code ld_imm64} of a function (BPF_PSEUDO_FUNC: a callback for bpf_loop, bpf_timer_set_callback, the
     * bpf_rbtree_add less-function...); {@code target} is the callback's index in the combined program.
     */
    record LoadFunc(int target) implements SlotReloc {}

    /**
     * A relocation libbpf handles but this model does not (arena globals in {@code .addr_space.1}, ...): the program
     * is rejected as "not modelled" when the instruction is reached, never accepted on a guess.
     */
    record Unmodelled(String what) implements SlotReloc {}
}
