package org.schedc.bpf.sys;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The attr/info layouts against include/uapi/linux/bpf.h: the expected numbers below are offsetof/sizeof values
 * printed by a C program compiled against the uapi header (linux-libc-dev), not derived from the Java constants.
 */
class BpfAttrLayoutTest {
    @Test
    void mapElementAttrPutsFdKeyValueAndFlagsAtUapiOffsets() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment key = arena.allocate(8), value = arena.allocate(8);
            MemorySegment a = BpfAttr.mapElem(arena, 7, key, value, 0x55);
            assertEquals(144, a.byteSize(), "sizeof(union bpf_attr)");
            assertEquals(7, a.get(JAVA_INT, 0), "map_fd @0");
            assertEquals(0, a.get(JAVA_INT, 4), "padding after map_fd");
            assertEquals(key.address(), a.get(JAVA_LONG, 8), "key @8");
            assertEquals(value.address(), a.get(JAVA_LONG, 16), "value/next_key @16");
            assertEquals(0x55, a.get(JAVA_LONG, 24), "flags @24");
            assertZeroFrom(a, 32);
        }
    }

    @Test
    void objGetAttrHasPathnameAtZeroAndZeroFlags() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment path = arena.allocateFrom("/sys/fs/bpf/x");
            MemorySegment a = BpfAttr.objGet(arena, path);
            assertEquals(path.address(), a.get(JAVA_LONG, 0), "pathname @0");
            assertEquals(0, a.get(JAVA_INT, 8), "bpf_fd @8");
            assertEquals(0, a.get(JAVA_INT, 12), "file_flags @12 (read-write)");
            assertZeroFrom(a, 16);
        }
    }

    @Test
    void infoByFdAttrHasFdLenAndPointer() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment info = arena.allocate(88);
            MemorySegment a = BpfAttr.infoByFd(arena, 9, info);
            assertEquals(9, a.get(JAVA_INT, 0), "info.bpf_fd @0");
            assertEquals(88, a.get(JAVA_INT, 4), "info.info_len @4");
            assertEquals(info.address(), a.get(JAVA_LONG, 8), "info.info @8");
            assertZeroFrom(a, 16);
        }
    }

    @Test
    void btfGetFdByIdAttrHasIdAtZero() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = BpfAttr.btfGetFdById(arena, 42);
            assertEquals(42, a.get(JAVA_INT, 0), "btf_id @0");
            assertEquals(0, a.get(JAVA_INT, 8), "open_flags @8");
            assertZeroFrom(a, 4);
        }
    }

    @Test
    void commandNumbersAndAttrSizesMatchTheUapi() {
        assertEquals(1, BpfCommand.MAP_LOOKUP_ELEM.number());
        assertEquals(2, BpfCommand.MAP_UPDATE_ELEM.number());
        assertEquals(3, BpfCommand.MAP_DELETE_ELEM.number());
        assertEquals(4, BpfCommand.MAP_GET_NEXT_KEY.number());
        assertEquals(7, BpfCommand.OBJ_GET.number());
        assertEquals(15, BpfCommand.OBJ_GET_INFO_BY_FD.number());
        assertEquals(19, BpfCommand.BTF_GET_FD_BY_ID.number());
        // offsetofend of each command's last field
        assertEquals(32, BpfCommand.MAP_LOOKUP_ELEM.attrSize());
        assertEquals(32, BpfCommand.MAP_UPDATE_ELEM.attrSize());
        assertEquals(16, BpfCommand.MAP_DELETE_ELEM.attrSize());
        assertEquals(24, BpfCommand.MAP_GET_NEXT_KEY.attrSize());
        assertEquals(16, BpfCommand.OBJ_GET.attrSize());
        assertEquals(16, BpfCommand.OBJ_GET_INFO_BY_FD.attrSize());
        assertEquals(12, BpfCommand.BTF_GET_FD_BY_ID.attrSize());
    }

    @Test
    void mapInfoDecodesEveryFieldFromItsUapiOffset() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(88);
            s.set(JAVA_INT, 0, 6);   // type
            s.set(JAVA_INT, 4, 31);  // id
            s.set(JAVA_INT, 8, 4);   // key_size
            s.set(JAVA_INT, 12, 24); // value_size
            s.set(JAVA_INT, 16, 1);  // max_entries
            s.set(JAVA_INT, 20, 0x400); // map_flags
            byte[] name = "game_stats".getBytes(StandardCharsets.US_ASCII);
            MemorySegment.copy(name, 0, s, JAVA_BYTE, 24, name.length); // name[16] @24
            s.set(JAVA_INT, 40, 99);  // ifindex: must not leak into anything
            s.set(JAVA_INT, 64, 12);  // btf_id
            s.set(JAVA_INT, 68, 3);   // btf_key_type_id
            s.set(JAVA_INT, 72, 17);  // btf_value_type_id
            MapInfo info = MapInfo.decode(s);
            assertEquals(new MapInfo(6, 31, 4, 24, 1, 0x400, "game_stats", 12, 3, 17), info);
            assertEquals("BPF_MAP_TYPE_PERCPU_ARRAY", info.typeName());
            assertEquals(true, info.perCpu());
            assertEquals(88, MapInfo.STRUCT_SIZE, "sizeof(struct bpf_map_info)");
        }
    }

    @Test
    void mapNameOfFullSixteenBytesHasNoTerminator() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(88);
            byte[] name = "abcdefghijklmnop".getBytes(StandardCharsets.US_ASCII);
            MemorySegment.copy(name, 0, s, JAVA_BYTE, 24, 16);
            s.set(JAVA_INT, 40, 0x41414141); // ifindex right after must not be read as name
            assertEquals("abcdefghijklmnop", MapInfo.decode(s).name());
        }
    }

    @Test
    void btfInfoOffsets() {
        assertEquals(32, BtfInfo.STRUCT_SIZE, "sizeof(struct bpf_btf_info)");
        assertEquals(0, BtfInfo.BTF_PTR);
        assertEquals(8, BtfInfo.BTF_SIZE);
        assertEquals(12, BtfInfo.ID);
    }

    private static void assertZeroFrom(MemorySegment a, long from) {
        for (long i = from; i < a.byteSize(); i++) {
            assertEquals(0, a.get(JAVA_BYTE, i), "byte " + i + " must be zero (CHECK_ATTR)");
        }
    }
}
