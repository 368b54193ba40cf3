package org.schedc.sema;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Stmt;
import org.schedc.sema.Symbols.Local;
import org.schedc.sema.Symbols.QueueInfo;
import org.schedc.sema.Symbols.Resolution;

/** Statements and blocks, with scopes and null narrowing ({@code if p != null}, {@code if p == null { return }}). */
final class Statements {
    private final SemaContext ctx;

    Statements(SemaContext ctx) { this.ctx = ctx; }

    void declare(Ast.Ident name, Local l) {
        Map<String, Local> scope = ctx.body.scopes.peek();
        if (scope.containsKey(name.name())) ctx.report(NameErrors.duplicateLocal(name.span(), name.name(), scope.get(name.name()).declared));
        else if (ctx.kernelFields.anyTargetHasEnum(name.name())) ctx.report(NameErrors.kernelEnumRedeclared(name.span(), name.name()));
        scope.put(name.name(), l);
    }

    void checkBlock(Ast.Block block) {
        BodyScope body = ctx.body;
        body.scopes.push(new HashMap<>());
        Set<Local> narrowedHere = new HashSet<>();
        for (Stmt s : block.stmts()) {
            check(s);
            // `if x == null { return }` narrows x for the rest of the block: the rest runs only when x != null.
            if (s instanceof Stmt.If iff && iff.otherwise() == null && !Flow.completesNormally(iff.then())) {
                for (Local l : body.narrowedBy(iff.condition(), false, ctx.recorded.resolutions)) if (body.nonNull.add(l)) narrowedHere.add(l);
            }
        }
        body.nonNull.removeAll(narrowedHere);
        body.scopes.pop();
    }

    private void check(Stmt s) {
        BodyScope body = ctx.body;
        switch (s) {
            case Stmt.Let let -> checkLet(let);
            case Stmt.Assign a -> checkAssign(a);
            case Stmt.If iff -> {
                checkCondition(iff.condition());
                body.withNonNull(body.narrowedBy(iff.condition(), true, ctx.recorded.resolutions), () -> checkBlock(iff.then()));
                if (iff.otherwise() != null) body.withNonNull(body.narrowedBy(iff.condition(), false, ctx.recorded.resolutions), () -> checkBlock(iff.otherwise()));
            }
            case Stmt.Match m -> checkMatch(m);
            case Stmt.For f -> checkFor(f);
            case Stmt.Return r -> checkReturn(r);
            case Stmt.Insert ins -> checkInsert(ins);
            case Stmt.ExprStmt es -> {
                Type t = ctx.check(es.expr(), null);
                if (!(es.expr() instanceof Expr.Call) && !(es.expr() instanceof Expr.Move) && !(t instanceof Type.Error)) {
                    ctx.report(ValueErrors.valueUnused(es.span()));
                }
            }
            case Stmt.Break b -> { if (body.loopDepth == 0) ctx.report(ValueErrors.outsideLoop(b.span(), "break")); }
            case Stmt.Continue c -> { if (body.loopDepth == 0) ctx.report(ValueErrors.outsideLoop(c.span(), "continue")); }
            case Stmt.Invalid inv -> { /* already reported by the parser */ }
        }
    }

    private void checkLet(Stmt.Let let) {
        Type declared = let.type() == null ? null : ctx.declarations.resolveType(let.type());
        Type t = ctx.check(let.init(), declared);
        if (declared != null) ctx.conversions.assignable(t, declared, let.init());
        if (declared == null) {
            if (t instanceof Type.UntypedInt) t = Declarations.defaultIntType(ctx.recorded.constant(let.init()));
            if (t instanceof Type.Void || t instanceof Type.Str || t instanceof Type.Queue || t instanceof Type.KernelStruct || t instanceof Type.Chars
                    || t instanceof Type.StateBlock) {
                ctx.report(ValueErrors.localType(let.init().span(), t));
                t = Type.ERROR;
            }
        } else t = declared;
        Local l = new Local(let.name().name(), t, let.mutable(), let.name().span());
        declare(let.name(), l);
        ctx.recorded.declaredLocals.put(let, l);
    }

