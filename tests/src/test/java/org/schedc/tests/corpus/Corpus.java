package org.schedc.tests.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.schedc.kernel.HarnessFiles;

/** The committed corpus: tests/corpus/obj/*.bpf.o with hashes and rule classes (from cases.txt). */
final class Corpus {
    private Corpus() {}

    static Path dir() {
        return HarnessFiles.repoRoot().resolve("tests").resolve("corpus");
    }

    static Path verdictsFile() {
        return dir().resolve("verdicts.tsv");
    }

    static List<CorpusObject> load() {
        Map<String, String> classes = caseClasses();
        try (Stream<Path> files = Files.list(dir().resolve("obj"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bpf.o")).sorted().map(p -> {
                String name = p.getFileName().toString().replace(".bpf.o", "");
                CorpusObject.Origin origin = CorpusObject.originOf(name);
                String cls = switch (origin) {
                    case CLANG -> classes.getOrDefault(name, "unknown");
                    case SCHEDC -> "schedc";
                    case MUTANT -> "mutant-" + CorpusObject.mutationOf(name);
                };
                return new CorpusObject(name, p, sha256(read(p)), origin, cls);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus in " + dir(), e);
        }
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // cases.txt: "<object> <source> <intended verdict> <rule class> [flags]"
    private static Map<String, String> caseClasses() {
        Map<String, String> out = new HashMap<>();
        try {
            for (String line : Files.readAllLines(dir().resolve("cases.txt"))) {
                String[] f = line.strip().split("\\s+");
                if (f.length >= 4 && !f[0].startsWith("#")) out.put(f[0], f[3]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
