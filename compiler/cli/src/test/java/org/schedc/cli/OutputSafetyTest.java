package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.testing.Cli;
import org.schedc.testsupport.Needs;

/**
 * Issue 14 item 3: no command that writes may destroy data. An output that is an input or an imported
 * module (E0004), or exists and is not a regular file (E0005), is refused with exit 2 and left as it was;
 * symbolic links are followed and survive; nothing half-written or temporary is ever left behind.
 */
class OutputSafetyTest {
    private static final byte[] ELF_MAGIC = {0x7f, 'E', 'L', 'F'};
    private static final String MODULE = """
            module helpers

            const HELPER_SLICE = 5ms
            """;
    private static final String POLICY = """
            import "helpers.sched"

            policy user {
              queue main: fifo

              on enqueue(p, enq_flags) {
                insert p into main slice HELPER_SLICE
              }

              on dispatch(cpu, prev) {
                move main to local
              }
            }
            """;

    @TempDir Path dir;

    private static Cli.Result run(String... args) {
        Cli.Result r = Cli.run(args);
        Cli.assertNoStackTrace(r);
        return r;
    }

    private Path policy() throws IOException {
        Files.writeString(dir.resolve("helpers.sched"), MODULE);
        return Files.writeString(dir.resolve("user.sched"), POLICY);
    }

