package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.schedc.diag.Diagnostic;
import org.schedc.testing.Cli;
import org.schedc.testing.Compilation;
import org.schedc.testing.KnownCrashes;

/**
 * Robustness: example policies broken at random (tokens and lines deleted, duplicated, swapped, junk inserted,
 * text truncated) must give diagnostics, never an internal error or a stack trace, and never an output file
 * unless the compile succeeded.
 */
class MutatedPolicyPropertiesTest {
    enum Kind { DELETE_TOKEN, DUPLICATE_TOKEN, SWAP_TOKENS, REPLACE_TOKEN, DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, INSERT_JUNK, TRUNCATE, INSERT_RAW_BYTE }

    /** One edit; positions are fractions of the current length so that any edit applies to any text. */
    record Mutation(Kind kind, double at, double other, String junk) {}

    private static final Pattern TOKEN = Pattern.compile("\\s+|[A-Za-z_][A-Za-z0-9_]*|[0-9][A-Za-z0-9_]*|\\S");
    private static final List<String> SOURCES = loadSources();

    private static List<String> loadSources() {
        try (Stream<Path> s = Files.list(MainCliTest.EXAMPLES)) {
            List<String> out = new ArrayList<>();
            for (Path p : s.filter(p -> p.toString().endsWith(".sched")).sorted().toList()) out.add(Files.readString(p));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> examples() { return Arbitraries.of(SOURCES); }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<String> junk = Arbitraries.strings().withChars("{}()[]<>=!&|+-*/%^~.,:;\"'\\_?@#$`\t\n 0x9azZ\u00e9\u2028\u0000\uffff").ofMinLength(1).ofMaxLength(6);
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), junk).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    static byte[] mutate(String source, List<Mutation> mutations) {
        String text = source;
        boolean rawByte = false;
        int rawAt = 0;
        for (Mutation m : mutations) {
            switch (m.kind()) {
                case DELETE_TOKEN, DUPLICATE_TOKEN, SWAP_TOKENS, REPLACE_TOKEN -> {
                    List<String> t = tokens(text);
                    if (t.isEmpty()) break;
                    int i = index(m.at(), t.size()), j = index(m.other(), t.size());
                    switch (m.kind()) {
                        case DELETE_TOKEN -> t.remove(i);
                        case DUPLICATE_TOKEN -> t.add(i, t.get(i));
                        case SWAP_TOKENS -> { String a = t.get(i); t.set(i, t.get(j)); t.set(j, a); }
                        default -> t.set(i, t.get(j));
                    }
                    text = String.join("", t);
                }
                case DELETE_LINE, DUPLICATE_LINE, SWAP_LINES -> {
                    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                    int i = index(m.at(), lines.size()), j = index(m.other(), lines.size());
                    switch (m.kind()) {
                        case DELETE_LINE -> lines.remove(i);
                        case DUPLICATE_LINE -> lines.add(i, lines.get(i));
                        default -> { String a = lines.get(i); lines.set(i, lines.get(j)); lines.set(j, a); }
                    }
                    text = String.join("\n", lines);
                }
                case INSERT_JUNK -> {
                    int i = index(m.at(), text.length() + 1);
                    text = text.substring(0, i) + m.junk() + text.substring(i);
                }
                case TRUNCATE -> text = text.substring(0, index(m.at(), text.length() + 1));
                case INSERT_RAW_BYTE -> { rawByte = true; rawAt = index(m.at(), text.length() + 1); }
            }
        }
        if (!rawByte) return text.getBytes(StandardCharsets.UTF_8);
        // A lone continuation byte: the file is no longer UTF-8.
        byte[] before = text.substring(0, Math.min(rawAt, text.length())).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(Math.min(rawAt, text.length())).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[before.length + 1 + after.length];
        System.arraycopy(before, 0, out, 0, before.length);
        out[before.length] = (byte) 0x80;
        System.arraycopy(after, 0, out, before.length + 1, after.length);
        return out;
    }

