package org.schedc.verifier;

import org.schedc.bpf.link.*;

/**
 * Helpers beyond map access and task storage that sched_ext schedulers call, with their argument rules
 * (bpf_func_proto arg types) and return values. Every other helper the kernel lets struct_ops call is refused as not
 * modelled: accepting it without its argument checks could tell a user a scheduler loads when it does not.
 */
final class MoreHelpers {
    static final int TRACE_PRINTK = 6, GET_CURRENT_TASK = 35, GET_PRANDOM_U32 = 7, GET_NUMA_NODE_ID = 42, MAP_PUSH_ELEM = 87, MAP_POP_ELEM = 88, MAP_PEEK_ELEM = 89,
            PROBE_READ_KERNEL = 113, PROBE_READ_KERNEL_STR = 115, JIFFIES64 = 118, KTIME_GET_BOOT_NS = 125, KTIME_GET_TAI_NS = 208,
            CGRP_STORAGE_GET = 210, CGRP_STORAGE_DELETE = 211, KPTR_XCHG = 194;

    private final VerifierContext ctx;
    private final CallStep calls;

    MoreHelpers(VerifierContext ctx, CallStep calls) {
        this.ctx = ctx;
        this.calls = calls;
    }

    /** The helper's R0, or a rejection; {@code name} is for messages. */
    Value call(State st, int id, String name, int pc) {
        return switch (id) {
            case GET_PRANDOM_U32 -> Value.scalar(Scalar.unknownOfSize(4));
            case GET_CURRENT_TASK -> Value.unknown(); // RET_INTEGER: the address, not a typed pointer
            case TRACE_PRINTK -> {
                // fmt: ARG_PTR_TO_MEM | MEM_RDONLY of ARG_CONST_SIZE bytes (the format is parsed at run time)
                Value size = VerifierContext.use(st, 2, pc);
                if (!(size instanceof Value.ScalarValue sz) || Long.compareUnsigned(sz.s().umax(), 1L << 29) >= 0 || sz.s().umin() == 0) {
                    throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "R2 invalid zero-sized read or unbounded size");
                }
                calls.checkMem(st, 1, sz.s().umax(), pc, Rule.BAD_HELPER_ARG);
                yield Value.unknown();
            }
            case GET_NUMA_NODE_ID, JIFFIES64, KTIME_GET_BOOT_NS, KTIME_GET_TAI_NS -> Value.unknown();
            case MAP_PUSH_ELEM -> {
                MapRef map = CallStep.mapArg(st, 1, pc);
                requireKind(map, MapRef.Kind.QUEUE_STACK, name, id, pc);
                calls.checkMem(st, 2, map.valueSize(), pc, Rule.BAD_HELPER_ARG);
                scalarArg(st, 3, pc);
                yield Value.unknown();
            }
            case MAP_POP_ELEM, MAP_PEEK_ELEM -> {
                MapRef map = CallStep.mapArg(st, 1, pc);
                requireKind(map, MapRef.Kind.QUEUE_STACK, name, id, pc);
                calls.checkMem(st, 2, map.valueSize(), true, pc, Rule.BAD_HELPER_ARG); // ARG_PTR_TO_MAP_VALUE | MEM_UNINIT
                yield Value.unknown();
            }
            case PROBE_READ_KERNEL, PROBE_READ_KERNEL_STR -> {
                // dst: ARG_PTR_TO_UNINIT_MEM of R2 bytes (ARG_CONST_SIZE_OR_ZERO), src: anything
                Value size = VerifierContext.use(st, 2, pc);
                if (!(size instanceof Value.ScalarValue sz)) throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "R2 type=" + size.typeName() + " expected=scalar");
                if (Long.compareUnsigned(sz.s().umax(), 1L << 29) >= 0) {
                    throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "R2 unbounded memory access, use 'var &= const' or 'if (var < const)'");
                }
                if (sz.s().umax() > 0) calls.checkMem(st, 1, sz.s().umax(), true, pc, Rule.BAD_HELPER_ARG);
                VerifierContext.use(st, 3, pc);
                yield Value.unknown();
            }
            case CGRP_STORAGE_GET -> {
                MapRef map = CallStep.mapArg(st, 1, pc);
                requireKind(map, MapRef.Kind.CGRP_STORAGE, name, id, pc);
                btfArg(st, 2, "cgroup", pc);
                Value init = VerifierContext.use(st, 3, pc);
                if (!(init instanceof Value.ScalarValue s && s.s().isConst() && s.s().constValue() == 0)) calls.checkMem(st, 3, map.valueSize(), pc, Rule.BAD_HELPER_ARG);
                scalarArg(st, 4, pc);
                yield new Value.MapValuePtr(map, Scalar.constant(0), true, ctx.newId());
            }
            case CGRP_STORAGE_DELETE -> {
                MapRef map = CallStep.mapArg(st, 1, pc);
                requireKind(map, MapRef.Kind.CGRP_STORAGE, name, id, pc);
                btfArg(st, 2, "cgroup", pc);
                yield Value.unknown();
            }
            default -> throw VerifierContext.reject(Rule.NOT_MODELLED, pc, "not modelled: helper " + name + "#" + id
                    + " (its argument rules are not in verifier-sim, which refuses rather than guess)");
        };
    }

    /**
     * bpf_kptr_xchg(map value at a referenced kptr field, referenced pointer of its type or NULL): the new pointer's
     * reference moves into the map, the old one comes back as an acquired, maybe-NULL, trusted pointer.
     */
    Value kptrXchg(State st, int pc) {
        Value dst = VerifierContext.use(st, 1, pc);
        if (!(dst instanceof Value.MapValuePtr mv) || mv.maybeNull()) {
            throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "R1 type=" + dst.typeName() + " expected=map_value");
        }
        if (!mv.off().isConst()) throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "R1 doesn't have constant offset. kptr has to be at the constant offset");
        long at = mv.off().constValue();
        MapRef.Kptr k = mv.map().kptrAt(at, at + 1);
        if (k == null || k.offset() != at) throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "off=" + at + " doesn't point to kptr");
        if (!k.referenced() || k.percpu()) throw VerifierContext.reject(Rule.NOT_MODELLED, pc, "not modelled: bpf_kptr_xchg on a " + (k.percpu() ? "per-CPU" : "untrusted") + " kptr");
        var id = ctx.kernel.btf().find(k.struct(), org.schedc.bpf.btf.BtfType.Struct.class);
        if (id.isEmpty()) throw VerifierContext.reject(Rule.NOT_MODELLED, pc, "not modelled: kptr to " + k.struct());
        Value nv = VerifierContext.use(st, 2, pc);
        if (!(nv instanceof Value.ScalarValue s && s.s().isConst() && s.s().constValue() == 0)) {
            if (!(nv instanceof Value.BtfPtr p) || p.maybeNull() || p.refId() == 0 || !p.structName().equals(k.struct()) || !p.off().isConst() || p.off().constValue() != 0) {
                throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "R2 type=" + nv.typeName() + " expected=ptr_" + k.struct() + " with a reference");
            }
            int ref = p.refId();
            st.refs.removeIf(r -> r.id() == ref);
            st.mapValues(v -> v.refId() == ref ? Value.unknown() : v);
        }
        int ref = ctx.newId();
        st.refs.add(new State.Ref(ref, pc));
        return new Value.BtfPtr(id.getAsInt(), k.struct(), Scalar.constant(0), Value.Trust.TRUSTED, true, ctx.newId(), ref);
    }

    /** check_map_func_compatibility: each map type pairs with its own helpers. */
    static void requireKind(MapRef map, MapRef.Kind kind, String name, int id, int pc) {
        if (map.kind() == kind) return;
        if (map.kind() == MapRef.Kind.OTHER) {
            throw VerifierContext.reject(Rule.NOT_MODELLED, pc, "not modelled: map " + map.name() + " of type " + map.type() + " passed to " + name + "#" + id);
        }
        throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "cannot pass map_type " + map.type() + " into func " + name + "#" + id);
    }

    private static void scalarArg(State st, int reg, int pc) {
        Value v = VerifierContext.use(st, reg, pc);
        if (!(v instanceof Value.ScalarValue)) throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "R" + reg + " type=" + v.typeName() + " expected=scalar");
    }

    /** ARG_PTR_TO_BTF_ID_OR_NULL of a given struct: a trusted or referenced pointer of that type, or NULL. */
    private static void btfArg(State st, int reg, String struct, int pc) {
        Value v = VerifierContext.use(st, reg, pc);
        if (v instanceof Value.ScalarValue s && s.s().isConst() && s.s().constValue() == 0) return;
        if (v instanceof Value.BtfPtr p && p.structName().equals(struct) && p.off().isConst() && p.off().constValue() == 0
                && (p.trust() != Value.Trust.UNTRUSTED || p.refId() != 0)) {
            return;
        }
        throw VerifierContext.reject(Rule.BAD_HELPER_ARG, pc, "R" + reg + " type=" + v.typeName() + " expected=ptr_" + struct);
    }
}
