package org.schedc.verifier;

import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

/**
 * Which stack slots of a checkpoint its continuation reads before overwriting them: the kernel's read marks on stack
 * slots (REG_LIVE_READ, screened by REG_LIVE_WRITTEN; 7.x computes the same from the code). Pruning compares only
 * those slots; a policy spills many locals, and comparing dead ones as well kept paths apart that the kernel merges.
 * A read marks the slot in the path's checkpoints upwards until one whose incoming segment wrote all 8 bytes of it;
 * a pruned path takes over the read marks of the state that covered it, as the kernel's propagate_liveness does.
 */
final class StackLiveness {
    private StackLiveness() {}

    /** Slot mask of the bytes [lo, hi) below the frame pointer. */
    static long slots(long lo, long hi) {
        long m = 0;
        for (long a = Math.max(lo, -512); a < Math.min(hi, 0); a = (a & ~7L) + 8) m |= 1L << Frame.slotOf(a);
        return m;
    }

    /** Marks {@code mask} of frame {@code f} read, unless the current segment ({@code written}) overwrote it first. */
    static void read(Checkpoint cp, long[] written, int f, long mask) {
        long m = mask & ~written[f];
        for (Checkpoint c = cp; c != null && m != 0; c = c.parent) {
            if (c.state.frames.size() <= f) break; // that frame did not exist yet: another call's stack
            m &= ~c.readSlots[f]; // already marked: so are the checkpoints above, up to the screening write
            c.readSlots[f] |= m;
            m &= ~c.writtenBefore[f];
        }
    }

    /** Records that the instruction about to run overwrites a whole slot (8-byte store at a constant offset). */
    static void noteWrite(State st, Insn insn, long[] written) {
        int cls = Opcodes.cls(insn.opcode());
        if (cls != Opcodes.BPF_ST && cls != Opcodes.BPF_STX || Opcodes.mode(insn.opcode()) != Opcodes.BPF_MEM
                || MemoryStep.sizeBytes(insn.opcode()) != 8) return;
        if (!(st.reg(insn.dst()) instanceof Value.StackPtr p) || !p.off().isConst() || p.frame() >= st.frames.size()) return;
        long at = p.off().constValue() + insn.off();
        if (at >= -512 && at <= -8 && Math.floorMod(at, 8L) == 0) written[p.frame()] |= 1L << Frame.slotOf(at);
    }

    /** The path was pruned by {@code old}: what old's continuation reads, the path's continuation reads too. */
    static void propagate(Checkpoint old, Checkpoint cp, long[] written) {
        for (int f = 0; f < old.state.frames.size(); f++) if (old.readSlots[f] != 0) read(cp, written, f, old.readSlots[f]);
    }
}
