package org.schedc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Boots each manifest kernel once with the committed reference objects: a global-FIFO
 * scheduler that must run, and a variant the verifier must reject. If qemu, cpio or the
 * kernel inputs are missing this FAILS (KernelHarnessException), by design.
 */
class KernelHarnessSelfTest {
    private static final Duration WORKLOAD = Duration.ofSeconds(10);

    static Stream<String> kernels() {
        return KernelHarness.kernels().stream();
    }

    @ParameterizedTest(name = "kernel {0}")
    @MethodSource("kernels")
    void referenceObjectsGetTheExpectedVerdicts(String kernel, @TempDir Path objects) throws IOException {
        Path reference = HarnessFiles.harnessDir().resolve("reference");
        for (String o : List.of("harness_ref.bpf.o", "harness_ref_bad.bpf.o")) {
            Files.copy(reference.resolve(o), objects.resolve(o));
        }

        long start = System.nanoTime();
        BatchResult batch = KernelHarness.runBatchDetailed(kernel, objects, WORKLOAD);
        Duration javaWall = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("kernel %s: boot %s (guest uptime %s), batch wall %s (incl. initramfs %s)%n", kernel,
                batch.hostBootTime(), batch.guestBootTime(), batch.hostWallTime(), javaWall);
        batch.runs().forEach(r -> System.out.printf("  %s: register %s, total %s%n",
                r.verdict().name(), r.registerTime(), r.totalTime()));
        System.out.print(VerdictReport.render(batch));

        assertTrue(batch.guestRelease().startsWith(kernel), batch.guestRelease());
        var verdicts = batch.verdicts();

        ObjectVerdict good = verdicts.get("harness_ref");
        assertNotNull(good, "no verdict for harness_ref");
        assertTrue(good.registered(), good.summary() + "\n" + good.loaderLog());
        assertEquals("harness_ref", good.ops());
        assertEquals("enabled", good.stateAfterLoad());
        assertEquals("enabled", good.stateAfterWorkload());
        assertEquals(6, good.workersTotal());
        assertEquals(good.workersTotal(), good.workersDone(), good.summary());
        assertEquals(List.of(), good.schedExtErrors());
        assertTrue(good.ranEnabled(), good.summary());
        assertEquals(1, good.programs().size(), good.programs().toString());
        assertEquals("harness_ref_enqueue", good.programs().getFirst().name());
        assertTrue(good.programs().getFirst().processedInsns() > 0);
        assertEquals("disabled", batch.runs().getFirst().detachState());

        ObjectVerdict bad = verdicts.get("harness_ref_bad");
        assertNotNull(bad, "no verdict for harness_ref_bad");
        assertFalse(bad.registered(), bad.summary());
        assertFalse(bad.accepted());
        assertEquals("calling kernel function scx_bpf_dsq_move_to_local is not allowed", bad.verifierError(),
                bad.loaderLog());
        assertNotNull(bad.failingInsn(), "failing instruction index not parsed");
        assertEquals(1, bad.programs().size(), "processed-insns line of the rejected program");
    }
}
