package org.schedc.verifier;

import java.util.ArrayList;
import java.util.List;

/** The abstract machine state along one path: call frames (innermost last) and held references. */
final class State {
    record Ref(int id, int acquiredAt) {}

    final List<Frame> frames = new ArrayList<>(2);
    final List<Ref> refs = new ArrayList<>(0);
    /** Nesting depth of bpf_rcu_read_lock() sections on this path. */
    int rcuDepth;
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
        s.ids = ids;
        return s;
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
        return b.toString().strip();
    }
}
