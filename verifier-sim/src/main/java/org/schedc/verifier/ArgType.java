package org.schedc.verifier;

/** How the kernel types a parameter or return value of a callback or kfunc (from kernel BTF). */
sealed interface ArgType {
    record ScalarArg(int size, boolean signed) implements ArgType {}

    /** Pointer to a struct/union: a PTR_TO_BTF_ID of that type. */
    record StructPtr(int btfId, String name) implements ArgType {}

    /** Pointer to a scalar, array or void: memory of {@code pointeeSize} bytes (0 = void / unknown). */
    record MemPtr(long pointeeSize) implements ArgType {}

    record Void() implements ArgType {}
}
