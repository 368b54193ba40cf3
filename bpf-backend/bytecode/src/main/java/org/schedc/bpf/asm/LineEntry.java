package org.schedc.bpf.asm;

/** Source position of the instruction at {@code slot}. */
public record LineEntry(int slot, int line, int column) {}
