package org.schedc.ir;

import java.util.stream.Collectors;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Callee;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.Terminator;

/**
 * The IR as stable text (one instruction a line, blocks in list order), for {@code schedc compile --dump-ir},
 * verifier messages and tests. The format is meant to be diffed: it prints only what the IR holds.
 */
public final class IrPrinter {
    private IrPrinter() {}

    public static String print(Ir.Function fn) {
        StringBuilder out = new StringBuilder();
        out.append("function ").append(fn.name).append("(ctx ").append(fn.ctx).append(")\n");
        if (!fn.stackObjects.isEmpty()) {
            out.append("  stack");
            for (int k = 0; k < fn.stackObjects.size(); k++) out.append(k == 0 ? " " : ", ").append('s').append(k).append(": ").append(fn.stackObjects.get(k));
            out.append('\n');
        }
        for (Block b : fn.blocks) {
            out.append(b).append(":\n");
            for (Inst i : b.insts) out.append("  ").append(inst(i)).append('\n');
            out.append("  ").append(b.terminator == null ? "<no terminator>" : terminator(b.terminator)).append('\n');
        }
        return out.toString();
    }

    private static String size(int bytes) { return "u" + bytes * 8; }

    private static String field(Ir.FieldRef f, long offset) {
        return f.rootStruct() + "." + String.join(".", f.path()) + " @" + offset;
    }

    public static String inst(Inst i) {
        return switch (i) {
            case Inst.Const c -> c.dst() + " = const " + c.value() + (c.enumerator() == null ? "" : " enum " + c.enumerator());
            case Inst.Mov m -> m.dst() + " = mov " + m.src();
            case Inst.Alu a -> a.dst() + " = " + a.op().name().toLowerCase() + " " + a.a() + ", " + a.b();
            case Inst.Neg n -> n.dst() + " = neg " + n.src();
            case Inst.Norm n -> n.dst() + " = norm." + (n.signed() ? "s" : "u") + n.bits() + " " + n.src();
            case Inst.CtxArg c -> c.dst() + " = ctxarg " + c.ctx() + "[" + c.index() + "]";
            case Inst.LoadField l -> l.dst() + " = loadfield." + (l.signed() ? "s" : "u") + l.size() * 8 + " " + l.base() + " " + field(l.field(), l.offset());
            case Inst.StoreField s -> "storefield." + size(s.size()) + " " + s.base() + " " + field(s.field(), s.offset()) + ", " + s.value();
            case Inst.GlobalAddr g -> g.dst() + " = addr " + g.section() + "+" + g.offset();
            case Inst.Load l -> l.dst() + " = load." + size(l.size()) + " " + l.base() + "+" + l.offset();
            case Inst.Store s -> "store." + size(s.size()) + " " + s.base() + "+" + s.offset() + ", " + s.value();
            case Inst.StackAddr s -> s.dst() + " = stackaddr s" + s.slot();
            case Inst.StackLoad s -> s.dst() + " = stackload." + size(s.size()) + " s" + s.slot();
            case Inst.StackStore s -> "stackstore." + size(s.size()) + " s" + s.slot() + ", " + s.value();
            case Inst.Call c -> (c.dst() == null ? "" : c.dst() + " = ") + "call " + callee(c.callee())
                    + "(" + c.args().stream().map(Operand::toString).collect(Collectors.joining(", ")) + ")";
            case Inst.Line l -> "line " + (l.line() >= Ir.LINE_FILE_STRIDE ? "file" + l.line() / Ir.LINE_FILE_STRIDE + ":" : "")
                    + l.line() % Ir.LINE_FILE_STRIDE + ":" + l.column();
        };
    }

    private static String callee(Callee c) {
        return switch (c) {
            case Callee.Kfunc k -> k.name() + (k.fallbacks().isEmpty() ? "" : " [or " + String.join(", ", k.fallbacks()) + "]");
            case Callee.Helper h -> "helper#" + h.id();
            case Callee.Atomic a -> "atomic_" + a.op().name().toLowerCase(java.util.Locale.ROOT) + "." + a.size() * 8 + (a.offset() == 0 ? "" : "+" + a.offset());
        };
    }

    public static String terminator(Terminator t) {
        return switch (t) {
            case Terminator.Jump j -> "jump " + j.target();
            case Terminator.Branch br -> "branch " + br.cond().name().toLowerCase() + " " + br.a() + ", " + br.b() + " ? " + br.ifTrue() + " : " + br.ifFalse();
            case Terminator.Return r -> r.value() == null ? "return" : "return " + r.value();
        };
    }
}
