package org.schedc.sema;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.sema.Symbols.ConstInfo;
import org.schedc.sema.Symbols.GlobalInfo;
import org.schedc.sema.Symbols.Local;
import org.schedc.sema.Symbols.QueueInfo;
import org.schedc.sema.Symbols.Resolution;

/** Expression types: names, fields, operators, casts, {@code move}, {@code in}; calls are {@link BuiltinSignatures}'. */
final class Expressions {
    /** {@code p.tag} and its single-source variants. */
    private static final Map<String, Symbols.TagSource> TAG_FIELDS = Map.of(
            "tag", Symbols.TagSource.RESOLVED, "task_tag", Symbols.TagSource.TASK, "proc_tag", Symbols.TagSource.PROC,
            "cgroup_tag", Symbols.TagSource.CGROUP, "user_tag", Symbols.TagSource.USER);

    private final SemaContext ctx;
    private final Recorded rec;

    Expressions(SemaContext ctx) {
        this.ctx = ctx;
        this.rec = ctx.recorded;
    }

    /** Checks an expression; {@code expected} guides untyped constants (may be null). Records its type. */
    Type check(Expr e, Type expected) {
        Type t = infer(e, expected);
        if (t instanceof Type.UntypedInt && expected instanceof Type.Int ei && rec.isConstant(e)) {
            if (Conversions.fits(rec.constant(e), ei)) t = ei;
        }
        rec.types.put(e, t);
        return t;
    }

    private Type infer(Expr e, Type expected) {
        return switch (e) {
            case Expr.IntLit lit -> {
                BigInteger v = ConstantFolding.literalValue(lit);
                if (v.bitLength() > 64) {
                    ctx.report(TypeErrors.literalTooBig(lit.span(), lit.text()));
                    yield Type.ERROR;
                }
                rec.constants.put(e, v);
                yield lit.unit() != null ? Type.U64 : Type.UNTYPED;
            }
            case Expr.BoolLit b -> {
                rec.constants.put(e, b.value() ? BigInteger.ONE : BigInteger.ZERO);
                yield Type.BOOL;
            }
            case Expr.NullLit n -> expected instanceof Type.KernelPtr kp ? new Type.KernelPtr(kp.struct(), true) : new Type.KernelPtr("", true);
            case Expr.StringLit s -> new Type.Str();
            case Expr.Name n -> inferName(n);
            case Expr.Field f -> inferField(f);
            case Expr.Call c -> ctx.builtins.inferCall(c, expected);
            case Expr.Unary u -> inferUnary(u, expected);
            case Expr.Binary b -> inferBinary(b, expected);
            case Expr.Cast c -> inferCast(c);
            case Expr.Move m -> inferMove(m);
            case Expr.In in -> inferIn(in);
            case Expr.Invalid inv -> Type.ERROR;
        };
    }

    private Type inferCast(Expr.Cast c) {
        Type from = check(c.value(), null);
        Type to = ctx.declarations.resolveType(c.type());
        if (from instanceof Type.Error || to instanceof Type.Error) return Type.ERROR;
        boolean ok = (Type.isInteger(from) || from instanceof Type.Bool) && to instanceof Type.Int;
        if (!ok) {
            ctx.report(TypeErrors.cannotConvert(c.span(), from, to));
            return Type.ERROR;
        }
        BigInteger v = rec.constant(c.value());
        if (v != null) rec.constants.put(c, ConstantFolding.wrap(v, (Type.Int) to));
        return to;
    }

    /** Locals first, then constants, tags, globals, queues, counters (only as an assignment target), {@code this_cpu}. */
    private Type inferName(Expr.Name n) {
        Declared d = ctx.declared;
        String name = n.name().name();
        Local l = ctx.body.lookup(name);
        if (l != null) {
            rec.resolve(n, new Resolution.LocalRef(l));
            if (l.type instanceof Type.KernelPtr kp && kp.nullable() && ctx.body.nonNull.contains(l)) return new Type.KernelPtr(kp.struct(), false);
            return l.type;
        }
        ConstInfo c = d.consts.get(name);
        if (c != null) {
            rec.resolve(n, new Resolution.ConstRef(c));
            rec.constants.put(n, c.value());
            return c.type();
        }
        Integer tag = d.tags.get(name);
        if (tag == null && name.equals("none") && !d.tags.isEmpty()) tag = 0;
        if (tag != null) {
            ConstInfo tc = new ConstInfo(name, Type.TAG, BigInteger.valueOf(tag), n.span());
            rec.resolve(n, new Resolution.ConstRef(tc));
            rec.constants.put(n, tc.value());
            return Type.TAG;
        }
        GlobalInfo g = d.globals.get(name);
        if (g != null) {
            rec.resolve(n, new Resolution.GlobalRef(g));
            return g.type();
        }
        QueueInfo q = d.queues.get(name);
        if (q != null) {
            rec.resolve(n, new Resolution.QueueRef(q));
            return new Type.Queue();
        }
        for (Ast.Ident counter : d.userCounters) {
            if (!counter.name().equals(name)) continue;
            if (n != ctx.body.assignTarget) {
                ctx.report(ValueErrors.counterRead(n.span(), name));
                return Type.ERROR;
            }
            // User counters come first in the stats struct, in declaration order.
            rec.resolve(n, new Resolution.CounterRef(new Symbols.CounterInfo(name, d.userCounters.indexOf(counter), counter.span())));
            return Type.U64;
        }
        if (name.equals("this_cpu") && d.cpuState != null) return new Type.StateBlock(Symbols.StateOwner.CPU, false);
        if (KernelFields.isKernelEnumName(name)) {
            Type t = ctx.kernelFields.kernelEnum(n.span(), name);
            if (t != null) {
                rec.resolve(n, new Resolution.KernelEnum(name));
                return t;
            }
        }
        List<String> candidates = new ArrayList<>(d.consts.keySet());
        candidates.addAll(d.globals.keySet());
        candidates.addAll(d.queues.keySet());
        for (Map<String, Local> s : ctx.body.scopes) candidates.addAll(s.keySet());
        if (KernelFields.isKernelEnumName(name)) candidates.addAll(ctx.kernelFields.kernelEnumNames());
        ctx.report(NameErrors.unknownName(n.span(), name, Suggestions.closest(name, candidates)));
        return Type.ERROR;
    }

