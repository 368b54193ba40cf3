package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.testing.Cli;

/** Issue 14 item 6: {@code compile --asm} shows the code verifier-sim refused, then the rejection; nothing is written. */
class AsmOnRefusalTest {
    /** Over the verifier's pending-branch limit on both kernels (bench/results/verifier-cost.md): refused with E0702. */
    static final String REFUSED = """
            policy kickmany {
              queue q: fifo
              on enqueue(p, enq_flags) {
                insert p into q slice 5ms
              }
              on dispatch(cpu, prev) {
                move q to local
              }
              on running(p) {
                for r in 0..1024 {
                  for c in 0..64 {
                    if test_idle_cpu(c as s32) {
                      kick_cpu(c as s32)
                    }
                  }
                }
              }
            }
            """;

    @TempDir Path dir;

    @Test
    void theRefusedCodeIsListedThenTheRejection() throws IOException {
        Path src = Files.writeString(dir.resolve("kick.sched"), REFUSED);
        Path out = dir.resolve("kick.bpf.o");
        Cli.Result r = Cli.run("compile", "--asm", src.toString(), "-o", out.toString());
        Cli.assertNoStackTrace(r);
        assertEquals(Main.INPUT_ERRORS, r.exit(), r::toString);
        assertTrue(r.err().contains("error[E0702]"), () -> "the policy must still be refused (see the comment on REFUSED):\n" + r);
        assertTrue(r.out().startsWith("; verifier-sim refused this object"), r::toString);
        assertTrue(r.out().contains("struct_ops/enqueue:\n"), "every program is listed: " + r);
        int at = r.out().indexOf("struct_ops/running:\n");
        assertTrue(at >= 0, () -> "the refused program is listed:\n" + r);
        assertTrue(r.out().substring(at).contains("; if test_idle_cpu(c as s32) {"), "with the DSL lines beside the code: " + r);
        assertTrue(r.out().indexOf("; verifier-sim refused") < r.out().indexOf("struct_ops/running:"), "the note comes first");
        assertFalse(Files.exists(out), "a refused object is never written");
    }

    @Test
    void otherErrorsListNothing() throws IOException {
        Path src = Files.writeString(dir.resolve("bad.sched"), REFUSED.replace("slice 5ms", "slice nope"));
        Cli.Result r = Cli.run("compile", "--asm", src.toString(), "-o", dir.resolve("bad.o").toString());
        assertEquals(Main.INPUT_ERRORS, r.exit(), r::toString);
        assertEquals("", r.out(), "a policy that does not check has no code to show");
        assertFalse(r.err().contains("E0701"), r::toString);
    }
}
