package org.schedc.ir.passes;

import java.util.ArrayList;
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

/** Common-subexpression elimination over extended basic blocks (see {@link #run}). */
public final class CommonSubexpressions {
    private CommonSubexpressions() {}

    /**
     * Within an extended basic block, a repeated address computation, constant or memory read (with no store or call
     * in between) reuses the first result. Single-definition values are renamed outright; others get a copy.
     *
     * <p>O(instructions) expected: every table operation is a hash lookup, a store or call forgets exactly the
     * memory reads recorded since the last one, a redefinition forgets exactly the reads based on that register,
     * and a block's table passes to its last extended-block successor without a copy (only branching points
     * copy, once per further successor).
     */
    public static boolean run(Ir.Function fn) {
        Map<VReg, Integer> defs = DefUse.defCounts(fn);
        Map<VReg, VReg> renames = new HashMap<>();
        Map<Block, List<Block>> preds = DefUse.predecessors(fn);
        Map<Block, Available> atEnd = new HashMap<>();
        Map<Block, Integer> readers = new HashMap<>();
        for (Block b : fn.blocks) {
            List<Block> ps = preds.get(b);
            if (ps != null && ps.size() == 1) readers.merge(ps.getFirst(), 1, Integer::sum);
        }
        java.util.Set<Block> visited = new java.util.HashSet<>();
        boolean changed = false;
        // Extended basic blocks: a block whose only predecessor was already visited starts with what
        // that predecessor had available (its definitions dominate the block).
        for (Block b : DefUse.reversePostOrder(fn)) {
            List<Block> ps = preds.get(b);
            Block pred = ps != null && ps.size() == 1 && visited.contains(ps.getFirst()) ? ps.getFirst() : null;
            Available available = pred == null ? new Available() : take(pred, atEnd, readers);
            List<Inst> kept = new ArrayList<>(b.insts.size());
            boolean blockChanged = false;
            for (Inst i : b.insts) {
                if (i instanceof Inst.Call || i instanceof Inst.Store || i instanceof Inst.StoreField || i instanceof Inst.StackStore) {
                    available.forgetMemory();
                }
                Object key = key(fn, i, renames, defs);
                VReg d = DefUse.def(i);
                // A redefinition invalidates everything computed from, or held in, that register.
                if (d != null) available.redefined(d);
                VReg prev = key == null || d == null ? null : available.get(key);
                if (prev == null) {
                    if (key != null && d != null && defs.get(d) == 1) available.put(key, d);
                    kept.add(i);
                    continue;
                }
                if (defs.get(d) == 1 && defs.get(prev) == 1) renames.put(d, prev);
                else kept.add(new Inst.Mov(d, prev));
                blockChanged = true;
            }
            if (blockChanged) {
                // Rebuilt rather than edited in place: removing from the middle of a long block is linear each time.
                b.insts.clear();
                b.insts.addAll(kept);
                changed = true;
            }
            visited.add(b);
            if (readers.getOrDefault(b, 0) > 0) atEnd.put(b, available);
        }
        if (!renames.isEmpty()) renameUses(fn, renames);
        return changed;
    }

    /** The predecessor's table for one of its extended-block successors: the last one takes it, earlier ones copy. */
    private static Available take(Block pred, Map<Block, Available> atEnd, Map<Block, Integer> readers) {
        int left = readers.merge(pred, -1, Integer::sum);
        return left <= 0 ? atEnd.remove(pred) : atEnd.get(pred).copy();
    }

    /** What is available: key to register, with indexes so invalidation touches only the entries it removes. */
    private static final class Available {
        private final HashMap<Object, VReg> table;
        /** Memory keys added since the last store or call (some may be gone already: removal is idempotent). */
        private final ArrayList<MemoryKey> memory;
        private final HashMap<VReg, ArrayList<MemoryKey>> byBase;
        private final HashMap<VReg, Object> keyOf;

        Available() {
            this(new HashMap<>(), new ArrayList<>(), new HashMap<>(), new HashMap<>());
        }

        private Available(HashMap<Object, VReg> table, ArrayList<MemoryKey> memory, HashMap<VReg, ArrayList<MemoryKey>> byBase, HashMap<VReg, Object> keyOf) {
            this.table = table;
            this.memory = memory;
            this.byBase = byBase;
            this.keyOf = keyOf;
        }

        Available copy() {
            HashMap<VReg, ArrayList<MemoryKey>> bases = new HashMap<>();
            byBase.forEach((v, l) -> bases.put(v, new ArrayList<>(l)));
            return new Available(new HashMap<>(table), new ArrayList<>(memory), bases, new HashMap<>(keyOf));
        }

        VReg get(Object key) { return table.get(key); }

        void put(Object key, VReg v) {
            table.put(key, v);
            keyOf.put(v, key);
            if (key instanceof MemoryKey mk) {
                memory.add(mk);
                byBase.computeIfAbsent(mk.base(), k -> new ArrayList<>()).add(mk);
            }
        }

        void forgetMemory() {
            for (MemoryKey k : memory) remove(k);
            memory.clear();
            byBase.clear();
        }

        void redefined(VReg d) {
            Object k = keyOf.get(d);
            if (k != null && d.equals(table.get(k))) remove(k);
            ArrayList<MemoryKey> based = byBase.remove(d);
            if (based != null) for (MemoryKey mk : based) remove(mk);
        }

        private void remove(Object key) {
            VReg v = table.remove(key);
            if (v != null && key.equals(keyOf.get(v))) keyOf.remove(v);
        }
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
            // Not reused: arithmetic on values that change, negations (rare), and everything with an effect.
            case Inst.Alu _, Inst.Norm _, Inst.Mov _, Inst.Neg _, Inst.StoreField _, Inst.Store _, Inst.StackStore _, Inst.Call _, Inst.Line _ -> null;
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