    private Type inferField(Expr.Field f) {
        Type base = check(f.target(), null);
        String field = f.field().name();
        return switch (base) {
            case Type.Error err -> Type.ERROR;
            case Type.CpuPick pick -> {
                if (field.equals("cpu") || field.equals("was_idle")) {
                    rec.resolve(f, new Resolution.PickPart(f.target(), field.equals("was_idle")));
                    yield field.equals("cpu") ? Type.S32 : Type.BOOL;
                }
                ctx.report(NameErrors.noPickField(f.field().span(), field));
                yield Type.ERROR;
            }
            case Type.StateBlock sb -> ctx.items.stateField(f, sb);
            case Type.KernelPtr kp -> {
                if (kp.nullable()) {
                    ctx.report(ValueErrors.mayBeNullField(f.target().span(), ctx.text(f.target())));
                    yield Type.ERROR;
                }
                if (kp.struct().equals("task_struct") && field.equals("state") && ctx.declared.taskState != null) {
                    yield new Type.StateBlock(Symbols.StateOwner.TASK, false);
                }
                if (kp.struct().equals("task_struct") && TAG_FIELDS.containsKey(field)) {
                    if (ctx.declared.tags.isEmpty()) {
                        ctx.report(NameErrors.tagFieldWithoutTags(f.field().span(), field));
                        yield Type.ERROR;
                    }
                    rec.resolve(f, new Resolution.TagRead(f.target(), TAG_FIELDS.get(field)));
                    yield Type.TAG;
                }
                yield ctx.kernelFields.resolve(f, f.target(), kp.struct(), List.of());
            }
            case Type.KernelStruct ks -> {
                Resolution.FieldAccess parent = (Resolution.FieldAccess) rec.resolutions.get(f.target());
                yield ctx.kernelFields.resolve(f, parent.base(), parent.rootStruct(), parent.path());
            }
            default -> {
                ctx.report(NameErrors.noFields(f.field().span(), base));
                yield Type.ERROR;
            }
        };
    }

    /** A named queue reference, resolved (null and reported when unknown). */
    QueueInfo queue(Ast.QueueRef.Named n) {
        QueueInfo q = ctx.declared.queues.get(n.name().name());
        if (q == null) ctx.report(NameErrors.unknownQueue(n.span(), n.name().name(), Suggestions.closest(n.name().name(), ctx.declared.queues.keySet())));
        else rec.resolve(n, new Resolution.QueueRef(q));
        return q;
    }

    private Type inferMove(Expr.Move m) {
        switch (m.from()) {
            case Ast.QueueRef.Named n -> queue(n);
            case Ast.QueueRef.Global g -> ctx.report(ItemErrors.moveFromGlobal(g.span()));
            case Ast.QueueRef.Local l -> ctx.report(TypeErrors.moveLocalToItself(l.span()));
            case Ast.QueueRef.LocalOn lo -> ctx.report(TypeErrors.moveFromLocalOn(lo.span()));
        }
        String kfunc = ctx.kfuncs.choose(Builtin.MOVE_TO_LOCAL, m.span());
        if (kfunc != null) rec.moveKfuncs.put(m, kfunc);
        return Type.BOOL;
    }

    /** {@code v in [a, b]}: constants of v's type; true when any equals v. */
    private Type inferIn(Expr.In in) {
        Type t = check(in.value(), null);
        if (t instanceof Type.UntypedInt) t = Declarations.defaultIntType(rec.constant(in.value()));
        if (!(t instanceof Type.Int) && !(t instanceof Type.Tag) && !(t instanceof Type.Error)) {
            ctx.report(TypeErrors.inNeedsIntegerOrTag(in.value().span(), t));
            t = Type.ERROR;
        }
        for (Expr o : in.options()) {
            Type ot = check(o, t instanceof Type.Int ? t : null);
            if (!rec.isConstant(o)) {
                if (!(ot instanceof Type.Error)) ctx.report(ValueErrors.inOptionNotConstant(o.span()));
            } else if (t instanceof Type.Int || t instanceof Type.Tag) ctx.conversions.assignable(ot, t, o);
        }
        return Type.BOOL;
    }

