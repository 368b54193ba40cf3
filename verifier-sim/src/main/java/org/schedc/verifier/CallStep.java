package org.schedc.verifier;

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

    CallStep(VerifierContext ctx, MemoryStep memory) {
        this.ctx = ctx;
        this.memory = memory;
    }

    void helper(State st, Insn insn, int pc) {
        int id = insn.imm();
        Value r0 = switch (id) {
            case Helpers.MAP_LOOKUP_ELEM -> {
                MapRef map = mapArg(st, 1, pc);
                checkMem(st, 2, map.keySize(), pc, Rule.BAD_HELPER_ARG);
                boolean knownHit = map.kind() == MapRef.Kind.ARRAY && constKey(st, map) instanceof Long k
                        && Long.compareUnsigned(k, map.maxEntries()) < 0;
                yield new Value.MapValuePtr(map, Scalar.constant(0), !knownHit, knownHit ? 0 : ctx.newId());
            }
            case Helpers.MAP_LOOKUP_PERCPU_ELEM -> {
                // Another CPU's copy of a per-CPU map value: null when the key or the CPU is out of range.
                MapRef map = mapArg(st, 1, pc);
                checkMem(st, 2, map.keySize(), pc, Rule.BAD_HELPER_ARG);
                if (!(VerifierContext.use(st, 3, pc) instanceof Value.ScalarValue)) {
                    throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "R3 type=pointer expected=scalar");
                }
                yield new Value.MapValuePtr(map, Scalar.constant(0), true, ctx.newId());
            }
            case Helpers.MAP_UPDATE_ELEM -> {
                MapRef map = mapArg(st, 1, pc);
                checkMem(st, 2, map.keySize(), pc, Rule.BAD_HELPER_ARG);
                checkMem(st, 3, map.valueSize(), pc, Rule.BAD_HELPER_ARG);
                VerifierContext.use(st, 4, pc);
                yield Value.unknown();
            }
            case Helpers.MAP_DELETE_ELEM -> {
                MapRef map = mapArg(st, 1, pc);
                checkMem(st, 2, map.keySize(), pc, Rule.BAD_HELPER_ARG);
                yield Value.unknown();
            }
            case Helpers.KTIME_GET_NS -> Value.unknown();
            case Helpers.GET_SMP_PROCESSOR_ID -> Value.scalar(Scalar.unknownOfSize(4));
            case Helpers.TASK_STORAGE_GET -> {
                MapRef map = mapArg(st, 1, pc);
                taskArg(st, 2, pc);
                Value init = VerifierContext.use(st, 3, pc);
                if (!(init instanceof Value.ScalarValue s && s.s().isConst() && s.s().constValue() == 0)) checkMem(st, 3, map.valueSize(), pc, Rule.BAD_HELPER_ARG);
                VerifierContext.use(st, 4, pc);
                yield new Value.MapValuePtr(map, Scalar.constant(0), true, ctx.newId());
            }
            case Helpers.TASK_STORAGE_DELETE -> {
                mapArg(st, 1, pc);
                taskArg(st, 2, pc);
                yield Value.unknown();
            }
            case CoreRelocator.POISON_HELPER -> throw VerifierContext.reject(Rule.CORE_RELO, pc, "invalid func unknown#" + id);
            case POISONED_KFUNC -> throw VerifierContext.reject(Rule.KFUNC_UNRESOLVED, pc, "invalid func unknown#" + id);
            case StructOpsHelpers.GET_CURRENT_TASK_BTF -> new Value.BtfPtr(ctx.kernel.taskStructId(), "task_struct", Scalar.constant(0), Value.Trust.TRUSTED, false, 0, 0);
            default -> {
                if (id <= 0 || id > MAX_HELPER_ID) throw VerifierContext.reject(Rule.BAD_INSN, pc, "invalid func unknown#" + id);
                if (!StructOpsHelpers.allowed(id)) {
                    throw VerifierContext.reject(Rule.BAD_HELPER, pc, "program of this type cannot use helper " + StructOpsHelpers.name(id) + "#" + id);
                }
                yield Value.unknown(); // an allowed helper this model does not type: argument checks are skipped
            }
        };
        clobber(st);
        st.setReg(0, r0);
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

    private static MapRef mapArg(State st, int reg, int pc) {
        Value v = VerifierContext.use(st, reg, pc);
        if (v instanceof Value.MapPtr m) return m.map();
        throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "R" + reg + " type=" + v.typeName() + " expected=map_ptr");
    }

    private static void taskArg(State st, int reg, int pc) {
        Value v = VerifierContext.use(st, reg, pc);
        if (v instanceof Value.BtfPtr p && p.structName().equals("task_struct")) return;
        if (v instanceof Value.ScalarValue s && s.s().isConst() && s.s().constValue() == 0) return;
        throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "R" + reg + " type=" + v.typeName() + " expected=ptr_task_struct");
    }

    /** A pointer argument to {@code size} bytes of stack, map value or memory. */
    private void checkMem(State st, int reg, long size, int pc, Rule rule) {
        Value v = VerifierContext.use(st, reg, pc);
        if (v.maybeNull()) throw VerifierContext.reject(rule, pc, "R" + reg + " type=" + v.typeName() + " expected=fp, map_value, mem");
        switch (v) {
            case Value.StackPtr p -> memory.read(st, v, reg, 0, 1, false, pc); // base check
            case Value.MapValuePtr p -> { }
            case Value.MemPtr p -> { }
            case Value.NotInit n -> throw VerifierContext.reject(rule, pc, "R" + reg + " !read_ok");
            case Value.ScalarValue s -> throw VerifierContext.reject(rule, pc, "R" + reg + " type=scalar expected=fp, map_value, mem");
            case Value.CtxPtr p -> throw VerifierContext.reject(rule, pc, "R" + reg + " type=ctx expected=fp, map_value, mem");
            case Value.MapPtr p -> throw VerifierContext.reject(rule, pc, "R" + reg + " type=map_ptr expected=fp, map_value, mem");
            case Value.BtfPtr p -> throw VerifierContext.reject(rule, pc, "R" + reg + " type=" + v.typeName() + " expected=fp, map_value, mem");
        }
        if (size <= 0) return;
        // Check the whole range byte-wise through the memory model (bounds and, for the stack, the frame).
        for (long i = 0; i < size; i += 1) {
            memory.read(st, v, reg, (int) i, 1, false, pc);
            if (i > 4096) break; // larger objects: the bounds check of the first page is representative enough
        }
        if (size > 1) memory.read(st, v, reg, (int) (size - 1), 1, false, pc);
    }

    void kfunc(State st, SlotReloc.CallKfunc call, int pc) {
        var kf = ctx.kernel.kfunc(call.name());
        if (kf.isEmpty()) {
            throw VerifierContext.reject(Rule.KFUNC_UNRESOLVED, pc, "kfunc '" + call.name() + "' is referenced but wasn't resolved");
        }
        KernelModel.Kfunc k = kf.get();
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
                    if (v instanceof Value.ScalarValue) {
                        throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "R" + reg + " pointer type STRUCT " + sp.name() + " must point to scalar, or struct with scalar");
                    }
                    if (!(v instanceof Value.BtfPtr p)) {
                        throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "R" + reg + " type=" + v.typeName() + " expected=trusted_ptr_" + sp.name()
                                + " (arg#" + i + " of " + k.name() + ")");
                    }
                    if (p.maybeNull() && !nullable) throw VerifierContext.reject(Rule.NULL_DEREF, pc, "Possibly NULL pointer passed to trusted R" + reg);
                    if (p.trust() == Value.Trust.UNTRUSTED && p.refId() == 0) throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "R" + reg + " must be referenced or trusted");
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
                    checkMem(st, reg, size, pc, Rule.BAD_KFUNC_ARG);
                    if (v instanceof Value.StackPtr) {
                        // the kfunc may write through the pointer (e.g. bool *is_idle): those stack bytes become unknown
                        for (long b = 0; b < Math.min(size, 512); b++) memory.write(st, v, reg, (int) b, 1, Value.unknown(), pc);
                    }
                }
                case ArgType.Void vd -> { }
            }
        }
        if (flags == KfuncFlags.RELEASE && released == 0) {
            throw VerifierContext.reject(Rule.BAD_RELEASE, pc, "release kfunc " + k.name() + " expects referenced PTR_TO_BTF_ID passed to R1");
        }
        clobber(st);
        st.setReg(0, returnValue(st, k, flags, pc));
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
