package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.testing.Cli;

/**
 * Issue 14 item 1: the loop-nest policies of src/test/resources/verifier-cost (measured against the real kernels in
 * bench/results/verifier-cost.md). Those the kernels accept must compile; those the kernels' verifiers give up on
 * ({@code E0702-*.sched}, first line {@code // expect: E0702 at L:C}) must be refused with E0702 at the outermost
 * loop, and nothing may call a verifier limit a schedc bug. The timeout only guards against a hang (the old
 * behaviour: up to 78 s per policy); what is asserted is the diagnostic.
 */
class VerifierCostCliTest {
    private static final Path DIR = Path.of("src/test/resources/verifier-cost");
    private static final Pattern EXPECT = Pattern.compile("// expect: (E\\d{4}) at (\\d+):(\\d+)");

    @TempDir Path tmp;

    static List<Path> policies() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".sched")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachPolicyCompilesOrGetsTheLoopDiagnostic() throws IOException {
        return policies().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Path out = tmp.resolve(p.getFileName() + ".bpf.o");
            Cli.Result r = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("compile", p.toString(), "-o", out.toString()));
            Cli.assertNoStackTrace(r);
            assertFalse(r.all().contains("schedc bug"), () -> "a verifier limit is the policy's, not a schedc bug:\n" + r);
            Matcher m = EXPECT.matcher(Files.readString(p));
            if (!m.find()) {
                assertEquals(Main.OK, r.exit(), r::toString);
                assertTrue(Files.exists(out));
                return;
            }
            assertEquals(Main.INPUT_ERRORS, r.exit(), r::toString);
            assertFalse(Files.exists(out), "no object for a refused policy");
            String first = r.err().lines().filter(l -> l.contains(": error[")).findFirst().orElse("");
            assertTrue(first.startsWith(p + ":" + m.group(2) + ":" + m.group(3) + ": error[" + m.group(1) + "]: "), () -> "expected "
                    + m.group(1) + " at " + m.group(2) + ":" + m.group(3) + ", got:\n" + r);
            assertTrue(first.contains("iterations") && first.contains("reduce the bounds"), () -> "the message must name the loop's cost and the fix:\n" + first);
            assertEquals(1, r.err().lines().filter(l -> l.contains(": error[")).count(), () -> "one diagnostic per nest, not one per kernel:\n" + r);
        }));
    }

    @Test
    void theMessageCountsTheNestAndItsBranches() {
        Cli.Result r = Cli.run("compile", DIR.resolve("E0702-nest16x16x16-3branches.sched").toString(), "-o", tmp.resolve("x.bpf.o").toString());
        assertTrue(r.err().contains("this loop nest runs 4,096 iterations (16 × 16 × 16) with 3 branches in its body"), r::toString);
        assertTrue(r.err().contains("more than 8,192 branches waiting to be explored"), r::toString);
    }

    @Test
    void aBoundOverTheLimitIsRefusedBeforeVerifying() {
        Cli.Result r = Cli.run("compile", DIR.resolve("E0702-static-10M.sched").toString(), "-o", tmp.resolve("x.bpf.o").toString());
        assertTrue(r.err().contains("this loop runs 10,000,000 iterations; the kernel's verifier walks every iteration (at least 2 instructions each)"), r::toString);
    }

    @Test
    void noVerifyWritesTheObjectForDiagnosis() {
        Path out = tmp.resolve("nv.bpf.o");
        Cli.Result r = Cli.run("compile", "--no-verify", DIR.resolve("E0702-nest32x32x32.sched").toString(), "-o", out.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertTrue(Files.exists(out));
        assertFalse(Cli.run("compile", "--help").all().contains("--no-verify"), "the option is hidden");
    }
}
