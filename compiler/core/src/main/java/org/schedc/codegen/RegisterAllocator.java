package org.schedc.codegen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schedc.bpf.asm.Reg;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;
import org.schedc.ir.DefUse;

/**
 * Linear-scan register allocation for BPF's calling convention: values live across a call get
 * r6-r9 (calls clobber r0-r5); everything else prefers r0-r5. When registers run out, the value that
 * lives longest is spilled: the IR is rewritten to load/store it around each use/def and allocation
 * runs again (the new short-lived values always fit). One round is O(n log n) in instructions (sorting the
 * intervals; at most ten are active at a time); rounds are bounded (32).
 */
final class RegisterAllocator {
    private static final List<Reg> CALLEE_SAVED = List.of(Reg.R6, Reg.R7, Reg.R8, Reg.R9);
    private static final List<Reg> ANY = List.of(Reg.R1, Reg.R2, Reg.R3, Reg.R4, Reg.R5, Reg.R0, Reg.R6, Reg.R7, Reg.R8, Reg.R9);

    record Allocation(Map<VReg, Reg> registers, List<Block> layout) {}

    private final Ir.Function fn;

    RegisterAllocator(Ir.Function fn) { this.fn = fn; }

    Allocation allocate() {
        twoAddressForm();
        for (int round = 0; round < 32; round++) {
            List<Block> layout = layout(fn);
            Liveness live = new Liveness(fn, layout);
            Map<VReg, Object> hints = hints(layout);
            Map<VReg, Reg> assigned = new HashMap<>();
            Set<VReg> spilled = new HashSet<>();
            List<Liveness.Interval> order = new ArrayList<>(live.intervals.values());
            order.sort(Comparator.comparingInt((Liveness.Interval i) -> i.start).thenComparingInt(i -> i.vreg.id()));
            List<Liveness.Interval> active = new ArrayList<>();
            for (Liveness.Interval iv : order) {
                active.removeIf(a -> a.end < iv.start);
                List<Reg> allowed = live.spansCall(iv) ? CALLEE_SAVED : ANY;
                Set<Reg> busy = EnumSet.noneOf(Reg.class);
                for (Liveness.Interval a : active) busy.add(assigned.get(a.vreg));
                Reg chosen = null;
                Reg hinted = hintedRegister(iv.vreg, hints, assigned);
                if (hinted != null && allowed.contains(hinted) && !busy.contains(hinted)) chosen = hinted;
                for (Reg r : allowed) if (chosen == null && !busy.contains(r)) chosen = r;
                if (chosen == null) {
                    // Spill whichever of the conflicting values ends last (never ctx: it is defined on entry).
                    Liveness.Interval victim = iv;
                    for (Liveness.Interval a : active) {
                        if (allowed.contains(assigned.get(a.vreg)) && a.end > victim.end && !a.vreg.equals(fn.ctx)) victim = a;
                    }
                    if (victim == iv && iv.vreg.equals(fn.ctx)) throw new IllegalStateException("cannot allocate ctx");
                    spilled.add(victim.vreg);
                    if (victim != iv) {
                        chosen = assigned.remove(victim.vreg);
                        active.remove(victim);
                    } else continue;
                }
                assigned.put(iv.vreg, chosen);
                active.add(iv);
            }
            if (spilled.isEmpty()) return new Allocation(assigned, layout);
            spill(spilled);
        }
        throw new IllegalStateException("register allocation did not converge for " + fn.name);
    }

    /**
     * BPF ALU instructions are two-address (dst op= src), so {@code d = a - d} cannot be emitted when d and a
     * differ: d's register holds the right operand and would be overwritten by the copy of a. Such an
     * instruction computes into a fresh register first ({@code t = a - d; d = t}); commutative operations
     * need no rewrite (code generation swaps their operands). O(instructions).
     */
    private void twoAddressForm() {
        for (Block b : fn.blocks) {
            for (int k = 0; k < b.insts.size(); k++) {
                if (b.insts.get(k) instanceof Inst.Alu a && !a.op().commutative() && a.b().equals(a.dst()) && !a.a().equals(a.dst())) {
                    VReg t = fn.newVReg();
                    b.insts.set(k, new Inst.Alu(a.op(), t, a.a(), a.b()));
                    b.insts.add(++k, new Inst.Mov(a.dst(), t));
                }
            }
        }
    }

    private static Reg hintedRegister(VReg v, Map<VReg, Object> hints, Map<VReg, Reg> assigned) {
        Object h = hints.get(v);
        if (h instanceof Reg r) return r;
        if (h instanceof VReg other) return assigned.get(other);
        return null;
    }

    /** Preferred homes: call arguments in their argument registers, results in r0, copies in their source's register. */
    private Map<VReg, Object> hints(List<Block> layout) {
        Map<VReg, Object> hints = new HashMap<>();
        hints.put(fn.ctx, Reg.R1);
        for (Block b : layout) {
            for (Inst i : b.insts) {
                switch (i) {
                    case Inst.Call c -> {
                        for (int k = 0; k < c.args().size(); k++) {
                            if (c.args().get(k) instanceof VReg v) hints.putIfAbsent(v, Reg.values()[k + 1]);
                        }
                        if (c.dst() != null) hints.putIfAbsent(c.dst(), Reg.R0);
                    }
                    case Inst.Mov m -> hints.putIfAbsent(m.dst(), m.src());
                    case Inst.Alu a -> hints.putIfAbsent(a.dst(), a.a());
                    case Inst.Norm n -> hints.putIfAbsent(n.dst(), n.src());
                    case Inst.Neg n -> hints.putIfAbsent(n.dst(), n.src());
                    case Inst.Const _, Inst.CtxArg _, Inst.LoadField _, Inst.StoreField _, Inst.GlobalAddr _, Inst.Load _, Inst.Store _,
                         Inst.StackAddr _, Inst.StackLoad _, Inst.StackStore _, Inst.Line _ -> { }
                }
            }
            if (b.terminator instanceof Terminator.Return r && r.value() instanceof VReg v) hints.putIfAbsent(v, Reg.R0);
        }
        return hints;
    }

