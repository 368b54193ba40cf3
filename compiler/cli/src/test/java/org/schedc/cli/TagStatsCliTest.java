package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.testing.Cli;

/**
 * `schedc tag` and `schedc stats` argument handling and the error paths that need no root and no loaded policy;
 * the commands against real maps are tested in the kernels (tests module, TagsInKernelTest).
 */
class TagStatsCliTest {
    @TempDir Path dir;

    private static Cli.Result run(String... args) {
        Cli.Result r = Cli.run(args);
        Cli.assertNoStackTrace(r);
        assertTrue(r.exit() != Main.INTERNAL, () -> "internal error:\n" + r);
        return r;
    }

    @Test
    void tagWithoutSubcommandIsUsage() {
        Cli.Result r = run("tag");
        assertEquals(Main.USAGE, r.exit(), r.toString());
        assertTrue(r.err().contains("missing subcommand"), r.toString());
    }

    @Test
    void setNeedsPolicyExactlyOneTargetAndATag() {
        assertEquals(Main.USAGE, run("tag", "set", "--pid", "1", "render").exit(), "no --policy");
        Cli.Result two = run("tag", "set", "--policy", "game", "--pid", "1", "--uid", "2", "render");
        assertEquals(Main.USAGE, two.exit(), two.toString());
        assertTrue(two.err().contains("mutually exclusive"), two.toString());
        assertEquals(Main.USAGE, run("tag", "set", "--policy", "game", "render").exit(), "no target");
        assertEquals(Main.USAGE, run("tag", "set", "--policy", "game", "--pid", "1").exit(), "no tag");
        assertEquals(Main.USAGE, run("tag", "set", "--policy", "game", "--pid", "x", "render").exit(), "pid not a number");
    }

    @Test
    void policyNameMustBeAnIdentifier() {
        Cli.Result r = run("tag", "list", "--policy", "../etc", "--pin-root", dir.toString());
        assertEquals(Main.USAGE, r.exit(), r.toString());
        assertTrue(r.err().contains("'../etc' is not a policy name"), r.toString());
    }

    @Test
    void nonexistentPidIsAnInputErrorBeforeAnyMapIsOpened() {
        Cli.Result r = run("tag", "set", "--policy", "game", "--pid", "999999999", "--pin-root", dir.toString(), "render");
        assertEquals(Main.INPUT_ERRORS, r.exit(), r.toString());
        assertEquals("schedc tag: error: no such pid 999999999 (nothing in /proc/999999999)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void nonexistentCgroupIsAnInputError() {
        Cli.Result r = run("tag", "set", "--policy", "game", "--cgroup", dir.resolve("none").toString(), "render");
        assertEquals(Main.INPUT_ERRORS, r.exit(), r.toString());
        assertTrue(r.err().contains("no such cgroup"), r.toString());
    }

    @Test
    void missingPinnedMapIsAnIoErrorNamingThePath() throws Exception {
        Path missing = dir.resolve("game_tags_user");
        Cli.Result r = run("tag", "set", "--policy", "game", "--uid", "1000", "--pin-root", dir.toString(), "render");
        assertEquals(Main.USAGE, r.exit(), r.toString());
        // The file does not exist; bpf(2) says ENOENT, or a sandbox without bpf(2) says so in its own words.
        assertTrue(r.err().startsWith("schedc tag: error: "), r.toString());
        assertTrue(r.err().contains(missing.toString()) || r.err().contains("bpf(2)"), r.toString());
        assertTrue(Files.notExists(missing));
    }

    @Test
    void aRegularFileIsNotAPinnedMap() throws Exception {
        Path file = Files.writeString(dir.resolve("game_stats"), "not a map");
        Cli.Result r = run("stats", file.toString());
        assertTrue(r.exit() == Main.INPUT_ERRORS || r.exit() == Main.USAGE, r.toString());
        assertTrue(r.err().startsWith("schedc stats: error: "), r.toString());
        assertEquals("not a map", Files.readString(file), "nothing changed");
    }

    @Test
    void statsNeedsExactlyOneSource() {
        assertEquals(Main.USAGE, run("stats").exit());
        Cli.Result both = run("stats", "--policy", "game", "/sys/fs/bpf/game_stats");
        assertEquals(Main.USAGE, both.exit(), both.toString());
        assertEquals(Main.USAGE, run("stats", "--policy", "game", "--format", "xml").exit());
    }

    @Test
    void helpListsTheSubcommands() {
        Cli.Result r = run("tag", "--help");
        assertEquals(Main.OK, r.exit());
        for (String sub : new String[] {"set", "get", "clear", "list"}) {
            assertTrue(r.out().contains(sub), r.toString());
        }
        assertEquals(Main.OK, run("tag", "set", "--help").exit());
        assertEquals(Main.OK, run("stats", "--help").exit());
    }
}
