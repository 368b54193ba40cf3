package org.schedc.control;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.sys.MapInfo;
import org.schedc.bpf.sys.MapTypes;

/**
 * Decides whether a pinned map is policy {@code P}'s tag map of a kind (docs/runtime-abi.md, "How schedc tag decides
 * a map is a schedc tag map"): hash map, the kind's key size, 4-byte values, and BTF whose value type is an enum named
 * {@code P_tag}. Pure: takes what the kernel reported, so it is tested without root.
 */
public final class TagMapCheck {
    private TagMapCheck() {
    }

    public static TagNames check(Path pin, String policy, TagKind kind, MapInfo info, Optional<Btf> btf) throws PolicyMapException {
        String expectedEnum = policy + "_tag";
        String what = "not a schedc tag map: " + pin;
        if (info.type() != MapTypes.HASH) {
            throw PolicyMapException.input(what + " is a " + info.typeName() + ", expected BPF_MAP_TYPE_HASH");
        }
        if (info.keySize() != kind.keySize() || info.valueSize() != 4) {
            throw PolicyMapException.input(what + " has " + info.keySize() + "-byte keys and " + info.valueSize()
                    + "-byte values, expected " + kind.keySize() + "-byte " + kind.label() + " keys and 4-byte values");
        }
        if (btf.isEmpty() || info.btfValueTypeId() == 0) {
            throw PolicyMapException.input(what + " carries no BTF value type (expected enum " + expectedEnum + ")");
        }
        Btf types = btf.get();
        int id = info.btfValueTypeId();
        if (id > types.count()) {
            throw PolicyMapException.input(what + ": its BTF value type id " + id + " is out of range");
        }
        BtfType value = types.type(types.resolve(id));
        if (!(value instanceof BtfType.Enum e) || !e.name().equals(expectedEnum) || e.size() != 4) {
            throw PolicyMapException.input(what + ": its value type is " + types.describe(id) + ", expected enum " + expectedEnum);
        }
        var names = new LinkedHashMap<String, Long>();
        for (BtfType.EnumValue v : e.values()) {
            names.put(v.name(), v.value() & 0xffff_ffffL);
        }
        return new TagNames(policy, names);
    }
}
