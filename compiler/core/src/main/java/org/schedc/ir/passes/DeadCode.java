package org.schedc.ir.passes;

import java.util.HashSet;
import java.util.Set;
import org.schedc.ir.DefUse;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.VReg;

/** Pure instructions whose result nothing reads are removed, until none is left. */
public final class DeadCode {
    private DeadCode() {}

    public static boolean run(Ir.Function fn) {
        boolean changed = false;
        while (true) {
            Set<VReg> used = new HashSet<>();
            for (Block b : fn.blocks) {
                for (var i : b.insts) used.addAll(DefUse.uses(i));
                used.addAll(DefUse.uses(b.terminator));
            }
            boolean removed = false;
            for (Block b : fn.blocks) {
                removed |= b.insts.removeIf(i -> {
                    VReg d = DefUse.def(i);
                    return d != null && !used.contains(d) && DefUse.pure(i);
                });
            }
            if (!removed) return changed;
            changed = true;
        }
    }
}
