package org.schedc.ir.passes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schedc.ir.DefUse;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;

/** Common-subexpression elimination over extended basic blocks. */
public final class CommonSubexpressions {
    private CommonSubexpressions() {}

    /**
     * Within an extended basic block, a repeated address computation, constant or memory read (with no store or call
     * in between) reuses the first result. Single-definition values are renamed outright; others get a copy.
     */
    public static boolean run(Ir.Function fn) {
        Map<VReg, Integer> defs = DefUse.defCounts(fn);
        Map<VReg, VReg> renames = new HashMap<>();
        Map<Block, Integer> preds = predecessorCounts(fn);
        Map<Block, Map<Object, VReg>> atEnd = new HashMap<>();
        boolean changed = false;
        // Extended basic blocks: a block whose only predecessor was already visited starts with what
        // that predecessor had available (its definitions dominate the block).
        for (Block b : DefUse.reversePostOrder(fn)) {
            Map<Object, VReg> available = new HashMap<>();
            Block pred = soleVisitedPredecessor(fn, b, preds, atEnd);
            if (pred != null) available.putAll(atEnd.get(pred));
            for (int k = 0; k < b.insts.size(); k++) {
                Inst i = b.insts.get(k);
                if (i instanceof Inst.Call || i instanceof Inst.Store || i instanceof Inst.StoreField || i instanceof Inst.StackStore) {
                    available.keySet().removeIf(key -> key instanceof MemoryKey);
                }
                Object key = key(fn, i, renames, defs);
                VReg d = DefUse.def(i);
                if (d != null) {
                    // A redefinition invalidates everything computed from, or held in, that register.
                    available.entrySet().removeIf(e -> e.getValue().equals(d) || (e.getKey() instanceof MemoryKey mk && mk.base().equals(d)));
                }
                if (key == null || d == null) continue;
                VReg prev = available.get(key);
                if (prev == null) {
                    if (defs.get(d) == 1) available.put(key, d);
                    continue;
                }
                if (defs.get(d) == 1 && defs.get(prev) == 1) {
                    renames.put(d, prev);
                    b.insts.remove(k--);
                } else b.insts.set(k, new Inst.Mov(d, prev));
                changed = true;
            }
            atEnd.put(b, available);
        }
        if (!renames.isEmpty()) renameUses(fn, renames);
        return changed;
    }

    private static Map<Block, Integer> predecessorCounts(Ir.Function fn) {
        Map<Block, Integer> preds = new HashMap<>();
        for (Block b : fn.blocks) for (Block s : DefUse.successors(b)) preds.merge(s, 1, Integer::sum);
        return preds;
    }

    private static Block soleVisitedPredecessor(Ir.Function fn, Block b, Map<Block, Integer> preds, Map<Block, Map<Object, VReg>> visited) {
        if (preds.getOrDefault(b, 0) != 1) return null;
        for (Block p : fn.blocks) if (visited.containsKey(p) && DefUse.successors(p).contains(b)) return p;
        return null;
    }

    /** Reads of memory: invalid after any store or call. */
    private record MemoryKey(VReg base, Object what) {}

    private static Object key(Ir.Function fn, Inst i, Map<VReg, VReg> renames, Map<VReg, Integer> defs) {
        java.util.function.Function<VReg, VReg> r = v -> renames.getOrDefault(v, v);
        return switch (i) {
            // Arithmetic on values that never change (single definition) is the same wherever it is computed.
            case Inst.Alu a when defs.get(r.apply(a.a())) == 1 && (a.b() instanceof Imm || defs.get(r.apply((VReg) a.b())) == 1) ->
                    List.of("alu", a.op(), r.apply(a.a()), a.b() instanceof VReg bv ? r.apply(bv) : a.b());
            case Inst.GlobalAddr g -> List.of("global", g.section(), g.offset());
            case Inst.StackAddr s -> List.of("stack", s.slot());
            case Inst.Const c -> c.enumerator() == null ? List.of("const", c.value()) : List.of("enum", c.enumerator());
            case Inst.CtxArg c -> List.of("ctx", r.apply(c.ctx()), c.index());
            case Inst.LoadField l -> new MemoryKey(renames.getOrDefault(l.base(), l.base()), List.of(l.field(), l.size(), l.signed()));
            case Inst.Load l -> new MemoryKey(renames.getOrDefault(l.base(), l.base()), List.of(l.offset(), l.size()));
            case Inst.StackLoad s -> new MemoryKey(fn.ctx, List.of("stack", s.slot(), s.size()));
            case Inst.Norm n when defs.get(r.apply(n.src())) == 1 -> List.of("norm", r.apply(n.src()), n.bits(), n.signed());
            default -> null;
        };
    }

    private static void renameUses(Ir.Function fn, Map<VReg, VReg> renames) {
        java.util.function.UnaryOperator<VReg> r = v -> {
            VReg x = v;
            while (renames.containsKey(x)) x = renames.get(x);
            return x;
        };
        java.util.function.UnaryOperator<Operand> o = op -> op instanceof VReg v ? r.apply(v) : op;
        for (Block b : fn.blocks) {
            b.insts.replaceAll(i -> switch (i) {
                case Inst.Const c -> c;
                case Inst.Mov m -> new Inst.Mov(m.dst(), r.apply(m.src()));
                case Inst.Alu a -> new Inst.Alu(a.op(), a.dst(), r.apply(a.a()), o.apply(a.b()));
                case Inst.Neg n -> new Inst.Neg(n.dst(), r.apply(n.src()));
                case Inst.Norm n -> new Inst.Norm(n.dst(), r.apply(n.src()), n.bits(), n.signed());
                case Inst.CtxArg c -> new Inst.CtxArg(c.dst(), r.apply(c.ctx()), c.index());
                case Inst.LoadField l -> new Inst.LoadField(l.dst(), r.apply(l.base()), l.field(), l.offset(), l.size(), l.signed());
                case Inst.StoreField sf -> new Inst.StoreField(r.apply(sf.base()), sf.field(), sf.offset(), sf.size(), o.apply(sf.value()));
                case Inst.GlobalAddr g -> g;
                case Inst.Load l -> new Inst.Load(l.dst(), r.apply(l.base()), l.offset(), l.size());
                case Inst.Store st -> new Inst.Store(r.apply(st.base()), st.offset(), st.size(), o.apply(st.value()));
                case Inst.StackAddr sa -> sa;
                case Inst.StackLoad sl -> sl;
                case Inst.StackStore ss -> new Inst.StackStore(ss.slot(), ss.size(), o.apply(ss.value()));
                case Inst.Call c -> new Inst.Call(c.dst(), c.callee(), c.args().stream().map(o).toList());
                case Inst.Line l -> l;
            });
            b.terminator = switch (b.terminator) {
                case Terminator.Jump j -> j;
                case Terminator.Branch br -> new Terminator.Branch(br.cond(), r.apply(br.a()), o.apply(br.b()), br.ifTrue(), br.ifFalse());
                case Terminator.Return ret -> new Terminator.Return(ret.value() == null ? null : o.apply(ret.value()));
            };
        }
    }
}
