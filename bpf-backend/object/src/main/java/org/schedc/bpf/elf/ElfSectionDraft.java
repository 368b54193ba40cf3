package org.schedc.bpf.elf;

/** A section being laid out by {@link BpfObjectBuilder}; mutable because indexes and offsets are known late. */
final class ElfSectionDraft {
    final String name;
    final int type;
    final long flags;
    byte[] bytes;
    long size;
    final long align;
    final long entsize;
    int link;
    int info;
    long nameOffset;
    long offset;

    ElfSectionDraft(String name, int type, long flags, byte[] bytes, long align, long entsize) {
        this.name = name;
        this.type = type;
        this.flags = flags;
        this.bytes = bytes;
        this.size = bytes == null ? 0 : bytes.length;
        this.align = align;
        this.entsize = entsize;
    }
}
