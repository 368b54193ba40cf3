package org.schedc.cli;

import org.schedc.testing.Golden;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.testing.Cli;

/** The command line through {@link Main#run}: exit codes, messages, and what is (not) left on disk. */
class MainCliTest {
    static final Path EXAMPLES = Golden.REPO.resolve("examples");
    private static final byte[] ELF_MAGIC = {0x7f, 'E', 'L', 'F'};
    private static final String BAD_POLICY = """
            policy bad {
              queue q: fifo
              on enqueue(p, enq_flags) {
                insert p into qq slice 5ms
              }
              on dispatch(cpu, prev) {
                move q to local
              }
            }
            """;

    @TempDir Path dir;

    private static Cli.Result run(String... args) {
        Cli.Result r = Cli.run(args);
        Cli.assertNoStackTrace(r);
        assertTrue(r.exit() != Main.INTERNAL, () -> "internal error:\n" + r);
        return r;
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private List<String> filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] head(Path p, int n) throws IOException {
        return Arrays.copyOf(Files.readAllBytes(p), n);
    }

    // ------------------------------------------------------------------ compile

    @Test
    void compileWritesAnElfObjectAndExitsZero() throws IOException {
        Path out = dir.resolve("simple.bpf.o");
        Cli.Result r = run("compile", EXAMPLES.resolve("simple.sched").toString(), "-o", out.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertEquals("", r.err(), "a clean compile prints nothing on stderr");
        assertArrayEquals(ELF_MAGIC, head(out, 4));
        assertEquals(List.of("simple.bpf.o"), filesIn(dir), "no temporary files are left next to the output");
    }

    @Test
    void everyExampleCompiles() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            for (Path example : s.filter(p -> p.toString().endsWith(".sched")).sorted().toList()) {
                Path out = dir.resolve(example.getFileName() + ".o");
                Cli.Result r = run("compile", example.toString(), "-o", out.toString());
                assertEquals(Main.OK, r.exit(), () -> example + "\n" + r);
                assertTrue(Files.size(out) > 64, example.toString());
            }
        }
    }

    @Test
    void defaultOutputNameReplacesTheSchedExtension() throws IOException {
        Path src = dir.resolve("fifo.sched");
        Files.copy(EXAMPLES.resolve("fifo.sched"), src);
        Cli.Result r = run("compile", src.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertArrayEquals(ELF_MAGIC, head(dir.resolve("fifo.bpf.o"), 4));
    }

    @Test
    void compilingTwiceGivesTheSameBytes() throws IOException {
        Path a = dir.resolve("a.o"), b = dir.resolve("b.o");
        assertEquals(Main.OK, run("compile", EXAMPLES.resolve("interactive.sched").toString(), "-o", a.toString()).exit());
        assertEquals(Main.OK, run("compile", EXAMPLES.resolve("interactive.sched").toString(), "-o", b.toString()).exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "output must be deterministic");
    }

    @Test
    void asmOptionPrintsEveryProgram() {
        Cli.Result r = run("compile", EXAMPLES.resolve("fifo.sched").toString(), "-o", dir.resolve("f.o").toString(), "--asm");
        assertEquals(Main.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("struct_ops/enqueue:"), r::toString);
        assertTrue(r.out().contains("struct_ops/dispatch:"), r::toString);
        assertTrue(r.out().contains("exit"), r::toString);
    }

    @Test
    void inputErrorsExitOneWithJavacStyleDiagnosticsAndNoOutput() throws IOException {
        Path src = write("bad.sched", BAD_POLICY);
        Path out = dir.resolve("bad.bpf.o");
        Cli.Result r = run("compile", src.toString(), "-o", out.toString());
        assertEquals(Main.INPUT_ERRORS, r.exit(), r::toString);
        List<String> lines = r.err().lines().toList();
        assertEquals(src + ":4:19: error[E0206]: unknown queue 'qq' (did you mean 'q'?)", lines.get(0));
        assertEquals("    " + "    insert p into qq slice 5ms", lines.get(1), "the source line follows the headline");
        assertEquals("    " + " ".repeat(18) + "^^", lines.get(2), "a caret marks the span");
        assertEquals("", r.out());
        assertFalse(Files.exists(out), "no object for a policy with errors");
        assertEquals(List.of("bad.sched"), filesIn(dir), "nothing else is left in the directory");
    }

    @Test
    void inputErrorsLeaveAnExistingOutputUntouched() throws IOException {
        Path src = write("bad.sched", BAD_POLICY);
        Path out = write("old.bpf.o", "previous build");
        Cli.Result r = run("compile", src.toString(), "-o", out.toString());
        assertEquals(Main.INPUT_ERRORS, r.exit(), r::toString);
        assertEquals("previous build", Files.readString(out), "a failed compile must not replace or delete the old object");
    }

    @Test
    void syntaxErrorsExitOneToo() throws IOException {
        Path src = write("syntax.sched", "policy x {\n  queue q: fifo\n  on enqueue(p, enq_flags) {\n    insert p into q slice )\n  }\n}\n");
        Cli.Result r = run("compile", src.toString(), "-o", dir.resolve("x.o").toString());
        assertEquals(Main.INPUT_ERRORS, r.exit(), r::toString);
        assertTrue(r.err().startsWith(src + ":4:"), r::toString);
        assertTrue(r.err().contains("error[E01"), r::toString);
        assertFalse(Files.exists(dir.resolve("x.o")));
    }

    @Test
    void missingInputExitsTwoWithAClearMessage() {
        Path missing = dir.resolve("nope.sched");
        Cli.Result r = run("compile", missing.toString(), "-o", dir.resolve("x.o").toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains(missing.toString()) && r.err().contains("no such file"), r::toString);
        assertFalse(Files.exists(dir.resolve("x.o")));
    }

    @Test
    void directoryAsInputExitsTwo() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub.sched"));
        Cli.Result r = run("compile", sub.toString(), "-o", dir.resolve("x.o").toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("cannot read"), r::toString);
    }

    @Test
    void outputInAMissingDirectoryExitsTwo() {
        Path out = dir.resolve("no/such/dir/x.o");
        Cli.Result r = run("compile", EXAMPLES.resolve("fifo.sched").toString(), "-o", out.toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("cannot write"), r::toString);
    }

    @Test
    void outputUnderAFileExitsTwo() throws IOException {
        // Tests may run as root, where permission bits do not stop writes: a parent that is a file always fails.
        Path notADir = write("plain", "x");
        Cli.Result r = run("compile", EXAMPLES.resolve("fifo.sched").toString(), "-o", notADir.resolve("x.o").toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("cannot write"), r::toString);
        assertEquals(List.of("plain"), filesIn(dir));
    }

    @Test
    void outputThatIsANonEmptyDirectoryExitsTwoAndLeavesNoTempFile() throws IOException {
        Path target = Files.createDirectory(dir.resolve("target.o"));
        Files.writeString(target.resolve("keep"), "keep");
        Cli.Result r = run("compile", EXAMPLES.resolve("fifo.sched").toString(), "-o", target.toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertEquals(List.of("target.o"), filesIn(dir), "the temporary file must be removed");
        assertEquals("keep", Files.readString(target.resolve("keep")));
    }

    @Test
    void outputThatIsAnEmptyDirectoryIsRefused() throws IOException {
        Path target = Files.createDirectory(dir.resolve("empty.o"));
        Cli.Result r = run("compile", EXAMPLES.resolve("fifo.sched").toString(), "-o", target.toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(Files.isDirectory(target));
    }

    @Test
    @org.junit.jupiter.api.Tag(org.schedc.testsupport.Needs.NON_ROOT)
    void unwritableDirectoryExitsTwoWhenPermissionsApply() throws IOException {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        assertTrue(ro.toFile().setWritable(false, false));
        try {
            org.schedc.testsupport.Needs.environment(!Files.isWritable(ro), "running as root: permission bits are not enforced");
            Cli.Result r = run("compile", EXAMPLES.resolve("fifo.sched").toString(), "-o", ro.resolve("x.o").toString());
            assertEquals(Main.USAGE, r.exit(), r::toString);
            assertEquals(List.of(), filesIn(ro));
        } finally {
            ro.toFile().setWritable(true, false);
        }
    }

    // ------------------------------------------------------------------ kernels

    @Test
    void unknownKernelOnTheCommandLineExitsTwo() {
        Cli.Result r = run("compile", EXAMPLES.resolve("fifo.sched").toString(), "-o", dir.resolve("x.o").toString(), "--kernel", "6.1");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("unknown kernel '6.1'") && r.err().contains("7.2.13"), r::toString);
        assertFalse(Files.exists(dir.resolve("x.o")));
    }

    @Test
    void bundledKernelsByShortAndFullVersion() {
        for (String k : List.of("7.2", "7.3", "7.2.13", "7.3.4")) {
            Path out = dir.resolve("k" + k + ".o");
            Cli.Result r = run("compile", EXAMPLES.resolve("simple.sched").toString(), "-o", out.toString(), "-k", k);
            assertEquals(Main.OK, r.exit(), () -> k + "\n" + r);
        }
    }

    @Test
    void kernelGivenAsBtfPathWorks() throws IOException {
        Path btf = dir.resolve("linux-7.3.4.btf");
        try (InputStream in = Main.class.getResourceAsStream("/org/schedc/kabi/linux-7.3.4.btf")) {
            Files.write(btf, in.readAllBytes());
        }
        Path out = dir.resolve("x.o");
        Cli.Result r = run("compile", EXAMPLES.resolve("simple.sched").toString(), "-o", out.toString(), "--kernel", btf.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertArrayEquals(ELF_MAGIC, head(out, 4));
    }

    @Test
    void corruptBtfPathExitsTwo() throws IOException {
        Path garbage = write("garbage.btf", "this is not BTF at all, just some text that is long enough");
        Cli.Result r = run("compile", EXAMPLES.resolve("fifo.sched").toString(), "-o", dir.resolve("x.o").toString(), "--kernel", garbage.toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains(garbage.toString()), r::toString);
        assertFalse(Files.exists(dir.resolve("x.o")));
    }

    @Test
    void truncatedBtfPathExitsTwo() throws IOException {
        byte[] full;
        try (InputStream in = Main.class.getResourceAsStream("/org/schedc/kabi/linux-7.2.13.btf")) {
            full = in.readAllBytes();
        }
        for (int cut : List.of(0, 8, 24, 100, full.length / 2, full.length - 1)) {
            Path btf = dir.resolve("cut" + cut + ".btf");
            Files.write(btf, Arrays.copyOf(full, cut));
            Cli.Result r = run("compile", EXAMPLES.resolve("fifo.sched").toString(), "-o", dir.resolve("x.o").toString(), "--kernel", btf.toString());
            assertEquals(Main.USAGE, r.exit(), () -> "cut at " + cut + "\n" + r);
        }
        assertFalse(Files.exists(dir.resolve("x.o")));
    }

    @Test
    void missingBtfPathExitsTwo() {
        Cli.Result r = run("compile", EXAMPLES.resolve("fifo.sched").toString(), "-o", dir.resolve("x.o").toString(), "--kernel", dir.resolve("none.btf").toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("does not exist"), r::toString);
    }

    @Test
    void unknownKernelInThePolicyHeaderIsAnInputError() throws IOException {
        Path src = write("k.sched", Files.readString(EXAMPLES.resolve("fifo.sched")).replace("policy fifo {", "policy fifo for kernels 7.2, 5.4 {"));
        Cli.Result r = run("compile", src.toString(), "-o", dir.resolve("x.o").toString());
        assertEquals(Main.INPUT_ERRORS, r.exit(), r::toString);
        assertTrue(r.err().contains("error[E0403]") && r.err().contains("'5.4'"), r::toString);
    }

    @Test
    void kernelsListsTheBundledKernels() {
        Cli.Result r = run("kernels");
        assertEquals(Main.OK, r.exit(), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("7.2.13 ")), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("7.3.4 ")), r::toString);
    }

    // ------------------------------------------------------------------ disasm

    @Test
    void disasmPrintsEveryProgramSection() throws IOException {
        Path out = dir.resolve("simple.o");
        assertEquals(Main.OK, run("compile", EXAMPLES.resolve("simple.sched").toString(), "-o", out.toString()).exit());
        Cli.Result r = run("disasm", out.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        for (String section : List.of("struct_ops/select_cpu", "struct_ops/enqueue", "struct_ops/dispatch", "struct_ops/running",
                "struct_ops/stopping", "struct_ops/enable", "struct_ops.s/init")) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(section + " ")), () -> "missing " + section + " in\n" + r.out());
        }
        assertTrue(r.out().contains("call scx_bpf_dsq_insert_vtime"), r::toString);
        assertTrue(r.out().contains("; move shared to local"), "source lines are shown");
    }

    @Test
    void disasmOfANonElfFileExitsTwo() throws IOException {
        Path junk = write("junk.o", "definitely not an ELF file");
        Cli.Result r = run("disasm", junk.toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains(junk.toString()) && r.err().contains("not a usable BPF object"), r::toString);
    }

    @Test
    void disasmOfATruncatedObjectExitsTwo() throws IOException {
        Path out = dir.resolve("full.o");
        assertEquals(Main.OK, run("compile", EXAMPLES.resolve("simple.sched").toString(), "-o", out.toString()).exit());
        byte[] full = Files.readAllBytes(out);
        for (int cut : List.of(0, 4, 16, 63, 64, 200, full.length / 2, full.length - 1)) {
            Path t = dir.resolve("cut.o");
            Files.write(t, Arrays.copyOf(full, cut));
            Cli.Result r = run("disasm", t.toString());
            assertEquals(Main.USAGE, r.exit(), () -> "cut at " + cut + " of " + full.length + "\n" + r);
        }
    }

    @Test
    void disasmOfAMissingFileExitsTwo() {
        Cli.Result r = run("disasm", dir.resolve("none.o").toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("no such file"), r::toString);
    }

    // ------------------------------------------------------------------ usage

    @Test
    void helpExitsZero() {
        Cli.Result r = run("--help");
        assertEquals(Main.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("compile") && r.out().contains("disasm") && r.out().contains("kernels"), r::toString);
        assertEquals(Main.OK, run("--version").exit());
    }

    @Test
    void subcommandHelpExitsZero() {
        for (String sub : List.of("compile", "disasm", "kernels")) {
            Cli.Result r = run(sub, "--help");
            assertEquals(Main.OK, r.exit(), () -> sub + "\n" + r);
            assertTrue(r.out().contains("Usage"), r::toString);
        }
    }

    @Test
    void unknownSubcommandExitsTwo() {
        Cli.Result r = run("frobnicate");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("frobnicate"), r::toString);
    }

    @Test
    void unknownOptionExitsTwo() {
        Cli.Result r = run("compile", "--frob", EXAMPLES.resolve("fifo.sched").toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("--frob") && r.err().contains("--help"), r::toString);
    }

    @Test
    void missingArgumentsExitTwo() {
        assertEquals(Main.USAGE, run("compile").exit());
        assertEquals(Main.USAGE, run("disasm").exit());
        assertEquals(Main.USAGE, run("compile", EXAMPLES.resolve("fifo.sched").toString(), "-o").exit());
        assertEquals(Main.USAGE, run("compile", EXAMPLES.resolve("fifo.sched").toString(), "--kernel").exit());
    }
}
