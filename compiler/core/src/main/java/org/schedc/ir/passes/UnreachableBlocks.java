package org.schedc.ir.passes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.schedc.ir.DefUse;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;

/** Blocks the entry cannot reach are dropped. O(blocks + edges). */
public final class UnreachableBlocks {
    private UnreachableBlocks() {}

    public static boolean run(Ir.Function fn) {
        Set<Block> reached = new LinkedHashSet<>();
        Deque<Block> work = new ArrayDeque<>();
        work.push(fn.entry());
        while (!work.isEmpty()) {
            Block b = work.pop();
            if (!reached.add(b)) continue;
            DefUse.successors(b).forEach(work::push);
        }
        Block entry = fn.entry();
        boolean changed = fn.blocks.retainAll(reached);
        if (fn.blocks.getFirst() != entry) throw new IllegalStateException("entry block lost");
        return changed;
    }
}
