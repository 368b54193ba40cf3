package org.schedc.verifier;

/**
 * A map the program refers to: a BTF-defined map from {@code .maps}, or a global-data section ({@code .data},
 * {@code .bss}, {@code .rodata}...) that libbpf turns into a one-element array map. {@code rodata} holds the initial
 * bytes of a read-only section: the kernel folds constant-offset loads from frozen maps into constants.
 */
public record MapRef(String name, Kind kind, int keySize, long valueSize, long maxEntries, byte[] rodata) {
    public enum Kind { ARRAY, HASH, TASK_STORAGE, GLOBAL_DATA, OTHER }

    public boolean readOnly() { return rodata != null; }

    @Override
    public boolean equals(Object o) { return o instanceof MapRef m && m.name.equals(name); }

    @Override
    public int hashCode() { return name.hashCode(); }

    @Override
    public String toString() { return name; }
}
