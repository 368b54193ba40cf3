package org.schedc.verifier;

import java.util.HashMap;
import java.util.Map;

/**
 * State subsumption for pruning: an explored state {@code old} covers {@code cur} when every value of cur is one of
 * old's (registers live at the instruction, stack slots, held references), with pointer ids matched consistently.
 * Scalars count only where old's checkpoint marked them precise (the kernel's regsafe/stacksafe with NOT_EXACT): an
 * imprecise scalar of old matches any scalar of cur, since no decision in old's continuation depended on its value.
 */
final class Pruner {
    private final Liveness liveness;

    Pruner(Liveness liveness) { this.liveness = liveness; }

    /** Registers compared at {@code pc} in frame {@code d} of {@code frames}: live ones on top, R6-R10 in callers. */
    int liveRegs(int pc, int d, int frames) { return d == frames - 1 ? liveness.liveIn(pc) : 0x7c0; }

    /** Covering with old's precise marks ({@code marks} null: every scalar compared, as for the loop check). */
    boolean covers(State old, State cur, int pc, Checkpoint marks) {
        if (old.frames.size() != cur.frames.size() || old.refs.size() != cur.refs.size() || old.rcuDepth != cur.rcuDepth) return false;
        IdMap ids = new IdMap();
        for (int d = 0; d < old.frames.size(); d++) {
            Frame fo = old.frames.get(d), fc = cur.frames.get(d);
            if (fo.callsite != fc.callsite) return false;
            int live = liveRegs(pc, d, old.frames.size());
            for (int r = 0; r <= 10; r++) {
                if ((live & (1 << r)) == 0) continue;
                if (marks != null && fo.regs[r] instanceof Value.ScalarValue && !marks.preciseReg(d, r)) {
                    if (!(fc.regs[r] instanceof Value.ScalarValue)) return false; // types must still match
                } else if (!covers(fo.regs[r], fc.regs[r], ids)) {
                    return false;
                }
            }
            for (int s = 0; s < Frame.STACK_SLOTS; s++) {
                if (fo.stack[s] == fc.stack[s] || marks != null && !marks.liveSlot(d, s)) continue; // never read: dead
                if (marks != null && fo.stack[s] instanceof StackSlot.Spill so && so.value() instanceof Value.ScalarValue && !marks.preciseSlot(d, s)) {
                    if (!impreciseSpillCovers(fc.stack[s])) return false;
                } else if (marks != null && fo.stack[s] instanceof StackSlot.Bytes && !marks.preciseSlot(d, s)) {
                    // no read of old's zero bytes gave a constant anything depended on: they count as unknown bytes
                    if (fc.stack[s] instanceof StackSlot.Spill sc && sc.value().isPointer()) return false;
                } else if (!covers(fo.stack[s], fc.stack[s], ids)) {
                    return false;
                }
            }
        }
        for (int i = 0; i < old.refs.size(); i++) if (!ids.match(old.refs.get(i).id(), cur.refs.get(i).id())) return false;
        // iterators: same places, kinds and states (the iteration depth is not compared, as in the kernel's stacksafe)
        if (old.iters.size() != cur.iters.size()) return false;
        for (State.Iter io : old.iters) {
            State.Iter ic = cur.iterAt(io.frame(), io.slot());
            if (ic == null || !ic.kind().equals(io.kind()) || ic.active() != io.active() || !ids.match(io.refId(), ic.refId())) return false;
        }
        return true;
    }

    /**
     * An imprecise spilled scalar is matched, as stacksafe does, by another spilled scalar or by bytes none of which is
     * known zero (a fill of those gives an unknown scalar); zero bytes have their own slot type in the kernel.
     */
    private static boolean impreciseSpillCovers(StackSlot cur) {
        return switch (cur) {
            case StackSlot.Spill sc -> sc.value() instanceof Value.ScalarValue;
            case StackSlot.Bytes b -> {
                boolean zero = false;
                for (int i = 0; i < 8; i++) zero |= b.kind(i) == StackSlot.ZERO;
                yield !zero;
            }
        };
    }

