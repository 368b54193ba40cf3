import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfReader;
import org.schedc.verifier.ObjectFormatException;
import org.schedc.verifier.Options;
import org.schedc.verifier.ProgramVerdict;
import org.schedc.verifier.VerifierSim;
import org.schedc.verifier.VerifyReport;

/**
 * verifier-sim timing (single-file program run by bench/verifier-sim.sh): per-object time over the corpus and
 * growth with program size on generated straight-line and branchy programs. Every object is verified three times to
 * warm up the JIT, then each RUNS times; the median is kept. Prints markdown.
 *
 * Usage: java -cp CLASSES VerifierSimBench.java KERNEL_BTF KERNEL RUNS CORPUS_DIR SYNTH_DIR
 */
public final class VerifierSimBench {
    record Timing(String name, int insns, long processed, boolean accepted, double medianMs) {}

    public static void main(String[] a) throws Exception {
        Btf btf = BtfReader.read(Files.readAllBytes(Path.of(a[0])));
        String kernel = a[1];
        int runs = Integer.parseInt(a[2]);
        List<Timing> corpus = timeDir(Path.of(a[3]), btf, kernel, runs);
        List<Timing> synth = timeDir(Path.of(a[4]), btf, kernel, runs);
        double[] ms = corpus.stream().mapToDouble(Timing::medianMs).sorted().toArray();
        System.out.printf(Locale.ROOT, "## Corpus (%d objects, kernel %s, median of %d runs per object)%n%n", corpus.size(), kernel, runs);
        System.out.printf(Locale.ROOT, "| statistic | ms per object |%n| --- | --- |%n| median | %.2f |%n| p90 | %.2f |%n| p95 | %.2f |%n| max | %.2f |%n| total | %.1f |%n",
                pct(ms, 50), pct(ms, 90), pct(ms, 95), ms[ms.length - 1], Arrays.stream(ms).sum());
        System.out.println("\nSlowest five:\n");
        corpus.stream().sorted((x, y) -> Double.compare(y.medianMs(), x.medianMs())).limit(5).forEach(t ->
                System.out.printf(Locale.ROOT, "- `%s`: %.2f ms, %d insns, %d processed (%s)%n", t.name(), t.medianMs(), t.insns(), t.processed(), t.accepted() ? "accepted" : "rejected"));
        System.out.printf(Locale.ROOT, "%n## Growth with program size (generated programs)%n%n| program | insns | processed | verdict | ms | us per insn |%n| --- | --- | --- | --- | --- | --- |%n");
        for (Timing t : synth) {
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %.2f | %.2f |%n", t.name(), t.insns(), t.processed(), t.accepted() ? "accept" : "reject",
                    t.medianMs(), 1000.0 * t.medianMs() / Math.max(1, t.insns()));
        }
    }

    static List<Timing> timeDir(Path dir, Btf btf, String kernel, int runs) throws Exception {
        List<Timing> out = new ArrayList<>();
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".bpf.o")).sorted(VerifierSimBench::bySize).toList();
        }
        // warm the JIT over every object first, so early objects do not pay for compilation
        for (int round = 0; round < 3; round++) {
            for (Path p : files) {
                try {
                    VerifierSim.verify(Files.readAllBytes(p), btf, kernel, Options.defaults());
                } catch (ObjectFormatException e) {
                    // skipped below as well
                }
            }
        }
        for (Path p : files) {
            byte[] obj = Files.readAllBytes(p);
            VerifyReport r;
            try {
                r = VerifierSim.verify(obj, btf, kernel, Options.defaults());
            } catch (ObjectFormatException e) {
                continue; // not a verifiable object: nothing to time
            }
            long[] ns = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                VerifierSim.verify(obj, btf, kernel, Options.defaults());
                ns[i] = System.nanoTime() - t0;
            }
            Arrays.sort(ns);
            int insns = textInsns(obj);
            long processed = r.programs().stream().mapToLong(ProgramVerdict::processedInsns).sum();
            out.add(new Timing(p.getFileName().toString().replace(".bpf.o", ""), insns, processed, r.accepted(), ns[runs / 2] / 1e6));
        }
        return out;
    }

    // names like synth_line_00100 sort by their size suffix; others by name
    private static int bySize(Path x, Path y) {
        return x.getFileName().toString().compareTo(y.getFileName().toString());
    }

    /** Instructions in executable sections (ELF64 LE section headers; flag SHF_EXECINSTR). */
    static int textInsns(byte[] b) {
        var buf = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int shoff = (int) buf.getLong(0x28), shnum = buf.getShort(0x3c) & 0xffff, n = 0;
        for (int i = 0; i < shnum; i++) {
            int h = shoff + i * 64;
            if (buf.getInt(h + 4) == 1 && (buf.getLong(h + 8) & 4) != 0) n += (int) (buf.getLong(h + 0x20) / 8);
        }
        return n;
    }

    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
