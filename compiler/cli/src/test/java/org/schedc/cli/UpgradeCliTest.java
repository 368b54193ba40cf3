package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.bpf.loader.SchedExt;
import org.schedc.testing.Cli;
import org.schedc.testsupport.Needs;

/**
 * {@code schedc upgrade} without a kernel to upgrade in: bad input is refused before anything is touched. The
 * upgrade itself (state carried over, an incompatible layout refused, --fresh-state) runs in RunInKernelTest.
 */
class UpgradeCliTest {
    @TempDir Path dir;

    private static Cli.Result run(String... args) {
        Cli.Result r = Cli.run(args);
        Cli.assertNoStackTrace(r);
        return r;
    }

    @Test
    void aMissingObjectIsAUsageErrorNamingTheFile() {
        Cli.Result r = run("upgrade", dir.resolve("nothing.bpf.o").toString());
        assertEquals(Main.USAGE, r.exit(), r.toString());
        assertTrue(r.err().contains("error[E0001]") && r.err().contains("nothing.bpf.o"), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void withNoPolicyRunningThereIsNothingToUpgrade() throws Exception {
        Needs.environment(!SchedExt.read().enabled(), "a sched_ext policy is running on this machine");
        Path obj = dir.resolve("fifo.bpf.o");
        Cli.Result c = run("compile", MainCliTest.EXAMPLES.resolve("fifo.sched").toString(), "-o", obj.toString());
        assertEquals(Main.OK, c.exit(), c.toString());
        Cli.Result r = run("upgrade", obj.toString());
        assertEquals(Main.USAGE, r.exit(), r.toString());
        assertTrue(r.err().contains("error[E0917]: nothing to upgrade"), r.toString());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(Files.exists(obj));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Result r = run("upgrade", "--keep-everything", "x.bpf.o");
        assertEquals(Main.USAGE, r.exit(), r.toString());
        assertTrue(r.err().contains("--keep-everything"), r.toString());
    }
}
