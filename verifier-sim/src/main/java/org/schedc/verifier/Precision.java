package org.schedc.verifier;

import org.schedc.bpf.link.*;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

/**
 * Precision tracking as the kernel's __mark_chain_precision/backtrack_insn do it. When an instruction needs the exact
 * value of a scalar (pointer arithmetic, a branch its range decided, a constant or size argument), the registers and
 * stack slots it came from are found by walking the path backwards, segment by segment through the checkpoints
 * (each holds the history from its parent), and marked precise in every checkpoint on the way. Pruning then compares
 * only precise scalars range-wise; an imprecise scalar of an explored state matches any scalar, because no decision
 * on that state's continuation depended on its value. Whatever backtracking cannot follow (the kernel's -ENOTSUPP
 * cases and any inconsistency) falls back to marking every scalar of the path's checkpoints precise, which is what
 * the kernel does and is always sound.
 */
final class Precision {
    /** Frames a request can span: the program's and eight nested calls (ProgramVerifier.MAX_FRAMES). */
    static final int FRAMES = 9;
    private static final int ARGS = 0x3e; // R1-R5

    /** The kernel's backtrack_state: registers and slots per frame still looking for their origin. */
    static final class Request {
        final int[] regs = new int[FRAMES];
        final long[] slots = new long[FRAMES];
        int frame;

        Request(int frame) { this.frame = frame; }

        Request reg(int r) { return reg(frame, r); }

        Request reg(int f, int r) { if (r < 10) regs[f] |= 1 << r; return this; }

        Request slot(int f, int s) { slots[f] |= 1L << s; return this; }

        boolean hasReg(int r) { return (regs[frame] & (1 << r)) != 0; }

        void clearReg(int r) { regs[frame] &= ~(1 << r); }

        boolean empty() {
            for (int f = 0; f < FRAMES; f++) if (regs[f] != 0 || slots[f] != 0) return false;
            return true;
        }
    }

    /** Backtracking hit a case it cannot follow (the kernel's -ENOTSUPP and verifier_bug paths). */
    private static final class Unsupported extends Exception {
        Unsupported() { super(null, null, false, false); }
    }

    private final VerifierContext ctx;
    private final Insn[] insns;

    Precision(VerifierContext ctx) {
        this.ctx = ctx;
        this.insns = ctx.insns;
    }

    /**
     * Marks precise, in the checkpoints above {@code cp}, everything the request's registers and slots (as they are at
     * the end of {@code segment}, the path since {@code cp}) were computed from. {@code skipLast}: the segment's last
     * entry is the instruction making the request, which has not produced its result yet and is not backtracked.
     */
    void mark(Checkpoint cp, JumpHistory segment, Request bt, boolean skipLast) {
        if (bt.empty()) return;
        try {
            JumpHistory hist = segment;
            boolean skip = skipLast;
            for (Checkpoint st = cp; ; st = st.parent) {
                walk(hist, bt, skip);
                skip = false;
                if (bt.empty()) return;
                if (st == null || st.allPrecise) {
                    // nothing above to mark (the program's entry) or everything above is already precise
                    if (st == null) throw new Unsupported();
                    return;
                }
                if (st.state.depth() != bt.frame) throw new Unsupported();
                markIn(st, bt);
                if (bt.empty()) return;
                hist = st.history;
            }
        } catch (Unsupported e) {
            markAll(cp);
        }
    }

    /** The kernel's mark_all_scalars_precise: every checkpoint of the path (not the current state). */
    static void markAll(Checkpoint cp) {
        for (Checkpoint c = cp; c != null && !c.allPrecise; c = c.parent) c.allPrecise = true;
    }

    /** Sets the marks in checkpoint {@code st}; what is not a scalar there, or already precise, stops being tracked. */
    private static void markIn(Checkpoint st, Request bt) {
        for (int f = 0; f <= bt.frame; f++) {
            Frame fr = st.state.frames.get(f);
            for (int r = 0; r < 10; r++) {
                if ((bt.regs[f] & (1 << r)) == 0) continue;
                if (fr.regs[r] instanceof Value.ScalarValue && !st.preciseReg(f, r)) st.preciseRegs[f] |= 1 << r;
                else bt.regs[f] &= ~(1 << r);
            }
            for (int s = 0; s < Frame.STACK_SLOTS; s++) {
                if ((bt.slots[f] & (1L << s)) == 0) continue;
                if (carriesValue(fr.stack[s]) && !st.preciseSlot(f, s)) {
                    st.preciseSlots[f] |= 1L << s;
                } else {
                    bt.slots[f] &= ~(1L << s);
                }
            }
        }
        for (int f = bt.frame + 1; f < FRAMES; f++) { bt.regs[f] = 0; bt.slots[f] = 0; }
    }

    /** A spilled scalar, or bytes some of which are known zero (reads of them give the constant 0). */
    static boolean carriesValue(StackSlot slot) {
        return switch (slot) {
            case StackSlot.Spill sp -> sp.value() instanceof Value.ScalarValue;
            case StackSlot.Bytes b -> {
                boolean zero = false;
                for (int i = 0; i < 8; i++) zero |= b.kind(i) == StackSlot.ZERO;
                yield zero;
            }
        };
    }

