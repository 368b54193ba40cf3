package org.schedc.ir;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;

/**
 * Checks that a function is well formed, so a pass that breaks the IR fails where it runs rather than in
 * code generation or in the kernel verifier:
 * <ul>
 * <li>the function has blocks, each listed once with a unique id and a terminator (instructions cannot be
 *     terminators: the records keep them apart), and every jump or branch target is one of its blocks;</li>
 * <li>registers are the function's own (ids below its counter), ctx is never assigned, and every register read
 *     is assigned on every path from the entry to the read (definite assignment over blocks reachable from
 *     the entry: the IR is not SSA, so this is the invariant that matters);</li>
 * <li>widths: memory accesses are 1, 2, 4 or 8 bytes, normalisation is to 8, 16 or 32 bits, stack accesses
 *     stay inside their stack object, calls pass at most five arguments, ctx arguments have indexes &ge; 0;</li>
 * <li>returns agree on whether the function returns a value;</li>
 * <li>after legalisation, immediates fit BPF's 32-bit encodings and kernel field stores take a register.</li>
 * </ul>
 * Cost: O(instructions) plus O(blocks &times; registers / 64) for the assignment dataflow.
 */
public final class IrVerifier {
    private IrVerifier() {}

    /** A function that breaks an IR invariant: a compiler bug. */
    public static final class Malformed extends IllegalStateException {
        public Malformed(String message) { super(message); }
    }

    /** Throws {@link Malformed} naming {@code stage} and listing the problems, with the IR printed. */
    public static void check(Ir.Function fn, String stage, boolean legalised) {
        List<String> problems = problems(fn, legalised);
        if (!problems.isEmpty()) {
            throw new Malformed("malformed IR in " + fn.name + " after " + stage + ":\n  " + String.join("\n  ", problems)
                    + "\n" + safePrint(fn));
        }
    }

    private static String safePrint(Ir.Function fn) {
        try {
            return IrPrinter.print(fn);
        } catch (RuntimeException e) {
            return "(cannot print: " + e + ")";
        }
    }

    public static List<String> problems(Ir.Function fn, boolean legalised) {
        List<String> out = new ArrayList<>();
        if (fn.blocks.isEmpty()) {
            out.add("no blocks");
            return out;
        }
        Set<Block> listed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Integer> ids = new HashSet<>();
        for (Block b : fn.blocks) {
            if (!listed.add(b)) out.add(b + " listed twice");
            if (!ids.add(b.id)) out.add("block id " + b.id + " used twice");
            if (b.terminator == null) out.add(b + " has no terminator");
        }
        if (!out.isEmpty()) return out;
        Boolean returnsValue = null;
        for (Block b : fn.blocks) {
            for (Block s : DefUse.successors(b)) if (!listed.contains(s)) out.add(b + " jumps to " + s + ", which is not in the function");
            for (Inst i : b.insts) instruction(fn, b, i, legalised, out);
            switch (b.terminator) {
                case Terminator.Branch br -> {
                    operand(fn, b, br.a(), out);
                    operand(fn, b, br.b(), out);
                    if (legalised && br.b() instanceof Imm im && !fits32(im.value())) out.add(b + ": branch immediate " + im + " needs 64 bits");
                }
                case Terminator.Return r -> {
                    if (r.value() != null) operand(fn, b, r.value(), out);
                    if (returnsValue == null) returnsValue = r.value() != null;
                    else if (returnsValue != (r.value() != null)) out.add(b + ": returns " + (returnsValue ? "no value" : "a value") + " where others do not");
                }
                case Terminator.Jump j -> { }
            }
        }
        if (out.isEmpty()) definiteAssignment(fn, out);
        return out;
    }

    private static boolean fits32(long v) { return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE; }

    private static void operand(Ir.Function fn, Block b, Operand o, List<String> out) {
        if (o == null) out.add(b + ": missing operand");
        else if (o instanceof VReg v && (v.id() < 0 || v.id() >= fn.vregCount())) out.add(b + ": " + v + " is not a register of this function");
    }

    private static void size(Block b, Inst i, int size, List<String> out) {
        if (size != 1 && size != 2 && size != 4 && size != 8) out.add(b + ": width " + size + " in '" + IrPrinter.inst(i) + "'");
    }

    private static void slot(Ir.Function fn, Block b, Inst i, int slot, int size, List<String> out) {
        if (slot < 0 || slot >= fn.stackObjects.size()) out.add(b + ": no stack object s" + slot + " in '" + IrPrinter.inst(i) + "'");
        else if (size > fn.stackObjects.get(slot)) out.add(b + ": " + size + "-byte access to the " + fn.stackObjects.get(slot) + "-byte s" + slot);
    }