    private static int index(double fraction, int size) { return Math.min(size - 1, (int) (fraction * size)); }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Property(tries = 200)
    void mutatedExamplesNeverCrashTheCommandLine(@ForAll("examples") String example, @ForAll("mutations") List<Mutation> mutations) throws IOException {
        byte[] source = mutate(example, mutations);
        Path dir = Files.createTempDirectory("schedc-mutant");
        try {
            Path src = dir.resolve("mutant.sched"), out = dir.resolve("mutant.bpf.o");
            Files.write(src, source);
            Cli.Result r = Cli.run("compile", src.toString(), "-o", out.toString());
            String shown = new String(source, StandardCharsets.UTF_8);
            Assume.that(!(r.exit() == Main.INTERNAL && KnownCrashes.isKnown(r.err())));
            assertNotEquals(Main.INTERNAL, r.exit(), () -> "internal error for:\n" + shown + "\n" + r);
            assertFalse(Cli.hasStackTrace(r.all()), () -> "stack trace for:\n" + shown + "\n" + r);
            // Not UTF-8 is an error in the input too (E0002 at the bad byte), not an I/O problem.
            assertTrue(r.exit() == Main.OK || r.exit() == Main.INPUT_ERRORS,
                    () -> "unexpected exit for:\n" + shown + "\n" + r);
            assertEquals(r.exit() == Main.OK, Files.exists(out), () -> "output file must exist exactly when the compile succeeded:\n" + r);
            if (r.exit() == Main.INPUT_ERRORS) assertTrue(r.err().contains(": error["), () -> "exit 1 without a diagnostic:\n" + r);
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(r.exit() == Main.OK ? 2 : 1, left.count(), "no temporary files are left behind");
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 200)
    void diagnosticsOfMutantsPointIntoTheFile(@ForAll("examples") String example, @ForAll("mutations") List<Mutation> mutations) {
        byte[] bytes = mutate(example, mutations);
        boolean utf8 = isUtf8(bytes);
        // Non-UTF-8 mutants never reach the compiler's API (the command-line property covers them).
        Statistics.label("input").collect(utf8 ? "UTF-8" : "not UTF-8");
        Assume.that(utf8);
        String text = new String(bytes, StandardCharsets.UTF_8);
        Compilation.Outcome o;
        try {
            o = Compilation.compile("m.sched", text, List.of());
        } catch (RuntimeException | StackOverflowError e) {
            Assume.that(!KnownCrashes.isKnown(e.toString()));
            throw e;
        }
        long lines = text.lines().count() + 1;
        for (Diagnostic d : o.diagnostics()) {
            assertTrue(d.code().matches("E0[1-6]\\d\\d"), () -> "odd code " + d);
            assertTrue(d.span().start() >= 0 && d.span().start() <= d.span().end() && d.span().end() <= text.length(), () -> "span outside the file: " + d + "\n" + text);
            assertTrue(d.span().line() >= 1 && d.span().line() <= lines && d.span().column() >= 1, () -> "bad position: " + d + "\n" + text);
            assertFalse(d.message().isBlank(), d::toString);
        }
        assertEquals(o.succeeded(), o.diagnostics().stream().noneMatch(d -> d.severity() == org.schedc.diag.Severity.ERROR) && o.result().isPresent());
    }

    @Property(tries = 30)
    void unmutatedExamplesCompile(@ForAll("examples") String example) {
        assertTrue(Compilation.compile("e.sched", example, List.of()).succeeded());
    }

    @net.jqwik.api.Example
    void mutationsChangeTheText() {
        String s = SOURCES.getFirst();
        assertNotEquals(s, new String(mutate(s, List.of(new Mutation(Kind.DELETE_TOKEN, 0.5, 0, "x"))), StandardCharsets.UTF_8));
        assertFalse(isUtf8(mutate(s, List.of(new Mutation(Kind.INSERT_RAW_BYTE, 0.5, 0, "x")))));
        assertEquals(s, String.join("", tokens(s)), "tokenising keeps every character");
    }
}