    /** Walks one segment backwards; LINK entries follow the jump they belong to, so they are met first. */
    private void walk(JumpHistory hist, Request bt, boolean skip) throws Unsupported {
        int linksEnd = hist.size();
        for (int i = hist.size() - 1; i >= 0; i--) {
            long e = hist.get(i);
            if (JumpHistory.isLink(e)) continue;
            if (skip) {
                skip = false;
            } else {
                syncLinks(hist, i + 1, linksEnd, bt);
                backtrack(e, bt);
                syncLinks(hist, i + 1, linksEnd, bt);
                if (bt.empty()) return;
            }
            linksEnd = i;
        }
    }

    /** bt_sync_linked_regs: if one of the copies a jump refined together is tracked, all of them are. */
    private static void syncLinks(JumpHistory hist, int from, int to, Request bt) {
        boolean any = false;
        for (int i = from; i < to && !any; i++) {
            long e = hist.get(i);
            int f = JumpHistory.frame(e), x = JumpHistory.index(e);
            any = JumpHistory.linkIsSlot(e) ? (bt.slots[f] & (1L << x)) != 0 : (bt.regs[f] & (1 << x)) != 0;
        }
        if (!any) return;
        for (int i = from; i < to; i++) {
            long e = hist.get(i);
            if (JumpHistory.linkIsSlot(e)) bt.slot(JumpHistory.frame(e), JumpHistory.index(e));
            else bt.reg(JumpHistory.frame(e), JumpHistory.index(e));
        }
    }

    /** backtrack_insn: what the tracked set was before instruction {@code e} executed. */
    private void backtrack(long e, Request bt) throws Unsupported {
        int pc = JumpHistory.pc(e);
        Insn insn = insns[pc];
        int cls = Opcodes.cls(insn.opcode()), dst = insn.dst(), src = insn.src();
        boolean regSrc = Opcodes.source(insn.opcode()) == Opcodes.BPF_X;
        switch (cls) {
            case Opcodes.BPF_ALU, Opcodes.BPF_ALU64 -> {
                if (!bt.hasReg(dst)) return;
                int op = Opcodes.op(insn.opcode());
                if (op == Opcodes.BPF_END || op == Opcodes.BPF_NEG) return; // dst still needs precision before
                if (op == Opcodes.BPF_MOV) {
                    bt.clearReg(dst); // dst = K ends the chain; dst = src moves it to src
                    if (regSrc && src != 10) bt.reg(src);
                } else if (regSrc && src != 10) {
                    bt.reg(src); // dst op= src: both operands determine the result
                }
            }
            case Opcodes.BPF_LDX -> {
                if (!bt.hasReg(dst)) return;
                bt.clearReg(dst);
                // only a fill of a spilled register carries a tracked value; other memory reads are unknown anyway
                if (JumpHistory.isStackAccess(e)) bt.slot(JumpHistory.frame(e), JumpHistory.index(e));
            }
            case Opcodes.BPF_ST, Opcodes.BPF_STX -> {
                if (bt.hasReg(dst)) throw new Unsupported(); // a scalar used as the base: pointer subtraction upstream
                if (!JumpHistory.isStackAccess(e)) return;
                int f = JumpHistory.frame(e), s = JumpHistory.index(e);
                if ((bt.slots[f] & (1L << s)) == 0) return;
                if (!JumpHistory.isPartial(e)) bt.slots[f] &= ~(1L << s); // a narrow store leaves the other bytes' origin
                if (cls == Opcodes.BPF_STX) bt.reg(src);
            }
            case Opcodes.BPF_JMP, Opcodes.BPF_JMP32 -> jump(insn, pc, regSrc, bt);
            case Opcodes.BPF_LD -> bt.clearReg(dst); // ld_imm64: a constant, nothing further
            default -> throw new Unsupported();
        }
    }

    private void jump(Insn insn, int pc, boolean regSrc, Request bt) throws Unsupported {
        if (InsnShape.isCall(insn)) {
            if (ctx.reloc(pc).orElse(null) instanceof SlotReloc.CallSubprog) {
                // going back out of the callee to its call: only its arguments R1-R5 can still be wanted; its stack was
                // born at the call, so a slot still tracked there (bytes a narrow store left) has no earlier origin
                if ((bt.regs[bt.frame] & ~ARGS) != 0 || bt.frame == 0) throw new Unsupported();
                bt.regs[bt.frame - 1] |= bt.regs[bt.frame];
                bt.regs[bt.frame] = 0;
                bt.slots[bt.frame] = 0;
                bt.frame--;
                return;
            }
            bt.clearReg(0); // helpers and kfuncs set R0; R1-R5 are dead after any call
            if ((bt.regs[bt.frame] & ARGS) != 0) throw new Unsupported();
            return;
        }
        if (InsnShape.isExit(insn)) {
            // going back into a subprogram from the instruction after its call: R0 was its return value
            if ((bt.regs[bt.frame] & ARGS) != 0 || bt.frame + 1 >= FRAMES) throw new Unsupported();
            boolean r0 = bt.hasReg(0);
            bt.clearReg(0);
            bt.frame++;
            bt.regs[bt.frame] = r0 ? 1 : 0;
            bt.slots[bt.frame] = 0;
            return;
        }
        if (InsnShape.isJa(insn) || !regSrc) return; // dst <cond> K: dst's own precision is already requested
        if (bt.hasReg(insn.dst()) || bt.hasReg(insn.src())) {
            bt.reg(insn.dst());
            bt.reg(insn.src());
        }
    }
}
