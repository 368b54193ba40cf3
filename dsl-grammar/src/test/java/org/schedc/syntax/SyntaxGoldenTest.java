package org.schedc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;

/**
 * Golden tests: every {@code syntax/valid/*.sched} parses without diagnostics to its {@code .ast}
 * dump; every {@code syntax/invalid/*.sched} gives its {@code .diag} list (and still a tree).
 */
class SyntaxGoldenTest {
    static final Path ROOT = Path.of("src/test/resources/syntax");

    @TestFactory
    Stream<DynamicTest> validFilesMatchTheirAstDumps() throws IOException {
        return inputs("valid").map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            ParseResult result = parse(input);
            assertEquals(List.of(), result.diagnostics().stream().map(SyntaxGoldenTest::line).toList(),
                    "a valid example must parse cleanly");
            GoldenFile.check(sibling(input, ".ast"), AstPrinter.print(result.tree()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidFilesGiveTheirDiagnostics() throws IOException {
        return inputs("invalid").map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            ParseResult result = parse(input);
            assertNotNull(result.tree());
            assertFalse(result.diagnostics().isEmpty(), "an invalid example must give diagnostics");
            AstPrinter.print(result.tree()); // the tree of a broken file must still be printable
            StringBuilder text = new StringBuilder();
            for (Diagnostic d : result.diagnostics()) text.append(line(d)).append('\n');
            GoldenFile.check(sibling(input, ".diag"), text.toString());
        }));
    }

    static Stream<Path> inputs(String dir) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(dir))) {
            return files.filter(p -> p.toString().endsWith(".sched")).sorted().toList().stream();
        }
    }

    static ParseResult parse(Path input) throws IOException {
        return SchedcParser.parse(new SourceFile(input.getFileName().toString(), Files.readString(input)));
    }

    private static Path sibling(Path input, String extension) {
        String name = input.getFileName().toString();
        return input.resolveSibling(name.substring(0, name.length() - ".sched".length()) + extension);
    }

    static String line(Diagnostic d) {
        return d.span().line() + ":" + d.span().column() + " " + d.code() + " " + d.message();
    }
}