    private List<String> filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void refused(Cli.Result r, String code) {
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("error[" + code + "]"), r::toString);
        assertEquals("", r.out(), r::toString);
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor(), "mkfifo (coreutils) must work to test special files");
        return p;
    }

    private static boolean isSpecial(Path p) throws IOException {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS) && Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS).isOther();
    }

    // ------------------------------------------------------------------ the output is an input

    @Test
    void compileRefusesToOverwriteItsInput() throws IOException {
        Path src = policy();
        Cli.Result r = run("compile", src.toString(), "-o", src.toString());
        refused(r, "E0004");
        assertTrue(r.err().contains("the input"), r::toString);
        assertEquals(POLICY, Files.readString(src));
        assertEquals(List.of("helpers.sched", "user.sched"), filesIn(dir));
    }

    @Test
    void theInputIsRecognisedUnderAnotherSpellingAndThroughALink() throws IOException {
        Path src = policy();
        Files.createDirectory(dir.resolve("sub"));
        Cli.Result r = run("compile", src.toString(), "-o", dir.resolve("sub/../user.sched").toString());
        refused(r, "E0004");
        Path link = Files.createSymbolicLink(dir.resolve("link.o"), src.getFileName());
        r = run("compile", src.toString(), "-o", link.toString());
        refused(r, "E0004");
        assertEquals(POLICY, Files.readString(src));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void compileRefusesToOverwriteAnImportedModule() throws IOException {
        Path src = policy();
        Path module = dir.resolve("helpers.sched");
        Cli.Result r = run("compile", src.toString(), "-o", module.toString());
        refused(r, "E0004");
        assertTrue(r.err().contains("module"), r::toString);
        assertEquals(MODULE, Files.readString(module));
    }

    @Test
    void checkOutputRefusesAnyInputOrModule() throws IOException {
        Path src = policy();
        Path other = Files.writeString(dir.resolve("other.sched"), "policy other {\n}\n");
        for (Path victim : List.of(src, other, dir.resolve("helpers.sched"))) {
            String before = Files.readString(victim);
            Cli.Result r = run("check", other.toString(), src.toString(), "--output", victim.toString());
            refused(r, "E0004");
            assertEquals(before, Files.readString(victim));
        }
    }

    @Test
    void snapshotRefusesToOverwriteItsBtf() throws IOException {
        Path btf = Files.write(dir.resolve("vmlinux.btf"), new byte[] {1, 2, 3});
        // Corrupt BTF is reported first; what matters is that the input is never replaced.
        Cli.Result r = run("kabi-snapshot", "--btf", btf.toString(), "-o", btf.toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(btf));
    }

    // ------------------------------------------------------------------ the output is not a regular file

    @Test
    void compileRefusesAFifoAndLeavesIt() throws Exception {
        Path src = policy();
        Path pipe = fifo("out.o");
        Cli.Result r = run("compile", src.toString(), "-o", pipe.toString());
        refused(r, "E0005");
        assertTrue(r.err().contains("FIFO"), r::toString);
        assertTrue(isSpecial(pipe), "the FIFO must still be there");
        assertEquals(List.of("helpers.sched", "out.o", "user.sched"), filesIn(dir), "no temporary file left");
    }

    @Test
    @Tag(Needs.ROOT)
    void compileRefusesADeviceNode() throws Exception {
        Path dev = dir.resolve("null");
        Process mk = new ProcessBuilder("mknod", dev.toString(), "c", "1", "3").redirectErrorStream(true).start();
        Needs.environment(mk.waitFor() == 0, "mknod needs root; the FIFO test covers special files otherwise");
        Cli.Result r = run("compile", policy().toString(), "-o", dev.toString());
        refused(r, "E0005");
        assertTrue(r.err().contains("character device"), r::toString);
        assertTrue(r.err().contains("schedc check"), "suggests check for a compile that writes nothing: " + r);
        assertTrue(isSpecial(dev), "the device node must still be a special file");
    }

    @Test
    void aSymlinkToASpecialFileIsCheckedAtItsTarget() throws Exception {
        Path pipe = fifo("pipe");
        Path link = Files.createSymbolicLink(dir.resolve("out.o"), pipe.getFileName());
        Cli.Result r = run("compile", policy().toString(), "-o", link.toString());
        refused(r, "E0005");
        assertTrue(r.err().contains("symbolic link"), r::toString);
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(isSpecial(pipe));
    }

    @Test
    void checkOutputRefusesAFifoAndADirectory() throws Exception {
        Path src = policy();
        refused(run("check", src.toString(), "--output", fifo("report").toString()), "E0005");
        Path d = Files.createDirectory(dir.resolve("reports"));
        Cli.Result r = run("check", src.toString(), "--output", d.toString());
        refused(r, "E0005");
        assertTrue(r.err().contains("directory"), r::toString);
    }

    @Test
    void rewritingInPlaceRefusesAFifo() throws Exception {
        // fmt's writer; going through fmt itself would first block reading the FIFO.
        Path pipe = fifo("p.sched");
        assertTrue(isSpecial(pipe));
        OutputFiles.Refused e = org.junit.jupiter.api.Assertions.assertThrows(OutputFiles.Refused.class,
                () -> OutputFiles.rewrite(pipe, new byte[] {1}));
        assertEquals("E0005", e.code());
        assertTrue(isSpecial(pipe));
    }

    // ------------------------------------------------------------------ symbolic links are followed and kept

    @Test
    void compileThroughASymlinkWritesItsTargetAndKeepsTheLink() throws IOException {
        Files.createDirectory(dir.resolve("build"));
        Path real = Files.writeString(dir.resolve("build/user.bpf.o"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("user.bpf.o"), Path.of("build/user.bpf.o"));
        Cli.Result r = run("compile", policy().toString(), "-o", link.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertTrue(Files.isSymbolicLink(link), "the link must survive");
        assertArrayEquals(ELF_MAGIC, java.util.Arrays.copyOf(Files.readAllBytes(real), 4));
        assertEquals(List.of("user.bpf.o"), filesIn(dir.resolve("build")), "no temporary file left");
    }

    @Test
    void aDanglingSymlinkCreatesItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("user.bpf.o"), Path.of("made.o"));
        Cli.Result r = run("compile", policy().toString(), "-o", link.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(ELF_MAGIC, java.util.Arrays.copyOf(Files.readAllBytes(dir.resolve("made.o")), 4));
    }

    @Test
    void aSymlinkLoopIsRefused() throws IOException {
        Path a = dir.resolve("a.o"), b = dir.resolve("b.o");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        refused(run("compile", policy().toString(), "-o", a.toString()), "E0005");
        assertTrue(Files.isSymbolicLink(a) && Files.isSymbolicLink(b));
    }

    @Test
    void fmtThroughASymlinkRewritesTheTargetAndKeepsTheLink() throws IOException {
        Files.createDirectory(dir.resolve("src"));
        Path real = Files.writeString(dir.resolve("src/p.sched"), "policy p {\n    timeout 5s\n}\n");
        Path link = Files.createSymbolicLink(dir.resolve("p.sched"), Path.of("src/p.sched"));
        Cli.Result r = run("fmt", link.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertTrue(Files.isSymbolicLink(link), "fmt must not replace a link with a copy");
        assertEquals("policy p {\n  timeout 5s\n}\n", Files.readString(real));
        assertEquals(List.of("p.sched"), filesIn(dir.resolve("src")));
    }

    // ------------------------------------------------------------------ atomic writes

    @Test
    void anOverwrittenOutputKeepsItsPermissionsAndANewOneIsWorldReadable() throws IOException {
        Path src = policy();
        Path kept = Files.writeString(dir.resolve("kept.o"), "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-------"));
        assertEquals(Main.OK, run("compile", src.toString(), "-o", kept.toString()).exit());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        Path fresh = dir.resolve("fresh.o");
        assertEquals(Main.OK, run("compile", src.toString(), "-o", fresh.toString()).exit());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    @Test
    void overwritingAnOrdinaryOldOutputStillWorks() throws IOException {
        Path src = policy();
        Path out = Files.writeString(dir.resolve("user.bpf.o"), "old");
        Cli.Result r = run("compile", src.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertArrayEquals(ELF_MAGIC, java.util.Arrays.copyOf(Files.readAllBytes(out), 4));
        assertFalse(Files.readString(src).isEmpty());
    }
}
