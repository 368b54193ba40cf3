package org.schedc.object;

import java.util.ArrayList;
import java.util.List;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.elf.BpfObjectBuilder;
import org.schedc.lower.RuntimeMaps;
import org.schedc.sema.CheckedPolicy;
import org.schedc.sema.Symbols;
import org.schedc.sema.Type;

/**
 * The policy's BTF-defined maps (docs/runtime-abi.md): the stats map, task and CPU state. Each is a
 * global VAR of an anonymous struct in DATASEC {@code .maps} whose members encode the definition the way
 * libbpf reads it: numbers as {@code int (*)[N]}, key and value as pointers to their types, so that
 * {@code bpftool map dump} prints members by name.
 */
final class PolicyMaps {
    static final int BPF_MAP_TYPE_HASH = 1, TASK_TAG_ENTRIES = 16384, GROUP_TAG_ENTRIES = 4096;
    static final int BPF_MAP_TYPE_PERCPU_ARRAY = 6, BPF_MAP_TYPE_TASK_STORAGE = 29;
    static final int BPF_F_NO_PREALLOC = 1, LIBBPF_PIN_BY_NAME = 1;
    /** Each definition member is one pointer. */
    private static final int MEMBER_BYTES = 8;

    private final TypeTable table;
    private final int intId;
    private final List<BtfType.SecVar> vars = new ArrayList<>();
    private int size;

    PolicyMaps(TypeTable table, int intId) {
        this.table = table;
        this.intId = intId;
    }

    /** Declares every map the policy needs in {@code elf}; returns the {@code .maps} DATASEC entries. */
    List<BtfType.SecVar> write(CheckedPolicy policy, BpfObjectBuilder elf) {
        int u32 = table.add(new BtfType.Int("unsigned int", 4, 0, 0, 32));
        if (!policy.counters().isEmpty()) {
            int u64 = table.add(new BtfType.Int("unsigned long long", 8, 0, 0, 64));
            List<BtfType.Member> members = new ArrayList<>();
            for (Symbols.CounterInfo c : policy.counters()) members.add(new BtfType.Member(c.name(), u64, c.offset() * 8, 0));
            int value = table.addUnique(new BtfType.Struct(RuntimeMaps.stats(policy.name()), policy.counters().size() * 8, members));
            define(elf, RuntimeMaps.stats(policy.name()), BPF_MAP_TYPE_PERCPU_ARRAY, u32, value, 1, 0, LIBBPF_PIN_BY_NAME);
        }
        if (!policy.tags().isEmpty()) {
            List<BtfType.EnumValue> values = new ArrayList<>();
            values.add(new BtfType.EnumValue("none", 0));
            for (String t : policy.tags()) values.add(new BtfType.EnumValue(t, policy.tagNumber(t)));
            int tagEnum = table.addUnique(new BtfType.Enum(RuntimeMaps.tagEnum(policy.name()), 4, false, values));
            int u64 = table.add(new BtfType.Int("unsigned long long", 8, 0, 0, 64));
            String p = policy.name();
            define(elf, RuntimeMaps.tagsTask(p), BPF_MAP_TYPE_HASH, u32, tagEnum, TASK_TAG_ENTRIES, 0, LIBBPF_PIN_BY_NAME);
            define(elf, RuntimeMaps.tagsProc(p), BPF_MAP_TYPE_HASH, u32, tagEnum, TASK_TAG_ENTRIES, 0, LIBBPF_PIN_BY_NAME);
            define(elf, RuntimeMaps.tagsCgroup(p), BPF_MAP_TYPE_HASH, u64, tagEnum, GROUP_TAG_ENTRIES, 0, LIBBPF_PIN_BY_NAME);
            define(elf, RuntimeMaps.tagsUser(p), BPF_MAP_TYPE_HASH, u32, tagEnum, GROUP_TAG_ENTRIES, 0, LIBBPF_PIN_BY_NAME);
        }
        if (policy.taskState() != null) {
            int value = stateStruct(RuntimeMaps.taskState(policy.name()), policy.taskState());
            define(elf, RuntimeMaps.taskState(policy.name()), BPF_MAP_TYPE_TASK_STORAGE, intId, value, 0, BPF_F_NO_PREALLOC, 0);
        }
        if (policy.cpuState() != null) {
            int value = stateStruct(RuntimeMaps.cpuState(policy.name()), policy.cpuState());
            define(elf, RuntimeMaps.cpuState(policy.name()), BPF_MAP_TYPE_PERCPU_ARRAY, u32, value, 1, 0, 0);
        }
        return vars;
    }

    int sectionSize() { return size; }

    private int stateStruct(String name, Symbols.StateLayout layout) {
        List<BtfType.Member> members = new ArrayList<>();
        for (Symbols.StateField f : layout.fields()) members.add(new BtfType.Member(f.name(), valueType(f.type()), f.offset() * 8, 0));
        return table.addUnique(new BtfType.Struct(name, layout.size(), members));
    }

    /** BTF of a stored policy value: integers by width, bool, u8 arrays as char arrays (printed as text). */
    int valueType(Type t) {
        return switch (t) {
            case Type.Int i -> table.intType((i.signed() ? "s" : "u") + i.bits(), i.bits() / 8, i.signed());
            case Type.Bool b -> table.add(new BtfType.Int("bool", 1, 4, 0, 8));
            case Type.Chars c -> table.add(new BtfType.Array("", table.add(new BtfType.Int("char", 1, 2, 0, 8)), intId, c.length()));
            default -> throw new IllegalArgumentException("no stored form for " + t.display());
        };
    }

    private void define(BpfObjectBuilder elf, String name, int mapType, int key, int value, int maxEntries, int flags, int pinning) {
        List<BtfType.Member> members = new ArrayList<>();
        members.add(number("type", mapType, members.size()));
        members.add(new BtfType.Member("key", table.add(new BtfType.Ptr("", key)), members.size() * MEMBER_BYTES * 8, 0));
        members.add(new BtfType.Member("value", table.add(new BtfType.Ptr("", value)), members.size() * MEMBER_BYTES * 8, 0));
        if (maxEntries > 0) members.add(number("max_entries", maxEntries, members.size()));
        if (flags != 0) members.add(number("map_flags", flags, members.size()));
        if (pinning != 0) members.add(number("pinning", pinning, members.size()));
        int structSize = members.size() * MEMBER_BYTES;
        int def = table.addUnique(new BtfType.Struct("", structSize, members));
        int var = table.addUnique(new BtfType.Var(name, def, 1));
        vars.add(new BtfType.SecVar(var, size, structSize));
        elf.addData(".maps", new byte[structSize]);
        elf.addObjectSymbol(name, ".maps", size, structSize);
        size += structSize;
    }

    /** {@code __uint(name, n)}: a pointer to an array of n ints; only the array length carries the value. */
    private BtfType.Member number(String name, int n, int index) {
        int array = table.add(new BtfType.Array("", intId, intId, n));
        return new BtfType.Member(name, table.add(new BtfType.Ptr("", array)), index * MEMBER_BYTES * 8, 0);
    }
}
