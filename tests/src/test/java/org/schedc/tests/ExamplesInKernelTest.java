package org.schedc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schedc.kernel.BatchResult;
import org.schedc.kernel.KernelHarness;
import org.schedc.kernel.ObjectVerdict;
import org.schedc.kernel.VerdictReport;

/**
 * The judge: every example, compiled once, is registered in each real kernel (one boot per kernel),
 * schedules a mixed CPU/sleep workload with more runnable tasks than CPUs for 10 s, and must stay
 * enabled with its name in root/ops and no sched_ext error in the kernel log. Fails, never skips,
 * when the kernels cannot be booted.
 */
class ExamplesInKernelTest {
    private static final Duration WORKLOAD = Duration.ofSeconds(10);

    static Stream<String> kernels() {
        return KernelHarness.kernels().stream();
    }

    @ParameterizedTest(name = "kernel {0}")
    @MethodSource("kernels")
    void everyExampleRunsEnabledUnderLoad(String kernel, @TempDir Path dir) throws Exception {
        ExampleObjects.writeAll(dir);
        BatchResult batch = KernelHarness.runBatchDetailed(kernel, dir, WORKLOAD);
        System.out.print(VerdictReport.render(batch));
        Map<String, ObjectVerdict> verdicts = batch.verdicts();
        for (ExampleObjects.Example e : ExampleObjects.all()) {
            ObjectVerdict v = verdicts.get(e.name());
            assertNotNull(v, "no verdict for " + e.name() + " on " + kernel);
            assertTrue(v.accepted(), v.summary() + "\n" + v.verifierError() + "\n" + v.loaderLog());
            assertEquals(e.name(), v.ops(), "root/ops must name the policy");
            assertTrue(v.ranEnabled(), v.summary() + " sched_ext log: " + v.schedExtLog());
            assertTrue(!v.programs().isEmpty() && v.programs().stream().allMatch(p -> p.processedInsns() > 0), "verifier stats: " + v.programs());
            for (var p : v.programs()) {
                System.out.printf("kernel %s %s %s: processed %d insns%n", kernel, e.name(), p.name(), p.processedInsns());
            }
        }
    }
}
