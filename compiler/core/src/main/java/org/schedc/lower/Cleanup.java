package org.schedc.lower;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;

/**
 * IR clean-up: constant propagation and folding, branch folding, removal of unreachable blocks and
 * empty jump blocks, dead-code removal, and legalisation of immediates BPF cannot encode.
 */
public final class Cleanup {
    private final Ir.Function fn;

    public Cleanup(Ir.Function fn) { this.fn = fn; }

    public void run() {
        for (int round = 0; round < 8; round++) {
            boolean changed = propagateConstants();
            changed |= eliminateCommonSubexpressions();
            changed |= foldBranches();
            changed |= threadJumps();
            changed |= removeUnreachable();
            changed |= removeDeadCode();
            if (!changed) break;
        }
        legalise();
    }

    // ------------------------------------------------------------ constants

    private boolean propagateConstants() {
        Map<VReg, Integer> defs = defCounts();
        Map<VReg, Long> known = new HashMap<>();
        for (Block b : fn.blocks) for (Inst i : b.insts) {
            if (i instanceof Inst.Const c && c.enumerator() == null && defs.get(c.dst()) == 1) known.put(c.dst(), c.value());
        }
        boolean changed = false;
        for (Block b : fn.blocks) {
            for (int k = 0; k < b.insts.size(); k++) {
                Inst i = b.insts.get(k);
                Inst n = fold(i, known, defs);
                if (!n.equals(i)) {
                    b.insts.set(k, n);
                    changed = true;
                    if (n instanceof Inst.Const c && c.enumerator() == null && defs.get(c.dst()) == 1) known.put(c.dst(), c.value());
                }
            }
            Terminator t = b.terminator;
            if (t instanceof Terminator.Branch br) {
                Operand rhs = subst(br.b(), known);
                Terminator nt = new Terminator.Branch(br.cond(), br.a(), rhs, br.ifTrue(), br.ifFalse());
                if (known.containsKey(br.a()) && rhs instanceof VReg rv && !known.containsKey(rv)) {
                    nt = new Terminator.Branch(br.cond().swap(), rv, new Imm(known.get(br.a())), br.ifTrue(), br.ifFalse());
                }
                if (!nt.equals(t)) { b.terminator = nt; changed = true; }
            } else if (t instanceof Terminator.Return r && r.value() != null) {
                Operand v = subst(r.value(), known);
                if (!v.equals(r.value())) { b.terminator = new Terminator.Return(v); changed = true; }
            }
        }
        return changed;
    }

    private static Operand subst(Operand o, Map<VReg, Long> known) {
        return o instanceof VReg v && known.containsKey(v) ? new Imm(known.get(v)) : o;
    }

    private Inst fold(Inst i, Map<VReg, Long> known, Map<VReg, Integer> defs) {
        return switch (i) {
            case Inst.Alu a -> {
                Operand b = subst(a.b(), known);
                Long av = known.get(a.a());
                if (av != null && b instanceof Imm bi) yield new Inst.Const(a.dst(), evaluate(a.op(), av, bi.value()));
                if (b instanceof Imm bi) {
                    // Identities BPF would otherwise execute (and x/0 that the verifier rejects as an immediate).
                    long v = bi.value();
                    if (v == 0 && (a.op() == Ir.AluOp.DIV || a.op() == Ir.AluOp.SDIV)) yield new Inst.Const(a.dst(), 0);
                    if ((v == 0 && (a.op() == Ir.AluOp.MOD || a.op() == Ir.AluOp.SMOD))
                            || (v == 0 && (a.op() == Ir.AluOp.ADD || a.op() == Ir.AluOp.SUB || a.op() == Ir.AluOp.OR || a.op() == Ir.AluOp.XOR
                                || a.op() == Ir.AluOp.LSH || a.op() == Ir.AluOp.RSH || a.op() == Ir.AluOp.ARSH))
                            || (v == 1 && (a.op() == Ir.AluOp.MUL || a.op() == Ir.AluOp.DIV || a.op() == Ir.AluOp.SDIV))) {
                        yield new Inst.Mov(a.dst(), a.a());
                    }
                }
                if (av != null && a.op().commutative() && b instanceof VReg bv) yield new Inst.Alu(a.op(), a.dst(), bv, new Imm(av));
                yield b.equals(a.b()) ? a : new Inst.Alu(a.op(), a.dst(), a.a(), b);
            }
            case Inst.Neg n -> known.containsKey(n.src()) ? new Inst.Const(n.dst(), -known.get(n.src())) : n;
            case Inst.Norm n -> known.containsKey(n.src()) ? new Inst.Const(n.dst(), normalise(known.get(n.src()), n.bits(), n.signed())) : n;
            case Inst.Mov m -> known.containsKey(m.src()) ? new Inst.Const(m.dst(), known.get(m.src())) : m;
            case Inst.Store s -> new Inst.Store(s.base(), s.offset(), s.size(), subst(s.value(), known));
            case Inst.StoreField s -> new Inst.StoreField(s.base(), s.field(), s.offset(), s.size(), subst(s.value(), known));
            case Inst.StackStore s -> new Inst.StackStore(s.slot(), s.size(), subst(s.value(), known));
            case Inst.Call c -> new Inst.Call(c.dst(), c.callee(), c.args().stream().map(o -> subst(o, known)).toList());
            case Inst.Const c -> c;
            case Inst.CtxArg c -> c;
            case Inst.LoadField l -> l;
            case Inst.GlobalAddr g -> g;
            case Inst.Load l -> l;
            case Inst.StackAddr s -> s;
            case Inst.StackLoad s -> s;
            case Inst.Line l -> l;
        };
    }

