package org.schedc.lower;

import java.util.List;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Stmt;
import org.schedc.bpf.asm.Helpers;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.VReg;
import org.schedc.ast.Ast.Expr;
import org.schedc.sema.Builtin;
import org.schedc.sema.Symbols;
import org.schedc.sema.Symbols.Resolution;
import org.schedc.sema.Type;

/** Policy state and counters: lookups in the task/CPU state maps and the per-CPU stats map, each behind a null check. */
final class StateMaps {
    private final LowerContext cx;

    StateMaps(LowerContext cx) { this.cx = cx; }

    /** The address of one of the policy's maps (an ld_imm64 relocated against the map symbol). */
    VReg mapAddress(String map) {
        VReg addr = cx.fn.newVReg();
        cx.emit(new Inst.GlobalAddr(addr, map, 0));
        return addr;
    }

    /** A pointer to entry 0 of a per-CPU array map on this CPU (null only if the lookup fails). */
    VReg thisCpuEntry(String map) {
        int key = cx.fn.newStackObject(4);
        cx.emit(new Inst.StackStore(key, 4, new Imm(0)));
        VReg keyAddr = cx.fn.newVReg();
        cx.emit(new Inst.StackAddr(keyAddr, key));
        VReg ptr = cx.fn.newVReg();
        cx.emit(new Inst.Call(ptr, new Ir.Callee.Helper(Helpers.MAP_LOOKUP_ELEM), List.of(mapAddress(map), keyAddr)));
        return ptr;
    }

    /** The state block a state access reaches; may be null, callers guard with {@link #ifNonZero}. */
    VReg statePointer(Resolution.StateAccess sa) {
        return switch (sa.owner()) {
            case TASK -> {
                Operand task = cx.exprs.lowerScalar(sa.base(), Type.TASK);
                VReg ptr = cx.fn.newVReg();
                // Created on first use, so a task's state always exists for the author.
                cx.emit(new Inst.Call(ptr, new Ir.Callee.Helper(Helpers.TASK_STORAGE_GET),
                        List.of(mapAddress(RuntimeMaps.taskState(cx.policy.name())), task, new Imm(0), new Imm(LOCAL_STORAGE_GET_F_CREATE))));
                yield ptr;
            }
            case CPU -> {
                if (sa.base() == null) yield thisCpuEntry(RuntimeMaps.cpuState(cx.policy.name()));
                Operand cpu = cx.exprs.lowerScalar(sa.base(), Type.S32);
                int key = cx.fn.newStackObject(4);
                cx.emit(new Inst.StackStore(key, 4, new Imm(0)));
                VReg keyAddr = cx.fn.newVReg();
                cx.emit(new Inst.StackAddr(keyAddr, key));
                VReg ptr = cx.fn.newVReg();
                // Out-of-range CPUs give null, so the read gives 0.
                cx.emit(new Inst.Call(ptr, new Ir.Callee.Helper(MAP_LOOKUP_PERCPU_ELEM), List.of(mapAddress(RuntimeMaps.cpuState(cx.policy.name())), keyAddr, cpu)));
                yield ptr;
            }
        };
    }

    private static final int MAP_LOOKUP_PERCPU_ELEM = 195;
    static final long LOCAL_STORAGE_GET_F_CREATE = 1;

    VReg loadState(Resolution.StateAccess sa, Type t) {
        VReg result = cx.fn.newVReg();
        cx.emit(new Inst.Const(result, 0));
        VReg ptr = statePointer(sa);
        cx.ifNonZero(ptr, () -> {
            VReg v = cx.fn.newVReg();
            cx.emit(new Inst.Load(v, ptr, sa.field().offset(), sa.field().size()));
            cx.emit(new Inst.Mov(result, t instanceof Type.Int it && it.signed() ? cx.normalise(v, t) : v));
        });
        return result;
    }

