package org.schedc.bpf.sys;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Builds {@code union bpf_attr} for each command. Offsets are those of include/uapi/linux/bpf.h (checked by
 * BpfAttrLayoutTest against the uapi header's offsetof values); unused bytes stay zero as the kernel requires.
 */
public final class BpfAttr {
    /** sizeof(union bpf_attr) in the uapi header this was written against; segments are allocated this large. */
    public static final int UNION_SIZE = 144;

    // map element commands: map_fd u32 @0, key u64 @8, value|next_key u64 @16, flags u64 @24
    static final long ELEM_MAP_FD = 0, ELEM_KEY = 8, ELEM_VALUE = 16, ELEM_NEXT_KEY = 16, ELEM_FLAGS = 24;
    // BPF_OBJ_GET: pathname u64 @0, bpf_fd u32 @8, file_flags u32 @12
    static final long OBJ_PATHNAME = 0, OBJ_FILE_FLAGS = 12;
    // BPF_OBJ_GET_INFO_BY_FD: info.bpf_fd u32 @0, info.info_len u32 @4, info.info u64 @8
    static final long INFO_FD = 0, INFO_LEN = 4, INFO_PTR = 8;
    // BPF_BTF_GET_FD_BY_ID: btf_id u32 @0, open_flags u32 @8
    static final long BTF_ID = 0;

    /** update flag: create or replace. */
    public static final long BPF_ANY = 0;

    private BpfAttr() {
    }

    static MemorySegment zeroed(Arena arena) {
        return arena.allocate(UNION_SIZE, 8); // Arena.allocate zero-fills
    }

    static MemorySegment mapElem(Arena arena, int mapFd, MemorySegment key, MemorySegment valueOrNextKey, long flags) {
        MemorySegment a = zeroed(arena);
        a.set(JAVA_INT, ELEM_MAP_FD, mapFd);
        a.set(JAVA_LONG, ELEM_KEY, key.address());
        a.set(JAVA_LONG, ELEM_VALUE, valueOrNextKey.address());
        a.set(JAVA_LONG, ELEM_FLAGS, flags);
        return a;
    }

    static MemorySegment objGet(Arena arena, MemorySegment cPath) {
        MemorySegment a = zeroed(arena);
        a.set(JAVA_LONG, OBJ_PATHNAME, cPath.address());
        a.set(JAVA_INT, OBJ_FILE_FLAGS, 0); // read-write
        return a;
    }

    static MemorySegment infoByFd(Arena arena, int fd, MemorySegment info) {
        MemorySegment a = zeroed(arena);
        a.set(JAVA_INT, INFO_FD, fd);
        a.set(JAVA_INT, INFO_LEN, Math.toIntExact(info.byteSize()));
        a.set(JAVA_LONG, INFO_PTR, info.address());
        return a;
    }

    static MemorySegment btfGetFdById(Arena arena, int btfId) {
        MemorySegment a = zeroed(arena);
        a.set(JAVA_INT, BTF_ID, btfId);
        return a;
    }
}
