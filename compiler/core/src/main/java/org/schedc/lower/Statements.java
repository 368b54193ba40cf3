package org.schedc.lower;

import java.util.ArrayList;
import java.util.List;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Stmt;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Cond;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;
import org.schedc.sema.Symbols.Local;
import org.schedc.sema.Symbols.Resolution;
import org.schedc.sema.Type;

/** Statements: lets, assignments, if/match/for, return, insert, and the queue ids they name. */
final class Statements {
    private final LowerContext cx;

    Statements(LowerContext cx) { this.cx = cx; }

    void lowerBlock(Ast.Block b) {
        for (Stmt s : b.stmts()) {
            if (cx.current == null) return; // the rest is unreachable
            lowerStmt(s);
        }
    }

    void lowerStmt(Stmt s) {
        cx.line(s.span());
        switch (s) {
            case Stmt.Let let -> {
                Local l = cx.policy.declaredLocals().get(let);
                Value v = cx.exprs.lowerValue(let.init(), l.type);
                if (l.mutable && v instanceof Value.Scalar sc) {
                    // A mutable local needs its own register: it may be reassigned while the source lives on.
                    VReg copy = cx.fn.newVReg();
                    if (sc.op() instanceof VReg src) cx.emit(new Inst.Mov(copy, src));
                    else cx.emit(new Inst.Const(copy, ((Imm) sc.op()).value()));
                    v = new Value.Scalar(copy);
                }
                cx.locals.put(l, v);
            }
            case Stmt.Assign a -> lowerAssign(a);
            case Stmt.If iff -> {
                Block then = cx.fn.newBlock(), join = cx.fn.newBlock();
                Block otherwise = iff.otherwise() == null ? join : cx.fn.newBlock();
                cx.conds.lowerCond(iff.condition(), then, otherwise);
                cx.current = then;
                lowerBlock(iff.then());
                cx.jumpTo(join);
                if (iff.otherwise() != null) {
                    cx.current = otherwise;
                    lowerBlock(iff.otherwise());
                    cx.jumpTo(join);
                }
                cx.current = join;
                cx.lastLine = -1;
            }
            case Stmt.Match m -> lowerMatch(m);
            case Stmt.For f -> lowerFor(f);
            case Stmt.Return r -> lowerReturn(r);
            case Stmt.Insert ins -> lowerInsert(ins);
            case Stmt.ExprStmt es -> cx.exprs.lowerValue(es.expr(), null);
            case Stmt.Break b -> {
                cx.current.terminator = new Terminator.Jump(cx.loops.peek()[1]);
                cx.current = null;
            }
            case Stmt.Continue c -> {
                cx.current.terminator = new Terminator.Jump(cx.loops.peek()[0]);
                cx.current = null;
            }
            case Stmt.Invalid inv -> throw new IllegalStateException("invalid statement reached lowering");
        }
    }


    void lowerAssign(Stmt.Assign a) {
        Resolution r = cx.policy.resolutions().get(a.target());
        Type t = cx.policy.typeOf(a.target());
        if (t instanceof Type.Chars chars) {
            cx.bytes.copyBytes(cx.bytes.byteStore(a.target()), cx.bytes.byteStore(a.value()), chars.length());
            return;
        }
        if (r instanceof Resolution.CounterRef cr) {
            cx.state.bumpCounter(cr.counter().name(), a.op(), cx.exprs.lowerScalar(a.value(), Type.U64));
            return;
        }
        if (r instanceof Resolution.StateAccess sa) {
            cx.state.assignState(a, sa, t);
            return;
        }
        Operand value;
        if (a.op() != null) {
            Operand old = cx.exprs.lowerScalar(a.target(), t);
            Operand rhs = cx.exprs.lowerScalar(a.value(), t);
            value = cx.exprs.arith(a.op(), old, rhs, t);
        } else value = cx.exprs.lowerScalar(a.value(), t);
        switch (r) {
            case Resolution.LocalRef lr -> {
                Value cur = cx.locals.get(lr.local());
                VReg dst = ((Value.Scalar) cur).op() instanceof VReg v ? v : cx.fn.newVReg();
                if (value instanceof VReg src) cx.emit(new Inst.Mov(dst, src));
                else cx.emit(new Inst.Const(dst, ((Imm) value).value()));
                cx.locals.put(lr.local(), new Value.Scalar(dst));
            }
            case Resolution.GlobalRef g -> {
                VReg addr = cx.fn.newVReg();
                cx.emit(new Inst.GlobalAddr(addr, g.g().section(), g.g().offset()));
                cx.emit(new Inst.Store(addr, 0, g.g().size(), value));
            }
            case Resolution.FieldAccess fa when cx.policy.assignKfuncs().containsKey(a) -> {
                Operand task = cx.exprs.lowerScalar(fa.base(), null);
                cx.emit(new Inst.Call(null, cx.kfunc(cx.policy.assignKfuncs().get(a)), List.of(task, value)));
            }
            case Resolution.FieldAccess fa -> {
                VReg base = cx.reg(cx.exprs.lowerScalar(fa.base(), null));
                LowerContext.FieldLayout layout = cx.field(a.target());
                cx.emit(new Inst.StoreField(base, layout.ref(), layout.offset(), layout.size(), value));
            }
            default -> throw new IllegalStateException("checker let through assignment to " + r);
        }
    }

