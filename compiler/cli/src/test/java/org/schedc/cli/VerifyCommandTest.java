package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `schedc verify`: exit 0 when every program is predicted to load, 1 on a predicted rejection, 2 for unusable input. */
class VerifyCommandTest {
    private static final Path REPO = Path.of(System.getProperty("user.dir")).getParent().getParent();

    record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void compiledExampleIsPredictedToLoadOnBothKernels(@TempDir Path dir) {
        Path obj = dir.resolve("simple.bpf.o");
        assertEquals(0, run("compile", REPO.resolve("examples/simple.sched").toString(), "-o", obj.toString()).code());
        Result r = run("verify", obj.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("kernel 7.2.13: accepted") && r.out().contains("kernel 7.3.4: accepted"), r.out());
    }

    @Test
    void clangObjectCallingMoveFromEnqueueIsRejectedAtItsSourceLine() {
        Result r = run("verify", REPO.resolve("tests/kernel/reference/harness_ref_bad.bpf.o").toString(), "--format", "json");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("\"rule\": \"kfunc-not-allowed\"") && r.out().contains("\"insn\": 4") && r.out().contains("\"line\": 23"), r.out());
    }

    @Test
    void garbageIsUnusableInput(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.o");
        Files.write(junk, new byte[] {0x7f, 'E', 'L', 'F', 1, 2, 3});
        Result r = run("verify", junk.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("error[E0601]") && !r.err().contains("\tat "), r.err());
    }
}
