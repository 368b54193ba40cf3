package org.schedc.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schedc.testsupport.Needs;

/** Agreement with the kernel on the clang-built reference objects of the kernel harness. */
class ReferenceObjectsTest {
    private static final Path REF = Path.of("../tests/kernel/reference");

    private static VerifyReport verify(String file, org.schedc.bpf.btf.Btf btf) throws Exception {
        // Committed fixtures: a missing one is a broken checkout, not a reason to skip.
        assertTrue(Files.isRegularFile(REF.resolve(file)), "committed fixture " + REF.resolve(file) + " is missing");
        return VerifierSim.verify(Files.readAllBytes(REF.resolve(file)), btf, "7.2.13", Options.defaults().withVerbose(true));
    }

    @Test
    void goodReferenceIsAcceptedOnBothSnapshots() throws Exception {
        for (var btf : new org.schedc.bpf.btf.Btf[] {Kernels.snapshot72(), Kernels.snapshot73()}) {
            VerifyReport r = verify("harness_ref.bpf.o", btf);
            assertTrue(r.accepted(), r.toString());
            assertEquals(1, r.programs().size());
        }
    }

    @Test
    void badReferenceIsRejectedAtInsn4() throws Exception {
        VerifyReport r = verify("harness_ref_bad.bpf.o", Kernels.snapshot72());
        assertFalse(r.accepted());
        ProgramVerdict v = r.programs().getFirst();
        assertEquals(4, v.insnIndex());
        assertEquals("kfunc-not-allowed", v.ruleId());
        assertEquals("calling kernel function scx_bpf_dsq_move_to_local is not allowed", v.message());
        assertFalse(v.trace().isEmpty());
    }

    @Test
    @Tag(Needs.KIT)
    void fullKernelBtfAgrees() throws Exception {
        Needs.kitFile(Kernels.KIT.resolve("linux-7.2.13.btf"));
        Needs.kitFile(Kernels.KIT.resolve("linux-7.3.4.btf"));
        for (String version : new String[] {"7.2.13", "7.3.4"}) {
            var btf = Kernels.full(version);
            assertTrue(verify("harness_ref.bpf.o", btf).accepted());
            assertEquals(4, verify("harness_ref_bad.bpf.o", btf).programs().getFirst().insnIndex());
        }
    }
}
