package org.schedc.verifier;

/**
 * An explored state; {@code branches} counts paths still running through it (0 = fully explored). {@code hits} and
 * {@code misses} drive the kernel's eviction of states that rarely prune (is_state_visited's miss_cnt/hit_cnt).
 * {@code history} is the path from the parent checkpoint to this one, which backtracking walks to carry precision
 * marks further up. The precise marks are the kernel's reg->precise of this state's scalar registers and spilled
 * scalars: only those must be covered range-wise by a later state for it to be pruned here.
 */
final class Checkpoint {
    final State state;
    final Checkpoint parent;
    final JumpHistory history;
    int branches = 1;
    int hits, misses;
    /** Per frame: precise registers (bit r) and precise spilled slots (bit = slot index). */
    final int[] preciseRegs;
    final long[] preciseSlots;
    /** mark_all_scalars_precise: every scalar of this state counts as precise. */
    boolean allPrecise;
    /** Per frame: slots some continuation of this state read before overwriting them (StackLiveness). */
    final long[] readSlots = new long[Precision.FRAMES];
    /** Per frame: slots the path from the parent wrote whole (they screen reads from marking the parent). */
    final long[] writtenBefore;

    Checkpoint(State state, Checkpoint parent, JumpHistory history, long[] writtenBefore) {
        this.state = state;
        this.writtenBefore = writtenBefore;
        this.parent = parent;
        this.history = history;
        this.preciseRegs = new int[state.frames.size()];
        this.preciseSlots = new long[state.frames.size()];
    }

    boolean preciseReg(int frame, int reg) { return allPrecise || (preciseRegs[frame] & (1 << reg)) != 0; }

    boolean liveSlot(int frame, int slot) { return (readSlots[frame] & (1L << slot)) != 0; }

    boolean preciseSlot(int frame, int slot) { return allPrecise || (preciseSlots[frame] & (1L << slot)) != 0; }
}
