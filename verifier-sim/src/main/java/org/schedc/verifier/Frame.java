package org.schedc.verifier;

import java.util.Arrays;

/** Registers and stack of one call frame; mutable, copied when a path forks. */
final class Frame {
    static final int STACK_SLOTS = 64; // 512 bytes
    final Value[] regs = new Value[11];
    final StackSlot[] stack = new StackSlot[STACK_SLOTS];
    /** Instruction index of the call that created this frame, -1 for the program's own frame. */
    final int callsite;
    /** First instruction of the function running in this frame (0 for the program itself). */
    final int entry;

    Frame(int callsite) {
        this(callsite, 0);
    }

    Frame(int callsite, int entry) {
        this.callsite = callsite;
        this.entry = entry;
        Arrays.fill(regs, Value.NOT_INIT);
        Arrays.fill(stack, StackSlot.EMPTY);
    }

    Frame copy() {
        Frame f = new Frame(callsite, entry);
        System.arraycopy(regs, 0, f.regs, 0, regs.length);
        System.arraycopy(stack, 0, f.stack, 0, stack.length);
        return f;
    }

    /** Slot index for the byte at frame-pointer offset {@code off} (-512..-1). */
    static int slotOf(long off) { return (int) ((off + 512) / 8); }
}
