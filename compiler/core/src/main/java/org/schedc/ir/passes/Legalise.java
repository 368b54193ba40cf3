package org.schedc.ir.passes;

import java.util.ArrayList;
import java.util.List;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;

/**
 * BPF immediates are 32-bit (sign-extended): larger constants go through a register (ld_imm64), and so
 * do values stored into kernel fields. O(instructions).
 */
public final class Legalise {
    private Legalise() {}

    public static boolean fitsImm32(long v) { return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE; }

    public static boolean run(Ir.Function fn) {
        boolean changed = false;
        for (Block b : fn.blocks) {
            List<Inst> out = new ArrayList<>();
            for (Inst i : b.insts) {
                Inst n = switch (i) {
                    case Inst.Alu a when a.b() instanceof Imm im && !fitsImm32(im.value()) -> new Inst.Alu(a.op(), a.dst(), a.a(), materialise(fn, im, out));
                    case Inst.Store s when s.value() instanceof Imm im && !fitsImm32(im.value()) -> new Inst.Store(s.base(), s.offset(), s.size(), materialise(fn, im, out));
                    // Kernel field stores always take a register (STX): the verifier's BTF write checks expect it.
                    case Inst.StoreField s when s.value() instanceof Imm im -> new Inst.StoreField(s.base(), s.field(), s.offset(), s.size(), materialise(fn, im, out));
                    case Inst.StackStore s when s.value() instanceof Imm im && !fitsImm32(im.value()) -> new Inst.StackStore(s.slot(), s.size(), materialise(fn, im, out));
                    case Inst.Alu _, Inst.Store _, Inst.StoreField _, Inst.StackStore _, Inst.Const _, Inst.Mov _, Inst.Neg _, Inst.Norm _,
                         Inst.CtxArg _, Inst.LoadField _, Inst.GlobalAddr _, Inst.Load _, Inst.StackAddr _, Inst.StackLoad _, Inst.Call _, Inst.Line _ -> i;
                };
                changed |= n != i;
                out.add(n);
            }
            if (b.terminator instanceof Terminator.Branch br && br.b() instanceof Imm im && !fitsImm32(im.value())) {
                b.terminator = new Terminator.Branch(br.cond(), br.a(), materialise(fn, im, out), br.ifTrue(), br.ifFalse());
                changed = true;
            }
            b.insts.clear();
            b.insts.addAll(out);
        }
        return changed;
    }

    private static VReg materialise(Ir.Function fn, Imm im, List<Inst> out) {
        VReg v = fn.newVReg();
        out.add(new Inst.Const(v, im.value()));
        return v;
    }
}