    /** Exact equality of the live registers (the kernel's "maybe looping" test before it calls a loop infinite). */
    boolean sameLiveRegs(State old, State cur, int pc) {
        if (old.frames.size() != cur.frames.size()) return false;
        int live = liveness.liveIn(pc);
        Frame fo = old.top(), fc = cur.top();
        for (int r = 0; r <= 10; r++) if ((live & (1 << r)) != 0 && !sameIgnoringIds(fo.regs[r], fc.regs[r])) return false;
        return true;
    }

    private static boolean sameIgnoringIds(Value a, Value b) {
        return a.getClass() == b.getClass() && a.asNonNull().equals(b.asNonNull()) && a.maybeNull() == b.maybeNull();
    }

    private static final class IdMap {
        private final Map<Integer, Integer> forward = new HashMap<>(), backward = new HashMap<>();

        private int fresh = -1;

        /** A cur id that cannot collide: an unlinked value in cur. */
        int fresh() { return fresh--; }

        boolean match(int oldId, int curId) {
            if (oldId == 0 || curId == 0) return oldId == curId;
            Integer f = forward.putIfAbsent(oldId, curId), b = backward.putIfAbsent(curId, oldId);
            return (f == null || f == curId) && (b == null || b == oldId);
        }
    }

    private static boolean covers(StackSlot old, StackSlot cur, IdMap ids) {
        if (old instanceof StackSlot.Spill so) {
            if (cur instanceof StackSlot.Spill sc) return covers(so.value(), sc.value(), ids);
            // cur holds plain bytes: an 8-byte fill would give an unknown scalar (or 0 if all zero)
            StackSlot.Bytes b = (StackSlot.Bytes) cur;
            boolean allZero = true;
            for (int i = 0; i < 8; i++) allZero &= b.kind(i) == StackSlot.ZERO;
            Value fill = allZero ? Value.constant(0) : Value.unknown();
            return so.value() instanceof Value.ScalarValue && covers(so.value(), fill, ids);
        }
        StackSlot.Bytes bo = (StackSlot.Bytes) old;
        if (cur instanceof StackSlot.Spill sc && sc.value().isPointer()) return false;
        StackSlot.Bytes bc = cur.asBytes();
        for (int i = 0; i < 8; i++) if (bo.kind(i) == StackSlot.ZERO && bc.kind(i) != StackSlot.ZERO) return false;
        return true;
    }

    static boolean covers(Value old, Value cur, IdMap ids) {
        if (old instanceof Value.NotInit) return true; // old's continuation never read it, or it would have failed
        if (old.maybeNull()) {
            if (cur.maybeNull() && !ids.match(old.nullId(), cur.nullId())) return false;
        } else if (cur.maybeNull()) {
            return false;
        }
        if (!ids.match(old.refId(), cur.refId())) return false;
        return switch (old) {
            case Value.NotInit n -> true;
            // a link between copies in old may have been relied on later, so cur must have the same links
            case Value.ScalarValue o -> cur instanceof Value.ScalarValue c && o.s().includes(c.s())
                    && (o.id() == 0 || o.s().isConst() || ids.match(o.id(), c.id() != 0 ? c.id() : ids.fresh()));
            case Value.CtxPtr o -> cur instanceof Value.CtxPtr c && o.off().includes(c.off());
            case Value.StackPtr o -> cur instanceof Value.StackPtr c && o.frame() == c.frame() && o.off().includes(c.off());
            case Value.MapPtr o -> cur instanceof Value.MapPtr c && o.map().equals(c.map());
            case Value.MapValuePtr o -> cur instanceof Value.MapValuePtr c && o.map().equals(c.map()) && o.off().includes(c.off());
            case Value.BtfPtr o -> cur instanceof Value.BtfPtr c && o.btfId() == c.btfId() && o.trust() == c.trust() && o.off().includes(c.off());
            case Value.MemPtr o -> cur instanceof Value.MemPtr c && o.size() == c.size() && o.readOnly() == c.readOnly() && o.off().includes(c.off());
        };
    }

}
