package org.schedc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.schedc.diag.SourceFile;
import org.schedc.format.Formatter;

/** textDocument/formatting is schedc fmt: one whole-document edit, nothing for formatted files or files with syntax errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormattingTest {
    private final LspTestSession lsp;

    FormattingTest() throws Exception { lsp = new LspTestSession(); }

    @AfterAll void close() { lsp.close(); }

    private List<? extends TextEdit> format(String uri) {
        return LspTestSession.get(lsp.server.getTextDocumentService().formatting(
                new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true))));
    }

    @Test void messyFileGetsOneWholeDocumentEditWithFmtsOutput() throws Exception {
        String messy = "policy f {\nconst SLICE=5ms\n    queue main:fifo\non enqueue(p,enq_flags){insert p into main slice SLICE}\n"
                + "  on dispatch(cpu, prev) {   move main to local }\n}";
        String uri = "file:///fmt/messy.sched";
        lsp.open(uri, messy);
        List<? extends TextEdit> edits = format(uri);
        assertEquals(1, edits.size(), edits.toString());
        TextEdit e = edits.getFirst();
        assertEquals(new Position(0, 0), e.getRange().getStart());
        assertEquals(new Position(5, 1), e.getRange().getEnd());
        assertEquals(Formatter.format(new SourceFile("messy.sched", messy)), e.getNewText());
        assertTrue(e.getNewText().contains("\n  const SLICE = 5ms\n"), e.getNewText());
    }

    @Test void formattedFileGetsNoEdits() throws Exception {
        String text = LspTestSession.example("simple.sched");
        String uri = "file:///fmt/simple.sched";
        lsp.open(uri, text);
        assertTrue(Formatter.isFormatted(new SourceFile("simple.sched", text)));
        assertEquals(List.of(), format(uri));
    }

    @Test void syntaxErrorsGetNoEdits() throws Exception {
        String uri = "file:///fmt/broken.sched";
        lsp.open(uri, "policy f {\nconst SLICE=\n  on enqueue(p, f) { insert p into }\n");
        assertEquals(List.of(), format(uri));
    }

    @Test void unopenedDocumentGetsNoEdits() {
        assertEquals(List.of(), format("file:///fmt/not-open.sched"));
    }
}