    void lowerMatch(Stmt.Match m) {
        Type t = cx.policy.typeOf(m.scrutinee());
        VReg v = cx.reg(cx.exprs.lowerScalar(m.scrutinee(), t));
        Block join = cx.fn.newBlock();
        Block fallback = join;
        for (Ast.MatchArm arm : m.arms()) {
            Block body = cx.fn.newBlock();
            boolean wildcard = false;
            for (Ast.Pattern p : arm.patterns()) {
                switch (p) {
                    case Ast.Pattern.Wildcard w -> wildcard = true;
                    case Ast.Pattern.Value pv -> {
                        long c = cx.constant(pv.value());
                        Block next = cx.fn.newBlock();
                        cx.current.terminator = new Terminator.Branch(Cond.EQ, v, new Imm(c), body, next);
                        cx.current = next;
                    }
                }
            }
            Block saved = cx.current;
            cx.current = body;
            lowerBlock(arm.body());
            cx.jumpTo(join);
            cx.current = saved;
            if (wildcard) fallback = body;
        }
        cx.current.terminator = new Terminator.Jump(fallback);
        cx.current = join;
        cx.lastLine = -1;
    }

    void lowerFor(Stmt.For f) {
        Local l = cx.policy.declaredLocals().get(f);
        VReg i = cx.fn.newVReg();
        Operand from = cx.exprs.lowerScalar(f.from(), l.type);
        if (from instanceof VReg src) cx.emit(new Inst.Mov(i, src)); else cx.emit(new Inst.Const(i, ((Imm) from).value()));
        long end = cx.constant(f.to());
        Block header = cx.fn.newBlock(), body = cx.fn.newBlock(), step = cx.fn.newBlock(), exit = cx.fn.newBlock();
        cx.current.terminator = new Terminator.Jump(header);
        boolean signed = l.type instanceof Type.Int it && it.signed();
        header.terminator = new Terminator.Branch(signed ? Cond.SLT : Cond.ULT, i, new Imm(end), body, exit);
        cx.current = body;
        cx.locals.put(l, new Value.Scalar(i));
        cx.loops.push(new Block[] {step, exit});
        lowerBlock(f.body());
        cx.loops.pop();
        cx.jumpTo(step);
        cx.current = step;
        VReg next = cx.fn.newVReg();
        cx.emit(new Inst.Alu(Ir.AluOp.ADD, next, i, new Imm(1)));
        cx.emit(new Inst.Mov(i, cx.normalise(next, l.type)));
        cx.current.terminator = new Terminator.Jump(header);
        cx.current = exit;
        cx.lastLine = -1;
    }

    void lowerReturn(Stmt.Return r) {
        if (!cx.inlines.isEmpty()) {
            Inlining.Inline in = cx.inlines.peek();
            if (in.ifTrue() != null) {
                cx.conds.lowerCond(r.value(), in.ifTrue(), in.ifFalse());
                return;
            }
            if (r.value() != null) {
                Operand v = cx.exprs.lowerScalar(r.value(), cx.policy.typeOf(r.value()));
                if (v instanceof VReg src) cx.emit(new Inst.Mov(in.result(), src)); else cx.emit(new Inst.Const(in.result(), ((Imm) v).value()));
            }
            cx.current.terminator = new Terminator.Jump(in.exit());
            cx.current = null;
            return;
        }
        boolean returnsValue = !(cx.handlerReturnType instanceof Type.Void);
        Operand v = r.value() == null ? (returnsValue ? new Imm(0) : null) : cx.exprs.lowerScalar(r.value(), cx.handlerReturnType);
        cx.current.terminator = new Terminator.Return(v);
        cx.current = null;
    }

    void lowerInsert(Stmt.Insert ins) {
        Operand task = cx.exprs.lowerScalar(ins.task(), Type.TASK);
        Operand dsq = queueId(ins.queue());
        Operand slice = cx.exprs.lowerScalar(ins.slice(), Type.U64);
        Operand flags = ins.flags() != null ? cx.exprs.lowerScalar(ins.flags(), Type.U64)
                : cx.enqFlags != null ? ((Value.Scalar) cx.exprs.materialise(cx.enqFlags)).op() : new Imm(0);
        List<Operand> args = new ArrayList<>(List.of(task, dsq, slice));
        if (ins.vtime() != null) args.add(cx.exprs.lowerScalar(ins.vtime(), Type.U64));
        args.add(flags);
        cx.emit(new Inst.Call(null, cx.kfunc(cx.policy.insertKfuncs().get(ins)), args));
        cx.state.bumpCounter(switch (ins.queue()) {
            case Ast.QueueRef.Named n -> "inserted_" + n.name().name();
            case Ast.QueueRef.Global g -> "inserted_global";
            case Ast.QueueRef.Local l -> "dispatched_local";
            case Ast.QueueRef.LocalOn lo -> "dispatched_local";
        }, Ast.BinaryOp.ADD, new Imm(1));
    }

    Operand queueId(Ast.QueueRef q) {
        return switch (q) {
            case Ast.QueueRef.Local l -> cx.enumConst("SCX_DSQ_LOCAL");
            case Ast.QueueRef.Global g -> cx.enumConst("SCX_DSQ_GLOBAL");
            case Ast.QueueRef.LocalOn lo -> {
                VReg cpu = cx.reg(cx.exprs.lowerScalar(lo.cpu(), Type.S32));
                VReg masked = cx.fn.newVReg();
                cx.emit(new Inst.Norm(masked, cpu, 32, false));
                VReg id = cx.fn.newVReg();
                cx.emit(new Inst.Alu(Ir.AluOp.OR, id, masked, cx.enumConst("SCX_DSQ_LOCAL_ON")));
                yield id;
            }
            case Ast.QueueRef.Named n -> new Imm(((Resolution.QueueRef) cx.policy.resolutions().get(n)).q().id());
        };
    }
}
