package org.schedc.format;

import org.schedc.testing.Golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.schedc.diag.SourceFile;
import org.schedc.syntax.SchedcParser;

/**
 * The formatter over every policy in the repository that parses (examples, the policy library, test
 * policies of all modules) and over variants of them: the output keeps the tokens, is a fixed point,
 * and does not depend on the input's horizontal whitespace (except the distance of trailing comments).
 */
class FormatterPropertiesTest {
    private static final List<Path> ROOTS = List.of(Golden.REPO.resolve("examples"), Golden.REPO.resolve("stdlib/src/main/sched"),
            Golden.REPO.resolve("compiler/core/src/test/resources"), Golden.REPO.resolve("compiler/lint/src/test/resources"),
            Golden.REPO.resolve("compiler/format/src/test/resources"), Golden.REPO.resolve("compiler/cli/src/test/resources"),
            Golden.REPO.resolve("tests/src/test/resources"), Golden.REPO.resolve("dsl-grammar/src/test/resources"));
    private static final List<String> CORPUS = corpus();
    private static final Pattern TOKEN = Pattern.compile("[ \\t]+|\\r?\\n|[A-Za-z_][A-Za-z0-9_]*|[0-9][A-Za-z0-9_]*|//[^\\n]*|/\\*[\\s\\S]*?\\*/|\"[^\"\\n]*\"|\\S");

    private static List<String> corpus() {
        List<String> out = new ArrayList<>();
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".sched")).sorted().toList()) {
                    String text = Files.readString(p);
                    if (!SchedcParser.parse(new SourceFile(p.toString(), text)).hasErrors()) out.add(text);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Provide
    Arbitrary<String> policies() { return Arbitraries.of(CORPUS); }

    @Property(tries = 300)
    void everyPolicyFormatsToAFixedPointWithTheSameTokens(@ForAll("policies") String text) throws FormatException {
        String once = Formatter.format(new SourceFile("t.sched", text));
        assertEquals(strip(Tok.lex(text)), strip(Tok.lex(once)));
        assertEquals(once, Formatter.format(new SourceFile("t.sched", once)));
        assertFalse(once.lines().anyMatch(l -> l.endsWith(" ") && !l.contains("//")), "no trailing spaces outside comments");
    }

    @Property(tries = 200)
    void horizontalWhitespaceDoesNotMatter(@ForAll("policies") String text, @ForAll("spacings") List<Integer> spacing) throws FormatException {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        StringBuilder respaced = new StringBuilder();
        int k = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean beforeComment = i + 1 < tokens.size() && tokens.get(i + 1).startsWith("/");
            if (t.isBlank() && !t.contains("\n") && !beforeComment) { // trailing comments keep their distance
                // Keep at least one blank where one separates two words, or the tokens would merge.
                int n = spacing.isEmpty() ? 1 : spacing.get(k++ % spacing.size());
                boolean lineStart = i == 0 || tokens.get(i - 1).contains("\n");
                respaced.append(lineStart ? "\t".repeat(n) : " ".repeat(Math.max(1, n)));
            } else {
                respaced.append(t);
            }
        }
        String variant = respaced.toString();
        Assume.that(!SchedcParser.parse(new SourceFile("v.sched", variant)).hasErrors());
        assertEquals(Formatter.format(new SourceFile("t.sched", text)), Formatter.format(new SourceFile("v.sched", variant)));
    }

    @Property(tries = 200, maxDiscardRatio = 20)
    void mutatedPoliciesThatStillParseFormatToAFixedPoint(@ForAll("policies") String text, @ForAll @DoubleRange(min = 0, max = 1) double at, @ForAll @DoubleRange(min = 0, max = 1) double other,
                                                          @ForAll("edits") int edit) throws FormatException {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        int i = (int) (at * (tokens.size() - 1));
        int j = (int) (other * (tokens.size() - 1));
        switch (edit) {
            case 0 -> tokens.remove(i);
            case 1 -> tokens.add(i, tokens.get(j));
            case 2 -> tokens.add(i, "\n");
            case 3 -> tokens.add(i, " /* c */ ");
            case 4 -> tokens.add(i, "// note\n");
            default -> tokens.add(i, ";");
        }
        String variant = String.join("", tokens);
        Assume.that(!SchedcParser.parse(new SourceFile("v.sched", variant)).hasErrors());
        String once = Formatter.format(new SourceFile("v.sched", variant));
        assertEquals(once, Formatter.format(new SourceFile("v.sched", once)));
    }

    @Provide
    Arbitrary<List<Integer>> spacings() { return Arbitraries.integers().between(0, 4).list().ofMaxSize(8); }

    @Provide
    Arbitrary<Integer> edits() { return Arbitraries.integers().between(0, 5); }

    private static List<String> strip(List<Tok> tokens) {
        return tokens.stream().map(t -> t.type() + ":" + t.text()).toList();
    }
}
