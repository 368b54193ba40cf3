package org.schedc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfReader;
import org.schedc.kabi.KabiRegistry;
import org.schedc.testsupport.Needs;
import org.schedc.verifier.Options;
import org.schedc.verifier.ProgramVerdict;
import org.schedc.verifier.ReportText;
import org.schedc.verifier.VerifierSim;
import org.schedc.verifier.VerifyReport;

/**
 * Every example's object (compiled in-process, see {@link ExampleObjects}) is verified by verifier-sim and
 * accepted, program by program, on both bundled kernels, and on the kit's full kernel BTF. Formerly
 * verifier-sim's CompilerObjectsTest, which needed the compiler jar before the compiler was built and so
 * was skipped on every clean build (and asserted {@code 0 == 0}).
 */
class ExamplesVerifiedTest {
    static final List<String> BUNDLED = List.of("7.2.13", "7.3.4");

    @Test
    void everyExampleIsCompiled() throws IOException {
        TreeSet<String> sources = new TreeSet<>();
        try (Stream<Path> s = Files.list(ExampleObjects.examplesDir())) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sched")).forEach(n -> sources.add(n.replaceFirst("\\.sched$", "")));
        }
        TreeSet<String> compiled = new TreeSet<>();
        ExampleObjects.all().forEach(e -> compiled.add(e.name()));
        assertTrue(sources.size() >= 8, "examples/ has " + sources);
        assertTrue(compiled.containsAll(sources), "not compiled: " + sources + " vs " + compiled);
    }

    @Test
    void bundledKernelsAcceptEveryProgramOfEveryExample() throws Exception {
        assertEquals(BUNDLED, KabiRegistry.defaultKernels(), "the bundled kernels changed: update this test's list");
        KabiRegistry registry = new KabiRegistry();
        for (String kernel : BUNDLED) {
            Btf btf = registry.load(kernel).btf();
            for (ExampleObjects.Example e : ExampleObjects.all()) assertAccepted(e, btf, kernel);
        }
    }

    @Test
    @Tag(Needs.KIT)
    void fullKernelBtfAcceptsEveryProgramOfEveryExample() throws Exception {
        for (String kernel : BUNDLED) {
            Path file = Needs.kitFile(Path.of("/work/shared/kernel-kit/btf/linux-" + kernel + ".btf"));
            Btf btf = BtfReader.read(Files.readAllBytes(file));
            for (ExampleObjects.Example e : ExampleObjects.all()) assertAccepted(e, btf, kernel + " (full BTF)");
        }
    }

    private static void assertAccepted(ExampleObjects.Example e, Btf btf, String kernel) throws Exception {
        VerifyReport r = VerifierSim.verify(e.object(), btf, kernel, Options.defaults().withVerbose(true));
        assertFalse(r.programs().isEmpty(), e.name() + " has no programs");
        for (ProgramVerdict v : r.programs()) {
            assertTrue(v.accepted(), () -> e.name() + " " + v.section() + " refused on " + kernel + ":\n" + ReportText.format(r, true));
            assertTrue(v.processedInsns() > 0, () -> e.name() + " " + v.section() + " processed no instructions");
        }
        assertTrue(r.accepted(), () -> e.name() + " on " + kernel + ":\n" + ReportText.format(r, true));
    }
}
