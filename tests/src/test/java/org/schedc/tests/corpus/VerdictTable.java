package org.schedc.tests.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** verdicts.tsv: the recorded kernel verdicts keyed by object sha256 and kernel. */
final class VerdictTable {
    private final Map<String, KernelVerdict> byKey = new LinkedHashMap<>();

    static VerdictTable read(Path file) {
        VerdictTable t = new VerdictTable();
        if (!Files.exists(file)) return t;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                t.put(KernelVerdict.parse(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    void put(KernelVerdict v) {
        byKey.put(v.key(), v);
    }

    KernelVerdict get(String sha256, String kernel) {
        return byKey.get(sha256 + "/" + kernel);
    }

    /**
     * Why the run may not go on without recording: the objects with no verdict for a kernel, or null when
     * every object has one. A changed object (new hash) needs its verdict taken and committed on purpose.
     */
    String unrecorded(Collection<CorpusObject> corpus, Collection<String> kernels) {
        List<String> missing = new ArrayList<>();
        for (String k : kernels) {
            for (CorpusObject o : corpus) if (get(o.sha256(), k) == null) missing.add(o.name() + " on " + k);
        }
        if (missing.isEmpty()) return null;
        return missing.size() + " corpus object(s) have no recorded kernel verdict: " + missing
                + "; run with -Dcorpus.record=true to load them into the kernels and record them, then commit "
                + "tests/corpus/verdicts.tsv";
    }

    Collection<KernelVerdict> all() {
        return byKey.values();
    }

    /** Keeps only verdicts of objects still in the corpus, so the file does not grow stale rows. */
    void retain(Collection<CorpusObject> objects) {
        var live = objects.stream().map(CorpusObject::sha256).toList();
        byKey.values().removeIf(v -> !live.contains(v.sha256()));
    }

    /** Keeps only verdicts of these object hashes. */
    void retainHashes(Collection<String> sha256s) {
        var live = java.util.Set.copyOf(sha256s);
        byKey.values().removeIf(v -> !live.contains(v.sha256()));
    }

    void write(Path file) {
        List<KernelVerdict> rows = new ArrayList<>(byKey.values());
        rows.sort(Comparator.comparing(KernelVerdict::name).thenComparing(KernelVerdict::kernel).thenComparing(KernelVerdict::sha256));
        StringBuilder sb = new StringBuilder(KernelVerdict.HEADER).append('\n');
        for (KernelVerdict v : rows) sb.append(v.toTsv()).append('\n');
        try {
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
