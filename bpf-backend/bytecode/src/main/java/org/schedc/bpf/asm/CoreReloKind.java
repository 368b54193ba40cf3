package org.schedc.bpf.asm;

import java.util.Locale;

/** CO-RE relocation kinds with their {@code .BTF.ext} codes ({@code enum bpf_core_relo_kind}). */
public enum CoreReloKind {
    FIELD_BYTE_OFFSET(0), FIELD_BYTE_SIZE(1), FIELD_EXISTS(2), FIELD_SIGNED(3), FIELD_LSHIFT_U64(4), FIELD_RSHIFT_U64(5),
    TYPE_ID_LOCAL(6), TYPE_ID_TARGET(7), TYPE_EXISTS(8), TYPE_SIZE(9), ENUMVAL_EXISTS(10), ENUMVAL_VALUE(11),
    TYPE_MATCHES(12);

    private final int code;

    CoreReloKind(int code) {
        this.code = code;
    }

    public int code() { return code; }

    public static CoreReloKind ofCode(int code) {
        for (CoreReloKind k : values()) if (k.code == code) return k;
        throw new IllegalArgumentException("unknown CO-RE relocation kind " + code);
    }

    /** Lower-case name used in disassembly ({@code field_byte_offset}). */
    public String mnemonic() { return name().toLowerCase(Locale.ROOT); }
}
