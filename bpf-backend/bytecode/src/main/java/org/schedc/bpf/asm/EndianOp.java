package org.schedc.bpf.asm;

/** Byte-order conversions: {@code ALU|END|TO_LE}, {@code ALU|END|TO_BE} and the cpu v4 unconditional {@code ALU64|END} swap. */
public enum EndianOp {
    TO_LE("le"), TO_BE("be"), BSWAP("bswap");

    private final String mnemonic;

    EndianOp(String mnemonic) {
        this.mnemonic = mnemonic;
    }

    public String mnemonic() { return mnemonic; }
}
