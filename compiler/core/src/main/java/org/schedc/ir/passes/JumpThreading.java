package org.schedc.ir.passes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Terminator;

/**
 * Blocks with nothing but a jump (and line entries) are bypassed. O(blocks): each chain of such blocks is
 * walked once, its end remembered for every block on it.
 */
public final class JumpThreading {
    private JumpThreading() {}

    public static boolean run(Ir.Function fn) {
        boolean changed = false;
        Map<Block, Block> ends = new HashMap<>();
        for (Block b : fn.blocks) {
            Terminator t = b.terminator;
            Terminator nt = switch (t) {
                case Terminator.Jump j -> new Terminator.Jump(skip(j.target(), ends));
                case Terminator.Branch br -> new Terminator.Branch(br.cond(), br.a(), br.b(), skip(br.ifTrue(), ends), skip(br.ifFalse(), ends));
                case Terminator.Return r -> r;
            };
            if (!nt.equals(t)) { b.terminator = nt; changed = true; }
        }
        return changed;
    }

    private static Block skip(Block b, Map<Block, Block> ends) {
        List<Block> path = new ArrayList<>();
        Set<Block> seen = new HashSet<>();
        while (!ends.containsKey(b) && b.insts.stream().allMatch(i -> i instanceof Inst.Line) && b.terminator instanceof Terminator.Jump j && seen.add(b)) {
            path.add(b);
            b = j.target();
        }
        Block end = ends.getOrDefault(b, b);
        for (Block p : path) ends.put(p, end);
        return end;
    }
}
