package org.schedc.verifier;

import java.util.ArrayList;
import java.util.List;

/** The abstract machine state along one path: call frames (innermost last) and held references. */
final class State {
    record Ref(int id, int acquiredAt) {}

    /**
     * An open-coded iterator living in stack slot {@code slot} of frame {@code frame}; it holds reference {@code refId}.
     * {@code depth} counts the active forks of its next call on this path: not compared when pruning, but states of
     * different iterations are never an infinite loop (the kernel's iter_active_depths_differ).
     */
    record Iter(int frame, int slot, String kind, boolean active, int refId, int depth) {}

    final List<Frame> frames = new ArrayList<>(2);
    final List<Ref> refs = new ArrayList<>(0);
    /** Nesting depth of bpf_rcu_read_lock() sections on this path. */
    int rcuDepth;
    final List<Iter> iters = new ArrayList<>(0);
    /** Shared counter for scalar copy ids (per program run, so ids never collide between paths compared in pruning). */
    IdSource ids = new IdSource();

    static final class IdSource {
        private int next = 1 << 20; // disjoint from pointer ids, which VerifierContext hands out from 1

        int next() { return next++; }
    }

    int newScalarId() { return ids.next(); }

    State copy() {
        State s = new State();
        for (Frame f : frames) s.frames.add(f.copy());
        s.refs.addAll(refs);
        s.rcuDepth = rcuDepth;
        s.iters.addAll(iters);
        s.ids = ids;
        return s;
    }

    Iter iterAt(int frame, int slot) {
        for (Iter i : iters) if (i.frame() == frame && i.slot() == slot) return i;
        return null;
    }

    /** True when an iterator occupies any slot in [fromSlot, toSlot) of the frame. */
    boolean overlapsIter(int frame, int fromSlot, int toSlot) {
        for (Iter i : iters) if (i.frame() == frame && i.slot() >= fromSlot && i.slot() < toSlot) return true;
        return false;
    }

    /** True when some iterator is active in both states at different depths. */
    static boolean iterDepthsDiffer(State a, State b) {
        for (Iter i : a.iters) {
            Iter j = b.iterAt(i.frame(), i.slot());
            if (i.active() && j != null && j.active() && i.depth() != j.depth()) return true;
        }
        return false;
    }

    Frame top() { return frames.getLast(); }

    int depth() { return frames.size() - 1; }

    Value reg(int r) { return top().regs[r]; }

    void setReg(int r, Value v) { top().regs[r] = v; }

    /** Applies {@code f} to every register and spilled value in every frame (null-check and release propagation). */
    void mapValues(java.util.function.UnaryOperator<Value> f) {
        for (Frame fr : frames) {
            for (int r = 0; r < fr.regs.length; r++) fr.regs[r] = f.apply(fr.regs[r]);
            for (int i = 0; i < fr.stack.length; i++) {
                if (fr.stack[i] instanceof StackSlot.Spill sp) {
                    Value nv = f.apply(sp.value());
                    if (nv != sp.value()) fr.stack[i] = new StackSlot.Spill(nv);
                }
            }
        }
    }

    String describe() {
        StringBuilder b = new StringBuilder();
        for (int d = 0; d < frames.size(); d++) {
            Frame f = frames.get(d);
            if (frames.size() > 1) b.append("frame").append(d).append(": ");
            for (int r = 0; r < 11; r++) {
                if (!(f.regs[r] instanceof Value.NotInit)) b.append('R').append(r).append('=').append(f.regs[r].describe()).append(' ');
            }
            for (int i = Frame.STACK_SLOTS - 1; i >= 0; i--) {
                if (!f.stack[i].equals(StackSlot.EMPTY)) b.append("fp").append((i - Frame.STACK_SLOTS) * 8).append('=').append(f.stack[i].describe()).append(' ');
            }
        }
        for (Ref r : refs) b.append("ref").append(r.id()).append(' ');
        if (rcuDepth > 0) b.append("rcu_lock=").append(rcuDepth);
        for (Iter i : iters) b.append(" iter_").append(i.kind()).append("@fp").append((i.slot() - Frame.STACK_SLOTS) * 8).append(i.active() ? "(active)" : "(drained)");
        return b.toString().strip();
    }
}
