package org.schedc.bpf.asm;

import java.util.Objects;

/** A symbol reference of the instruction at {@code slot} (8-byte units from the function start). */
public record Relocation(int slot, RelocKind kind, String symbol) {
    public Relocation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(symbol, "symbol");
    }
}
