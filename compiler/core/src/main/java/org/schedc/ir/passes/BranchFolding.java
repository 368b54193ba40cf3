package org.schedc.ir.passes;

import java.util.Map;
import org.schedc.ir.BpfSemantics;
import org.schedc.ir.DefUse;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;

/** Branches on constants, or to the same block both ways, become jumps. O(instructions). */
public final class BranchFolding {
    private BranchFolding() {}

    public static boolean run(Ir.Function fn) {
        Map<VReg, Long> known = ConstantPropagation.knownConstants(fn, DefUse.defCounts(fn));
        boolean changed = false;
        for (Block b : fn.blocks) {
            if (b.terminator instanceof Terminator.Branch br && known.containsKey(br.a()) && br.b() instanceof Imm bi) {
                b.terminator = new Terminator.Jump(BpfSemantics.test(br.cond(), known.get(br.a()), bi.value()) ? br.ifTrue() : br.ifFalse());
                changed = true;
            } else if (b.terminator instanceof Terminator.Branch br && br.ifTrue() == br.ifFalse()) {
                b.terminator = new Terminator.Jump(br.ifTrue());
                changed = true;
            }
        }
        return changed;
    }
}