    /** Rewrites every use of a spilled value as a fresh load and every def as a fresh store. */
    private void spill(Set<VReg> spilled) {
        Map<VReg, Integer> slots = new HashMap<>();
        for (VReg v : spilled) slots.put(v, fn.newStackObject(8));
        for (Block b : fn.blocks) {
            List<Inst> out = new ArrayList<>();
            for (Inst i : b.insts) {
                Map<VReg, VReg> renames = new HashMap<>();
                for (VReg u : DefUse.uses(i)) {
                    if (slots.containsKey(u) && !renames.containsKey(u)) {
                        VReg t = fn.newVReg();
                        out.add(new Inst.StackLoad(t, slots.get(u), 8));
                        renames.put(u, t);
                    }
                }
                VReg d = DefUse.def(i);
                VReg newDef = d != null && slots.containsKey(d) ? fn.newVReg() : null;
                out.add(rename(i, renames, d, newDef));
                if (newDef != null) out.add(new Inst.StackStore(slots.get(d), 8, newDef));
            }
            Map<VReg, VReg> renames = new HashMap<>();
            for (VReg u : DefUse.uses(b.terminator)) {
                if (slots.containsKey(u) && !renames.containsKey(u)) {
                    VReg t = fn.newVReg();
                    out.add(new Inst.StackLoad(t, slots.get(u), 8));
                    renames.put(u, t);
                }
            }
            b.terminator = switch (b.terminator) {
                case Terminator.Jump j -> j;
                case Terminator.Branch br -> new Terminator.Branch(br.cond(), r(br.a(), renames), op(br.b(), renames), br.ifTrue(), br.ifFalse());
                case Terminator.Return ret -> new Terminator.Return(ret.value() == null ? null : op(ret.value(), renames));
            };
            b.insts.clear();
            b.insts.addAll(out);
        }
    }

    private static VReg r(VReg v, Map<VReg, VReg> m) { return m.getOrDefault(v, v); }

    private static Operand op(Operand o, Map<VReg, VReg> m) { return o instanceof VReg v ? r(v, m) : o; }

    private static Inst rename(Inst i, Map<VReg, VReg> u, VReg oldDef, VReg newDef) {
        VReg nd = newDef != null ? newDef : oldDef;
        return switch (i) {
            case Inst.Const c -> new Inst.Const(nd, c.value(), c.enumerator());
            case Inst.Mov m -> new Inst.Mov(nd, r(m.src(), u));
            case Inst.Alu a -> new Inst.Alu(a.op(), nd, r(a.a(), u), op(a.b(), u));
            case Inst.Neg n -> new Inst.Neg(nd, r(n.src(), u));
            case Inst.Norm n -> new Inst.Norm(nd, r(n.src(), u), n.bits(), n.signed());
            case Inst.CtxArg c -> new Inst.CtxArg(nd, r(c.ctx(), u), c.index());
            case Inst.LoadField l -> new Inst.LoadField(nd, r(l.base(), u), l.field(), l.offset(), l.size(), l.signed());
            case Inst.GlobalAddr g -> new Inst.GlobalAddr(nd, g.section(), g.offset());
            case Inst.Load l -> new Inst.Load(nd, r(l.base(), u), l.offset(), l.size());
            case Inst.StackAddr s -> new Inst.StackAddr(nd, s.slot());
            case Inst.StackLoad s -> new Inst.StackLoad(nd, s.slot(), s.size());
            case Inst.Call c -> new Inst.Call(c.dst() == null ? null : nd, c.callee(), c.args().stream().map(o -> op(o, u)).toList());
            case Inst.StoreField s -> new Inst.StoreField(r(s.base(), u), s.field(), s.offset(), s.size(), op(s.value(), u));
            case Inst.Store s -> new Inst.Store(r(s.base(), u), s.offset(), s.size(), op(s.value(), u));
            case Inst.StackStore s -> new Inst.StackStore(s.slot(), s.size(), op(s.value(), u));
            case Inst.Line l -> l;
        };
    }

    /** Reverse post-order, visiting the false successor first so then-blocks follow their test. */
    static List<Block> layout(Ir.Function fn) {
        List<Block> post = new ArrayList<>();
        Set<Block> seen = new HashSet<>();
        dfs(fn.entry(), seen, post);
        List<Block> order = new ArrayList<>(post.reversed());
        return order;
    }

    private static void dfs(Block entry, Set<Block> seen, List<Block> post) {
        // Iterative DFS: policies can produce long chains of blocks.
        record Frame(Block b, List<Block> succ, int next) {}
        java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
        seen.add(entry);
        stack.push(new Frame(entry, order(entry), 0));
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            if (f.next < f.succ.size()) {
                stack.push(new Frame(f.b, f.succ, f.next + 1));
                Block s = f.succ.get(f.next);
                if (seen.add(s)) stack.push(new Frame(s, order(s), 0));
            } else post.add(f.b);
        }
    }

    private static List<Block> order(Block b) {
        return switch (b.terminator) {
            case Terminator.Branch br -> List.of(br.ifFalse(), br.ifTrue());
            case Terminator.Jump j -> List.of(j.target());
            case Terminator.Return r -> List.of();
        };
    }
}
