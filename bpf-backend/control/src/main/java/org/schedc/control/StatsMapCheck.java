package org.schedc.control;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.sys.MapInfo;
import org.schedc.bpf.sys.MapTypes;

/**
 * Decides whether a pinned map is a schedc statistics map (docs/runtime-abi.md): a one-entry per-CPU array with
 * 4-byte keys whose BTF value type is {@code struct P_stats} made only of 8-byte integers. Pure, like TagMapCheck.
 */
public final class StatsMapCheck {
    private static final String SUFFIX = "_stats";

    private StatsMapCheck() {
    }

    /** {@code policy} null: take the policy name from the struct's name. */
    public static StatsLayout check(Path pin, String policy, MapInfo info, Optional<Btf> btf) throws PolicyMapException {
        String what = "not a schedc stats map: " + pin;
        if (info.type() != MapTypes.PERCPU_ARRAY) {
            throw PolicyMapException.input(what + " is a " + info.typeName() + ", expected BPF_MAP_TYPE_PERCPU_ARRAY");
        }
        if (info.keySize() != 4 || info.maxEntries() != 1) {
            throw PolicyMapException.input(what + " has " + info.keySize() + "-byte keys and " + info.maxEntries()
                    + " entries, expected 4-byte keys and 1 entry");
        }
        String expected = policy == null ? "P" + SUFFIX : policy + SUFFIX;
        if (btf.isEmpty() || info.btfValueTypeId() == 0) {
            throw PolicyMapException.input(what + " carries no BTF value type (expected struct " + expected + ")");
        }
        Btf types = btf.get();
        int id = info.btfValueTypeId();
        if (id > types.count()) {
            throw PolicyMapException.input(what + ": its BTF value type id " + id + " is out of range");
        }
        BtfType value = types.type(types.resolve(id));
        boolean named = value instanceof BtfType.Struct s && (policy == null
                ? s.name().endsWith(SUFFIX) && s.name().length() > SUFFIX.length()
                : s.name().equals(expected));
        if (!named) {
            throw PolicyMapException.input(what + ": its value type is " + types.describe(id) + ", expected struct " + expected);
        }
        BtfType.Struct s = (BtfType.Struct) value;
        var names = new ArrayList<String>();
        var offsets = new ArrayList<Integer>();
        for (BtfType.Member m : s.members()) {
            BtfType t = types.type(types.resolve(m.type()));
            if (!(t instanceof BtfType.Int i) || i.size() != 8 || m.bitfieldSize() != 0 || m.bitOffset() % 64 != 0 || m.name().isEmpty()) {
                throw PolicyMapException.input(what + ": member '" + m.name() + "' of struct " + s.name() + " is "
                        + types.describe(m.type()) + ", expected a __u64 counter");
            }
            names.add(m.name());
            offsets.add(m.bitOffset() / 8);
        }
        if (s.size() != info.valueSize() || s.size() != 8 * names.size()) {
            throw PolicyMapException.input(what + ": struct " + s.name() + " is " + s.size() + " bytes for "
                    + names.size() + " counters and the map's values are " + info.valueSize() + " bytes");
        }
        return new StatsLayout(s.name().substring(0, s.name().length() - SUFFIX.length()), names, offsets);
    }
}
