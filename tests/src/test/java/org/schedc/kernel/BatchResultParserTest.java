package org.schedc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Parses batch files recorded from real 7.2.13/7.3.4 runs of the reference objects. */
class BatchResultParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"sample-7.2.13", "sample-7.3.4", "sample-7.3.4-truncated"})
    void recordedBatchesMatchGolden(String sample) throws IOException {
        BatchResult batch = BatchResultParser.parse(Golden.resource(sample + ".txt"));
        Golden.assertMatches(sample + ".golden", VerdictReport.render(batch));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample-7.2.13", "sample-7.3.4", "sample-7.3.4-truncated"})
    void recordedBatchesHaveTheExpectedVerdicts(String sample) throws IOException {
        var verdicts = BatchResultParser.parse(Golden.resource(sample + ".txt")).verdicts();
        assertEquals(List.of("harness_ref", "harness_ref_bad"), List.copyOf(verdicts.keySet()));
        ObjectVerdict good = verdicts.get("harness_ref");
        assertTrue(good.ranEnabled(), good.summary());
        assertEquals(List.of(new ProgramStat("harness_ref_enqueue", 6)), good.programs());
        assertNull(good.verifierError());
        ObjectVerdict bad = verdicts.get("harness_ref_bad");
        assertFalse(bad.accepted(), bad.summary());
        assertEquals("calling kernel function scx_bpf_dsq_move_to_local is not allowed", bad.verifierError());
        assertEquals(4, bad.failingInsn());
        assertEquals(List.of(new ProgramStat("harness_ref_enqueue", 4)), bad.programs());
    }

    @Test
    void mismatchedEndIsReportedWithItsLine() {
        var e = assertThrows(BatchResultFormatException.class, () -> BatchResultParser.parse(
                "OBJECT a sha256=" + "0".repeat(64) + "\nregister_rc 0\nEND b\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void missingKeyIsReported() {
        var e = assertThrows(BatchResultFormatException.class, () -> BatchResultParser.parse(
                "OBJECT a sha256=" + "0".repeat(64) + "\nregister_rc 0\nEND a\n"));
        assertTrue(e.getMessage().contains("state_after_load"), e.getMessage());
    }

    @Test
    void malformedWorkerCountIsReported() {
        var e = assertThrows(BatchResultFormatException.class, () -> BatchResultParser.parse(
                "OBJECT a sha256=" + "0".repeat(64) + "\nworkload_done six\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void resultEndingInsideABlockIsIncomplete() {
        BatchResult r = BatchResultParser.parse("BATCH_BEGIN kernel=x uptime_cs=100 objects=1\nOBJECT a sha256="
                + "0".repeat(64) + "\nregister_rc 0\n");
        assertFalse(r.complete());
        assertTrue(r.failure().contains("a"), r.failure());
        assertTrue(r.runs().isEmpty());
    }
}
