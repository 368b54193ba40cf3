package org.schedc.tests.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.kernel.BatchResultParser;
import org.schedc.kernel.HarnessFiles;
import org.schedc.kernel.KernelHarness;

/**
 * The verifier agreement corpus in CI. Recomputes every object's hash and fails when one has no recorded
 * verdict (a changed or new object must be recorded on purpose: {@code -Dcorpus.record=true} loads exactly
 * those into the kernels and rewrites verdicts.tsv). Loads a fixed sample of six into each real kernel (one
 * boot per kernel), so the recording is shown to still hold; then runs verifier-sim on
 * every object for each kernel and asserts zero false accepts and at least 95% agreement. Writes
 * tests/target/corpus-report.md. Fails, never skips, when the kernels cannot run.
 *
 * <p>{@code -Dcorpus.record=true} records the objects without a verdict; {@code -Dcorpus.rerecord=true} reloads every object; {@code -Dcorpus.import=K=FILE,...} takes
 * verdicts from existing run-batch.sh result files instead of booting.
 */
class CorpusAgreementTest {
    /** Re-run on every CI run: both verdicts, C and schedc objects, kfunc rules, nullness, bounds. */
    static final List<String> SAMPLE = List.of(
            "c_sched_fifo", "c_ref_idle_get_put", "s_simple",
            "c_kf_move_local_enqueue", "c_null_prev_unchecked", "c_mem_global_index_wide");
    static final double MIN_AGREEMENT = 95.0;

    @Test
    void simulatorNeverAcceptsWhatTheKernelRejects(@TempDir Path work) throws IOException {
        List<CorpusObject> corpus = Corpus.load();
        assertTrue(corpus.size() >= 150, "corpus has " + corpus.size() + " objects, want at least 150");
        Map<String, CorpusObject> byName = corpus.stream().collect(Collectors.toMap(CorpusObject::name, Function.identity()));
        boolean all = Boolean.getBoolean("corpus.rerecord");
        boolean record = all || Boolean.getBoolean("corpus.record");
        assertTrue(record || Files.isRegularFile(Corpus.verdictsFile()), "the committed verdicts " + Corpus.verdictsFile() + " are missing");
        VerdictTable table = VerdictTable.read(Corpus.verdictsFile());
        boolean changed = importBatches(table, byName);
        if (!record) {
            String unrecorded = table.unrecorded(corpus, KernelHarness.kernels());
            assertTrue(unrecorded == null, unrecorded);
        }

        for (String kernel : KernelHarness.kernels()) {
            Set<CorpusObject> toRun = new LinkedHashSet<>();
            corpus.stream().filter(o -> all || table.get(o.sha256(), kernel) == null).forEach(toRun::add);
            List<CorpusObject> sample = SAMPLE.stream().map(n -> {
                CorpusObject o = byName.get(n);
                assertTrue(o != null, "sample object " + n + " is not in the corpus");
                return o;
            }).toList();
            toRun.addAll(sample);
            System.out.printf("kernel %s: loading %d objects (%d without a recorded verdict)%n", kernel, toRun.size(), toRun.size() - sample.size());
            for (KernelVerdict v : KernelRecorder.record(kernel, toRun, work)) {
                KernelVerdict recorded = table.get(v.sha256(), kernel);
                if (recorded != null && SAMPLE.contains(v.name()) && !all) {
                    assertEquals(recorded.accepted(), v.accepted(), "recorded verdict of " + v.name() + " on " + kernel + " no longer holds: " + v);
                    assertEquals(recorded.failingInsn(), v.failingInsn(), "recorded failing insn of " + v.name() + " on " + kernel);
                } else {
                    table.put(v);
                    changed = true;
                }
            }
        }
        if (changed) {
            table.retain(corpus);
            table.write(Corpus.verdictsFile());
        }

        SimRunner sim = new SimRunner();
        List<Agreement> results = new ArrayList<>();
        for (String kernel : KernelHarness.kernels()) {
            List<Agreement.Row> rows = new ArrayList<>();
            for (CorpusObject o : corpus) rows.add(new Agreement.Row(o, table.get(o.sha256(), kernel), sim.run(o, kernel)));
            results.add(new Agreement(kernel, rows));
        }
        String report = AgreementReport.render(results);
        Path out = HarnessFiles.repoRoot().resolve("tests").resolve("target").resolve("corpus-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);

        for (Agreement a : results) {
            assertTrue(a.falseAccepts().isEmpty(), "verifier-sim accepts what " + a.kernel() + " rejects: "
                    + a.falseAccepts().stream().map(r -> r.object().name()).toList() + " (see " + out + ")");
            assertTrue(a.agreementPercent() >= MIN_AGREEMENT, String.format("agreement on %s is %.1f%%, want >= %.0f%% (see %s)",
                    a.kernel(), a.agreementPercent(), MIN_AGREEMENT, out));
        }
    }

    // -Dcorpus.import=7.2.13=/path/result.txt,7.3.4=/path/result.txt
    private static boolean importBatches(VerdictTable table, Map<String, CorpusObject> byName) throws IOException {
        String spec = System.getProperty("corpus.import", "");
        boolean any = false;
        for (String part : spec.split(",")) {
            if (part.isBlank()) continue;
            String[] kv = part.split("=", 2);
            var verdicts = BatchResultParser.parse(Files.readString(Path.of(kv[1]))).verdicts();
            var objects = byName.values().stream().filter(o -> verdicts.containsKey(o.name())).toList();
            KernelRecorder.fromBatch(kv[0], verdicts, objects).forEach(table::put);
            any = true;
        }
        return any;
    }
}