    /** BPF's 64-bit ALU semantics, so folding never changes what the program computes. */
    static long evaluate(Ir.AluOp op, long a, long b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> b == 0 ? 0 : Long.divideUnsigned(a, b);
            case SDIV -> b == 0 ? 0 : (a == Long.MIN_VALUE && b == -1 ? Long.MIN_VALUE : a / b);
            case MOD -> b == 0 ? a : Long.remainderUnsigned(a, b);
            case SMOD -> b == 0 ? a : (b == -1 ? 0 : a % b);
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case LSH -> a << (b & 63);
            case RSH -> a >>> (b & 63);
            case ARSH -> a >> (b & 63);
        };
    }

    static long normalise(long v, int bits, boolean signed) {
        if (bits >= 64) return v;
        long mask = (1L << bits) - 1;
        long r = v & mask;
        return signed && (r & (1L << (bits - 1))) != 0 ? r | ~mask : r;
    }

    private boolean foldBranches() {
        Map<VReg, Integer> defs = defCounts();
        Map<VReg, Long> known = new HashMap<>();
        for (Block b : fn.blocks) for (Inst i : b.insts) if (i instanceof Inst.Const c && c.enumerator() == null && defs.get(c.dst()) == 1) known.put(c.dst(), c.value());
        boolean changed = false;
        for (Block b : fn.blocks) {
            if (b.terminator instanceof Terminator.Branch br && known.containsKey(br.a()) && br.b() instanceof Imm bi) {
                b.terminator = new Terminator.Jump(test(br.cond(), known.get(br.a()), bi.value()) ? br.ifTrue() : br.ifFalse());
                changed = true;
            } else if (b.terminator instanceof Terminator.Branch br && br.ifTrue() == br.ifFalse()) {
                b.terminator = new Terminator.Jump(br.ifTrue());
                changed = true;
            }
        }
        return changed;
    }

    static boolean test(Ir.Cond c, long a, long b) {
        return switch (c) {
            case EQ -> a == b; case NE -> a != b;
            case ULT -> Long.compareUnsigned(a, b) < 0; case ULE -> Long.compareUnsigned(a, b) <= 0;
            case UGT -> Long.compareUnsigned(a, b) > 0; case UGE -> Long.compareUnsigned(a, b) >= 0;
            case SLT -> a < b; case SLE -> a <= b; case SGT -> a > b; case SGE -> a >= b;
        };
    }

    // ------------------------------------------------------------ common subexpressions

    /**
     * Within a block, a repeated address computation, constant or memory read (with no store or call
     * in between) reuses the first result. Single-definition values are renamed outright; others get a copy.
     */
    private boolean eliminateCommonSubexpressions() {
        Map<VReg, Integer> defs = defCounts();
        Map<VReg, VReg> renames = new HashMap<>();
        Map<Block, Integer> preds = predecessorCounts();
        Map<Block, Map<Object, VReg>> atEnd = new HashMap<>();
        boolean changed = false;
        // Extended basic blocks: a block whose only predecessor was already visited starts with what
        // that predecessor had available (its definitions dominate the block).
        for (Block b : reversePostOrder()) {
            Map<Object, VReg> available = new HashMap<>();
            Block pred = soleVisitedPredecessor(b, preds, atEnd);
            if (pred != null) available.putAll(atEnd.get(pred));
            for (int k = 0; k < b.insts.size(); k++) {
                Inst i = b.insts.get(k);
                if (i instanceof Inst.Call || i instanceof Inst.Store || i instanceof Inst.StoreField || i instanceof Inst.StackStore) {
                    available.keySet().removeIf(key -> key instanceof MemoryKey);
                }
                Object key = key(i, renames, defs);
                VReg d = def(i);
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
        if (!renames.isEmpty()) renameUses(renames);
        return changed;
    }

    private Map<Block, Integer> predecessorCounts() {
        Map<Block, Integer> preds = new HashMap<>();
        for (Block b : fn.blocks) for (Block s : successors(b)) preds.merge(s, 1, Integer::sum);
        return preds;
    }

    private Block soleVisitedPredecessor(Block b, Map<Block, Integer> preds, Map<Block, Map<Object, VReg>> visited) {
        if (preds.getOrDefault(b, 0) != 1) return null;
        for (Block p : fn.blocks) if (visited.containsKey(p) && successors(p).contains(b)) return p;
        return null;
    }

    private List<Block> reversePostOrder() {
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

    /** Reads of memory: invalid after any store or call. */
    private record MemoryKey(VReg base, Object what) {}

    private Object key(Inst i, Map<VReg, VReg> renames, Map<VReg, Integer> defs) {
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

    private void renameUses(Map<VReg, VReg> renames) {
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

    // ------------------------------------------------------------ control flow

    /** Blocks with nothing but a jump are bypassed. */
    private boolean threadJumps() {
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

    private boolean removeUnreachable() {
        Set<Block> reached = new LinkedHashSet<>();
        Deque<Block> work = new ArrayDeque<>();
        work.push(fn.entry());
        while (!work.isEmpty()) {
            Block b = work.pop();
            if (!reached.add(b)) continue;
            successors(b).forEach(work::push);
        }
        Block entry = fn.entry();
        boolean changed = fn.blocks.retainAll(reached);
        if (fn.blocks.getFirst() != entry) throw new IllegalStateException("entry block lost");
        return changed;
    }

    public static List<Block> successors(Block b) {
        return switch (b.terminator) {
            case Terminator.Jump j -> List.of(j.target());
            case Terminator.Branch br -> List.of(br.ifTrue(), br.ifFalse());
            case Terminator.Return r -> List.of();
            case null -> throw new IllegalStateException("block " + b + " has no terminator");
        };
    }

    // ------------------------------------------------------------ dead code

    private boolean removeDeadCode() {
        boolean changed = false;
        while (true) {
            Set<VReg> used = new HashSet<>();
            for (Block b : fn.blocks) {
                for (Inst i : b.insts) used.addAll(uses(i));
                used.addAll(uses(b.terminator));
            }
            boolean removed = false;
            for (Block b : fn.blocks) {
                removed |= b.insts.removeIf(i -> {
                    VReg d = def(i);
                    return d != null && !used.contains(d) && pure(i);
                });
            }
            if (!removed) return changed;
            changed = true;
        }
    }

    private static boolean pure(Inst i) {
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

    private Map<VReg, Integer> defCounts() {
        Map<VReg, Integer> defs = new HashMap<>();
        defs.put(fn.ctx, 1);
        for (Block b : fn.blocks) for (Inst i : b.insts) {
            VReg d = def(i);
            if (d != null) defs.merge(d, 1, Integer::sum);
        }
        return defs;
    }

    // ------------------------------------------------------------ legalisation

    private static boolean fitsImm32(long v) { return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE; }

    /**
     * BPF immediates are 32-bit (sign-extended): larger constants go through a register (ld_imm64), and so
     * do values stored into kernel fields.
     */
    private void legalise() {
        for (Block b : fn.blocks) {
            List<Inst> out = new ArrayList<>();
            for (Inst i : b.insts) {
                Inst n = switch (i) {
                    case Inst.Alu a when a.b() instanceof Imm im && !fitsImm32(im.value()) -> new Inst.Alu(a.op(), a.dst(), a.a(), materialise(im, out));
                    case Inst.Store s when s.value() instanceof Imm im && !fitsImm32(im.value()) -> new Inst.Store(s.base(), s.offset(), s.size(), materialise(im, out));
                    // Kernel field stores always take a register (STX): the verifier's BTF write checks expect it.
                    case Inst.StoreField s when s.value() instanceof Imm im -> new Inst.StoreField(s.base(), s.field(), s.offset(), s.size(), materialise(im, out));
                    case Inst.StackStore s when s.value() instanceof Imm im && !fitsImm32(im.value()) -> new Inst.StackStore(s.slot(), s.size(), materialise(im, out));
                    default -> i;
                };
                out.add(n);
            }
            if (b.terminator instanceof Terminator.Branch br && br.b() instanceof Imm im && !fitsImm32(im.value())) {
                b.terminator = new Terminator.Branch(br.cond(), br.a(), materialise(im, out), br.ifTrue(), br.ifFalse());
            }
            b.insts.clear();
            b.insts.addAll(out);
        }
    }

    private VReg materialise(Imm im, List<Inst> out) {
        VReg v = fn.newVReg();
        out.add(new Inst.Const(v, im.value()));
        return v;
    }
}
