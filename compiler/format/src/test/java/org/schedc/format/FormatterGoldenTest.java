package org.schedc.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.schedc.diag.SourceFile;
import org.schedc.testing.Golden;

/** {@code format/NAME.sched} formats to {@code format/NAME.formatted}; the golden is itself formatted. */
class FormatterGoldenTest {
    static final Path DIR = Golden.RESOURCES.resolve("format");

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".sched")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        String formatted = Formatter.format(new SourceFile(p.toString(), Files.readString(p)));
                        Golden.check(DIR.resolve(p.getFileName().toString().replaceFirst("\\.sched$", ".formatted")), formatted);
                        assertEquals(formatted, Formatter.format(new SourceFile(p.toString(), formatted)), "idempotent");
                    }));
        }
    }

    @Test
    void refusesFilesWithSyntaxErrors() {
        FormatException e = assertThrows(FormatException.class,
                () -> Formatter.format(new SourceFile("bad.sched", "policy p { on enqueue(p, f) { insert p into } }")));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.code().startsWith("E01")), e.diagnostics()::toString);
    }

    @Test
    void lineStartsThatMatterAreKept() throws FormatException {
        // `-c` on its own line is a statement; joining it to the line above would make a subtraction.
        String text = "policy p {\n  on tick(p) {\n    var a: s64 = 1\n    a = a\n    -a\n  }\n}\n";
        assertEquals(text, Formatter.format(new SourceFile("t.sched", text)));
    }

    @Test
    void crlfAndTabsAndTrailingSpaces() throws FormatException {
        String text = "policy p {\r\n\ton tick(p) {   \r\n\t\tlet x = 1\t\r\n\t}\r\n}";
        assertEquals("policy p {\n  on tick(p) {\n    let x = 1\n  }\n}\n", Formatter.format(new SourceFile("t.sched", text)));
    }

    @Test
    void isFormattedReportsChanges() throws FormatException {
        assertTrue(Formatter.isFormatted(new SourceFile("t.sched", "policy p {\n}\n")));
        assertFalse(Formatter.isFormatted(new SourceFile("t.sched", "policy  p {\n}\n")));
    }
}
