package org.schedc.bpf.asm;

import java.util.Objects;

/** A CO-RE relocation of the instruction at {@code slot}; {@code rootTypeId} is the local BTF id of the root struct. */
public record CoreRelocation(int slot, int rootTypeId, String accessString, CoreReloKind kind) {
    public CoreRelocation {
        Objects.requireNonNull(accessString, "accessString");
        Objects.requireNonNull(kind, "kind");
    }
}
