package org.schedc.tests.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schedc.kernel.BatchResult;
import org.schedc.kernel.KernelHarness;
import org.schedc.kernel.KernelHarnessException;
import org.schedc.kernel.ObjectVerdict;

/**
 * Loads corpus objects into a real kernel (one boot for all of them) and turns the harness's results
 * into {@link KernelVerdict}s. Objects run load-only ({@code workload_seconds 0} in their .expect): the
 * verifier's verdict is all that is recorded, so an accepted scheduler is detached right after attach.
 */
final class KernelRecorder {
    private KernelRecorder() {}

    static List<KernelVerdict> record(String kernel, Collection<CorpusObject> objects, Path workDir) {
        if (objects.isEmpty()) return List.of();
        Path dir = workDir.resolve("objects-" + kernel);
        try {
            Files.createDirectories(dir);
            for (CorpusObject o : objects) {
                Files.copy(o.path(), dir.resolve(o.name() + ".bpf.o"));
                Files.writeString(dir.resolve(o.name() + ".expect"), "workload_seconds 0\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BatchResult batch = KernelHarness.runBatchDetailed(kernel, dir, Duration.ofSeconds(1));
        return fromBatch(kernel, batch.verdicts(), objects);
    }

    /** Verdicts of {@code objects} from a batch result; a missing object or changed hash is a harness failure. */
    static List<KernelVerdict> fromBatch(String kernel, Map<String, ObjectVerdict> verdicts, Collection<CorpusObject> objects) {
        List<KernelVerdict> out = new ArrayList<>();
        for (CorpusObject o : objects) {
            ObjectVerdict v = verdicts.get(o.name());
            if (v == null) throw new KernelHarnessException("kernel " + kernel + " gave no verdict for " + o.name());
            if (!o.sha256().equals(v.sha256())) throw new KernelHarnessException(o.name() + ": guest hashed " + v.sha256() + ", corpus has " + o.sha256());
            out.add(of(kernel, o, v));
        }
        return out;
    }

    // The verifier accepted the object when bpftool registered it; whether ops.init then
    // succeeded is the scheduler's business, not the verifier's.
    static KernelVerdict of(String kernel, CorpusObject o, ObjectVerdict v) {
        if (v.registered()) return new KernelVerdict(o.sha256(), kernel, o.name(), true, -1, "");
        String msg = v.verifierError() == null ? "load failed (no message)" : v.verifierError().lines().findFirst().orElse("");
        int insn = poisonedInsn(v.loaderLog());
        if (insn < 0) insn = v.failingInsn() == null ? -1 : v.failingInsn();
        return new KernelVerdict(o.sha256(), kernel, o.name(), false, insn, msg);
    }

    // libbpf rewrites the verifier's line for a poisoned call ("N: (85) call unknown#...") into
    // "N: <invalid kfunc call>" (or "<invalid CO-RE relocation>"), which the generic log reader does not
    // count as an instruction line; the kernel stopped at that N.
    private static final Pattern POISONED = Pattern.compile("(?m)^(?:LOG )?(\\d+): <invalid (?:kfunc call|CO-RE relocation)>");

    static int poisonedInsn(String loaderLog) {
        if (loaderLog == null) return -1;
        Matcher m = POISONED.matcher(loaderLog);
        int last = -1;
        while (m.find()) last = Integer.parseInt(m.group(1));
        return last;
    }
}
