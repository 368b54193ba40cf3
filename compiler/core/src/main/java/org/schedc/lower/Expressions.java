package org.schedc.lower;

import java.math.BigInteger;
import java.util.List;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.VReg;
import org.schedc.sema.Symbols.GlobalInfo;
import org.schedc.sema.Symbols.Resolution;
import org.schedc.sema.Type;

/** Scalar expressions: names, fields, arithmetic with normalisation, casts, and handler arguments read from ctx. */
final class Expressions {
    private final LowerContext cx;

    Expressions(LowerContext cx) { this.cx = cx; }

    Operand lowerScalar(Expr e, Type context) {
        Value v = lowerValue(e, context);
        if (v instanceof Value.Scalar s) return s.op();
        throw new IllegalStateException("expected a scalar at " + e.span());
    }

    Value lowerValue(Expr e, Type context) {
        BigInteger c = cx.policy.constantValues().get(e);
        if (c != null && !(e instanceof Expr.Call call && !(cx.policy.resolutions().get(call) instanceof Resolution.BuiltinCall))) {
            return new Value.Scalar(new Imm(c.longValue()));
        }
        Type t = cx.policy.typeOf(e);
        return switch (e) {
            case Expr.IntLit lit -> new Value.Scalar(new Imm(c.longValue()));
            case Expr.BoolLit b -> new Value.Scalar(new Imm(b.value() ? 1 : 0));
            case Expr.NullLit n -> new Value.Scalar(new Imm(0));
            case Expr.StringLit s -> throw new IllegalStateException("string outside error()");
            case Expr.Name n -> switch (cx.policy.resolutions().get(n)) {
                case Resolution.LocalRef lr -> materialise(cx.locals.get(lr.local()));
                case Resolution.GlobalRef g -> new Value.Scalar(loadGlobal(g.g()));
                case Resolution.ConstRef cr -> new Value.Scalar(new Imm(cr.c().value().longValue()));
                case Resolution.KernelEnum ke -> new Value.Scalar(cx.enumConst(ke.enumerator()));
                default -> throw new IllegalStateException("name " + n.name().name() + " is not a value");
            };
            case Expr.Field f -> switch (cx.policy.resolutions().get(f)) {
                case Resolution.FieldAccess fa -> new Value.Scalar(loadField(fa.base(), cx.field(f)));
                case Resolution.StateAccess sa -> new Value.Scalar(cx.state.loadState(sa, t));
                case Resolution.TagRead tr -> new Value.Scalar(cx.tagCache.read(tr.task(), tr.source()));
                case Resolution.PickPart pp -> {
                    Value.Pick pick = (Value.Pick) lowerValue(pp.pick(), null);
                    yield new Value.Scalar(pp.wasIdle() ? pick.idle() : pick.cpu());
                }
                default -> throw new IllegalStateException("field without resolution");
            };
            case Expr.Call call -> cx.builtins.lowerCall(call, t);
            case Expr.Unary u -> switch (u.op()) {
                case NOT -> cx.conds.boolValue(e);
                case NEG -> {
                    VReg v = cx.fn.newVReg();
                    cx.emit(new Inst.Neg(v, cx.reg(lowerScalar(u.operand(), t))));
                    yield new Value.Scalar(cx.normalise(v, t));
                }
                case BIT_NOT -> {
                    VReg v = cx.fn.newVReg();
                    cx.emit(new Inst.Alu(Ir.AluOp.XOR, v, cx.reg(lowerScalar(u.operand(), t)), new Imm(-1)));
                    yield new Value.Scalar(cx.normalise(v, t));
                }
            };
            case Expr.Binary b -> switch (b.op()) {
                case AND, OR, EQ, NE, LT, LE, GT, GE -> cx.conds.boolValue(e);
                default -> {
                    Type operandType = t;
                    Operand l = lowerScalar(b.left(), operandType);
                    Operand r = lowerScalar(b.right(), b.op() == Ast.BinaryOp.SHL || b.op() == Ast.BinaryOp.SHR ? cx.policy.typeOf(b.right()) : operandType);
                    yield new Value.Scalar(arith(b.op(), l, r, t));
                }
            };
            case Expr.Cast cast -> {
                Operand v = lowerScalar(cast.value(), cx.policy.typeOf(cast.value()));
                yield new Value.Scalar(cx.normalise(cx.reg(v), t));
            }
            case Expr.Move m -> {
                VReg r = cx.fn.newVReg();
                Operand dsq = cx.stmts.queueId(m.from());
                String move = cx.policy.moveKfuncs().get(m);
                // scx_bpf_dsq_move_to_local___v2 takes enq_flags; the other variants ignore the extra register.
                List<Operand> moveArgs = cx.policy.targets().stream().mapToInt(k -> k.kfuncArity(move).orElse(1)).max().orElse(1) > 1
                        ? List.of(dsq, new Imm(0)) : List.of(dsq);
                cx.emit(new Inst.Call(r, cx.kfunc(move), moveArgs));
                VReg moved = cx.normalise(r, Type.BOOL);
                String counter = m.from() instanceof Ast.QueueRef.Named n ? "dispatched_" + n.name().name() : "dispatched_global";
                cx.ifNonZero(moved, () -> cx.state.bumpCounter(counter, Ast.BinaryOp.ADD, new Imm(1)));
                yield new Value.Scalar(moved);
            }
            case Expr.In in -> cx.conds.boolValue(e);
            case Expr.Invalid inv -> throw new IllegalStateException("invalid expression reached lowering");
        };
    }

