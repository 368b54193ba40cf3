package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.schedc.diag.SourceFile;
import org.schedc.format.FormatException;
import org.schedc.format.Formatter;
import org.schedc.testing.Cli;
import org.schedc.testing.Compilation;
import org.schedc.testing.PolicyGenerator;

/**
 * Random valid policies from {@link PolicyGenerator} (every construct of docs/language.md) compile within a
 * bound, and {@code fmt} is idempotent on them and keeps them compiling. The kernel judges a fixed-seed sample
 * of the same generator in the tests module (GeneratedPoliciesInKernelTest).
 */
class GeneratedPolicyPropertiesTest {
    /**
     * Generous against the 2 s of verifier-sim time per policy: this is one whole in-process compile
     * (parse to verifier-sim, both kernels) on a shared CI machine; the campaign report records the real times.
     */
    static final long BOUND_MS = 10_000;

    @Property(tries = 300)
    void generatedPoliciesCompileWithinTheBound(@ForAll long seed) {
        String policy = new PolicyGenerator(seed).generate();
        long start = System.nanoTime();
        Compilation.Outcome o = Compilation.compile("gen.sched", policy, java.util.List.of());
        long ms = (System.nanoTime() - start) / 1_000_000;
        Statistics.label("compile time").collect(ms < 250 ? "< 250 ms" : ms < 1000 ? "< 1 s" : ms < 2000 ? "< 2 s" : ">= 2 s");
        assertTrue(o.succeeded(), () -> "seed " + seed + ":\n" + policy + "\n" + o.golden());
        assertTrue(ms < BOUND_MS, () -> "seed " + seed + " took " + ms + " ms:\n" + policy);
    }

    @Property(tries = 200)
    void formattingIsIdempotentAndKeepsThePolicyCompiling(@ForAll long seed) throws FormatException {
        String policy = new PolicyGenerator(seed).generate();
        String once = Formatter.format(new SourceFile("gen.sched", policy));
        String twice = Formatter.format(new SourceFile("gen.sched", once));
        assertEquals(once, twice, () -> "fmt is not idempotent on seed " + seed + ":\n" + policy);
        Statistics.label("fmt").collect(once.equals(policy) ? "already formatted" : "reformatted");
        Compilation.Outcome o = Compilation.compile("gen.sched", once, java.util.List.of());
        assertTrue(o.succeeded(), () -> "seed " + seed + " no longer compiles after fmt:\n" + once + "\n" + o.golden());
    }

    @Property(tries = 20)
    void generatedPoliciesCompileOnTheCommandLine(@ForAll long seed) throws IOException {
        String policy = new PolicyGenerator(seed).generate();
        Path dir = Files.createTempDirectory("schedc-gen");
        Path src = dir.resolve("gen.sched"), out = dir.resolve("gen.bpf.o");
        try {
            Files.writeString(src, policy);
            Cli.Result r = Cli.run("compile", src.toString(), "-o", out.toString());
            assertEquals(Main.OK, r.exit(), () -> "seed " + seed + ":\n" + policy + "\n" + r);
            assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F'}, Arrays.copyOf(Files.readAllBytes(out), 4));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(src);
            Files.deleteIfExists(dir);
        }
    }

    @Example
    void generatorIsDeterministicAndVaried() {
        assertEquals(new PolicyGenerator(7).generate(), new PolicyGenerator(7).generate());
        assertNotEquals(new PolicyGenerator(7).generate(), new PolicyGenerator(8).generate());
    }
}
