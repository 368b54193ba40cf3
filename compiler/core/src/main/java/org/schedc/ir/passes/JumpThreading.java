package org.schedc.ir.passes;

import java.util.HashSet;
import java.util.Set;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Terminator;

/** Blocks with nothing but a jump (and line entries) are bypassed. */
public final class JumpThreading {
    private JumpThreading() {}

    public static boolean run(Ir.Function fn) {
        boolean changed = false;
        for (Block b : fn.blocks) {
            Terminator t = b.terminator;
            Terminator nt = switch (t) {
                case Terminator.Jump j -> new Terminator.Jump(skip(j.target()));
                case Terminator.Branch br -> new Terminator.Branch(br.cond(), br.a(), br.b(), skip(br.ifTrue()), skip(br.ifFalse()));
                case Terminator.Return r -> r;
            };
            if (!nt.equals(t)) { b.terminator = nt; changed = true; }
        }
        return changed;
    }

    private static Block skip(Block b) {
        Set<Block> seen = new HashSet<>();
        while (b.insts.stream().allMatch(i -> i instanceof Inst.Line) && b.terminator instanceof Terminator.Jump j && seen.add(b)) b = j.target();
        return b;
    }
}