    /**
     * A handler argument's value. Most are re-read from ctx where used (cheap, and it keeps registers free);
     * a nullable pointer is read once, in the entry block, and that register is used everywhere: a fresh
     * read would be a new, unchecked "pointer or null" to the kernel verifier, losing an enclosing
     * {@code if prev != null}.
     */
    Value materialise(Value v) {
        if (!(v instanceof Value.Arg a)) return v;
        if (a.type() instanceof Type.KernelPtr kp && kp.nullable()) {
            return cx.keptArgs.computeIfAbsent(a.index(), index -> {
                VReg once = cx.fn.newVReg();
                Inst read = new Inst.CtxArg(once, cx.fn.ctx, index);
                // The entry block dominates every use; while lowering is still in it, the read goes where it is first needed.
                if (cx.current == cx.fn.entry()) cx.emit(read);
                else cx.fn.entry().insts.add(read);
                return new Value.Scalar(once);
            });
        }
        VReg raw = cx.fn.newVReg();
        cx.emit(new Inst.CtxArg(raw, cx.fn.ctx, a.index()));
        return new Value.Scalar(cx.normalise(raw, a.type()));
    }

    Operand arith(Ast.BinaryOp op, Operand l, Operand r, Type t) {
        boolean signed = t instanceof Type.Int it && it.signed();
        Ir.AluOp alu = switch (op) {
            case ADD -> Ir.AluOp.ADD; case SUB -> Ir.AluOp.SUB; case MUL -> Ir.AluOp.MUL;
            case DIV -> signed ? Ir.AluOp.SDIV : Ir.AluOp.DIV;
            case MOD -> signed ? Ir.AluOp.SMOD : Ir.AluOp.MOD;
            case BIT_AND -> Ir.AluOp.AND; case BIT_OR -> Ir.AluOp.OR; case BIT_XOR -> Ir.AluOp.XOR;
            case SHL -> Ir.AluOp.LSH;
            case SHR -> signed ? Ir.AluOp.ARSH : Ir.AluOp.RSH;
            default -> throw new IllegalStateException("not arithmetic: " + op);
        };
        if (l instanceof Imm && r instanceof VReg && alu.commutative()) {
            Operand x = l; l = r; r = x;
        }
        VReg dst = cx.fn.newVReg();
        cx.emit(new Inst.Alu(alu, dst, cx.reg(l), r));
        // Results that cannot leave the type's range need no normalisation.
        boolean mayOverflow = switch (alu) {
            case ADD, SUB, MUL, LSH, SDIV -> true;
            case DIV, MOD, SMOD, AND, OR, XOR, RSH, ARSH -> false;
        };
        return mayOverflow ? cx.normalise(dst, t) : dst;
    }

    VReg loadGlobal(GlobalInfo g) {
        VReg addr = cx.fn.newVReg(), v = cx.fn.newVReg();
        cx.emit(new Inst.GlobalAddr(addr, g.section(), g.offset()));
        cx.emit(new Inst.Load(v, addr, 0, g.size()));
        return g.intType().signed() && g.size() < 8 ? cx.normalise(v, g.type()) : v;
    }

    /** Reads kernel field {@code l} from the pointer {@code baseExpr}. */
    VReg loadField(Expr baseExpr, LowerContext.FieldLayout l) {
        VReg base = cx.reg(lowerScalar(baseExpr, null));
        VReg v = cx.fn.newVReg();
        cx.emit(new Inst.LoadField(v, base, l.ref(), l.offset(), l.size(), l.signed()));
        // Narrow loads zero-extend; signed fields need sign extension, bools are 0/1 already.
        if (l.signed() && l.size() < 8) {
            VReg n = cx.fn.newVReg();
            cx.emit(new Inst.Norm(n, v, l.size() * 8, true));
            return n;
        }
        return v;
    }
}
