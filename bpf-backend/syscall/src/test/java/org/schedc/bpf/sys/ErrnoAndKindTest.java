package org.schedc.bpf.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrnoAndKindTest {
    @Test
    void namesTheErrnosBpfReturns() {
        assertEquals("ENOENT", Errno.name(2));
        assertEquals("EPERM", Errno.name(1));
        assertEquals("EACCES", Errno.name(13));
        assertEquals("EINVAL", Errno.name(22));
        assertEquals("E2BIG", Errno.name(7));
        assertEquals("ENOSPC", Errno.name(28));
        assertEquals("ENOTSUPP", Errno.name(524));
        assertEquals("errno 4242", Errno.name(4242));
        assertEquals("unknown error", Errno.meaning(4242));
    }

    @Test
    void permissionErrorsSayWhatIsNeeded() {
        BpfException e = BpfException.of(BpfCommand.OBJ_GET, Errno.EPERM, "/sys/fs/bpf/x");
        assertTrue(e.isPermission());
        assertTrue(e.getMessage().startsWith("permission denied: bpf(2) needs CAP_BPF/root"), e.getMessage());
        BpfException acc = BpfException.of(BpfCommand.MAP_UPDATE_ELEM, Errno.EACCES, "on /sys/fs/bpf/x");
        assertTrue(acc.isPermission());
    }

    @Test
    void otherErrorsNameCommandErrnoAndContext() {
        BpfException e = BpfException.of(BpfCommand.MAP_UPDATE_ELEM, Errno.ENOSPC, "on /sys/fs/bpf/p_tags_task");
        assertFalse(e.isPermission());
        assertEquals(Errno.ENOSPC, e.errno());
        assertEquals("BPF_MAP_UPDATE_ELEM on /sys/fs/bpf/p_tags_task failed: ENOSPC (no space left (map full))", e.getMessage());
    }

    @Test
    void fdinfoTellsMapsFromProgramsAndLinks() {
        assertEquals(PinnedObjectKind.MAP, PinnedObjectKind.fromFdinfo(List.of("pos:\t0", "flags:\t02000002", "mnt_id:\t15", "ino:\t1", "map_type:\t1", "key_size:\t4")));
        assertEquals(PinnedObjectKind.PROGRAM, PinnedObjectKind.fromFdinfo(List.of("pos:\t0", "prog_type:\t27", "prog_jited:\t1")));
        assertEquals(PinnedObjectKind.LINK, PinnedObjectKind.fromFdinfo(List.of("pos:\t0", "link_type:\tstruct_ops", "link_id:\t3")));
        assertEquals(PinnedObjectKind.OTHER, PinnedObjectKind.fromFdinfo(List.of("pos:\t0", "flags:\t0")));
    }

    @Test
    void mapTypeNames() {
        assertEquals("BPF_MAP_TYPE_HASH", MapTypes.name(1));
        assertEquals("BPF_MAP_TYPE_PERCPU_ARRAY", MapTypes.name(6));
        assertEquals("BPF_MAP_TYPE_TASK_STORAGE", MapTypes.name(29));
        assertEquals("map type 999", MapTypes.name(999));
        assertTrue(MapTypes.isPerCpu(MapTypes.PERCPU_ARRAY));
        assertFalse(MapTypes.isPerCpu(MapTypes.HASH));
    }
}