    private Type inferUnary(Expr.Unary u, Type expected) {
        // `-1` is the constant -1, not 1 typed as the context's (maybe unsigned) type and then negated.
        Type hint = switch (u.op()) {
            case NOT -> Type.BOOL;
            case NEG -> null;
            case BIT_NOT -> expected;
        };
        Type t = check(u.operand(), hint);
        BigInteger v = rec.constant(u.operand());
        return switch (u.op()) {
            case NOT -> {
                if (!(t instanceof Type.Bool) && !(t instanceof Type.Error)) ctx.report(TypeErrors.notNeedsBool(u.span(), t));
                if (v != null) rec.constants.put(u, v.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO);
                yield Type.BOOL;
            }
            case NEG, BIT_NOT -> {
                if (!Type.isInteger(t)) {
                    if (!(t instanceof Type.Error)) ctx.report(TypeErrors.unaryNeedsInteger(u.span(), u.op(), t));
                    yield Type.ERROR;
                }
                if (v != null) {
                    BigInteger r = u.op() == Ast.UnaryOp.NEG ? v.negate() : v.not();
                    rec.constants.put(u, t instanceof Type.Int it ? ConstantFolding.wrap(r, it) : r);
                }
                yield t;
            }
        };
    }

    private Type inferBinary(Expr.Binary b, Type expected) {
        Ast.BinaryOp op = b.op();
        if (op == Ast.BinaryOp.AND || op == Ast.BinaryOp.OR) {
            ctx.statements.checkCondition(b.left());
            // `p != null && p.x` and `p == null || p.x`: the right side runs only when p is not null.
            ctx.body.withNonNull(ctx.body.narrowedBy(b.left(), op == Ast.BinaryOp.AND, rec.resolutions), () -> ctx.statements.checkCondition(b.right()));
            ctx.folding.foldLogical(b);
            return Type.BOOL;
        }
        boolean comparison = switch (op) {
            case EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
        boolean shift = op == Ast.BinaryOp.SHL || op == Ast.BinaryOp.SHR;
        Type hint = comparison ? null : expected;
        Type l = check(b.left(), hint);
        Type r = check(b.right(), shift ? null : l instanceof Type.Int ? l : hint);
        if (l instanceof Type.UntypedInt && r instanceof Type.Int) l = check(b.left(), r);
        if (l instanceof Type.Error || r instanceof Type.Error) return comparison ? Type.BOOL : Type.ERROR;
        if (comparison && (l instanceof Type.KernelPtr || r instanceof Type.KernelPtr)) {
            if ((op != Ast.BinaryOp.EQ && op != Ast.BinaryOp.NE) || !(b.left() instanceof Expr.NullLit || b.right() instanceof Expr.NullLit)) {
                ctx.report(TypeErrors.pointerComparison(b.span()));
            }
            return Type.BOOL;
        }
        if (l instanceof Type.Tag || r instanceof Type.Tag) {
            if (!(l instanceof Type.Tag && r instanceof Type.Tag)) ctx.report(TypeErrors.tagWithNonTag(b.span(), l, r));
            else if (op != Ast.BinaryOp.EQ && op != Ast.BinaryOp.NE) ctx.report(TypeErrors.tagOperator(b.span()));
            else ctx.folding.foldBinary(b, Type.TAG, true);
            return comparison ? Type.BOOL : Type.ERROR;
        }
        if (comparison && l instanceof Type.Bool && r instanceof Type.Bool) {
            if (op != Ast.BinaryOp.EQ && op != Ast.BinaryOp.NE) ctx.report(TypeErrors.boolOperator(b.span()));
            ctx.folding.foldBinary(b, Type.BOOL, true);
            return Type.BOOL;
        }
        if (!Type.isInteger(l) || !Type.isInteger(r)) {
            ctx.report(TypeErrors.operatorNeedsIntegers(b.span(), op, l, r));
            return comparison ? Type.BOOL : Type.ERROR;
        }
        Type t = shift ? l : ctx.conversions.unify(l, r, b.left(), b.right(), b.span());
        if (shift && !(r instanceof Type.UntypedInt) && !(r instanceof Type.Int)) return Type.ERROR;
        if (t instanceof Type.Error) return comparison ? Type.BOOL : Type.ERROR;
        if (shift) {
            BigInteger count = rec.constant(b.right());
            int width = t instanceof Type.Int it ? it.bits() : 64;
            if (count != null && (count.signum() < 0 || count.compareTo(BigInteger.valueOf(width)) >= 0)) {
                ctx.report(TypeErrors.shiftCount(b.right().span(), count, t, width));
            }
            if (r instanceof Type.UntypedInt) ctx.conversions.coerceConst(b.right(), Type.U64);
        }
        ctx.folding.foldBinary(b, t, comparison);
        return comparison ? Type.BOOL : t;
    }
}
