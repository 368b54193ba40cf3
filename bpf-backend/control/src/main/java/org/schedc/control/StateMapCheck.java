package org.schedc.control;

import java.nio.file.Path;
import java.util.Optional;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.sys.MapInfo;

/**
 * Decides whether a pinned map is the policy's task or CPU state map with the layout generated code expects: the map
 * type, the value size, a BTF value struct of the expected name, and every expected field at its offset with its
 * size. Pure, like {@link TagMapCheck}.
 */
public final class StateMapCheck {
    private StateMapCheck() {
    }

    public static void check(Path pin, int mapType, String typeName, PolicyShape.StateShape want, MapInfo info, Optional<Btf> btf)
            throws PolicyMapException {
        String what = "not the state map this code was generated for: " + pin;
        if (info.type() != mapType) {
            throw PolicyMapException.input(what + " is a " + info.typeName() + ", expected BPF_MAP_TYPE_" + typeName);
        }
        if (info.valueSize() != want.size()) {
            throw PolicyMapException.input(what + " has " + info.valueSize() + "-byte values, expected " + want.size()
                    + " (the policy's state block changed: generate the code again)");
        }
        if (btf.isEmpty() || info.btfValueTypeId() == 0 || info.btfValueTypeId() > btf.get().count()) {
            throw PolicyMapException.input(what + " carries no usable BTF value type (expected struct " + want.struct() + ")");
        }
        Btf types = btf.get();
        BtfType value = types.type(types.resolve(info.btfValueTypeId()));
        if (!(value instanceof BtfType.Struct s) || !s.name().equals(want.struct())) {
            throw PolicyMapException.input(what + ": its value type is " + types.describe(info.btfValueTypeId()) + ", expected struct " + want.struct());
        }
        for (PolicyShape.StateField f : want.fields()) {
            BtfType.Member m = s.members().stream().filter(x -> x.name().equals(f.name())).findFirst()
                    .orElseThrow(() -> PolicyMapException.input(what + ": struct " + s.name() + " has no field '" + f.name()
                            + "' (the policy's state block changed: generate the code again)"));
            long size = types.sizeOf(m.type());
            if (m.bitfieldSize() != 0 || m.bitOffset() != f.offset() * 8L || size != f.size()) {
                throw PolicyMapException.input(what + ": field '" + f.name() + "' is " + size + " bytes at offset " + m.bitOffset() / 8
                        + ", expected " + f.size() + " bytes at offset " + f.offset() + " (generate the code again)");
            }
        }
    }
}
