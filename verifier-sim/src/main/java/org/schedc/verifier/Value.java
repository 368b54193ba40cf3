package org.schedc.verifier;

import org.schedc.bpf.link.*;

/**
 * Abstract content of a register or spilled stack slot, as the kernel's bpf_reg_state types it. Pointer offsets are
 * {@link Scalar}s (fixed and variable part together). {@code id} links copies of a maybe-null pointer so that one
 * null check refines all of them; {@code refId} is the acquired reference the pointer holds (0 = none).
 */
public sealed interface Value {
    /**
     * Trust level of a BTF pointer: trusted args and acquired objects may be passed to kfuncs, untrusted ones not.
     * PLAIN is the kernel's flagless PTR_TO_BTF_ID, a pointer walked from a non-NULL one inside an RCU section: not
     * good for trusted kfunc arguments, but accepted by helpers taking a BTF pointer (task/cgroup storage).
     */
    enum Trust { TRUSTED, RCU, PLAIN, UNTRUSTED }

    record NotInit() implements Value {}

    /** {@code id} links copies made by a register move, so that refining one copy at a branch refines all (0 = none). */
    record ScalarValue(Scalar s, int id) implements Value {
        public ScalarValue(Scalar s) { this(s, 0); }
    }

    record CtxPtr(Scalar off) implements Value {}

    /** {@code frame}: index of the call frame whose stack this points into. */
    record StackPtr(int frame, Scalar off) implements Value {}

    record MapPtr(MapRef map) implements Value {}

    record MapValuePtr(MapRef map, Scalar off, boolean maybeNull, int id) implements Value {}

    record BtfPtr(int btfId, String structName, Scalar off, Trust trust, boolean maybeNull, int id, int refId) implements Value {}

    /** Memory of known size (kfunc address, kfunc-returned buffers). */
    record MemPtr(long size, Scalar off, boolean maybeNull, int id, int refId, boolean readOnly) implements Value {}

    Value NOT_INIT = new NotInit();

    static Value scalar(Scalar s) { return new ScalarValue(s); }

    static Value constant(long v) { return new ScalarValue(Scalar.constant(v)); }

    static Value unknown() { return new ScalarValue(Scalar.UNKNOWN); }

    default boolean isPointer() {
        return switch (this) {
            case NotInit n -> false;
            case ScalarValue s -> false;
            case CtxPtr p -> true;
            case StackPtr p -> true;
            case MapPtr p -> true;
            case MapValuePtr p -> true;
            case BtfPtr p -> true;
            case MemPtr p -> true;
        };
    }

    default boolean maybeNull() {
        return switch (this) {
            case MapValuePtr p -> p.maybeNull();
            case BtfPtr p -> p.maybeNull();
            case MemPtr p -> p.maybeNull();
            case NotInit n -> false;
            case ScalarValue s -> false;
            case CtxPtr p -> false;
            case StackPtr p -> false;
            case MapPtr p -> false;
        };
    }

    default int nullId() {
        return switch (this) {
            case MapValuePtr p -> p.id();
            case BtfPtr p -> p.id();
            case MemPtr p -> p.id();
            case NotInit n -> 0;
            case ScalarValue s -> 0;
            case CtxPtr p -> 0;
            case StackPtr p -> 0;
            case MapPtr p -> 0;
        };
    }

    default int refId() {
        return switch (this) {
            case BtfPtr p -> p.refId();
            case MemPtr p -> p.refId();
            case NotInit n -> 0;
            case ScalarValue s -> 0;
            case CtxPtr p -> 0;
            case StackPtr p -> 0;
            case MapPtr p -> 0;
            case MapValuePtr p -> 0;
        };
    }

    /** The same pointer once a null check proved it non-null. */
    default Value asNonNull() {
        return switch (this) {
            case MapValuePtr p -> new MapValuePtr(p.map(), p.off(), false, 0);
            case BtfPtr p -> new BtfPtr(p.btfId(), p.structName(), p.off(), p.trust(), false, 0, p.refId());
            case MemPtr p -> new MemPtr(p.size(), p.off(), false, 0, p.refId(), p.readOnly());
            case NotInit n -> n;
            case ScalarValue s -> s;
            case CtxPtr p -> p;
            case StackPtr p -> p;
            case MapPtr p -> p;
        };
    }

    /** The kernel's reg_type_str ("scalar", "ctx", "fp", "map_value_or_null", "trusted_ptr_", "rcu_ptr_or_null_"). */
    default String typeName() {
        return switch (this) {
            case NotInit n -> "?";
            case ScalarValue s -> "scalar";
            case CtxPtr p -> "ctx";
            case StackPtr p -> "fp";
            case MapPtr p -> "map_ptr";
            case MapValuePtr p -> p.maybeNull() ? "map_value_or_null" : "map_value";
            case BtfPtr p -> switch (p.trust()) {
                case TRUSTED -> "trusted_";
                case RCU -> "rcu_";
                case UNTRUSTED -> "untrusted_";
                case PLAIN -> "";
            } + (p.maybeNull() ? "ptr_or_null_" : "ptr_");
            case MemPtr p -> p.maybeNull() ? "mem_or_null" : (p.readOnly() ? "rdonly_mem" : "mem");
        };
    }

    /** Compact text for verbose traces. */
    default String describe() {
        return switch (this) {
            case NotInit n -> "?";
            case ScalarValue s -> s.s() + (s.id() != 0 && !s.s().isConst() ? "#" + s.id() : "");
            case CtxPtr p -> "ctx(off=" + p.off() + ")";
            case StackPtr p -> "fp" + (p.frame() > 0 ? "[" + p.frame() + "]" : "") + p.off();
            case MapPtr p -> "map_ptr(" + p.map() + ")";
            case MapValuePtr p -> typeName() + "(" + p.map() + ",off=" + p.off() + (p.id() != 0 ? ",id=" + p.id() : "") + ")";
            case BtfPtr p -> typeName() + p.structName() + "(off=" + p.off() + (p.id() != 0 ? ",id=" + p.id() : "") + (p.refId() != 0 ? ",ref=" + p.refId() : "") + ")";
            case MemPtr p -> typeName() + "(sz=" + p.size() + ",off=" + p.off() + (p.refId() != 0 ? ",ref=" + p.refId() : "") + ")";
        };
    }
}
