package org.schedc.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.btf.Btf;

/**
 * Issue-16 corpus objects (tests/corpus/src/v2.bpf.c, copies in resources/v2) against the full 7.2.13 BTF, with the
 * verdicts and failing instructions the real kernels gave (tests/corpus/verdicts.tsv). They need kfuncs the KABI
 * snapshots do not carry, so the kit's BTF is required.
 */
class V2ObjectsTest {
    private static Btf kernel;

    @BeforeAll
    static void kernelBtf() throws Exception {
        assertTrue(Files.exists(Kernels.KIT.resolve("linux-7.2.13.btf")), "kernel kit BTF missing at " + Kernels.KIT);
        kernel = Kernels.full("7.2.13");
    }

    private static VerifyReport verify(String name) throws Exception {
        try (InputStream in = V2ObjectsTest.class.getResourceAsStream("/v2/c_v2_" + name + ".bpf.o")) {
            return VerifierSim.verify(in.readAllBytes(), kernel, "7.2.13", Options.defaults());
        }
    }

    private static ProgramVerdict firstRejected(VerifyReport r) {
        assertFalse(r.accepted(), () -> ReportText.format(r, false));
        return r.rejected().getFirst();
    }

    @Test
    void programsOfOtherTypesAreSkippedNotFatal() throws Exception {
        VerifyReport r = verify("fentry_beside");
        assertTrue(r.accepted(), () -> ReportText.format(r, false));
        assertEquals(1, r.skipped().size());
        assertEquals("fentry/bpf_scx_reg", r.skipped().getFirst().section());
        assertTrue(ReportText.format(r, false).contains("fentry/bpf_scx_reg: skipped (program type 'fentry' is not struct_ops"));
    }

    @Test
    void sectionSymbolCallbackResolvesAndIsRefusedAsNotModelled() throws Exception {
        ProgramVerdict v = firstRejected(verify("timer_cb"));
        assertEquals("not-modelled", v.ruleId());
        assertEquals(14, v.insnIndex()); // the object loads: the callback's relocation resolved to a subprogram
    }

    @Test
    void numericIteratorsConvergeAndHoldAReference() throws Exception {
        VerifyReport ok = verify("iter_sum");
        assertTrue(ok.accepted(), () -> ReportText.format(ok, false));
        ProgramVerdict leak = firstRejected(verify("iter_no_destroy"));
        assertEquals("ref-leak", leak.ruleId());
        assertEquals(24, leak.insnIndex());
    }

    @Test
    void kptrLoadsAreMaybeNullRcuPointers() throws Exception {
        VerifyReport ok = verify("kptr_mask");
        assertTrue(ok.accepted(), () -> ReportText.format(ok, false));
        ProgramVerdict bad = firstRejected(verify("kptr_no_null_check"));
        assertEquals(13, bad.insnIndex());
        assertEquals("Possibly NULL pointer passed to trusted R2", bad.message());
        ProgramVerdict rcu = firstRejected(verify("rcu_unlock_missing"));
        assertEquals("rcu-lock", rcu.ruleId());
        assertEquals(16, rcu.insnIndex());
    }

    @Test
    void stackArgumentArraysAndArgStructsAreMemory() throws Exception {
        VerifyReport err = verify("err_array");
        assertTrue(err.accepted(), () -> ReportText.format(err, false));
        VerifyReport vt = verify("vtime_args");
        assertTrue(vt.accepted(), () -> ReportText.format(vt, false));
    }

    @Test
    void mapHelpersCheckTheMapType() throws Exception {
        ProgramVerdict v = firstRejected(verify("queue_lookup"));
        assertEquals(8, v.insnIndex());
        assertEquals("cannot pass map_type 22 into func bpf_map_lookup_elem#1", v.message());
    }
}
