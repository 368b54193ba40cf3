package org.schedc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagnosticsTest {
    private final LspTestSession lsp;

    DiagnosticsTest() throws Exception { lsp = new LspTestSession(); }

    @AfterAll void close() { lsp.close(); }

    /** Parse and type error codes (lint findings, L..., are tested on their own). */
    private static List<String> codes(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).filter(c -> !c.matches("L[0-9]+")).toList();
    }

    @Test void examplesAreClean() throws Exception {
        // By their real file URIs: the examples with imports resolve them (library and relative modules).
        for (String name : List.of("simple.sched", "fifo.sched", "interactive.sched", "game.sched", "video.sched", "reading.sched",
                "colocation.sched", "server.sched")) {
            String uri = LspTestSession.examplesDir().resolve(name).toUri().toString();
            lsp.open(uri, LspTestSession.example(name));
            assertEquals(List.of(), codes(lsp.awaitDiagnostics(uri)), name);
        }
    }

    @Test void typeErrorHasCodeRangeAndSeverity() throws Exception {
        String text = LspTestSession.example("simple.sched").replace("vtime = vtime_now - SLICE", "vtime = vtime_nw - SLICE");
        String uri = "file:///t/type-error.sched";
        lsp.open(uri, text);
        PublishDiagnosticsParams p = lsp.awaitDiagnostics(uri);
        assertEquals(List.of("E0201"), codes(p));
        Diagnostic d = p.getDiagnostics().getFirst();
        assertEquals(DiagnosticSeverity.Error, d.getSeverity());
        assertEquals("schedc", d.getSource());
        assertEquals(LspTestSession.at(text, "vtime_nw", 0, 0), d.getRange().getStart());
        assertEquals(LspTestSession.at(text, "vtime_nw", 0, "vtime_nw".length()), d.getRange().getEnd());
        assertTrue(d.getMessage().contains("did you mean 'vtime_now'"), d.getMessage());
    }

    @Test void everySyntaxAndTypeErrorIsReported() throws Exception {
        String text = LspTestSession.example("fifo.sched")
                .replace("insert p into main slice SLICE", "insert p into main slice SLICE +")
                .replace("move main to local", "move mian to local");
        String uri = "file:///t/two-errors.sched";
        lsp.open(uri, text);
        List<String> codes = codes(lsp.awaitDiagnostics(uri));
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("E01")), codes.toString());
    }

    @Test void changesAreDebouncedAndTheLastVersionWins() throws Exception {
        String good = LspTestSession.example("fifo.sched");
        String uri = "file:///t/edits.sched";
        lsp.open(uri, good);
        lsp.awaitDiagnostics(uri, p -> p.getDiagnostics().isEmpty());
        for (int i = 0; i < 20; i++) lsp.change(uri, good.replace("SLICE\n  }", "SLIC" + i + "\n  }"));
        PublishDiagnosticsParams p = lsp.awaitDiagnostics(uri, x -> !codes(x).isEmpty());
        assertEquals(lsp.version(uri), p.getVersion());
        assertTrue(p.getDiagnostics().stream().anyMatch(d -> d.getMessage().contains("SLIC19")), p.toString());
        lsp.change(uri, good);
        assertEquals(List.of(), codes(lsp.awaitDiagnostics(uri)));
    }

    @Test void savingPublishesAgain() throws Exception {
        String uri = "file:///t/saved.sched";
        lsp.open(uri, "policy x { on nonsense(p) { } }");
        lsp.awaitDiagnostics(uri, p -> !p.getDiagnostics().isEmpty());
        lsp.client.latest.remove(uri);
        lsp.save(uri);
        assertEquals(List.of("E0203"), codes(lsp.awaitDiagnostics(uri)));
    }

    @Test void closingClearsDiagnostics() throws Exception {
        String uri = "file:///t/closed.sched";
        lsp.open(uri, "policy x { on nonsense(p) { } }");
        assertFalse(lsp.awaitDiagnostics(uri).getDiagnostics().isEmpty());
        lsp.close(uri);
        lsp.awaitDiagnostics(uri, p -> p.getDiagnostics().isEmpty());
    }

    @Test void hugeFileGetsOneDiagnostic() throws Exception {
        String uri = "file:///t/huge.sched";
        String huge = "policy big {\n" + "  const X = 1\n".repeat(5 * 1024 * 1024 / 14) + "}\n";
        lsp.open(uri, huge);
        PublishDiagnosticsParams p = lsp.awaitDiagnostics(uri);
        assertEquals(List.of(Analyzer.TOO_LARGE), codes(p));
    }

    @Test void binaryJunkGetsDiagnosticsAndTheServerStaysUsable() throws Exception {
        byte[] bytes = new byte[20_000];
        new Random(7).nextBytes(bytes);
        String junk = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        String uri = "file:///t/junk.sched";
        lsp.open(uri, junk);
        assertFalse(lsp.awaitDiagnostics(uri).getDiagnostics().isEmpty());
        assertTrue(LspDiagnostics.MAX >= lsp.awaitDiagnostics(uri).getDiagnostics().size());
        lsp.hover(uri, new org.eclipse.lsp4j.Position(3, 5));
        lsp.completion(uri, new org.eclipse.lsp4j.Position(10, 2));
        lsp.symbols(uri);
        String ok = "file:///t/after-junk.sched";
        lsp.open(ok, LspTestSession.example("fifo.sched"));
        assertEquals(List.of(), codes(lsp.awaitDiagnostics(ok)));
    }

    @Test void lintFindingsAreIncluded() throws Exception {
        // enqueue leaves the task in no queue: the scheduler would stall (lint rule L001).
        String text = LspTestSession.example("fifo.sched").replace("insert p into main slice SLICE", "let unused = 1");
        String uri = "file:///t/lint.sched";
        lsp.open(uri, text);
        PublishDiagnosticsParams p = lsp.awaitDiagnostics(uri);
        assertEquals(List.of(), codes(p));
        List<String> lint = p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).filter(c -> c.matches("L[0-9]+")).toList();
        assertTrue(lint.contains("L001"), p.toString());
    }

    /** The CLI's note: lines: a duplicate declaration points at the first one, in this file or in the module file. */
    @Test void relatedSpansArePublishedAsRelatedInformation(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String text = "policy d {\n  const X = 1\n  const X = 2\n  queue q: fifo\n  on enqueue(p, f) { insert p into q slice X }\n"
                + "  on dispatch(c, prev) { move q to local }\n}\n";
        String uri = "file:///t/duplicate.sched";
        lsp.open(uri, text);
        Diagnostic d = lsp.awaitDiagnostics(uri).getDiagnostics().stream().filter(x -> x.getCode().getLeft().equals("E0202")).findFirst().orElseThrow();
        assertEquals(LspTestSession.at(text, "X = 2", 0, 0), d.getRange().getStart());
        assertEquals(1, d.getRelatedInformation().size(), d.toString());
        var first = d.getRelatedInformation().getFirst();
        assertEquals(uri, first.getLocation().getUri());
        assertEquals(LspTestSession.at(text, "X = 1", 0, 0), first.getLocation().getRange().getStart());
        assertEquals(LspTestSession.at(text, "X = 1", 0, 1), first.getLocation().getRange().getEnd());
        assertEquals("'X' is first declared here", first.getMessage());

        // Declared first in a module file: the related location is in that file, by its file: URI.
        java.nio.file.Path module = java.nio.file.Files.writeString(dir.resolve("consts.sched"), "module consts\n\nconst X = 1\n");
        java.nio.file.Path policy = dir.resolve("p.sched");
        String importing = "import \"consts.sched\"\n" + text.replace("  const X = 1\n", "");
        java.nio.file.Files.writeString(policy, importing);
        lsp.open(policy.toUri().toString(), importing);
        Diagnostic m = lsp.awaitDiagnostics(policy.toUri().toString()).getDiagnostics().stream()
                .filter(x -> x.getCode().getLeft().equals("E0202")).findFirst().orElseThrow();
        var there = m.getRelatedInformation().getFirst();
        assertEquals(module.toUri().toString(), there.getLocation().getUri());
        assertEquals(new org.eclipse.lsp4j.Position(2, 6), there.getLocation().getRange().getStart());
    }

    @Test void relatedPlaceInALibraryModuleIsNamedInItsMessage() throws Exception {
        // idle_select declares fn idle_select; the library module has no file an editor could open.
        String text = "import idle_select\n" + LspTestSession.example("fifo.sched").replaceFirst("\\{", "{\n  const idle_select = 1\n");
        String uri = "file:///t/library-duplicate.sched";
        lsp.open(uri, text);
        Diagnostic d = lsp.awaitDiagnostics(uri).getDiagnostics().stream().filter(x -> x.getCode().getLeft().equals("E0202")).findFirst().orElseThrow();
        var r = d.getRelatedInformation().getFirst();
        assertEquals(uri, r.getLocation().getUri());
        assertTrue(r.getMessage().contains("idle_select") && r.getMessage().contains("idle_select.sched:11:4: "), r.getMessage());
    }

    @Test void unknownKernelIsReportedAtTheHeader() throws Exception {
        String text = "policy k for kernels 9.9 {\n  on enqueue(p, f) { }\n}\n";
        String uri = "file:///t/kernel.sched";
        lsp.open(uri, text);
        assertEquals(List.of("E0403"), codes(lsp.awaitDiagnostics(uri)));
    }
}
