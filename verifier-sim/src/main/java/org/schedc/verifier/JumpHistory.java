package org.schedc.verifier;

import java.util.Arrays;

/**
 * The instructions one path executed since its last checkpoint, in order (the kernel's jmp_history, which records
 * only non-linear steps and rebuilds the rest from the code; recording every step is simpler and the segments are
 * short because a checkpoint is forced once the kernel's history would exceed 40 entries). Entries carry what
 * backtracking cannot recompute from the code: that a load or store spilled or filled a register on a stack slot
 * (frame, slot), and after a conditional jump the locations that shared the compared scalar's id (linked copies
 * refined together by the jump).
 */
final class JumpHistory {
    private static final long STACK = 1L << 32, LINK = 1L << 33, LINK_SLOT = 1L << 34, PARTIAL = 1L << 35;
    private static final int FRAME_SHIFT = 36, INDEX_SHIFT = 40;

    private long[] entries;
    private int size;
    /** Entries the kernel's own history would hold for this segment (jump points, spills/fills, linked registers). */
    private int kernelEntries;
    private int lastCounted = -1;

    JumpHistory() { entries = new long[16]; }

    private JumpHistory(long[] entries, int size, int kernelEntries, int lastCounted) {
        this.entries = entries;
        this.size = size;
        this.kernelEntries = kernelEntries;
        this.lastCounted = lastCounted;
    }

    JumpHistory copy() { return new JumpHistory(Arrays.copyOf(entries, Math.max(16, size)), size, kernelEntries, lastCounted); }

    int size() { return size; }

    long get(int i) { return entries[i]; }

    int kernelEntries() { return kernelEntries; }

    void add(int pc, boolean jumpPoint) {
        push(pc);
        if (jumpPoint) countKernelEntry();
    }

    /** The last instruction spilled to or filled from {@code slot} of frame {@code frame}. */
    void flagStack(int frame, int slot, boolean partial) {
        entries[size - 1] |= STACK | (partial ? PARTIAL : 0) | (long) frame << FRAME_SHIFT | (long) slot << INDEX_SHIFT;
        countKernelEntry();
    }

    /** A location (register or stack slot of a frame) refined together with the last instruction's operands. */
    void addLink(int frame, boolean slot, int index) {
        push(LINK | (slot ? LINK_SLOT : 0) | (long) frame << FRAME_SHIFT | (long) index << INDEX_SHIFT);
    }

    void countLinks() { countKernelEntry(); }

    /** The kernel pushes at most one history entry per instruction (flags of a second push are merged). */
    private void countKernelEntry() {
        int insn = lastInsnIndex();
        if (insn != lastCounted) { kernelEntries++; lastCounted = insn; }
    }

    private int lastInsnIndex() {
        for (int i = size - 1; i >= 0; i--) if (!isLink(entries[i])) return i;
        return -1;
    }

    private void push(long e) {
        if (size == entries.length) entries = Arrays.copyOf(entries, size * 2);
        entries[size++] = e;
    }

    static int pc(long e) { return (int) e; }

    static boolean isLink(long e) { return (e & LINK) != 0; }

    static boolean isStackAccess(long e) { return (e & STACK) != 0; }

    /** A store of fewer than 8 bytes: the slot's other bytes keep their origin. */
    static boolean isPartial(long e) { return (e & PARTIAL) != 0; }

    static boolean linkIsSlot(long e) { return (e & LINK_SLOT) != 0; }

    static int frame(long e) { return (int) (e >>> FRAME_SHIFT) & 0xf; }

    static int index(long e) { return (int) (e >>> INDEX_SHIFT) & 0x3f; }
}