    private void checkFor(Stmt.For f) {
        Conversions conv = ctx.conversions;
        Type from = ctx.check(f.from(), null);
        Type to = ctx.check(f.to(), null);
        Type t = conv.unify(from, to, f.from(), f.to(), f.span());
        if (t instanceof Type.UntypedInt) t = Type.U64;
        if (t instanceof Type.UntypedInt || t instanceof Type.Int) {
            conv.coerceConst(f.from(), t);
            conv.coerceConst(f.to(), t);
        } else if (!(t instanceof Type.Error)) ctx.report(TypeErrors.loopBoundsNotIntegers(f.from().span()));
        if (!ctx.recorded.isConstant(f.to())) ctx.report(ValueErrors.loopEndNotConstant(f.to().span()));
        ctx.body.scopes.push(new HashMap<>());
        Local l = new Local(f.variable().name(), t, false, f.variable().span());
        declare(f.variable(), l);
        ctx.recorded.declaredLocals.put(f, l);
        ctx.body.loopDepth++;
        checkBlock(f.body());
        ctx.body.loopDepth--;
        ctx.body.scopes.pop();
    }

    void checkCondition(Expr cond) {
        Type t = ctx.check(cond, Type.BOOL);
        if (!(t instanceof Type.Bool) && !(t instanceof Type.Error)) ctx.report(ValueErrors.conditionNotBool(cond.span(), t));
    }

    private void checkAssign(Stmt.Assign a) {
        ctx.body.assignTarget = a.target();
        Type target = ctx.check(a.target(), null);
        ctx.body.assignTarget = null;
        Resolution r = ctx.recorded.resolutions.get(a.target());
        switch (r) {
            case Resolution.CounterRef cr -> {
                if (a.op() != Ast.BinaryOp.ADD && a.op() != Ast.BinaryOp.SUB) ctx.report(ValueErrors.counterOperator(a.span(), cr.counter().name()));
            }
            case Resolution.StateAccess sa -> {
                if (sa.owner() == Symbols.StateOwner.CPU && sa.base() != null) ctx.report(ValueErrors.otherCpuStateReadOnly(a.target().span(), sa.field().name()));
            }
            case Resolution.LocalRef lr -> {
                if (!lr.local().mutable) ctx.report(ValueErrors.notMutable(a.target().span(), lr.local().name));
            }
            case Resolution.GlobalRef g -> { }
            case Resolution.FieldAccess fa -> ctx.kernelFields.checkWrite(a, fa);
            case null -> { if (!(target instanceof Type.Error)) ctx.report(ValueErrors.notAssignable(a.target().span())); }
            default -> ctx.report(ValueErrors.notAssignable(a.target().span()));
        }
        if (target instanceof Type.Error) {
            ctx.check(a.value(), null);
            return;
        }
        // Array values are copied from storage: a name or a field path, never computed.
        if (target instanceof Type.Chars && a.op() == null && !(a.value() instanceof Expr.Name || a.value() instanceof Expr.Field)) {
            ctx.check(a.value(), target);
            ctx.report(TypeErrors.arrayAssignedFromValue(a.value().span(), target));
            return;
        }
        if (a.op() != null && !(target instanceof Type.Int)) ctx.report(TypeErrors.compoundNeedsInteger(a.span(), a.op(), target));
        Type v = ctx.check(a.value(), target);
        if (a.op() == Ast.BinaryOp.SHL || a.op() == Ast.BinaryOp.SHR) return;
        ctx.conversions.assignable(v, target, a.value());
    }

    private void checkReturn(Stmt.Return r) {
        BodyScope body = ctx.body;
        Type returnType = body.returnType;
        if (r.value() == null) {
            if (!(returnType instanceof Type.Void) && body.callback != null && body.callback.equals("select_cpu")) {
                ctx.report(ValueErrors.selectCpuReturnsCpu(r.span()));
            }
            if (!(returnType instanceof Type.Void) && body.callback == null) ctx.report(ValueErrors.returnNeedsValue(r.span(), returnType));
            return;
        }
        if (returnType instanceof Type.Void) {
            ctx.check(r.value(), null);
            ctx.report(body.callback != null ? ValueErrors.handlerReturnsNothing(r.value().span(), body.callback)
                    : ValueErrors.functionReturnsNothing(r.value().span()));
            return;
        }
        Type t = ctx.check(r.value(), returnType);
        if (t instanceof Type.CpuPick) {
            ctx.report(TypeErrors.returnCpuPick(r.value().span()));
            return;
        }
        ctx.conversions.assignable(t, returnType, r.value());
    }

