package org.schedc.lower;

import java.math.BigInteger;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Cond;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;
import org.schedc.sema.Builtin;
import org.schedc.sema.Symbols.Resolution;
import org.schedc.sema.Type;

/** Bool expressions as control flow (short-circuit and/or, comparisons, in-lists), and as 0/1 values. */
final class Conditions {
    private final LowerContext cx;

    Conditions(LowerContext cx) { this.cx = cx; }

    /** Lowers a bool expression as control flow: jumps to {@code t} when true, {@code f} otherwise. */
    void lowerCond(Expr e, Block t, Block f) {
        BigInteger c = cx.policy.constantValues().get(e);
        if (c != null) {
            cx.current.terminator = new Terminator.Jump(c.signum() != 0 ? t : f);
            cx.current = null;
            return;
        }
        if (e instanceof Expr.Binary b) {
            switch (b.op()) {
                case AND -> {
                    Block mid = cx.fn.newBlock();
                    lowerCond(b.left(), mid, f);
                    cx.current = mid;
                    lowerCond(b.right(), t, f);
                    return;
                }
                case OR -> {
                    Block mid = cx.fn.newBlock();
                    lowerCond(b.left(), t, mid);
                    cx.current = mid;
                    lowerCond(b.right(), t, f);
                    return;
                }
                case EQ, NE, LT, LE, GT, GE -> {
                    compare(b, t, f);
                    return;
                }
                default -> { }
            }
        }
        if (e instanceof Expr.Unary u && u.op() == Ast.UnaryOp.NOT) {
            lowerCond(u.operand(), f, t);
            return;
        }
        if (e instanceof Expr.Call call && cx.policy.resolutions().get(call) instanceof Resolution.UserCall uc) {
            cx.inlining.inlineCondition(uc.function(), call, t, f);
            return;
        }
        if (e instanceof Expr.Call call && cx.policy.resolutions().get(call) instanceof Resolution.BuiltinCall bc
                && bc.builtin() == Builtin.STARTS_WITH) {
            cx.bytes.startsWith(call, t, f);
            return;
        }
        if (e instanceof Expr.In in) {
            Type vt = cx.policy.typeOf(in.value());
            VReg v = cx.reg(cx.exprs.lowerScalar(in.value(), vt));
            for (Expr option : in.options()) {
                Block next = cx.fn.newBlock();
                cx.current.terminator = new Terminator.Branch(Cond.EQ, v, new Imm(cx.constant(option)), t, next);
                cx.current = next;
            }
            cx.current.terminator = new Terminator.Jump(f);
            cx.current = null;
            return;
        }
        VReg v = cx.reg(cx.exprs.lowerScalar(e, Type.BOOL));
        cx.current.terminator = new Terminator.Branch(Cond.NE, v, new Imm(0), t, f);
        cx.current = null;
    }

    void compare(Expr.Binary b, Block t, Block f) {
        Type lt = cx.policy.typeOf(b.left()), rt = cx.policy.typeOf(b.right());
        Type common = lt instanceof Type.Int ? lt : rt instanceof Type.Int ? rt : lt;
        boolean signed = common instanceof Type.Int it && it.signed();
        Operand l = cx.exprs.lowerScalar(b.left(), common);
        Operand r = cx.exprs.lowerScalar(b.right(), common);
        Cond cond = switch (b.op()) {
            case EQ -> Cond.EQ; case NE -> Cond.NE;
            case LT -> signed ? Cond.SLT : Cond.ULT;
            case LE -> signed ? Cond.SLE : Cond.ULE;
            case GT -> signed ? Cond.SGT : Cond.UGT;
            case GE -> signed ? Cond.SGE : Cond.UGE;
            default -> throw new IllegalStateException();
        };
        if (l instanceof Imm && r instanceof VReg) {
            Operand x = l; l = r; r = x;
            cond = cond.swap();
        }
        cx.current.terminator = new Terminator.Branch(cond, cx.reg(l), r, t, f);
        cx.current = null;
    }

    /** Materialises a condition as 0/1. */
    Value boolValue(Expr e) {
        VReg v = cx.fn.newVReg();
        Block t = cx.fn.newBlock(), f = cx.fn.newBlock(), join = cx.fn.newBlock();
        lowerCond(e, t, f);
        cx.current = t;
        cx.emit(new Inst.Const(v, 1));
        cx.jumpTo(join);
        cx.current = f;
        cx.emit(new Inst.Const(v, 0));
        cx.jumpTo(join);
        cx.current = join;
        return new Value.Scalar(v);
    }
}
