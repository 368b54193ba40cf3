package org.schedc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;

/** Whatever the input, the parser returns a tree, stays within its limits and is deterministic. */
class ParserRobustnessTest {
    private static final List<String> TOKENS = List.of(
            "policy", "p", "for", "kernels", "7.2", "{", "}", "(", ")", "on", "enqueue", "fn", "queue", ":", "fifo",
            "vtime", "const", "var", "let", "=", "+=", "if", "else", "match", "=>", "|", "_", "for", "in", "..", "return",
            "insert", "into", "local", "global", "local_on", "slice", "flags", "move", "to", "break", "continue",
            "+", "-", "*", "/", "%", "<<", ">>", "<", "==", "&&", "or", "!", "~", "as", "u64", "task", "?", ".", ",",
            ";", "\n", " ", "5ms", "0x1f", "1_000", "42", "\"s\"", "\"open", "/*", "*/", "//", "true", "null", "@", "5min");

    @Property(tries = 300)
    void randomBytesNeverBreakTheParser(@ForAll @Size(max = 400) byte[] bytes) {
        assertWellFormed(new String(bytes, StandardCharsets.ISO_8859_1));
        assertWellFormed(new String(bytes, StandardCharsets.UTF_8));
    }

    @Property(tries = 500)
    void tokenSoupsNeverBreakTheParser(@ForAll("tokenSoups") String text) {
        assertWellFormed(text);
    }

    @Property(tries = 300)
    void truncatedExamplesNeverBreakTheParser(@ForAll("examples") String example, @ForAll("fractions") double cut) {
        assertWellFormed(example.substring(0, (int) (example.length() * cut)));
    }

    @Property(tries = 500)
    void editedExamplesNeverBreakTheParser(@ForAll("examples") String example, @ForAll("fractions") double at,
                                           @ForAll("fractions") double length, @ForAll("tokenSoups") String insert) {
        int from = (int) (example.length() * at);
        int to = Math.min(example.length(), from + (int) (20 * length));
        assertWellFormed(example.substring(0, from) + insert + example.substring(to));
    }

    @Property(tries = 20)
    void parsingIsDeterministic(@ForAll("examples") String example) {
        SourceFile file = new SourceFile("x.sched", example);
        ParseResult first = SchedcParser.parse(file);
        ParseResult second = SchedcParser.parse(file);
        assertEquals(AstPrinter.print(first.tree()), AstPrinter.print(second.tree()));
        assertEquals(first.diagnostics(), second.diagnostics());
        assertTrue(first.diagnostics().isEmpty(), "examples are valid");
    }

    @Provide
    Arbitrary<String> tokenSoups() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(60).map(tokens -> String.join(" ", tokens));
    }

    @Provide
    Arbitrary<String> examples() {
        return Arbitraries.of(validExamples());
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    static List<String> validExamples() {
        try {
            return SyntaxGoldenTest.inputs("valid").map(ParserRobustnessTest::read).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static ParseResult assertWellFormed(String text) {
        ParseResult result = SchedcParser.parse(new SourceFile("fuzz.sched", text));
        assertNotNull(result.tree());
        assertTrue(result.diagnostics().size() <= SyntaxReporter.SHOWN + 1, "diagnostics are capped");
        for (Diagnostic d : result.diagnostics()) {
            assertFalse(d.code().equals(SyntaxCodes.INTERNAL_ERROR), d.message());
            assertTrue(d.span().start() <= d.span().end() && d.span().end() <= text.length(), "span inside the text");
        }
        boolean hasPolicyKeyword = text.contains("policy");
        if (!hasPolicyKeyword) assertEquals(null, result.tree().policy());
        assertNotNull(AstPrinter.print(result.tree()));
        return result;
    }

}
