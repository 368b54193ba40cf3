package org.schedc.sema;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.sema.Symbols.Resolution;

/** Calls: the builtins' argument and result types, and calls of the policy's functions. */
final class BuiltinSignatures {
    private final SemaContext ctx;

    BuiltinSignatures(SemaContext ctx) { this.ctx = ctx; }

    Type inferCall(Expr.Call c, Type expected) {
        String name = c.callee().name();
        if (KfuncCalls.isKfuncCall(name)) return ctx.kfuncCalls.infer(c);
        Ast.Item.Function fn = ctx.declared.functions.get(name);
        if (fn != null) return inferUserCall(c, fn);
        Optional<Builtin> b = Builtin.callable(name);
        if (b.isEmpty()) {
            List<String> candidates = new ArrayList<>(ctx.declared.functions.keySet());
            for (Builtin x : Builtin.callables()) candidates.add(x.spelling());
            ctx.report(NameErrors.unknownFunction(c.callee().span(), name, Suggestions.closest(name, candidates)));
            c.args().forEach(a -> ctx.check(a, null));
            return Type.ERROR;
        }
        Builtin builtin = b.get();
        if (c.args().size() != builtin.arity()) {
            ctx.report(ValueErrors.wrongArity(c.span(), name, builtin.arity(), c.args().size()));
            c.args().forEach(a -> ctx.check(a, null));
            return Type.ERROR;
        }
        String kfunc = builtin.kfuncs().isEmpty() ? null : ctx.kfuncs.choose(builtin, c.span());
        ctx.recorded.resolve(c, new Resolution.BuiltinCall(builtin, kfunc));
        return signature(c, builtin, expected);
    }

