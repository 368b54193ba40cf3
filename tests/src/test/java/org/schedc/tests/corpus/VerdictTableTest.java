package org.schedc.tests.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** verdicts.tsv rows, the agreement arithmetic and the committed corpus's shape; no kernel needed. */
class VerdictTableTest {
    @Property(tries = 200)
    void rowsSurviveAWriteAndRead(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String name, @ForAll boolean accepted,
            @ForAll @IntRange(min = -1, max = 100_000) int insn, @ForAll @StringLength(max = 60) String message) throws IOException {
        String msg = accepted ? "" : message.replaceAll("[\\t\\n\\r]", " ").strip();
        KernelVerdict v = new KernelVerdict("ab".repeat(32), "7.2.13", name, accepted, accepted ? -1 : insn, msg);
        VerdictTable t = new VerdictTable();
        t.put(v);
        Path f = Files.createTempFile("verdicts", ".tsv");
        t.write(f);
        KernelVerdict back = VerdictTable.read(f).get(v.sha256(), "7.2.13");
        assertEquals(v.accepted(), back.accepted());
        assertEquals(v.failingInsn(), back.failingInsn());
        assertEquals(v.name(), back.name());
        assertEquals(msg.isEmpty() || msg.equals("-") ? "" : msg, back.message());
    }

    @Test
    void malformedRowsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> KernelVerdict.parse("abc\t7.2.13\tx\tmaybe\t-\t-"));
        assertThrows(IllegalArgumentException.class, () -> KernelVerdict.parse("abc\t7.2.13"));
    }

    @Test
    void agreementCountsFalseAcceptsRejectsAndIndexMatches() {
        CorpusObject o = new CorpusObject("c_x", Path.of("c_x.bpf.o"), "h", CorpusObject.Origin.CLANG, "null");
        var rows = List.of(
                new Agreement.Row(o, new KernelVerdict("h", "k", "c_x", false, 5, "m"), new SimVerdict("c_x", "k", true, -1, "", "", 1000)),
                new Agreement.Row(o, new KernelVerdict("h", "k", "c_x", true, -1, ""), new SimVerdict("c_x", "k", false, 3, "r", "m", 2000)),
                new Agreement.Row(o, new KernelVerdict("h", "k", "c_x", false, 7, "m"), new SimVerdict("c_x", "k", false, 7, "r", "m", 3000)),
                new Agreement.Row(o, new KernelVerdict("h", "k", "c_x", false, 7, "m"), new SimVerdict("c_x", "k", false, 8, "r", "m", 4000)));
        Agreement a = new Agreement("k", rows);
        assertEquals(1, a.falseAccepts().size());
        assertEquals(1, a.falseRejects().size());
        assertEquals(50.0, a.agreementPercent());
        assertEquals(50.0, a.indexMatchPercent());
        assertEquals(2, Agreement.percentile(a.sortedMicros(), 50));
        assertTrue(AgreementReport.render(List.of(a)).contains("False accepts on k (must be none) (1)"));
    }

    @Test
    void anObjectWithoutAVerdictIsNamedWithHowToRecordIt() {
        CorpusObject kept = new CorpusObject("c_kept", Path.of("c_kept.bpf.o"), "aa", CorpusObject.Origin.CLANG, "null");
        CorpusObject fresh = new CorpusObject("s_fresh", Path.of("s_fresh.bpf.o"), "bb", CorpusObject.Origin.SCHEDC, "-");
        VerdictTable t = new VerdictTable();
        t.put(new KernelVerdict("aa", "7.2.13", "c_kept", true, -1, ""));
        t.put(new KernelVerdict("aa", "7.3.4", "c_kept", true, -1, ""));
        t.put(new KernelVerdict("bb", "7.2.13", "s_fresh", true, -1, ""));
        assertEquals(null, t.unrecorded(List.of(kept), List.of("7.2.13", "7.3.4")));
        String why = t.unrecorded(List.of(kept, fresh), List.of("7.2.13", "7.3.4"));
        assertTrue(why != null && why.contains("[s_fresh on 7.3.4]") && why.contains("-Dcorpus.record=true"), why);
    }

    @Test
    void mutantNamesGiveTheirKind() {
        assertEquals("nonull", CorpusObject.mutationOf("m_s_fifo_enqueue_nonull1"));
        assertEquals("swap", CorpusObject.mutationOf("m_s_fifo_dispatch_swap_dsq_insert___v2___schedc1"));
    }

    @Test
    void committedCorpusIsLargeAndEveryObjectHasVerdictsOnBothKernels() {
        List<CorpusObject> corpus = Corpus.load();
        assertTrue(corpus.size() >= 150, "corpus size " + corpus.size());
        assertFalse(corpus.stream().anyMatch(o -> o.name().contains(".")), "object names may not contain dots");
        VerdictTable t = VerdictTable.read(Corpus.verdictsFile());
        for (CorpusObject o : corpus) {
            for (String k : List.of("7.2.13", "7.3.4")) assertTrue(t.get(o.sha256(), k) != null, "no recorded verdict for " + o.name() + " on " + k);
        }
    }
}
