package org.schedc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.KabiRegistry;
import org.schedc.lint.CheckRun;

/**
 * The editor shows what {@code schedc check} prints: every policy and module of the repository is opened
 * in the server (by its file URI, so relative imports resolve) and the published diagnostics are compared
 * with the check driver's, code, severity, range and message, and each related place (check's {@code note:} lines).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckParityTest {
    /** The directories holding the repository's .sched files (examples, the policy library, every test resource). */
    static List<Path> policyFiles() throws IOException {
        Path root = LspTestSession.examplesDir().getParent();
        List<Path> dirs = new ArrayList<>(List.of(root.resolve("examples"), root.resolve("stdlib/src/main/sched"),
                root.resolve("tests/src/test/resources"), root.resolve("dsl-grammar/src/test/resources")));
        try (Stream<Path> modules = Files.list(root.resolve("compiler"))) {
            modules.map(m -> m.resolve("src/test/resources")).filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        List<Path> out = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.toString().endsWith(".sched") && Files.isRegularFile(p)).sorted().forEach(out::add);
            }
        }
        return out;
    }

    private final LspTestSession lsp;
    private final Compiler compiler = new Compiler(new KabiRegistry());

    CheckParityTest() throws Exception { lsp = new LspTestSession(); }

    @AfterAll void close() { lsp.close(); }

    @TestFactory
    Stream<DynamicTest> everyRepositoryFileShowsWhatCheckPrints() throws IOException {
        List<Path> files = policyFiles();
        assertTrue(files.size() > 100, "expected the repository's policies, found " + files.size());
        Stream<DynamicTest> perFile = files.stream().map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
            String text = Files.readString(path);
            List<String> expected = expected(path, text);
            if (!expected.isEmpty()) withDiagnostics++;
            if (expected.stream().anyMatch(e -> e.contains("\n  note "))) withNotes++;
            if (text.contains("\nimport ") || text.startsWith("import ")) withImports++;
            String uri = path.toUri().toString();
            lsp.open(uri, text);
            List<String> shown = lsp.awaitDiagnostics(uri).getDiagnostics().stream().map(CheckParityTest::render).toList();
            lsp.close(uri);
            assertEquals(String.join("\n", expected), String.join("\n", shown), path.toString());
        }));
        // Runs after the files: the comparison must have covered files with findings and files with imports.
        return Stream.concat(perFile, Stream.of(DynamicTest.dynamicTest("not vacuous", () -> {
            assertTrue(withDiagnostics > 50, withDiagnostics + " files with diagnostics");
            assertTrue(withImports > 8, withImports + " files with imports");
            assertTrue(withNotes >= 2, withNotes + " files with related places");
        })));
    }

    private int withDiagnostics;
    private int withImports;
    private int withNotes;

    /** The check driver's diagnostics as the editor must show them (the editor's cap on markers applied). */
    private List<String> expected(Path path, String text) throws Exception {
        String here = path.toUri().getPath();
        List<String> out = new ArrayList<>();
        for (Diagnostic d : CheckRun.of(compiler, new SourceFile(here, text), List.of()).diagnostics()) {
            if (out.size() == LspDiagnostics.MAX) break;
            // Findings in an imported module sit at the top of the importing file and name their place.
            boolean local = d.file().path().equals(here);
            String range = local ? (d.span().line() - 1) + ":" + (d.span().column() - 1) + "-" + (d.span().endLine() - 1) + ":" + (d.span().endColumn() - 1) : "0:0-0:0";
            String message = local ? d.message() : d.file().path() + ":" + d.span().line() + ":" + d.span().column() + ": " + d.message();
            StringBuilder line = new StringBuilder(range + " " + d.severity().label() + " " + d.code() + " " + message);
            // The notes, as editors get them: a place in some file (its path) and the note's message.
            for (Diagnostic.Related r : d.related()) line.append("\n  note ").append(relatedNote(r, here));
            out.add(line.toString());
        }
        return out;
    }

    /** Where check's note points, as the server must publish it (a library module has no file: its place is in the message). */
    private static String relatedNote(Diagnostic.Related r, String here) {
        String path = r.file() == null ? here : r.file().path();
        if (path.equals(here) || Files.isRegularFile(Path.of(path))) {
            return Path.of(path).toAbsolutePath().toUri().getPath() + "@" + (r.span().line() - 1) + ":" + (r.span().column() - 1) + " " + r.message();
        }
        return here + "@0:0 " + path + ":" + r.span().line() + ":" + r.span().column() + ": " + r.message();
    }

    private static String render(org.eclipse.lsp4j.Diagnostic d) {
        String severity = d.getSeverity() == DiagnosticSeverity.Error ? "error" : d.getSeverity() == DiagnosticSeverity.Warning ? "warning" : "note";
        var r = d.getRange();
        return r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-" + r.getEnd().getLine() + ":" + r.getEnd().getCharacter()
                + " " + severity + " " + d.getCode().getLeft() + " " + d.getMessage()
                + (d.getRelatedInformation() == null ? "" : d.getRelatedInformation().stream().map(CheckParityTest::render).reduce("", String::concat));
    }

    private static String render(org.eclipse.lsp4j.DiagnosticRelatedInformation r) {
        var start = r.getLocation().getRange().getStart();
        return "\n  note " + java.net.URI.create(r.getLocation().getUri()).getPath() + "@" + start.getLine() + ":" + start.getCharacter() + " " + r.getMessage();
    }
}
