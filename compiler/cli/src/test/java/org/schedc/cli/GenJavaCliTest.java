package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.testing.Cli;

/** {@code schedc gen java} on the host: what it writes, and every bad input refused with a code and nothing written. */
class GenJavaCliTest {
    @TempDir Path dir;

    private static Cli.Result run(String... args) {
        Cli.Result r = Cli.run(args);
        Cli.assertNoStackTrace(r);
        return r;
    }

    @Test
    void writesThePolicysClassesUnderItsPackage() throws Exception {
        Cli.Result r = run("gen", "java", MainCliTest.EXAMPLES.resolve("video.sched").toString(), "--package", "com.example.video", "-o", dir.toString());
        assertEquals(Main.OK, r.exit(), r.toString());
        Path pkg = dir.resolve("com/example/video");
        List<String> names;
        try (var s = Files.list(pkg)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("VideoCounters.java", "VideoCpuState.java", "VideoEvent.java", "VideoPolicy.java", "VideoService.java", "VideoTag.java"), names);
        assertTrue(r.out().contains("wrote 6 files to " + pkg), r.out());
        assertTrue(Files.readString(pkg.resolve("VideoTag.java")).contains("DECODER(1, \"decoder\")"));
        // a policy without tags or state gets no tag enum and no state records
        Cli.Result fifo = run("gen", "java", MainCliTest.EXAMPLES.resolve("fifo.sched").toString(), "--package", "f", "-o", dir.toString());
        assertEquals(Main.OK, fifo.exit(), fifo.toString());
        try (var s = Files.list(dir.resolve("f"))) {
            assertEquals(List.of("FifoCounters.java", "FifoEvent.java", "FifoPolicy.java", "FifoService.java"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void badInputsAreRefusedAndWriteNothing() throws Exception {
        String policy = MainCliTest.EXAMPLES.resolve("game.sched").toString();
        refused(Main.USAGE, "error[E0930]", "gen", "java", policy, "--package", "com.class", "-o", dir.toString());
        refused(Main.USAGE, "error[E0930]", "gen", "java", policy, "--package", "java.game", "-o", dir.toString());
        refused(Main.USAGE, "E0001", "gen", "java", dir.resolve("missing.sched").toString(), "--package", "p", "-o", dir.toString());
        Path broken = dir.resolve("broken.sched");
        Files.writeString(broken, "policy broken {\n  on enqueue(p, f) { insert p into nowhere }\n}\n");
        refused(Main.INPUT_ERRORS, "broken.sched:2:", "gen", "java", broken.toString(), "--package", "p", "-o", dir.toString());
        Path module = Path.of("../../stdlib/src/main/sched/idle_select.sched");
        refused(Main.INPUT_ERRORS, "error[E0326]", "gen", "java", module.toString(), "--package", "p", "-o", dir.toString());
        Cli.Result missing = run("gen", "java", policy);
        assertEquals(Main.USAGE, missing.exit(), "--package is required: " + missing);
        Cli.Result bare = run("gen");
        assertEquals(Main.USAGE, bare.exit(), bare.toString());
        try (var s = Files.list(dir)) {
            assertEquals(List.of("broken.sched"), s.map(p -> p.getFileName().toString()).toList(), "nothing generated");
        }
    }

    @Test
    void aDirectoryInTheWayOfAFileLeavesNoHalfSkeleton() throws Exception {
        Files.createDirectories(dir.resolve("p/FifoPolicy.java"));
        Cli.Result r = run("gen", "java", MainCliTest.EXAMPLES.resolve("fifo.sched").toString(), "--package", "p", "-o", dir.toString());
        assertEquals(Main.USAGE, r.exit(), r.toString());
        assertTrue(r.err().contains("FifoPolicy.java"), r.err());
        assertFalse(Files.exists(dir.resolve("p/FifoCounters.java")), "checked before the first file is written");
    }

    private static void refused(int exit, String text, String... args) {
        Cli.Result r = run(args);
        assertEquals(exit, r.exit(), r.toString());
        assertTrue(r.err().contains(text), r.toString());
    }
}
