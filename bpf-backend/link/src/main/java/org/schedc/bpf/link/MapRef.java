package org.schedc.bpf.link;

/**
 * A map the program refers to: a BTF-defined map from {@code .maps}, or a global-data section ({@code .data},
 * {@code .bss}, {@code .rodata}...) that libbpf turns into a one-element array map. {@code rodata} holds the initial
 * bytes of a read-only section: the kernel folds constant-offset loads from frozen maps into constants.
 */
public record MapRef(String name, Kind kind, int type, int keySize, long valueSize, long maxEntries, byte[] rodata, java.util.List<Kptr> kptrs) {
    /** A kernel-object pointer field of the value: offset, pointee struct name, referenced (__kptr) or not, per-CPU. */
    public record Kptr(long offset, String struct, boolean referenced, boolean percpu) {}

    public MapRef {
        kptrs = java.util.List.copyOf(kptrs);
    }

    public MapRef(String name, Kind kind, int type, int keySize, long valueSize, long maxEntries, byte[] rodata) {
        this(name, kind, type, keySize, valueSize, maxEntries, rodata, java.util.List.of());
    }

    /** The kptr field overlapping bytes [at, at+size), or null. */
    public Kptr kptrAt(long lo, long hi) {
        for (Kptr k : kptrs) if (lo < k.offset() + 8 && hi > k.offset()) return k;
        return null;
    }

    /** OTHER: a map type whose helper rules are not modelled (its uapi number is in {@code type}). */
    public enum Kind { ARRAY, HASH, TASK_STORAGE, CGRP_STORAGE, QUEUE_STACK, GLOBAL_DATA, OTHER }

    /** Contents of a frozen map libbpf fills at load time from facts this model lacks (the .kconfig externs). */
    public static final byte[] UNKNOWN_CONTENTS = new byte[0];

    public boolean readOnly() { return rodata != null; }

    /** Read-only with contents known from the object, so the kernel folds constant-offset loads. */
    public boolean knownContents() { return rodata != null && rodata != UNKNOWN_CONTENTS; }

    @Override
    public boolean equals(Object o) { return o instanceof MapRef m && m.name.equals(name); }

    @Override
    public int hashCode() { return name.hashCode(); }

    @Override
    public String toString() { return name; }
}
