package org.schedc.tests.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.kernel.HarnessFiles;
import org.schedc.kernel.KernelHarness;
import org.schedc.testing.Compilation;
import org.schedc.testing.PolicyGenerator;

/**
 * The kernels judge the policy generator: a fixed-seed sample of {@link #SAMPLE} generated policies (every
 * construct of docs/language.md) is compiled, and each object must load and attach in every real kernel. Verdicts
 * are recorded by object hash in {@code tests/corpus/generated-verdicts.tsv}; an object whose hash has no verdict
 * (the compiler changed its code) is loaded again in one boot per kernel and its verdict recorded, so a compiler
 * change is always re-judged and an unchanged one costs no boot. Fails, never skips, when the kernels cannot run.
 */
class GeneratedPoliciesInKernelTest {
    static final int SAMPLE = 120;
    static final long FIRST_SEED = 20_261_203L;

    static Path verdictsFile() { return HarnessFiles.repoRoot().resolve("tests/corpus/generated-verdicts.tsv"); }

    @Test
    void everyGeneratedPolicyOfTheSampleLoadsInEveryKernel(@TempDir Path work) throws IOException {
        List<CorpusObject> objects = new ArrayList<>();
        Path dir = Files.createDirectories(work.resolve("objects"));
        for (int k = 0; k < SAMPLE; k++) {
            long seed = FIRST_SEED + k;
            String policy = new PolicyGenerator(seed).generate();
            Compilation.Outcome o = Compilation.compile("gen_" + seed + ".sched", policy, List.of());
            assertTrue(o.succeeded(), () -> "generated policy (seed " + seed + ") does not compile:\n" + policy + "\n" + o.golden());
            byte[] elf = o.result().orElseThrow().output().elf();
            String name = "gen_" + seed;
            Path obj = dir.resolve(name + ".bpf.o");
            Files.write(obj, elf);
            objects.add(new CorpusObject(name, obj, Corpus.sha256(elf), CorpusObject.Origin.SCHEDC, "generated"));
        }
        VerdictTable table = VerdictTable.read(verdictsFile());
        boolean changed = false;
        for (String kernel : KernelHarness.kernels()) {
            List<CorpusObject> missing = objects.stream().filter(o -> table.get(o.sha256(), kernel) == null).toList();
            System.out.printf("kernel %s: %d of %d generated objects without a recorded verdict%n", kernel, missing.size(), objects.size());
            for (KernelVerdict v : KernelRecorder.record(kernel, missing, work)) {
                table.put(v);
                changed = true;
            }
        }
        if (changed) {
            table.retainHashes(objects.stream().map(CorpusObject::sha256).toList());
            table.write(verdictsFile());
        }
        List<String> rejected = new ArrayList<>();
        for (String kernel : KernelHarness.kernels()) {
            for (CorpusObject o : objects) {
                KernelVerdict v = table.get(o.sha256(), kernel);
                if (!v.accepted()) rejected.add(o.name() + " on " + kernel + ": insn " + v.failingInsn() + ": " + v.message());
            }
        }
        assertTrue(rejected.isEmpty(), "the kernel rejects generated policies (schedc emitted code it should not have): " + rejected);
    }
}
