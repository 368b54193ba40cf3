package org.schedc.ir.passes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.schedc.ir.DefUse;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.VReg;

/**
 * Pure instructions whose result nothing reads are removed, and so, in turn, are those only they read.
 * O(instructions): use counts per register and a worklist of registers whose count reached zero (the same
 * fixed point as removing unused results round after round, without the rounds).
 */
public final class DeadCode {
    private DeadCode() {}

    public static boolean run(Ir.Function fn) {
        int n = fn.vregCount();
        int[] uses = new int[n];
        /** Per register: the pure instructions that define it, as (block index, instruction index). */
        List<List<int[]>> pureDefs = new ArrayList<>(n);
        for (int v = 0; v < n; v++) pureDefs.add(null);
        List<boolean[]> removed = new ArrayList<>(fn.blocks.size());
        for (int bi = 0; bi < fn.blocks.size(); bi++) {
            Block b = fn.blocks.get(bi);
            removed.add(new boolean[b.insts.size()]);
            for (int k = 0; k < b.insts.size(); k++) {
                Inst i = b.insts.get(k);
                for (VReg u : DefUse.uses(i)) uses[u.id()]++;
                VReg d = DefUse.def(i);
                if (d != null && DefUse.pure(i)) {
                    if (pureDefs.get(d.id()) == null) pureDefs.set(d.id(), new ArrayList<>(1));
                    pureDefs.get(d.id()).add(new int[] {bi, k});
                }
            }
            for (VReg u : DefUse.uses(b.terminator)) uses[u.id()]++;
        }
        Deque<Integer> work = new ArrayDeque<>();
        for (int v = 0; v < n; v++) if (uses[v] == 0 && pureDefs.get(v) != null) work.push(v);
        boolean changed = false;
        while (!work.isEmpty()) {
            int v = work.pop();
            for (int[] site : pureDefs.get(v)) {
                if (removed.get(site[0])[site[1]]) continue;
                removed.get(site[0])[site[1]] = true;
                changed = true;
                for (VReg u : DefUse.uses(fn.blocks.get(site[0]).insts.get(site[1]))) {
                    if (--uses[u.id()] == 0 && pureDefs.get(u.id()) != null) work.push(u.id());
                }
            }
        }
        if (!changed) return false;
        for (int bi = 0; bi < fn.blocks.size(); bi++) {
            Block b = fn.blocks.get(bi);
            boolean[] gone = removed.get(bi);
            List<Inst> kept = new ArrayList<>(b.insts.size());
            for (int k = 0; k < b.insts.size(); k++) if (!gone[k]) kept.add(b.insts.get(k));
            b.insts.clear();
            b.insts.addAll(kept);
        }
        return true;
    }
}
