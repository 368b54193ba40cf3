package org.schedc.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;

/** Def/use and control-flow queries over the IR, shared by the passes, the verifier and code generation. */
public final class DefUse {
    private DefUse() {}

    /** The register {@code i} writes, or null. */
    public static VReg def(Inst i) {
        return switch (i) {
            case Inst.Const c -> c.dst();
            case Inst.Mov m -> m.dst();
            case Inst.Alu a -> a.dst();
            case Inst.Neg n -> n.dst();
            case Inst.Norm n -> n.dst();
            case Inst.CtxArg c -> c.dst();
            case Inst.LoadField l -> l.dst();
            case Inst.GlobalAddr g -> g.dst();
            case Inst.Load l -> l.dst();
            case Inst.StackAddr s -> s.dst();
            case Inst.StackLoad s -> s.dst();
            case Inst.Call c -> c.dst();
            case Inst.StoreField s -> null;
            case Inst.Store s -> null;
            case Inst.StackStore s -> null;
            case Inst.Line l -> null;
        };
    }

    /** The registers {@code i} reads, in operand order. */
    public static List<VReg> uses(Inst i) {
        List<VReg> out = new ArrayList<>(3);
        switch (i) {
            case Inst.Const c -> { }
            case Inst.Mov m -> out.add(m.src());
            case Inst.Alu a -> { out.add(a.a()); if (a.b() instanceof VReg v) out.add(v); }
            case Inst.Neg n -> out.add(n.src());
            case Inst.Norm n -> out.add(n.src());
            case Inst.CtxArg c -> out.add(c.ctx());
            case Inst.LoadField l -> out.add(l.base());
            case Inst.GlobalAddr g -> { }
            case Inst.Load l -> out.add(l.base());
            case Inst.StackAddr s -> { }
            case Inst.StackLoad s -> { }
            case Inst.Call c -> { for (Operand o : c.args()) if (o instanceof VReg v) out.add(v); }
            case Inst.StoreField s -> { out.add(s.base()); if (s.value() instanceof VReg v) out.add(v); }
            case Inst.Store s -> { out.add(s.base()); if (s.value() instanceof VReg v) out.add(v); }
            case Inst.StackStore s -> { if (s.value() instanceof VReg v) out.add(v); }
            case Inst.Line l -> { }
        }
        return out;
    }

    public static List<VReg> uses(Terminator t) {
        return switch (t) {
            case Terminator.Jump j -> List.of();
            case Terminator.Branch br -> br.b() instanceof VReg v ? List.of(br.a(), v) : List.of(br.a());
            case Terminator.Return r -> r.value() instanceof VReg v ? List.of(v) : List.of();
        };
    }

    /** Whether removing {@code i} when its result is unused changes nothing else (no store, call or line entry). */
    public static boolean pure(Inst i) {
        return switch (i) {
            case Inst.Const c -> true;
            case Inst.Mov m -> true;
            case Inst.Alu a -> true;
            case Inst.Neg n -> true;
            case Inst.Norm n -> true;
            case Inst.CtxArg c -> true;
            case Inst.LoadField l -> true;
            case Inst.GlobalAddr g -> true;
            case Inst.Load l -> true;
            case Inst.StackAddr s -> true;
            case Inst.StackLoad s -> true;
            case Inst.Call c -> false;
            case Inst.StoreField s -> false;
            case Inst.Store s -> false;
            case Inst.StackStore s -> false;
            case Inst.Line l -> false;
        };
    }

    public static List<Block> successors(Block b) {
        return switch (b.terminator) {
            case Terminator.Jump j -> List.of(j.target());
            case Terminator.Branch br -> List.of(br.ifTrue(), br.ifFalse());
            case Terminator.Return r -> List.of();
            case null -> throw new IllegalStateException("block " + b + " has no terminator");
        };
    }

    /** How many instructions define each register; ctx counts as defined once (on entry). O(instructions). */
    public static Map<VReg, Integer> defCounts(Ir.Function fn) {
        Map<VReg, Integer> defs = new HashMap<>();
        defs.put(fn.ctx, 1);
        for (Block b : fn.blocks) for (Inst i : b.insts) {
            VReg d = def(i);
            if (d != null) defs.merge(d, 1, Integer::sum);
        }
        return defs;
    }

    /** Predecessors of every block, each listed once per edge, in block order. O(blocks). */
    public static Map<Block, List<Block>> predecessors(Ir.Function fn) {
        Map<Block, List<Block>> preds = new HashMap<>();
        for (Block b : fn.blocks) for (Block s : successors(b)) preds.computeIfAbsent(s, k -> new ArrayList<>()).add(b);
        return preds;
    }

    /** Blocks reachable from the entry in reverse post-order (true successor first). O(blocks). */
    public static List<Block> reversePostOrder(Ir.Function fn) {
        List<Block> post = new ArrayList<>();
        Set<Block> seen = new HashSet<>();
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {fn.entry(), 0});
        seen.add(fn.entry());
        while (!stack.isEmpty()) {
            Object[] top = stack.peek();
            Block b = (Block) top[0];
            List<Block> succ = successors(b);
            int next = (Integer) top[1];
            if (next < succ.size()) {
                top[1] = next + 1;
                if (seen.add(succ.get(next))) stack.push(new Object[] {succ.get(next), 0});
            } else {
                post.add(b);
                stack.pop();
            }
        }
        return post.reversed();
    }
}
