package org.schedc.bpf.sys;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/**
 * What {@code BPF_OBJ_GET_INFO_BY_FD} reports for a map ({@code struct bpf_map_info}). {@code btfId} is 0 when the
 * map was created without BTF.
 */
public record MapInfo(int type, int id, int keySize, int valueSize, int maxEntries, int flags, String name,
                      int btfId, int btfKeyTypeId, int btfValueTypeId) {

    /** sizeof(struct bpf_map_info) in the uapi header this reads (the kernel fills at most what we offer). */
    public static final int STRUCT_SIZE = 88;
    static final long TYPE = 0, ID = 4, KEY_SIZE = 8, VALUE_SIZE = 12, MAX_ENTRIES = 16, MAP_FLAGS = 20, NAME = 24,
            NAME_LEN = 16, BTF_ID = 64, BTF_KEY_TYPE_ID = 68, BTF_VALUE_TYPE_ID = 72;

    static MapInfo decode(MemorySegment s) {
        byte[] name = new byte[(int) NAME_LEN];
        MemorySegment.copy(s, JAVA_BYTE, NAME, name, 0, name.length);
        int len = 0;
        while (len < name.length && name[len] != 0) {
            len++;
        }
        return new MapInfo(s.get(JAVA_INT, TYPE), s.get(JAVA_INT, ID), s.get(JAVA_INT, KEY_SIZE),
                s.get(JAVA_INT, VALUE_SIZE), s.get(JAVA_INT, MAX_ENTRIES), s.get(JAVA_INT, MAP_FLAGS),
                new String(name, 0, len, StandardCharsets.UTF_8), s.get(JAVA_INT, BTF_ID),
                s.get(JAVA_INT, BTF_KEY_TYPE_ID), s.get(JAVA_INT, BTF_VALUE_TYPE_ID));
    }

    /** The map type's uapi name for messages. */
    public String typeName() {
        return MapTypes.name(type);
    }

    /** True for the per-CPU map types, whose values user space sees once per possible CPU. */
    public boolean perCpu() {
        return MapTypes.isPerCpu(type);
    }
}