    private static void instruction(Ir.Function fn, Block b, Inst i, boolean legalised, List<String> out) {
        VReg d = DefUse.def(i);
        if (d != null) {
            operand(fn, b, d, out);
            if (d.equals(fn.ctx)) out.add(b + ": assigns ctx in '" + IrPrinter.inst(i) + "'");
        } else if (needsResult(i)) {
            out.add(b + ": instruction without a result register");
        }
        for (VReg u : DefUse.uses(i)) operand(fn, b, u, out);
        String text = null;
        switch (i) {
            case Inst.Norm n -> {
                if (n.bits() != 8 && n.bits() != 16 && n.bits() != 32) out.add(b + ": normalisation to " + n.bits() + " bits");
            }
            case Inst.CtxArg c -> {
                if (!c.ctx().equals(fn.ctx)) out.add(b + ": ctxarg reads " + c.ctx() + ", not ctx " + fn.ctx);
                if (c.index() < 0) out.add(b + ": ctx argument " + c.index());
            }
            case Inst.LoadField l -> size(b, i, l.size(), out);
            case Inst.StoreField s -> {
                size(b, i, s.size(), out);
                if (legalised && s.value() instanceof Imm) text = "a kernel field store takes a register";
            }
            case Inst.Load l -> size(b, i, l.size(), out);
            case Inst.Store s -> {
                size(b, i, s.size(), out);
                if (legalised && s.value() instanceof Imm im && !fits32(im.value())) text = "store immediate needs 64 bits";
            }
            case Inst.StackLoad s -> {
                size(b, i, s.size(), out);
                slot(fn, b, i, s.slot(), s.size(), out);
            }
            case Inst.StackStore s -> {
                size(b, i, s.size(), out);
                slot(fn, b, i, s.slot(), s.size(), out);
                if (legalised && s.value() instanceof Imm im && !fits32(im.value())) text = "stack store immediate needs 64 bits";
            }
            case Inst.StackAddr s -> slot(fn, b, i, s.slot(), 0, out);
            case Inst.Call c -> {
                if (c.args().size() > 5) out.add(b + ": call with " + c.args().size() + " arguments (BPF passes at most 5)");
                for (Operand o : c.args()) operand(fn, b, o, out);
            }
            case Inst.Alu a -> {
                if (legalised && a.b() instanceof Imm im && !fits32(im.value())) text = "ALU immediate needs 64 bits";
            }
            case Inst.GlobalAddr g -> {
                if (g.section() == null || g.section().isEmpty()) out.add(b + ": address of an unnamed section");
            }
            case Inst.Const c -> { }
            case Inst.Mov m -> { }
            case Inst.Neg n -> { }
            case Inst.Line l -> { }
        }
        if (text != null) out.add(b + ": " + text + " in '" + IrPrinter.inst(i) + "'");
    }

    /** Whether {@code i} is pointless without a destination (calls may drop their result). */
    private static boolean needsResult(Inst i) {
        return switch (i) {
            case Inst.Call _, Inst.Store _, Inst.StoreField _, Inst.StackStore _, Inst.Line _ -> false;
            case Inst.Const _, Inst.Mov _, Inst.Alu _, Inst.Neg _, Inst.Norm _, Inst.CtxArg _, Inst.LoadField _, Inst.GlobalAddr _,
                 Inst.Load _, Inst.StackAddr _, Inst.StackLoad _ -> true;
        };
    }

    /** Forward "assigned on every path" dataflow; blocks the entry cannot reach are not checked. */
    private static void definiteAssignment(Ir.Function fn, List<String> out) {
        List<Block> order = DefUse.reversePostOrder(fn);
        Map<Block, List<Block>> preds = DefUse.predecessors(fn);
        Map<Block, BitSet> assignedOut = new HashMap<>();
        Set<Block> reachable = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        reachable.addAll(order);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : order) {
                BitSet set = entrySet(fn, b, preds, assignedOut, reachable);
                if (set == null) continue;
                for (Inst i : b.insts) {
                    VReg d = DefUse.def(i);
                    if (d != null) set.set(d.id());
                }
                if (!set.equals(assignedOut.get(b))) {
                    assignedOut.put(b, set);
                    changed = true;
                }
            }
        }
        for (Block b : order) {
            BitSet set = entrySet(fn, b, preds, assignedOut, reachable);
            if (set == null) continue;
            for (Inst i : b.insts) {
                for (VReg u : DefUse.uses(i)) if (!set.get(u.id())) out.add(b + ": " + u + " may be read unassigned in '" + IrPrinter.inst(i) + "'");
                VReg d = DefUse.def(i);
                if (d != null) set.set(d.id());
            }
            for (VReg u : DefUse.uses(b.terminator)) if (!set.get(u.id())) out.add(b + ": " + u + " may be read unassigned in '" + IrPrinter.terminator(b.terminator) + "'");
        }
    }

    /** What is assigned on entry to {@code b}: the intersection over predecessors already computed; null if none is. */
    private static BitSet entrySet(Ir.Function fn, Block b, Map<Block, List<Block>> preds, Map<Block, BitSet> assignedOut, Set<Block> reachable) {
        BitSet set = null;
        if (b == fn.entry()) {
            set = new BitSet();
            set.set(fn.ctx.id());
        }
        for (Block p : preds.getOrDefault(b, List.of())) {
            if (!reachable.contains(p)) continue;
            BitSet po = assignedOut.get(p);
            if (po == null) continue; // not computed yet: the optimistic start ("everything") for the intersection
            if (set == null) set = (BitSet) po.clone();
            else set.and(po);
        }
        return set;
    }
}
