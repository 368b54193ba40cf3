package org.schedc.verifier;

/**
 * Knobs of a run. {@code insnLimit} is the kernel's processed-instruction budget (1,000,000); {@code maxTrace} bounds
 * the verbose trace; {@code maxStatesPerInsn} bounds the states kept for pruning at one instruction, a memory guard
 * far above what the kernel's eviction heuristic leaves in a list (its logs report max_states_per_insn of 4-30 on
 * loop nests), so it never decides a verdict.
 */
public record Options(boolean verbose, long insnLimit, int maxTrace, int maxStatesPerInsn) {
    public static final long KERNEL_INSN_LIMIT = 1_000_000;

    public Options {
        if (insnLimit < 1 || maxTrace < 0 || maxStatesPerInsn < 1) throw new IllegalArgumentException("bad options");
    }

    public static Options defaults() { return new Options(false, KERNEL_INSN_LIMIT, 64, 4096); }

    public Options withVerbose(boolean v) { return new Options(v, insnLimit, maxTrace, maxStatesPerInsn); }

    public Options withInsnLimit(long limit) { return new Options(verbose, limit, maxTrace, maxStatesPerInsn); }
}
