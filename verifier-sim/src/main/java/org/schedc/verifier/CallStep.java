package org.schedc.verifier;

import org.schedc.bpf.link.*;
import org.schedc.kabi.KfuncFlags;
import java.util.List;
import org.schedc.bpf.asm.Helpers;
import org.schedc.bpf.insn.Insn;

/** Helper and kfunc calls: argument checks, reference tracking, return values, and the caller-saved clobber. */
final class CallStep {
    /** libbpf rewrites a call to a missing weak kfunc into this helper id (POISON_CALL_KFUNC_BASE). */
    static final int POISONED_KFUNC = 2002000000;
    private static final int MAX_HELPER_ID = 211;

    private final VerifierContext ctx;
    private final MemoryStep memory;
    private final MoreHelpers more;
    private final IterStep iters;

    CallStep(VerifierContext ctx, MemoryStep memory) {
        this.ctx = ctx;
        this.memory = memory;
        this.more = new MoreHelpers(ctx, this);
        this.iters = new IterStep(ctx);
    }

    void helper(State st, Insn insn, int pc) {
        int id = insn.imm();
        Value r0 = switch (id) {
            case Helpers.MAP_LOOKUP_ELEM -> {
                MapRef map = plainMap(st, "bpf_map_lookup_elem", id, pc);
                checkMem(st, 2, map.keySize(), pc, Rule.BAD_HELPER_ARG);
                boolean knownHit = map.kind() == MapRef.Kind.ARRAY && constKey(st, map) instanceof Long k
                        && Long.compareUnsigned(k, map.maxEntries()) < 0;
                yield new Value.MapValuePtr(map, Scalar.constant(0), !knownHit, knownHit ? 0 : ctx.newId());
            }
            case Helpers.MAP_LOOKUP_PERCPU_ELEM -> {
                // Another CPU's copy of a per-CPU map value: null when the key or the CPU is out of range.
                MapRef map = mapArg(st, 1, pc);
                if (map.type() != 6 && map.type() != 5 && map.type() != 10) {
                    throw VerifierContext.reject(map.kind() == MapRef.Kind.OTHER ? Rule.NOT_MODELLED : Rule.BAD_HELPER_ARG, pc,
                            "cannot pass map_type " + map.type() + " into func bpf_map_lookup_percpu_elem#" + id);
                }
                checkMem(st, 2, map.keySize(), pc, Rule.BAD_HELPER_ARG);
                if (!(VerifierContext.use(st, 3, pc) instanceof Value.ScalarValue)) {
                    throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "R3 type=pointer expected=scalar");
                }
                yield new Value.MapValuePtr(map, Scalar.constant(0), true, ctx.newId());
            }
            case Helpers.MAP_UPDATE_ELEM -> {
                MapRef map = plainMap(st, "bpf_map_update_elem", id, pc);
                checkMem(st, 2, map.keySize(), pc, Rule.BAD_HELPER_ARG);
                checkMem(st, 3, map.valueSize(), pc, Rule.BAD_HELPER_ARG);
                VerifierContext.use(st, 4, pc);
                yield Value.unknown();
            }
            case Helpers.MAP_DELETE_ELEM -> {
                MapRef map = plainMap(st, "bpf_map_delete_elem", id, pc);
                checkMem(st, 2, map.keySize(), pc, Rule.BAD_HELPER_ARG);
                yield Value.unknown();
            }
            case Helpers.KTIME_GET_NS -> Value.unknown();
            case Helpers.GET_SMP_PROCESSOR_ID -> Value.scalar(Scalar.unknownOfSize(4));
            case Helpers.TASK_STORAGE_GET -> {
                MapRef map = mapArg(st, 1, pc);
                MoreHelpers.requireKind(map, MapRef.Kind.TASK_STORAGE, "bpf_task_storage_get", id, pc);
                taskArg(st, 2, pc);
                Value init = VerifierContext.use(st, 3, pc);
                if (!(init instanceof Value.ScalarValue s && s.s().isConst() && s.s().constValue() == 0)) checkMem(st, 3, map.valueSize(), pc, Rule.BAD_HELPER_ARG);
                VerifierContext.use(st, 4, pc);
                yield new Value.MapValuePtr(map, Scalar.constant(0), true, ctx.newId());
            }
            case Helpers.TASK_STORAGE_DELETE -> {
                MoreHelpers.requireKind(mapArg(st, 1, pc), MapRef.Kind.TASK_STORAGE, "bpf_task_storage_delete", id, pc);
                taskArg(st, 2, pc);
                yield Value.unknown();
            }
            case CoreRelocator.POISON_HELPER -> throw VerifierContext.reject(Rule.CORE_RELO, pc, "invalid func unknown#" + id);
            case POISONED_KFUNC -> throw VerifierContext.reject(Rule.KFUNC_UNRESOLVED, pc, "invalid func unknown#" + id);
            case MoreHelpers.KPTR_XCHG -> more.kptrXchg(st, pc);
            case StructOpsHelpers.GET_CURRENT_TASK_BTF -> new Value.BtfPtr(ctx.kernel.taskStructId(), "task_struct", Scalar.constant(0), Value.Trust.TRUSTED, false, 0, 0);
            default -> {
                if (id <= 0 || id > MAX_HELPER_ID) throw VerifierContext.reject(Rule.BAD_INSN, pc, "invalid func unknown#" + id);
                if (!StructOpsHelpers.allowed(id)) {
                    throw VerifierContext.reject(Rule.BAD_HELPER, pc, "program of this type cannot use helper " + StructOpsHelpers.name(id) + "#" + id);
                }
                yield more.call(st, id, StructOpsHelpers.name(id), pc);
            }
        };
        clobber(st);
        st.setReg(0, r0);
    }

    /** A map for the generic lookup/update/delete helpers: arrays and hashes (and global data, an array). */
    private static MapRef plainMap(State st, String name, int id, int pc) {
        MapRef map = mapArg(st, 1, pc);
        switch (map.kind()) {
            case ARRAY, HASH, GLOBAL_DATA -> { }
            case TASK_STORAGE, CGRP_STORAGE, QUEUE_STACK, OTHER -> MoreHelpers.requireKind(map, MapRef.Kind.HASH, name, id, pc);
        }
        return map;
    }

    private static Long constKey(State st, MapRef map) {
        if (!(st.reg(2) instanceof Value.StackPtr p) || !p.off().isConst() || map.keySize() <= 0 || map.keySize() > 8) return null;
        long at = p.off().constValue();
        if (at < -512 || at + map.keySize() > 0) return null;
        StackSlot slot = st.frames.get(p.frame()).stack[Frame.slotOf(at)];
        int first = (int) Math.floorMod(at, 8L);
        if (slot instanceof StackSlot.Spill sp && first == 0 && sp.value() instanceof Value.ScalarValue s && s.s().isConst()) {
            return AluStep.truncate(s.s().constValue(), map.keySize());
        }
        if (first + map.keySize() > 8) return null;
        StackSlot.Bytes b = slot.asBytes();
        for (int i = 0; i < map.keySize(); i++) if (b.kind(first + i) != StackSlot.ZERO) return null;
        return 0L;
    }

    static MapRef mapArg(State st, int reg, int pc) {
        Value v = VerifierContext.use(st, reg, pc);
        if (v instanceof Value.MapPtr m) return m.map();
        throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "R" + reg + " type=" + v.typeName() + " expected=map_ptr");
    }

    private static void taskArg(State st, int reg, int pc) {
        Value v = VerifierContext.use(st, reg, pc);
        // ARG_PTR_TO_BTF_ID_OR_NULL: trusted, RCU or flagless pointers, never PTR_UNTRUSTED
        if (v instanceof Value.BtfPtr p && p.structName().equals("task_struct") && (p.trust() != Value.Trust.UNTRUSTED || p.refId() != 0)) return;
        if (v instanceof Value.ScalarValue s && s.s().isConst() && s.s().constValue() == 0) return;
        throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "R" + reg + " type=" + v.typeName() + " expected=ptr_task_struct");
    }

    /** A pointer argument to {@code size} bytes of stack, map value or memory. */
    void checkMem(State st, int reg, long size, int pc, Rule rule) {
        checkMem(st, reg, size, false, pc, rule);
    }

    /** As above; {@code written}: the callee may store into the memory (stack bytes there become unknown). */
    void checkMem(State st, int reg, long size, boolean written, int pc, Rule rule) {
        Value v = VerifierContext.use(st, reg, pc);
        if (v.maybeNull()) throw VerifierContext.reject(rule, pc, "R" + reg + " type=" + v.typeName() + " expected=fp, map_value, mem");
        switch (v) {
            case Value.StackPtr p -> {
                memory.stackRange(st, p, reg, size, written, pc);
                return;
            }
            case Value.MapValuePtr p -> {
                if (!p.map().kptrs().isEmpty() && p.map().kptrAt(p.off().smin(), p.off().smax() + Math.max(size, 1)) != null) {
                    throw VerifierContext.reject(rule, pc, "kptr cannot be accessed indirectly by helper");
                }
                if (written && p.map().readOnly()) throw VerifierContext.reject(rule, pc, "R" + reg + " cannot write into read-only map value");
            }
            case Value.MemPtr p -> {
                if (written && p.readOnly()) throw VerifierContext.reject(rule, pc, "R" + reg + " cannot write into " + p.typeName());
            }
            case Value.NotInit n -> throw VerifierContext.reject(rule, pc, "R" + reg + " !read_ok");
            case Value.ScalarValue s -> throw VerifierContext.reject(rule, pc, "R" + reg + " type=scalar expected=fp, map_value, mem");
            case Value.CtxPtr p -> throw VerifierContext.reject(rule, pc, "R" + reg + " type=ctx expected=fp, map_value, mem");
            case Value.MapPtr p -> throw VerifierContext.reject(rule, pc, "R" + reg + " type=map_ptr expected=fp, map_value, mem");
            case Value.BtfPtr p -> throw VerifierContext.reject(rule, pc, "R" + reg + " type=" + v.typeName() + " expected=fp, map_value, mem");
        }
        if (size <= 0) return;
        // Bounds of map values and memory through the memory model: first and last byte cover a constant range;
        // a variable offset is checked by the model against its whole range on each access.
        memory.read(st, v, reg, 0, 1, false, pc);
        if (size > 1) memory.read(st, v, reg, (int) Math.min(size - 1, Integer.MAX_VALUE), 1, false, pc);
    }

    /** A kfunc call; returns a second state to explore (the active side of an iterator's next), or null. */
    State kfunc(State st, SlotReloc.CallKfunc call, int pc) {
        var kf = ctx.kernel.kfunc(call.name());
        if (kf.isEmpty()) {
            throw VerifierContext.reject(Rule.KFUNC_UNRESOLVED, pc, "kfunc '" + call.name() + "' is referenced but wasn't resolved");
        }
        KernelModel.Kfunc k = kf.get();
        if (!ModelledKfuncs.modelled(k.name(), ctx.rules)) {
            throw VerifierContext.reject(Rule.NOT_MODELLED, pc, "not modelled: kfunc " + k.name()
                    + " (verifier-sim refuses kfuncs whose argument kinds and flags it does not know rather than guess)");
        }
        if (rcuSection(st, k.name(), pc)) return null;
        if (IterStep.isIterKfunc(k.name())) return iters.call(st, k.name(), pc);
        String cb = ctx.prog.callback();
        if (!ctx.rules.allows(call.name(), cb, ctx.prog.sleepable()) || !ctx.rules.allows(k.name(), cb, ctx.prog.sleepable())) {
            throw VerifierContext.reject(Rule.KFUNC_NOT_ALLOWED, pc, "calling kernel function " + k.name() + " is not allowed");
        }
        KfuncFlags flags = KfuncFlags.of(k.name());
        int released = 0;
        List<ArgType> params = k.params();
        if (params.size() > 5) throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "kernel function " + k.name() + " has more than 5 arguments");
        for (int i = 0; i < params.size(); i++) {
            int reg = i + 1;
            String pname = k.paramNames().get(i);
            if (pname.endsWith("__ign")) continue;
            Value v = st.reg(reg);
            if (v instanceof Value.NotInit) {
                // the kernel's kfunc argument check reports the type, not the read
                throw VerifierContext.reject(Rule.UNINIT_REG, pc, params.get(i) instanceof ArgType.ScalarArg ? "R" + reg + " is not a scalar" : "R" + reg + " !read_ok");
            }
            boolean nullable = pname.endsWith("__nullable") || pname.endsWith("__opt");
            switch (params.get(i)) {
                case ArgType.ScalarArg s -> {
                    if (!(v instanceof Value.ScalarValue sv)) {
                        if (isSizeParam(pname)) continue; // checked with its buffer
                        throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "R" + reg + " is not a scalar");
                    }
                    if (pname.endsWith("__k") && !sv.s().isConst()) throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "R" + reg + " must be a known constant");
                }
                case ArgType.StructPtr sp -> {
                    if (isNullConst(v) && nullable) continue;
                    if (isNullConst(v)) throw VerifierContext.reject(Rule.NULL_DEREF, pc, "Possibly NULL pointer passed to trusted R" + reg);
                    if ((v instanceof Value.StackPtr || v instanceof Value.MapValuePtr || v instanceof Value.MemPtr) && ctx.kernel.isScalarStruct(sp.btfId())) {
                        // KF_ARG_PTR_TO_MEM: a struct of scalars (scx_bpf_dsq_insert_vtime's args) is plain memory of its size
                        checkMem(st, reg, ctx.kernel.sizeOf(sp.btfId()), v instanceof Value.StackPtr, pc, Rule.BAD_KFUNC_ARG);
                        continue;
                    }
                    if (v instanceof Value.ScalarValue) {
                        throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "R" + reg + " pointer type STRUCT " + sp.name() + " must point to scalar, or struct with scalar");
                    }
                    if (!(v instanceof Value.BtfPtr p)) {
                        throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "R" + reg + " type=" + v.typeName() + " expected=trusted_ptr_" + sp.name()
                                + " (arg#" + i + " of " + k.name() + ")");
                    }
                    if (p.maybeNull() && !nullable) throw VerifierContext.reject(Rule.NULL_DEREF, pc, "Possibly NULL pointer passed to trusted R" + reg);
                    if ((p.trust() == Value.Trust.UNTRUSTED || p.trust() == Value.Trust.PLAIN) && p.refId() == 0) throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "R" + reg + " must be referenced or trusted");
                    if (!p.off().isConst() || p.off().constValue() != 0) {
                        throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "R" + reg + " must have zero offset when passed to release func or trusted arg to kfunc");
                    }
                    if (!ctx.kernel.compatible(p.btfId(), sp.btfId())) {
                        throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "kernel function " + k.name() + " args#" + i + " expected pointer to STRUCT "
                                + sp.name() + " but R" + reg + " has a pointer to STRUCT " + p.structName());
                    }
                    if (flags == KfuncFlags.RELEASE && released == 0) released = releaseArg(st, p, k.name(), reg, pc);
                }
                case ArgType.MemPtr m -> {
                    if (isNullConst(v) && nullable) continue;
                    long size = m.pointeeSize();
                    if (i + 1 < params.size() && isSizeParam(k.paramNames().get(i + 1))) {
                        Value sz = VerifierContext.use(st, reg + 1, pc);
                        if (!(sz instanceof Value.ScalarValue s)) throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "R" + (reg + 1) + " is not a scalar");
                        if (Long.compareUnsigned(s.s().umax(), 1L << 29) > 0) {
                            throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "R" + (reg + 1) + " unbounded memory access, use 'var &= const' or 'if (var < const)'");
                        }
                        size = s.s().umax();
                    }
                    if (v instanceof Value.BtfPtr && size == 0) continue;
                    if (m.pointeeSize() == 0 && !(v instanceof Value.StackPtr || v instanceof Value.MapValuePtr || v instanceof Value.MemPtr)) continue;
                    // the kfunc may write through the pointer (e.g. bool *is_idle): those stack bytes become unknown
                    checkMem(st, reg, size, v instanceof Value.StackPtr, pc, Rule.BAD_KFUNC_ARG);
                }
                case ArgType.Void vd -> { }
            }
        }
        if (flags == KfuncFlags.RELEASE && released == 0) {
            throw VerifierContext.reject(Rule.BAD_RELEASE, pc, "release kfunc " + k.name() + " expects referenced PTR_TO_BTF_ID passed to R1");
        }
        clobber(st);
        st.setReg(0, returnValue(st, k, flags, pc));
        return null;
    }

    /** bpf_rcu_read_lock/unlock: nesting count; unlock turns RCU pointers untrusted, as the kernel does. */
    private static boolean rcuSection(State st, String name, int pc) {
        switch (name) {
            case "bpf_rcu_read_lock" -> st.rcuDepth++;
            case "bpf_rcu_read_unlock" -> {
                if (st.rcuDepth == 0) throw VerifierContext.reject(Rule.RCU_LOCK, pc, "unmatched rcu read unlock (kernel function bpf_rcu_read_unlock)");
                if (--st.rcuDepth == 0) {
                    st.mapValues(v -> v instanceof Value.BtfPtr b && b.trust() == Value.Trust.RCU
                            ? new Value.BtfPtr(b.btfId(), b.structName(), b.off(), Value.Trust.UNTRUSTED, b.maybeNull(), b.id(), b.refId()) : v);
                }
            }
            case "scx_bpf_create_dsq" -> {
                if (st.rcuDepth > 0) throw VerifierContext.reject(Rule.RCU_LOCK, pc, "kernel func scx_bpf_create_dsq is sleepable within rcu_read_lock region");
                return false;
            }
            default -> { return false; }
        }
        clobber(st);
        st.setReg(0, Value.NOT_INIT);
        return true;
    }

    private static boolean isSizeParam(String name) { return name.endsWith("__sz") || name.endsWith("__szk"); }

    private static boolean isNullConst(Value v) {
        return v instanceof Value.ScalarValue s && s.s().isConst() && s.s().constValue() == 0;
    }

    private static int releaseArg(State st, Value.BtfPtr p, String name, int reg, int pc) {
        if (p.refId() == 0) throw VerifierContext.reject(Rule.BAD_RELEASE, pc, "release kfunc " + name + " expects referenced PTR_TO_BTF_ID passed to R" + reg);
        int ref = p.refId();
        st.refs.removeIf(r -> r.id() == ref);
        st.mapValues(v -> v.refId() == ref ? Value.unknown() : v);
        return ref;
    }

    private Value returnValue(State st, KernelModel.Kfunc k, KfuncFlags flags, int pc) {
        return switch (k.ret()) {
            case ArgType.Void v -> Value.NOT_INIT;
            case ArgType.ScalarArg s -> Value.unknown();
            case ArgType.StructPtr sp -> {
                int ref = 0;
                if (flags.acquires()) {
                    ref = ctx.newId();
                    st.refs.add(new State.Ref(ref, pc));
                }
                boolean maybeNull = flags.mayReturnNull();
                yield new Value.BtfPtr(sp.btfId(), sp.name(), Scalar.constant(0), flags.acquires() ? Value.Trust.TRUSTED : Value.Trust.UNTRUSTED,
                        maybeNull, maybeNull ? ctx.newId() : 0, ref);
            }
            case ArgType.MemPtr m -> {
                boolean maybeNull = flags.mayReturnNull();
                yield new Value.MemPtr(m.pointeeSize(), Scalar.constant(0), maybeNull, maybeNull ? ctx.newId() : 0, 0, false);
            }
        };
    }

    static void clobber(State st) {
        for (int r = 1; r <= 5; r++) st.setReg(r, Value.NOT_INIT);
    }
}