    void assignState(Stmt.Assign a, Resolution.StateAccess sa, Type t) {
        Operand rhs = cx.exprs.lowerScalar(a.value(), t);
        VReg ptr = statePointer(sa);
        cx.ifNonZero(ptr, () -> {
            Operand value = rhs;
            if (a.op() != null) {
                VReg old = cx.fn.newVReg();
                cx.emit(new Inst.Load(old, ptr, sa.field().offset(), sa.field().size()));
                value = cx.exprs.arith(a.op(), t instanceof Type.Int it && it.signed() ? cx.normalise(old, t) : old, rhs, t);
            }
            cx.emit(new Inst.Store(ptr, sa.field().offset(), sa.field().size(), value));
        });
    }

    /**
     * {@code atomic_add(target, v)}, {@code atomic_fetch_add(target, v)}, {@code compare_and_swap(target, e, n)} on a
     * global (its address is a map value, never null) or a state field (behind the state lookup's null check: no state,
     * no update, and the fetching forms give 0).
     */
    Value atomic(Expr.Call call, Builtin builtin) {
        Expr target = call.args().getFirst();
        Type t = cx.policy.typeOf(target);
        List<Operand> operands = call.args().subList(1, call.args().size()).stream().map(a -> cx.exprs.lowerScalar(a, t)).toList();
        VReg base;
        int size = Symbols.sizeOf(t);
        org.schedc.bpf.asm.AtomicOp kind = switch (builtin) {
            case ATOMIC_ADD -> org.schedc.bpf.asm.AtomicOp.ADD;
            case ATOMIC_FETCH_ADD -> org.schedc.bpf.asm.AtomicOp.FETCH_ADD;
            case COMPARE_AND_SWAP -> org.schedc.bpf.asm.AtomicOp.CMPXCHG;
            default -> throw new IllegalStateException("not an atomic: " + builtin);
        };
        VReg old = builtin == Builtin.ATOMIC_ADD ? null : cx.fn.newVReg();
        switch (cx.policy.resolutions().get(target)) {
            case Resolution.GlobalRef g -> {
                base = cx.fn.newVReg();
                cx.emit(new Inst.GlobalAddr(base, g.g().section(), g.g().offset()));
                emitAtomic(new Ir.Callee.Atomic(kind, size, 0), base, operands, old);
            }
            case Resolution.StateAccess sa -> {
                if (old != null) cx.emit(new Inst.Const(old, 0));
                VReg ptr = statePointer(sa);
                cx.ifNonZero(ptr, () -> emitAtomic(new Ir.Callee.Atomic(kind, size, sa.field().offset()), ptr, operands, old));
            }
            case null, default -> throw new IllegalStateException("checker let through an atomic on " + target.span());
        }
        if (old == null) return new Value.None();
        // 32-bit atomics zero-extend the old value; an s32 needs its sign back.
        return new Value.Scalar(t instanceof Type.Int it && it.signed() && size < 8 ? cx.normalise(old, t) : old);
    }

    private void emitAtomic(Ir.Callee.Atomic op, VReg base, List<Operand> operands, VReg old) {
        List<Operand> args = new java.util.ArrayList<>();
        args.add(base);
        args.addAll(operands);
        if (old == null) {
            cx.emit(new Inst.Call(null, op, args));
            return;
        }
        VReg got = cx.fn.newVReg();
        cx.emit(new Inst.Call(got, op, args));
        cx.emit(new Inst.Mov(old, got));
    }

    /** {@code counter += n}: a per-CPU stats member, so a plain load-add-store is race-free. */
    void bumpCounter(String name, Ast.BinaryOp op, Operand amount) {
        int offset = cx.policy.counter(name).orElseThrow(() -> new IllegalStateException("no stats member " + name)).offset();
        VReg ptr = thisCpuEntry(RuntimeMaps.stats(cx.policy.name()));
        cx.ifNonZero(ptr, () -> {
            VReg old = cx.fn.newVReg(), sum = cx.fn.newVReg();
            cx.emit(new Inst.Load(old, ptr, offset, 8));
            cx.emit(new Inst.Alu(op == Ast.BinaryOp.SUB ? Ir.AluOp.SUB : Ir.AluOp.ADD, sum, old, amount));
            cx.emit(new Inst.Store(ptr, offset, 8, sum));
        });
    }
}
