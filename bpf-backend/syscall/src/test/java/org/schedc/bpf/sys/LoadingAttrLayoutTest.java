package org.schedc.bpf.sys;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The object-creating commands' attrs against include/uapi/linux/bpf.h: the offsets below are offsetof values printed
 * by a C program compiled against the uapi header (linux-libc-dev), not derived from the Java code.
 */
class LoadingAttrLayoutTest {
    @Test
    void mapCreate() {
        try (Arena arena = Arena.ofConfined()) {
            var a = Loading.mapCreateAttr(arena, new Loading.MapSpec("a_very_long_map_name", 26, 4, 576, 1, 0x2000, 5, 6, 7, 8, 9));
            assertEquals(26, a.get(JAVA_INT, 0), "map_type @0");
            assertEquals(4, a.get(JAVA_INT, 4), "key_size @4");
            assertEquals(576, a.get(JAVA_INT, 8), "value_size @8");
            assertEquals(1, a.get(JAVA_INT, 12), "max_entries @12");
            assertEquals(0x2000, a.get(JAVA_INT, 16), "map_flags @16");
            assertEquals("a_very_long_map", new String(a.asSlice(28, 15).toArray(JAVA_BYTE), StandardCharsets.US_ASCII), "map_name @28, 15 bytes");
            assertEquals(0, a.get(JAVA_BYTE, 43), "map_name NUL-terminated");
            assertEquals(5, a.get(JAVA_INT, 48), "btf_fd @48");
            assertEquals(6, a.get(JAVA_INT, 52), "btf_key_type_id @52");
            assertEquals(7, a.get(JAVA_INT, 56), "btf_value_type_id @56");
            assertEquals(8, a.get(JAVA_INT, 60), "btf_vmlinux_value_type_id @60");
            assertEquals(9, a.get(JAVA_LONG, 64), "map_extra @64");
            assertEquals(72, BpfCommand.MAP_CREATE.attrSize(), "offsetofend(map_extra)");
        }
    }

    @Test
    void progLoad() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment log = arena.allocate(64);
            var p = new Loading.ProgSpec("prog", 27, new byte[16], "GPL", 16, 3, 11, new byte[8], new byte[32], 4242);
            var a = Loading.progLoadAttr(arena, p, 1, log);
            assertEquals(27, a.get(JAVA_INT, 0), "prog_type @0");
            assertEquals(2, a.get(JAVA_INT, 4), "insn_cnt @4");
            assertNotEquals(0, a.get(JAVA_LONG, 8), "insns @8");
            assertEquals("GPL", a.get(JAVA_LONG, 16) == 0 ? "" : MemorySegment.ofAddress(a.get(JAVA_LONG, 16)).reinterpret(4).getString(0), "license @16");
            assertEquals(1, a.get(JAVA_INT, 24), "log_level @24");
            assertEquals(64, a.get(JAVA_INT, 28), "log_size @28");
            assertEquals(log.address(), a.get(JAVA_LONG, 32), "log_buf @32");
            assertEquals(16, a.get(JAVA_INT, 44), "prog_flags @44");
            assertEquals("prog", a.asSlice(48, 16).getString(0), "prog_name @48");
            assertEquals(3, a.get(JAVA_INT, 68), "expected_attach_type @68");
            assertEquals(11, a.get(JAVA_INT, 72), "prog_btf_fd @72");
            assertEquals(8, a.get(JAVA_INT, 76), "func_info_rec_size @76");
            assertNotEquals(0, a.get(JAVA_LONG, 80), "func_info @80");
            assertEquals(1, a.get(JAVA_INT, 88), "func_info_cnt @88");
            assertEquals(16, a.get(JAVA_INT, 92), "line_info_rec_size @92");
            assertNotEquals(0, a.get(JAVA_LONG, 96), "line_info @96");
            assertEquals(2, a.get(JAVA_INT, 104), "line_info_cnt @104");
            assertEquals(4242, a.get(JAVA_INT, 108), "attach_btf_id @108");
            assertEquals(144, BpfCommand.PROG_LOAD.attrSize(), "offsetofend(log_true_size)");
        }
    }

    @Test
    void btfLoadLinkCreateAndPin() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment log = arena.allocate(32);
            var b = Loading.btfLoadAttr(arena, new byte[24], 1, log);
            assertNotEquals(0, b.get(JAVA_LONG, 0), "btf @0");
            assertEquals(log.address(), b.get(JAVA_LONG, 8), "btf_log_buf @8");
            assertEquals(24, b.get(JAVA_INT, 16), "btf_size @16");
            assertEquals(32, b.get(JAVA_INT, 20), "btf_log_size @20");
            assertEquals(1, b.get(JAVA_INT, 24), "btf_log_level @24");
            var l = Loading.linkCreateAttr(arena, 13);
            assertEquals(13, l.get(JAVA_INT, 0), "link_create.map_fd @0");
            assertEquals(44, l.get(JAVA_INT, 8), "link_create.attach_type @8 = BPF_STRUCT_OPS");
            assertEquals(0, l.get(JAVA_INT, 12), "link_create.flags @12");
            MemorySegment path = arena.allocateFrom("/sys/fs/bpf/x");
            var p = Loading.pinAttr(arena, path, 9);
            assertEquals(path.address(), p.get(JAVA_LONG, 0), "pathname @0");
            assertEquals(9, p.get(JAVA_INT, 8), "bpf_fd @8");
        }
    }

    @Test
    void commandNumbers() {
        assertEquals(0, BpfCommand.MAP_CREATE.number());
        assertEquals(5, BpfCommand.PROG_LOAD.number());
        assertEquals(6, BpfCommand.OBJ_PIN.number());
        assertEquals(18, BpfCommand.BTF_LOAD.number());
        assertEquals(22, BpfCommand.MAP_FREEZE.number());
        assertEquals(28, BpfCommand.LINK_CREATE.number());
    }
}
