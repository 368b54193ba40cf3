package org.schedc.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Target resolution against a fake /proc and cgroup tree: a typo is an error, not a silent no-op tag. */
class TagTargetsTest {
    @TempDir Path root;
    private TagTargets targets;

    @BeforeEach
    void fakeSystem() throws Exception {
        Path proc = root.resolve("proc");
        Files.createDirectories(proc.resolve("100"));
        Files.writeString(proc.resolve("100/status"), "Name:\tgame\nTgid:\t100\nPid:\t100\n");
        Files.createDirectories(proc.resolve("101"));
        Files.writeString(proc.resolve("101/status"), "Name:\tRenderThread\nTgid:\t100\nPid:\t101\n");
        Path cg = root.resolve("cgroup");
        Files.createDirectories(cg.resolve("game"));
        Files.writeString(cg.resolve("game/cgroup.procs"), "");
        Files.createDirectories(cg.resolve("plain-dir"));
        targets = new TagTargets(proc, cg);
    }

    @Test
    void existingPidsAndProcessesResolve() throws PolicyMapException {
        assertEquals(new TagTarget(TagKind.TASK, 101, "pid 101"), targets.pid(101, true));
        assertEquals(new TagTarget(TagKind.PROC, 100, "tgid 100"), targets.tgid(100, true));
    }

    @Test
    void missingPidIsAnInputError() {
        var e = assertThrows(PolicyMapException.class, () -> targets.pid(999999, true));
        assertEquals(PolicyMapException.INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("no such pid 999999"), e.getMessage());
        var t = assertThrows(PolicyMapException.class, () -> targets.tgid(999999, true));
        assertTrue(t.getMessage().startsWith("no such process 999999"), t.getMessage());
    }

    @Test
    void staleIdsMayBeClearedOrShown() throws PolicyMapException {
        assertEquals(999999, targets.pid(999999, false).id());
        assertEquals(999999, targets.tgid(999999, false).id());
    }

    @Test
    void aThreadIsNotAProcess() {
        var e = assertThrows(PolicyMapException.class, () -> targets.tgid(101, true));
        assertEquals("101 is a thread of process 100, not a process; use --pid 101 for the thread or --tgid 100 for its process", e.getMessage());
    }

    @Test
    void cgroupsResolveByPathOrUnderTheRootToTheirInode() throws Exception {
        long ino = ((Number) Files.getAttribute(root.resolve("cgroup/game"), "unix:ino")).longValue();
        assertEquals(ino, targets.cgroup("/game").id());
        assertEquals(ino, targets.cgroup("game").id());
        assertEquals(ino, targets.cgroup(root.resolve("cgroup/game").toString()).id());
        assertEquals(TagKind.CGROUP, targets.cgroup("/game").kind());
    }

    @Test
    void missingOrNonCgroupDirectoriesAreInputErrors() {
        var e = assertThrows(PolicyMapException.class, () -> targets.cgroup("/no/such/group"));
        assertTrue(e.getMessage().startsWith("no such cgroup /no/such/group"), e.getMessage());
        var d = assertThrows(PolicyMapException.class, () -> targets.cgroup("/plain-dir"));
        assertTrue(d.getMessage().contains("is not a cgroup directory"), d.getMessage());
        assertThrows(PolicyMapException.class, () -> targets.cgroupId(0));
    }
}
