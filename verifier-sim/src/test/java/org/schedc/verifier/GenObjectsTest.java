package org.schedc.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.btf.Btf;

/**
 * Issue 16: generated policies (src/test/resources/precision, sources next to them) that the real 7.2.13 kernel
 * accepted while the simulator, comparing every live scalar when pruning, gave up at 1,000,000 steps. The kernel's
 * processed counts per program, in the object's program order, are below (7.2.13 log of the E0702 campaign).
 */
class GenObjectsTest {
    private static VerifyReport verify(String name, Btf btf) throws Exception {
        try (InputStream in = GenObjectsTest.class.getResourceAsStream("/precision/" + name + ".bpf.o")) {
            return VerifierSim.verify(in.readAllBytes(), btf, "k", Options.defaults());
        }
    }

    /**
     * Accepted, and per program at least half the kernel's count (fewer steps than that would mean pruning the kernel
     * does not do, which could hide a rejection) and at most {@code factor} times the object's total. The factor is
     * the measured gap: enqueue of gen_1395 still takes 76,236 steps against the kernel's 4,714 (the policy keeps
     * pointers and scalars in the same stack slots on different paths, which the kernel merges and the simulator,
     * without the kernel's static stack liveness, does not), so the object as a whole is within 6x.
     */
    private static void assertComparable(String name, long[] kernel, double factor) throws Exception {
        for (Btf k : List.of(Kernels.snapshot72(), Kernels.snapshot73())) {
            VerifyReport r = verify(name, k);
            assertTrue(r.accepted(), () -> name + ": " + ReportText.format(r, false));
            assertEquals(kernel.length, r.programs().size(), name);
            long simTotal = 0, kernelTotal = 0;
            for (int i = 0; i < kernel.length; i++) {
                long sim = r.programs().get(i).processedInsns();
                assertTrue(sim * 2 >= kernel[i], name + " " + r.programs().get(i).section() + ": kernel " + kernel[i] + ", simulator " + sim);
                simTotal += sim;
                kernelTotal += kernel[i];
            }
            assertTrue(simTotal <= kernelTotal * factor, name + ": kernel " + kernelTotal + " steps, simulator " + simTotal);
        }
    }

    @Test
    void gen377IsAcceptedWithinTwentyPercent() throws Exception {
        // enqueue 88,691 vs 76,004; dispatch, runnable, update_idle and init equal the kernel's
        assertComparable("gen_377", new long[] {76_004, 74, 17, 162, 14}, 1.2);
    }

    @Test
    void gen1395IsAccepted() throws Exception {
        assertComparable("gen_1395", new long[] {4_714, 792, 69_193, 2_213, 7_842}, 6);
    }

    /**
     * cpu_online (kernel: 110,325 steps) reached the limit with precision tracking alone; with the stack-argument and
     * iterator model merged beside it (helper and kfunc stack memory bounds-checked only, as the kernel does for root)
     * it is accepted too, at 456,293 steps against the kernel's 112,945 (4.0x: the stack-slot merging gap above).
     */
    @Test
    void gen91IsAccepted() throws Exception {
        assertComparable("gen_91", new long[] {913, 788, 736, 163, 110_325, 20}, 5);
    }
}
