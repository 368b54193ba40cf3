package org.schedc.sema;

import java.util.List;
import org.schedc.ast.Ast.Expr;
import org.schedc.sema.Symbols.Resolution;

/**
 * The target of {@code atomic_add}, {@code atomic_fetch_add} and {@code compare_and_swap}: storage that other CPUs
 * can reach at the same time — a global, or a field of a task's or a CPU's state (another CPU's too: atomics are
 * how one CPU may write another's state) — holding a 32- or 64-bit integer, the sizes BPF atomics have.
 * Locals are private to one invocation and counters are per-CPU already, so an atomic on them only costs.
 */
final class AtomicTargets {
    private AtomicTargets() {}

    /** Checks a call of an atomic builtin of the right arity; its result type (the target's for the fetching ones). */
    static Type check(SemaContext ctx, Expr.Call c, Builtin builtin) {
        List<Expr> args = c.args();
        Expr target = args.getFirst();
        // As an assignment target, so that a counter resolves (and is reported as a counter, not as a read).
        ctx.body.assignTarget = target;
        Type t = ctx.check(target, null);
        ctx.body.assignTarget = null;
        Type operand = t instanceof Type.Error ? null : shared(ctx, target, t, builtin);
        for (Expr a : args.subList(1, args.size())) {
            Type v = ctx.check(a, operand);
            if (operand != null) ctx.conversions.assignable(v, operand, a);
        }
        if (builtin == Builtin.ATOMIC_ADD) return Type.VOID;
        return operand == null ? Type.ERROR : operand;
    }

    /** The target's integer type, or null (reported) when it cannot be the target of an atomic. */
    private static Type shared(SemaContext ctx, Expr target, Type t, Builtin builtin) {
        String what = builtin.spelling();
        boolean storage = switch (ctx.recorded.resolutions.get(target)) {
            case Resolution.GlobalRef g -> true;
            case Resolution.StateAccess sa -> true;
            case Resolution.LocalRef l -> {
                ctx.report(ValueErrors.atomicOnLocal(target.span(), what, l.local().name));
                yield false;
            }
            case Resolution.CounterRef cr -> {
                ctx.report(ValueErrors.atomicOnCounter(target.span(), what, cr.counter().name()));
                yield false;
            }
            case null, default -> {
                ctx.report(ValueErrors.atomicNotShared(target.span(), what));
                yield false;
            }
        };
        if (!storage) return null;
        if (!(t instanceof Type.Int i) || (i.bits() != 32 && i.bits() != 64)) {
            ctx.report(ValueErrors.atomicType(target.span(), what, t));
            return null;
        }
        return t;
    }
}
