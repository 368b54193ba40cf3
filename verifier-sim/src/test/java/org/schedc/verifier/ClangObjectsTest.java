package org.schedc.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.btf.Btf;

/** clang-built schedulers whose verdicts and processed-instruction counts were taken from the real kernels. */
class ClangObjectsTest {
    private static VerifyReport verify(String name, Btf btf) throws Exception {
        try (InputStream in = ClangObjectsTest.class.getResourceAsStream("/clang/" + name)) {
            return VerifierSim.verify(in.readAllBytes(), btf, "k", Options.defaults());
        }
    }

    @Test
    void acceptedWithTheKernelsInstructionCounts() throws Exception {
        for (Btf k : List.of(Kernels.snapshot72(), Kernels.snapshot73())) {
            VerifyReport c1 = verify("c1.bpf.o", k);
            assertTrue(c1.accepted(), () -> ReportText.format(c1, false));
            assertEquals(List.of(20L, 41L, 25L, 10L, 11L, 4L), c1.programs().stream().map(ProgramVerdict::processedInsns).toList());
            VerifyReport c2 = verify("c2.bpf.o", k);
            assertTrue(c2.accepted(), () -> ReportText.format(c2, false));
            long n = c2.programs().getFirst().processedInsns();
            assertTrue(Math.abs(n - 585) <= 10, "kernel processed 585, simulator " + n); // precision tracking is not modelled
        }
    }

    @Test
    void rejectedWhereTheKernelRejects() throws Exception {
        ProgramVerdict c3 = verify("c3bad.bpf.o", Kernels.snapshot72()).programs().getFirst();
        assertEquals(9, c3.insnIndex());
        assertEquals("R0 invalid mem access 'map_value_or_null'", c3.message());
        assertEquals("*v += 1;", c3.source().lineText().strip());
        ProgramVerdict c4 = verify("c4bad.bpf.o", Kernels.snapshot72()).programs().getFirst();
        assertEquals(9, c4.insnIndex());
        assertEquals("invalid access to map value, value_size=128 off=248 size=8", c4.message());
    }
}
