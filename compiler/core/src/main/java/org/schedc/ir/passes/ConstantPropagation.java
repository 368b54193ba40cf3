package org.schedc.ir.passes;

import java.util.HashMap;
import java.util.Map;
import org.schedc.ir.BpfSemantics;
import org.schedc.ir.DefUse;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;

/**
 * Constant propagation and folding with BPF semantics: registers defined once by a constant are replaced
 * by the constant where used, operations on constants are computed, and identities (x+0, x*1, x/0) become
 * moves or constants. O(instructions): one pass over the function with hash lookups.
 */
public final class ConstantPropagation {
    private ConstantPropagation() {}

    public static boolean run(Ir.Function fn) {
        Map<VReg, Integer> defs = DefUse.defCounts(fn);
        Map<VReg, Long> known = knownConstants(fn, defs);
        boolean changed = false;
        for (Block b : fn.blocks) {
            for (int k = 0; k < b.insts.size(); k++) {
                Inst i = b.insts.get(k);
                Inst n = fold(i, known);
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

    /** Registers with a single definition that is a plain constant (enumerators stay: they are relocated). */
    static Map<VReg, Long> knownConstants(Ir.Function fn, Map<VReg, Integer> defs) {
        Map<VReg, Long> known = new HashMap<>();
        for (Block b : fn.blocks) for (Inst i : b.insts) {
            if (i instanceof Inst.Const c && c.enumerator() == null && defs.get(c.dst()) == 1) known.put(c.dst(), c.value());
        }
        return known;
    }

    private static Operand subst(Operand o, Map<VReg, Long> known) {
        return o instanceof VReg v && known.containsKey(v) ? new Imm(known.get(v)) : o;
    }

    private static Inst fold(Inst i, Map<VReg, Long> known) {
        return switch (i) {
            case Inst.Alu a -> {
                Operand b = subst(a.b(), known);
                Long av = known.get(a.a());
                if (av != null && b instanceof Imm bi) yield new Inst.Const(a.dst(), BpfSemantics.evaluate(a.op(), av, bi.value()));
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
            case Inst.Norm n -> known.containsKey(n.src()) ? new Inst.Const(n.dst(), BpfSemantics.normalise(known.get(n.src()), n.bits(), n.signed())) : n;
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
}
