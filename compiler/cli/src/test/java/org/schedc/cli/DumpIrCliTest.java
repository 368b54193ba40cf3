package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.testing.Cli;
import org.schedc.testing.Golden;

/** {@code schedc compile --dump-ir}: the IR text is stable (a golden), and the option leaves POLICY positional. */
class DumpIrCliTest {
    @TempDir Path dir;

    private Cli.Result compile(String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "compile";
        System.arraycopy(extra, 0, args, 1, extra.length);
        args[extra.length + 1] = Golden.REPO.resolve("examples/simple.sched").toString();
        args[extra.length + 2] = "-o";
        args[extra.length + 3] = dir.resolve("simple.bpf.o").toString();
        Cli.Result r = Cli.run(args);
        Cli.assertNoStackTrace(r);
        return r;
    }

    @Test
    void dumpOfSimpleMatchesTheGolden() {
        Cli.Result r = compile("--dump-ir");
        assertEquals(Main.OK, r.exit(), r::toString);
        Golden.check(Golden.RESOURCES.resolve("ir/simple.dump-ir"), r.out());
    }

    @Test
    void dumpAfterEveryPassNamesEachPass() {
        Cli.Result r = compile("--dump-ir=all");
        assertEquals(Main.OK, r.exit(), r::toString);
        for (String pass : org.schedc.ir.passes.Passes.STANDARD.passNames()) {
            assertTrue(r.out().contains("; enqueue after " + pass), () -> "no dump after " + pass + ":\n" + r);
        }
        assertTrue(r.out().contains("; enqueue after constant-propagation (round 1)"), r::toString);
    }

    @Test
    void withoutTheOptionNothingIsPrinted() {
        Cli.Result r = compile();
        assertEquals(Main.OK, r.exit(), r::toString);
        assertEquals("", r.out());
    }
}
