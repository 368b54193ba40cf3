package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.testing.Golden;

/**
 * The picocli-free path for a plain {@code compile} ({@link FastCompile}) must mean exactly what picocli
 * makes of the same command line: same exit code, same output, same object; and everything it does not
 * take falls back to picocli.
 */
class FastCompileTest {
    private static final String FIFO = Golden.REPO.resolve("examples/fifo.sched").toString();

    @TempDir Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(boolean picocliOnly, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = picocliOnly ? Main.runWithPicocli(args, new PrintWriter(out), new PrintWriter(err)) : Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    private static PrintWriter sink() { return new PrintWriter(new StringWriter()); }

    @Test
    void plainCompileLinesTakeTheFastPath() {
        for (String[] args : List.of(
                new String[] {"compile", FIFO},
                new String[] {"compile", FIFO, "-o", "x.o"},
                new String[] {"compile", "-o", "x.o", FIFO, "--asm"},
                new String[] {"compile", "--output=x.o", "--kernel=7.3", FIFO},
                new String[] {"compile", FIFO, "-k", "7.2", "--kernel", "7.3.4"})) {
            assertTrue(FastCompile.parse(args, sink(), sink()).isPresent(), String.join(" ", args));
        }
        CompileCommand c = FastCompile.parse(new String[] {"compile", "-k", "7.2", FIFO, "--output=o.o", "--kernel=7.3", "--asm"}, sink(), sink()).orElseThrow();
        assertEquals(Path.of(FIFO), c.input);
        assertEquals(Path.of("o.o"), c.output);
        assertEquals(List.of("7.2", "7.3"), c.kernels);
        assertTrue(c.asm);
    }

    @Test
    void everythingElseFallsBackToPicocli() {
        for (String[] args : List.of(
                new String[] {"compile"}, new String[] {"compile", "--help"}, new String[] {"compile", "-h", FIFO},
                new String[] {"compile", FIFO, "-o"}, new String[] {"compile", FIFO, "-o", "a", "-o", "b"},
                new String[] {"compile", FIFO, "-ox.o"}, new String[] {"compile", FIFO, "-o", "--asm"},
                new String[] {"compile", FIFO, "--asm", "--asm"}, new String[] {"compile", FIFO, "other.sched"},
                new String[] {"compile", FIFO, "--output="}, new String[] {"compile", FIFO, "--asm=true"},
                new String[] {"compile", FIFO, "--dump-ir"}, new String[] {"compile", FIFO, "--"},
                new String[] {"check", FIFO}, new String[] {"--version"}, new String[] {})) {
            assertFalse(FastCompile.parse(args, sink(), sink()).isPresent(), String.join(" ", args));
        }
    }

    @Test
    void bothPathsGiveTheSameResults() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.sched"), "policy bad {\n  queue q: fifo\n  on enqueue(p, enq_flags) { insert p into qq slice 5ms }\n}\n");
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"compile", FIFO, "-o", dir.resolve("a.o").toString(), "--asm"});
        lines.add(new String[] {"compile", "--kernel=7.3", "--output=" + dir.resolve("b.o"), FIFO});
        lines.add(new String[] {"compile", bad.toString(), "-o", dir.resolve("c.o").toString()});
        lines.add(new String[] {"compile", dir.resolve("missing.sched").toString(), "-o", dir.resolve("d.o").toString()});
        lines.add(new String[] {"compile", FIFO, "-k", "9.9", "-o", dir.resolve("e.o").toString()});
        lines.add(new String[] {"compile", FIFO, "-o", FIFO});
        for (String[] args : lines) {
            assertTrue(FastCompile.parse(args, sink(), sink()).isPresent(), String.join(" ", args));
            Run fast = run(false, args);
            byte[] fastObject = objectOf(args);
            Run slow = run(true, args);
            byte[] slowObject = objectOf(args);
            assertEquals(slow, fast, String.join(" ", args));
            assertArrayEquals(slowObject, fastObject, String.join(" ", args));
        }
    }

    private static byte[] objectOf(String[] args) throws IOException {
        for (int i = 0; i < args.length; i++) {
            String o = args[i].startsWith("--output=") ? args[i].substring(9) : args[i].equals("-o") ? args[i + 1] : null;
            if (o != null && o.endsWith(".o")) {
                Path p = Path.of(o);
                if (!Files.exists(p)) return new byte[0];
                byte[] b = Files.readAllBytes(p);
                Files.delete(p);
                return b;
            }
        }
        return new byte[0];
    }
}
