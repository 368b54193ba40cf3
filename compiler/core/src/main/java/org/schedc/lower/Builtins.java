package org.schedc.lower;

import java.util.List;
import org.schedc.ast.Ast.Expr;
import org.schedc.ir.Ir;
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

/** Calls of the language's builtins: each becomes the kfunc the checker chose, with its arguments and result normalised. */
final class Builtins {
    private final LowerContext cx;

    Builtins(LowerContext cx) { this.cx = cx; }

    Value lowerCall(Expr.Call call, Type t) {
        Resolution r = cx.policy.resolutions().get(call);
        if (r instanceof Resolution.UserCall uc) return cx.inlining.inline(uc.function(), call);
        if (r instanceof Resolution.KfuncCall kc) return kfuncCall(call, kc);
        Resolution.BuiltinCall bc = (Resolution.BuiltinCall) r;
        List<Expr> args = call.args();
        Ir.Callee.Kfunc kfunc = bc.kfunc() == null ? null : cx.kfunc(bc.kfunc());
        return switch (bc.builtin()) {
            case DEFAULT_CPU -> {
                int slot = cx.fn.newStackObject(8);
                cx.emit(new Inst.StackStore(slot, 8, new Imm(0)));
                VReg idleAddr = cx.fn.newVReg();
                Operand p = cx.exprs.lowerScalar(args.get(0), Type.TASK);
                Operand prev = cx.exprs.lowerScalar(args.get(1), Type.S32);
                Operand flags = cx.exprs.lowerScalar(args.get(2), Type.U64);
                cx.emit(new Inst.StackAddr(idleAddr, slot));
                VReg cpu = cx.fn.newVReg();
                cx.emit(new Inst.Call(cpu, kfunc, List.of(p, prev, flags, idleAddr)));
                VReg idle = cx.fn.newVReg();
                cx.emit(new Inst.StackLoad(idle, slot, 1));
                yield new Value.Pick(cx.normalise(cpu, Type.S32), idle);
            }
            case PICK_IDLE_CPU -> {
                VReg mask = cx.exprs.loadField(args.get(0), cx.generatedField("task_struct", List.of("cpus_ptr"), false));
                VReg cpu = cx.fn.newVReg();
                cx.emit(new Inst.Call(cpu, kfunc, List.of(mask, new Imm(0))));
                yield new Value.Scalar(cx.normalise(cpu, Type.S32));
            }
            case MAY_RUN_ON -> {
                VReg mask = cx.exprs.loadField(args.get(0), cx.generatedField("task_struct", List.of("cpus_ptr"), false));
                VReg cpu = cx.fn.newVReg();
                cx.emit(new Inst.Norm(cpu, cx.reg(cx.exprs.lowerScalar(args.get(1), Type.S32)), 32, false));
                VReg v = cx.fn.newVReg();
                cx.emit(new Inst.Call(v, kfunc, List.of(cpu, mask)));
                yield new Value.Scalar(cx.normalise(v, Type.BOOL));
            }
            case TEST_IDLE_CPU -> {
                VReg v = cx.fn.newVReg();
                cx.emit(new Inst.Call(v, kfunc, List.of(cx.exprs.lowerScalar(args.get(0), Type.S32))));
                yield new Value.Scalar(cx.normalise(v, Type.BOOL));
            }
            case KICK_CPU, PREEMPT_CPU -> {
                Operand flags = bc.builtin() == Builtin.PREEMPT_CPU ? cx.enumConst("SCX_KICK_PREEMPT") : new Imm(0);
                cx.emit(new Inst.Call(null, kfunc, List.of(cx.exprs.lowerScalar(args.get(0), Type.S32), flags)));
                yield new Value.None();
            }
            case TASK_CPU -> {
                VReg v = cx.fn.newVReg();
                cx.emit(new Inst.Call(v, kfunc, List.of(cx.exprs.lowerScalar(args.get(0), Type.TASK))));
                yield new Value.Scalar(cx.normalise(v, Type.S32));
            }
            case NOW -> {
                VReg v = cx.fn.newVReg();
                cx.emit(new Inst.Call(v, kfunc, List.of()));
                yield new Value.Scalar(v);
            }
            case NR_CPUS -> {
                VReg v = cx.fn.newVReg();
                cx.emit(new Inst.Call(v, kfunc, List.of()));
                yield new Value.Scalar(cx.normalise(v, Type.U32));
            }
            case QUEUED -> {
                VReg v = cx.fn.newVReg();
                cx.emit(new Inst.Call(v, kfunc, List.of(new Imm(((Resolution.QueueRef) cx.policy.resolutions().get(args.get(0))).q().id()))));
                yield new Value.Scalar(cx.normalise(v, Type.S32));
            }
            case ERROR -> {
                int fmt = cx.data.string(((Expr.StringLit) args.get(0)).value());
                VReg fmtAddr = cx.fn.newVReg();
                cx.emit(new Inst.GlobalAddr(fmtAddr, ".data", cx.data.stringsOffset() + fmt));
                // bstr formatting wants an argument array: one zeroed u64 is enough for a message without '%'.
                int slot = cx.fn.newStackObject(8);
                cx.emit(new Inst.StackStore(slot, 8, new Imm(0)));
                VReg data = cx.fn.newVReg();
                cx.emit(new Inst.StackAddr(data, slot));
                cx.emit(new Inst.Call(null, kfunc, List.of(fmtAddr, data, new Imm(8))));
                yield new Value.None();
            }
            case MIN, MAX -> {
                Operand a = cx.exprs.lowerScalar(args.get(0), t), b = cx.exprs.lowerScalar(args.get(1), t);
                boolean signed = t instanceof Type.Int it && it.signed();
                VReg dst = cx.fn.newVReg();
                if (a instanceof VReg av) cx.emit(new Inst.Mov(dst, av)); else cx.emit(new Inst.Const(dst, ((Imm) a).value()));
                Block take = cx.fn.newBlock(), join = cx.fn.newBlock();
                // min: if b < dst then dst = b; max: if b > dst then dst = b.
                Cond cond = bc.builtin() == Builtin.MIN ? (signed ? Cond.SGT : Cond.UGT) : (signed ? Cond.SLT : Cond.ULT);
                cx.current.terminator = new Terminator.Branch(cond, dst, b, take, join);
                cx.current = take;
                if (b instanceof VReg bv) cx.emit(new Inst.Mov(dst, bv)); else cx.emit(new Inst.Const(dst, ((Imm) b).value()));
                cx.jumpTo(join);
                cx.current = join;
                yield new Value.Scalar(dst);
            }
            case STARTS_WITH -> cx.conds.boolValue(call);
            case CPU_STATE -> throw new IllegalStateException("cpu_state() is only used through its fields");
            case ATOMIC_ADD, ATOMIC_FETCH_ADD, COMPARE_AND_SWAP -> cx.state.atomic(call, bc.builtin());
            case INSERT, INSERT_VTIME, MOVE_TO_LOCAL, CREATE_QUEUE -> throw new IllegalStateException();
        };
    }

    /** {@code kfunc.NAME(args)}: arguments in the prototype's types, the result normalised to its type (BPF leaves upper bits undefined). */
    private Value kfuncCall(Expr.Call call, Resolution.KfuncCall kc) {
        List<Operand> args = new java.util.ArrayList<>();
        for (int i = 0; i < call.args().size(); i++) args.add(cx.exprs.lowerScalar(call.args().get(i), kc.params().get(i)));
        if (kc.result() instanceof Type.Void) {
            cx.emit(new Inst.Call(null, cx.kfunc(kc.kfunc()), args));
            return new Value.None();
        }
        VReg v = cx.fn.newVReg();
        cx.emit(new Inst.Call(v, cx.kfunc(kc.kfunc()), args));
        return new Value.Scalar(cx.normalise(v, kc.result()));
    }
}