    private void checkMatch(Stmt.Match m) {
        Type t = ctx.check(m.scrutinee(), null);
        if (t instanceof Type.UntypedInt) t = Declarations.defaultIntType(ctx.recorded.constant(m.scrutinee()));
        if (!(t instanceof Type.Int) && !(t instanceof Type.Error)) ctx.report(TypeErrors.matchNeedsInteger(m.scrutinee().span(), t));
        Set<BigInteger> seen = new HashSet<>();
        boolean wildcard = false;
        for (Ast.MatchArm arm : m.arms()) {
            for (Ast.Pattern p : arm.patterns()) {
                switch (p) {
                    case Ast.Pattern.Wildcard w -> {
                        if (wildcard) ctx.report(ValueErrors.secondWildcard(w.span()));
                        wildcard = true;
                    }
                    case Ast.Pattern.Value v -> {
                        Type pt = ctx.check(v.value(), t instanceof Type.Int ? t : null);
                        BigInteger c = ctx.recorded.constant(v.value());
                        if (c == null) ctx.report(ValueErrors.patternNotConstant(v.span()));
                        else {
                            if (t instanceof Type.Int) ctx.conversions.assignable(pt, t, v.value());
                            if (!seen.add(c)) ctx.report(ValueErrors.duplicateArm(v.span(), c));
                        }
                    }
                }
            }
            checkBlock(arm.body());
        }
    }

    private void checkInsert(Stmt.Insert ins) {
        Conversions conv = ctx.conversions;
        Type task = ctx.check(ins.task(), Type.TASK);
        conv.requireTask(task, ins.task());
        boolean vtimeQueue = false;
        switch (ins.queue()) {
            case Ast.QueueRef.Local l -> {
                ctx.kernelFields.requireEnum("SCX_DSQ_LOCAL", l.span());
                ctx.declared.builtinQueueCounters.add("dispatched_local");
            }
            case Ast.QueueRef.Global g -> {
                ctx.kernelFields.requireEnum("SCX_DSQ_GLOBAL", g.span());
                ctx.declared.builtinQueueCounters.add("inserted_global");
            }
            case Ast.QueueRef.LocalOn lo -> {
                ctx.declared.builtinQueueCounters.add("dispatched_local");
                ctx.kernelFields.requireEnum("SCX_DSQ_LOCAL_ON", lo.span());
                Type c = ctx.check(lo.cpu(), Type.S32);
                conv.requireIntArg(c, lo.cpu(), "a CPU number");
            }
            case Ast.QueueRef.Named n -> {
                QueueInfo q = ctx.expressions.queue(n);
                vtimeQueue = q != null && q.kind() == Ast.QueueKind.VTIME;
            }
        }
        conv.assignable(ctx.check(ins.slice(), Type.U64), Type.U64, ins.slice());
        if (ins.vtime() != null) {
            conv.assignable(ctx.check(ins.vtime(), Type.U64), Type.U64, ins.vtime());
            if (!vtimeQueue) ctx.report(ValueErrors.vtimeOnFifo(ins.vtime().span()));
        } else if (vtimeQueue) {
            ctx.report(ValueErrors.vtimeMissing(ins.span()));
        }
        if (ins.flags() != null) conv.assignable(ctx.check(ins.flags(), Type.U64), Type.U64, ins.flags());
        String kfunc = ctx.kfuncs.choose(vtimeQueue ? Builtin.INSERT_VTIME : Builtin.INSERT, ins.span());
        if (kfunc != null) ctx.recorded.insertKfuncs.put(ins, kfunc);
    }
}
