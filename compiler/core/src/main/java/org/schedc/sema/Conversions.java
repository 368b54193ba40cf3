package org.schedc.sema;

import java.math.BigInteger;
import org.schedc.ast.Ast.Expr;
import org.schedc.diag.Span;

/** Which types meet: the common type of operands, untyped constants taking a type, assignability. */
final class Conversions {
    private final SemaContext ctx;

    Conversions(SemaContext ctx) { this.ctx = ctx; }

    /** The common type of two integer operands; untyped constants take the other side's type. */
    Type unify(Type l, Type r, Expr le, Expr re, Span span) {
        if (l instanceof Type.Error || r instanceof Type.Error) return Type.ERROR;
        if (l instanceof Type.UntypedInt && r instanceof Type.UntypedInt) return Type.UNTYPED;
        if (l instanceof Type.UntypedInt && r instanceof Type.Int ri) { coerceConst(le, ri); return ri; }
        if (r instanceof Type.UntypedInt && l instanceof Type.Int li) { coerceConst(re, li); return li; }
        if (l instanceof Type.Int li && r instanceof Type.Int ri) {
            if (li.signed() != ri.signed()) {
                ctx.report(TypeErrors.mixedSignedness(span, li, ri));
                return Type.ERROR;
            }
            return li.bits() >= ri.bits() ? li : ri;
        }
        if (!Type.isInteger(l) || !Type.isInteger(r)) {
            ctx.report(TypeErrors.expectedIntegers(span, l, r));
            return Type.ERROR;
        }
        return Type.ERROR;
    }

    /** Gives an untyped constant expression a type, reporting values that do not fit. */
    void coerceConst(Expr e, Type t) {
        if (!(t instanceof Type.Int it)) return;
        BigInteger v = ctx.recorded.constant(e);
        if (v == null) return;
        if (!(ctx.recorded.types.get(e) instanceof Type.UntypedInt)) return;
        if (!fits(v, it)) ctx.report(TypeErrors.constantDoesNotFit(e.span(), v, it));
        ctx.recorded.types.put(e, it);
    }

    static boolean fits(BigInteger v, Type.Int t) {
        return v.compareTo(t.min()) >= 0 && v.compareTo(t.max()) <= 0;
    }

    /** Checks that a value of type {@code from} may be stored where {@code to} is expected. */
    void assignable(Type from, Type to, Expr e) {
        if (from instanceof Type.Error || to instanceof Type.Error) return;
        if (from instanceof Type.UntypedInt && to instanceof Type.Int) { coerceConst(e, to); return; }
        if (from instanceof Type.Int fi && to instanceof Type.Int ti) {
            BigInteger v = ctx.recorded.constant(e);
            if (v != null && fits(v, ti)) { ctx.recorded.types.put(e, ti); return; }
            if (fi.signed() == ti.signed() && fi.bits() <= ti.bits()) return;
            if (!fi.signed() && ti.signed() && fi.bits() < ti.bits()) return;
            ctx.report(TypeErrors.needsConversion(e.span(), fi, ti, ctx.text(e)));
            return;
        }
        if (from instanceof Type.KernelPtr fp && to instanceof Type.KernelPtr tp) {
            if (fp.struct().isEmpty() && tp.nullable()) return;
            if (fp.struct().equals(tp.struct()) && (!fp.nullable() || tp.nullable())) return;
            if (fp.nullable() && !tp.nullable()) {
                ctx.report(ValueErrors.mayBeNull(e.span(), ctx.text(e)));
                return;
            }
        }
        if (from.equals(to)) return;
        ctx.report(TypeErrors.mismatch(e.span(), to, from));
    }

    /** A task argument: a non-null task pointer. */
    void requireTask(Type t, Expr e) {
        if (t instanceof Type.Error) return;
        if (!(t instanceof Type.KernelPtr kp) || !kp.struct().equals("task_struct")) {
            ctx.report(TypeErrors.expectedTask(e.span(), t));
        } else if (kp.nullable()) {
            ctx.report(ValueErrors.taskMayBeNull(e.span(), ctx.text(e)));
        }
    }

    void requireIntArg(Type t, Expr e, String what) {
        if (!(t instanceof Type.Error) && !Type.isInteger(t)) ctx.report(TypeErrors.expectedIntegerArgument(e.span(), what, t));
    }
}
