package org.schedc.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.VReg;
import org.schedc.ir.DefUse;

/**
 * Block-level liveness (iterative backward dataflow) and live intervals over a block layout. The dataflow is
 * O(blocks &times; live values) per round, rounds bounded by loop nesting; intervals are O(instructions).
 */
final class Liveness {
    /** [start, end] in instruction positions: a use at 2k, a def at 2k+1 of the k-th instruction. */
    static final class Interval {
        final VReg vreg;
        int start = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        Interval(VReg v) { this.vreg = v; }
        void cover(int p) {
            start = Math.min(start, p);
            end = Math.max(end, p);
        }
        @Override public String toString() { return vreg + "[" + start + "," + end + "]"; }
    }

    final Map<VReg, Interval> intervals = new HashMap<>();
    final List<Integer> callPositions = new ArrayList<>();
    final Map<Block, Integer> blockStart = new HashMap<>();
    final Map<Block, Integer> blockEnd = new HashMap<>();

    Liveness(Ir.Function fn, List<Block> layout) {
        int pos = 0;
        for (Block b : layout) {
            blockStart.put(b, pos);
            pos += 2 * (b.insts.size() + 1);
            blockEnd.put(b, pos - 1);
        }
        Map<Block, Set<VReg>> liveIn = new HashMap<>(), liveOut = new HashMap<>(), use = new HashMap<>(), def = new HashMap<>();
        for (Block b : layout) {
            Set<VReg> u = new HashSet<>(), d = new HashSet<>();
            for (Inst i : b.insts) {
                for (VReg v : DefUse.uses(i)) if (!d.contains(v)) u.add(v);
                VReg dv = DefUse.def(i);
                if (dv != null) d.add(dv);
            }
            for (VReg v : DefUse.uses(b.terminator)) if (!d.contains(v)) u.add(v);
            use.put(b, u);
            def.put(b, d);
            liveIn.put(b, new HashSet<>());
            liveOut.put(b, new HashSet<>());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = layout.size() - 1; k >= 0; k--) {
                Block b = layout.get(k);
                Set<VReg> out = new HashSet<>();
                for (Block s : DefUse.successors(b)) out.addAll(liveIn.get(s));
                Set<VReg> in = new HashSet<>(out);
                in.removeAll(def.get(b));
                in.addAll(use.get(b));
                if (!out.equals(liveOut.get(b)) || !in.equals(liveIn.get(b))) {
                    liveOut.put(b, out);
                    liveIn.put(b, in);
                    changed = true;
                }
            }
        }
        // ctx is defined on entry (it arrives in r1).
        interval(fn.ctx).cover(0);
        for (Block b : layout) {
            int p = blockStart.get(b);
            for (VReg v : liveIn.get(b)) interval(v).cover(p);
            for (VReg v : liveOut.get(b)) interval(v).cover(blockEnd.get(b));
            for (Inst i : b.insts) {
                for (VReg v : DefUse.uses(i)) interval(v).cover(p);
                // Two-address ALU: a non-commutative op's right operand must not share the result's register.
                if (i instanceof Inst.Alu a && a.b() instanceof VReg bv && !a.op().commutative()) interval(bv).cover(p + 1);
                VReg d = DefUse.def(i);
                if (d != null) interval(d).cover(p + 1);
                if (i instanceof Inst.Call) callPositions.add(p);
                p += 2;
            }
            for (VReg v : DefUse.uses(b.terminator)) interval(v).cover(p);
        }
    }

    private Interval interval(VReg v) {
        return intervals.computeIfAbsent(v, Interval::new);
    }

    /** Whether a call lies strictly inside the interval. O(log calls): positions are recorded in increasing order. */
    boolean spansCall(Interval iv) {
        int lo = 0, hi = callPositions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (callPositions.get(mid) <= iv.start) lo = mid + 1; else hi = mid;
        }
        return lo < callPositions.size() && callPositions.get(lo) < iv.end;
    }
}