    /** Checks the arguments of a builtin call of the right arity; its result type. */
    private Type signature(Expr.Call c, Builtin builtin, Type expected) {
        Conversions conv = ctx.conversions;
        List<Expr> args = c.args();
        return switch (builtin) {
            case DEFAULT_CPU -> {
                conv.requireTask(ctx.check(args.get(0), Type.TASK), args.get(0));
                conv.assignable(ctx.check(args.get(1), Type.S32), Type.S32, args.get(1));
                conv.assignable(ctx.check(args.get(2), Type.U64), Type.U64, args.get(2));
                yield new Type.CpuPick();
            }
            case PICK_IDLE_CPU, TASK_CPU -> {
                conv.requireTask(ctx.check(args.get(0), Type.TASK), args.get(0));
                yield Type.S32;
            }
            case MAY_RUN_ON -> {
                conv.requireTask(ctx.check(args.get(0), Type.TASK), args.get(0));
                // The kfunc takes a u32: nr_cpus()-based ids need no cast; s32 ids (handler arguments) are the default.
                Type cpu = ctx.check(args.get(1), Type.S32);
                if (!cpu.equals(Type.U32)) conv.assignable(cpu, Type.S32, args.get(1));
                yield Type.BOOL;
            }
            case TEST_IDLE_CPU -> {
                conv.assignable(ctx.check(args.get(0), Type.S32), Type.S32, args.get(0));
                yield Type.BOOL;
            }
            case KICK_CPU, PREEMPT_CPU -> {
                conv.assignable(ctx.check(args.get(0), Type.S32), Type.S32, args.get(0));
                if (builtin == Builtin.PREEMPT_CPU) ctx.kernelFields.requireEnum("SCX_KICK_PREEMPT", c.span());
                yield Type.VOID;
            }
            case NOW -> Type.U64;
            case NR_CPUS -> Type.U32;
            case QUEUED -> {
                Expr q = args.get(0);
                Type t = ctx.check(q, null);
                if (!(t instanceof Type.Queue) && !(t instanceof Type.Error)) ctx.report(TypeErrors.queuedTakesQueue(q.span()));
                yield Type.S32;
            }
            case ERROR -> {
                Type t = ctx.check(args.get(0), null);
                if (!(args.get(0) instanceof Expr.StringLit lit)) {
                    if (!(t instanceof Type.Error)) ctx.report(TypeErrors.errorTakesLiteral(args.get(0).span()));
                } else if (lit.value().contains("%")) {
                    ctx.report(TypeErrors.errorPercent(args.get(0).span()));
                }
                yield Type.VOID;
            }
            case MIN, MAX -> {
                Type l = ctx.check(args.get(0), expected);
                Type r = ctx.check(args.get(1), expected);
                Type t = conv.unify(l, r, args.get(0), args.get(1), c.span());
                if (!(t instanceof Type.Error) && !Type.isInteger(t)) {
                    ctx.report(TypeErrors.minMaxIntegers(c.span(), builtin.spelling(), t));
                    yield Type.ERROR;
                }
                BigInteger a = ctx.recorded.constant(args.get(0)), bb = ctx.recorded.constant(args.get(1));
                if (a != null && bb != null) ctx.recorded.constants.put(c, builtin == Builtin.MIN ? a.min(bb) : a.max(bb));
                yield t;
            }
            case STARTS_WITH -> {
                Type t = ctx.check(args.get(0), null);
                Type p = ctx.check(args.get(1), null);
                if (!(t instanceof Type.Chars) && !(t instanceof Type.Error)) ctx.report(TypeErrors.startsWithArray(args.get(0).span(), t));
                if (!(args.get(1) instanceof Expr.StringLit lit)) {
                    if (!(p instanceof Type.Error)) ctx.report(TypeErrors.startsWithLiteral(args.get(1).span()));
                } else if (t instanceof Type.Chars chars && lit.value().getBytes(StandardCharsets.UTF_8).length > chars.length()) {
                    ctx.report(TypeErrors.startsWithPrefixTooLong(lit.span(), chars.length()));
                } else if (lit.value().isEmpty()) {
                    ctx.recorded.constants.put(c, BigInteger.ONE);
                }
                yield Type.BOOL;
            }
            case CPU_STATE -> {
                conv.assignable(ctx.check(args.get(0), Type.S32), Type.S32, args.get(0));
                if (ctx.declared.cpuState == null) {
                    ctx.report(NameErrors.cpuStateWithoutBlock(c.callee().span()));
                    yield Type.ERROR;
                }
                yield new Type.StateBlock(Symbols.StateOwner.CPU, true);
            }
            case ATOMIC_ADD, ATOMIC_FETCH_ADD, COMPARE_AND_SWAP -> AtomicTargets.check(ctx, c, builtin);
            case INSERT, INSERT_VTIME, MOVE_TO_LOCAL, CREATE_QUEUE -> throw new IllegalStateException("not callable: " + builtin);
        };
    }

    private Type inferUserCall(Expr.Call c, Ast.Item.Function fn) {
        if (ctx.recursion.closesCycle(c) || ctx.body.functionStack.contains(fn.name().name())) return Type.ERROR;
        ctx.recorded.resolve(c, new Resolution.UserCall(fn));
        if (c.args().size() != fn.params().size()) {
            ctx.report(ValueErrors.wrongArity(c.span(), fn.name().name(), fn.params().size(), c.args().size()));
        }
        for (int i = 0; i < c.args().size(); i++) {
            Type pt = i < fn.params().size() ? Declarations.resolveTypeQuiet(fn.params().get(i).type()) : null;
            Type at = ctx.check(c.args().get(i), pt);
            if (pt != null) ctx.conversions.assignable(at, pt, c.args().get(i));
        }
        // Callback rules of the kfuncs the function uses apply where it is called.
        if (ctx.body.callback != null) ctx.kfuncs.checkFunctionRules(fn.name().name(), c.span(), new HashSet<>());
        return fn.returnType() == null ? Type.VOID : Declarations.resolveTypeQuiet(fn.returnType());
    }
}
