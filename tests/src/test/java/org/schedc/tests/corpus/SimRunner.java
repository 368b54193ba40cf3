package org.schedc.tests.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfFormatException;
import org.schedc.bpf.btf.BtfReader;
import org.schedc.bpf.link.ObjectFormatException;
import org.schedc.verifier.Options;
import org.schedc.verifier.ProgramVerdict;
import org.schedc.verifier.VerifierSim;
import org.schedc.verifier.VerifyReport;

/** Runs verifier-sim on corpus objects against the full BTF of each kernel the harness boots. */
final class SimRunner {
    private final Map<String, Btf> btfs = new HashMap<>();

    /** The kernel's full raw BTF, from the kernel package the harness boots (kit.sh extracts it). */
    static Path kernelBtf(String kernel) {
        return org.schedc.kernel.KernelHarness.kernelBtf(kernel);
    }

    Btf btf(String kernel) {
        return btfs.computeIfAbsent(kernel, k -> {
            try {
                return BtfReader.read(Files.readAllBytes(kernelBtf(k)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BtfFormatException e) {
                throw new IllegalStateException("kernel BTF of " + k + ": " + e.getMessage(), e);
            }
        });
    }

    SimVerdict run(CorpusObject o, String kernel) {
        Btf btf = btf(kernel);
        byte[] bytes = Corpus.read(o.path());
        long t0 = System.nanoTime();
        try {
            VerifyReport r = VerifierSim.verify(bytes, btf, kernel, Options.defaults());
            long dt = System.nanoTime() - t0;
            if (r.accepted()) return new SimVerdict(o.name(), kernel, true, -1, "", "", dt);
            ProgramVerdict p = r.programs().stream().filter(v -> !v.accepted()).findFirst().orElseThrow();
            return new SimVerdict(o.name(), kernel, false, p.insnIndex(), p.ruleId(), p.section() + ": " + p.message(), dt);
        } catch (ObjectFormatException e) {
            return new SimVerdict(o.name(), kernel, false, -1, "format", e.getMessage(), System.nanoTime() - t0);
        }
    }
}
