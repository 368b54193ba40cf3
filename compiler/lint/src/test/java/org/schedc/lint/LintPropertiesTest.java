package org.schedc.lint;

import org.schedc.testing.Golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
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
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.statistics.Statistics;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;
import org.schedc.driver.FrontEnd;
import org.schedc.kabi.KabiRegistry;

/**
 * The linter on anything the parser returns: no exceptions, spans inside the file, only lint codes;
 * and suppression comments hide exactly what they name.
 */
class LintPropertiesTest {
    private static final Pattern TOKEN = Pattern.compile("\\s+|[A-Za-z_][A-Za-z0-9_]*|[0-9][A-Za-z0-9_]*|\\S");
    private static final List<String> CORPUS = corpus();

    private static List<String> corpus() {
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(LintGoldenTest.DIR, Golden.REPO.resolve("examples"), Golden.REPO.resolve("stdlib/src/main/sched"))) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".sched")).sorted().toList()) out.add(Files.readString(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    record Edit(int kind, double at, double other, String junk) {}

    @Provide
    Arbitrary<String> sources() { return Arbitraries.of(CORPUS); }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> junk = Arbitraries.of("{", "}", "(", ")", "return", "insert p into q slice 0", "let x = 1", "break",
                "-", "if", "else", ",", "\n", "// schedc:allow(L001)", "/*", "\"", "fn f() {}", "queue z: vtime");
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), junk).as(Edit::new).list().ofMinSize(0).ofMaxSize(4);
    }

    static String apply(String text, List<Edit> edits) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        for (Edit e : edits) {
            if (tokens.isEmpty()) break;
            int i = (int) (e.at() * (tokens.size() - 1));
            int j = (int) (e.other() * (tokens.size() - 1));
            switch (e.kind()) {
                case 0 -> tokens.remove(i);
                case 1 -> tokens.add(i, tokens.get(j));
                case 2 -> tokens.add(i, " " + e.junk() + " ");
                default -> {
                    String t = tokens.get(i);
                    tokens.set(i, tokens.get(j));
                    tokens.set(j, t);
                }
            }
        }
        return String.join("", tokens);
    }

    private static final FrontEnd FRONT_END = new FrontEnd(new KabiRegistry());

    /** Through the front end, as check runs it (the checker's constants feed the slice rules). */
    static List<Diagnostic> lint(String text) {
        try {
            return Linter.lint(FRONT_END.analyze(new SourceFile("t.sched", text), List.of()));
        } catch (KabiRegistry.KabiException e) {
            throw new AssertionError("bundled kernels must load", e);
        }
    }

    @Property(tries = 300)
    void lintingAnyParseNeverFailsAndStaysInTheFile(@ForAll("sources") String source, @ForAll("edits") List<Edit> edits) {
        String text = apply(source, edits);
        for (Diagnostic d : lint(text)) {
            assertTrue(LintRule.find(d.code()).isPresent(), d.code());
            assertTrue(0 <= d.span().start() && d.span().start() <= d.span().end() && d.span().end() <= text.length(), d.headline());
            assertEquals(LintRule.find(d.code()).get().severity(), d.severity());
        }
    }

    @Property(tries = 100)
    void fileWideSuppressionOfEveryReportedRuleSilencesTheFile(@ForAll("sources") String source, @ForAll("edits") List<Edit> edits) {
        String text = apply(source, edits);
        TreeSet<String> codes = new TreeSet<>();
        lint(text).forEach(d -> codes.add(d.code()));
        Statistics.label("findings").collect(codes.isEmpty() ? "none" : "some");
        Assume.that(!codes.isEmpty());
        String suppressed = text + "\n// schedc:allow-file(" + String.join(", ", codes) + ")\n";
        assertEquals(List.of(), lint(suppressed));
    }

    @Property(tries = 100)
    void aLineSuppressionAboveAFindingHidesItAndNothingElse(@ForAll("sources") String source, @ForAll @DoubleRange(min = 0, max = 1) double which) {
        List<Diagnostic> before = lint(source);
        Statistics.label("findings").collect(before.isEmpty() ? "none" : "some");
        Assume.that(!before.isEmpty());
        Diagnostic target = before.get((int) (which * (before.size() - 1)));
        int line = target.span().line();
        SourceFile file = new SourceFile("t.sched", source);
        int at = file.offsetOf(line, 1);
        // Only meaningful when the finding's line starts with code (not inside a multi-line comment or string).
        String lineText = file.lineText(line).strip();
        boolean code = !(lineText.startsWith("//") || lineText.startsWith("*") || lineText.startsWith("/*"));
        Statistics.label("finding's line").collect(code ? "code" : "comment");
        Assume.that(code);
        String text = source.substring(0, at) + "// schedc:allow(" + target.code() + ")\n" + source.substring(at);
        List<String> expected = new ArrayList<>();
        for (Diagnostic d : before) {
            if (d.span().line() == line && d.code().equals(target.code())) continue;
            expected.add((d.span().line() >= line ? d.span().line() + 1 : d.span().line()) + " " + d.code() + " " + d.message());
        }
        List<String> actual = lint(text).stream().map(d -> d.span().line() + " " + d.code() + " " + d.message()).toList();
        // Messages may mention other lines ("declared on line 7"), which moved too.
        assertEquals(withoutLineRefs(expected), withoutLineRefs(actual));
    }

    private static List<String> withoutLineRefs(List<String> findings) {
        return findings.stream().map(s -> s.replaceAll("line \\d+", "line N")).toList();
    }
}
