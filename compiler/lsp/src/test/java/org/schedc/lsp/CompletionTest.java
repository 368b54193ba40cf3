package org.schedc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletionTest {
    private final LspTestSession lsp;

    CompletionTest() throws Exception { lsp = new LspTestSession(); }

    @AfterAll void close() { lsp.close(); }

    private static List<String> labels(List<CompletionItem> items) { return items.stream().map(CompletionItem::getLabel).toList(); }

    /** Opens {@code text} with a cursor marker '|' removed and completes there. */
    private List<CompletionItem> complete(String name, String textWithCursor) {
        int at = textWithCursor.indexOf('|');
        String text = textWithCursor.substring(0, at) + textWithCursor.substring(at + 1);
        String uri = "file:///complete/" + name + ".sched";
        lsp.open(uri, text);
        return lsp.completion(uri, LspTestSession.at(textWithCursor, "|", 0, 0));
    }

    @Test void taskFieldsAfterDotInAHalfTypedLine() throws Exception {
        String text = LspTestSession.example("simple.sched").replace("on enable(p) {", "on enable(p) {\n    let x = p.|");
        List<String> l = labels(complete("dot", text));
        for (String f : List.of("pid", "tgid", "comm", "prio", "vtime", "slice", "weight", "scx")) assertTrue(l.contains(f), f + " in " + l);
        assertFalse(l.contains("insert"), "no keywords after a dot");
        // The shorthands are sema's (TaskFields), offered first with the path the checker resolves them to.
        List<String> shorthands = org.schedc.sema.TaskFields.shorthands().stream().map(org.schedc.sema.TaskFields.Shorthand::name).toList();
        assertEquals(shorthands, l.subList(0, shorthands.size()));
        CompletionItem vtime = complete("dot-detail", text).stream().filter(i -> i.getLabel().equals("vtime")).findFirst().orElseThrow();
        assertEquals("task shorthand for scx.dsq_vtime (writable)", vtime.getDetail());
    }

    @Test void everyCallableBuiltinIsOfferedWithItsCatalogueSignature() throws Exception {
        String text = LspTestSession.example("simple.sched").replace("on enable(p) {", "on enable(p) {\n    let x = |");
        List<CompletionItem> items = complete("builtins", text);
        for (org.schedc.sema.Builtin b : org.schedc.sema.Builtin.callables()) {
            CompletionItem i = items.stream().filter(x -> x.getLabel().equals(b.spelling())).findFirst().orElseThrow(() -> new AssertionError(b.spelling()));
            assertEquals(b.signature() + " (builtin)", i.getDetail());
            assertFalse(b.doc().isEmpty(), b.spelling());
        }
    }

    @Test void nestedStructFieldsAfterTwoDots() throws Exception {
        String text = LspTestSession.example("simple.sched").replace("on enable(p) {", "on enable(p) {\n    let x = p.scx.|");
        List<String> l = labels(complete("dot2", text));
        assertTrue(l.contains("dsq_vtime") && l.contains("slice") && l.contains("weight"), l.toString());
    }

    @Test void perTaskStateFields() throws Exception {
        String text = LspTestSession.example("server.sched").replace("p.state.started = now()", "p.state.|started = now()");
        assertEquals(List.of("started", "avg_run", "sleep_avg", "boosted"), labels(complete("state", text)));
        String task = LspTestSession.example("server.sched").replace("p.state.started = now()", "p.|state.started = now()");
        assertTrue(labels(complete("state-root", task)).contains("state"));
    }

    @Test void cpuPickParts() throws Exception {
        String text = LspTestSession.example("simple.sched").replace("return pick.cpu", "return pick.|cpu");
        assertEquals(List.of("cpu", "was_idle"), labels(complete("pick", text)));
    }

    @Test void handlersWithParametersAsSnippets() {
        List<CompletionItem> items = complete("on", "policy x {\n  on enq|\n}\n");
        CompletionItem enqueue = items.stream().filter(i -> i.getLabel().equals("enqueue")).findFirst().orElseThrow();
        assertEquals(InsertTextFormat.Snippet, enqueue.getInsertTextFormat());
        assertTrue(enqueue.getInsertText().startsWith("enqueue(${1:p}, ${2:enq_flags})"), enqueue.getInsertText());
        assertTrue(labels(items).containsAll(List.of("select_cpu", "dispatch", "running", "stopping", "init")));
    }

    @Test void libraryModulesAfterImport() {
        List<String> l = labels(complete("import", "import |\npolicy x { }\n"));
        assertTrue(l.contains("fifo") && l.contains("vtime_fair"), l.toString());
    }

    @Test void keywordsBuiltinsAndNamesInScope() throws Exception {
        String text = LspTestSession.example("simple.sched").replace("insert p into shared", "|\n    insert p into shared");
        List<CompletionItem> items = complete("general", text);
        List<String> l = labels(items);
        for (String k : List.of("insert", "move", "if", "let", "return", "timeout", "vtime")) assertTrue(l.contains(k), k);
        for (String n : List.of("SLICE", "shared", "vtime_now", "p", "enq_flags")) assertTrue(l.contains(n), n);
        assertTrue(l.contains("vtime"), "the local vtime");
        assertFalse(l.contains("pick"), "a local of another handler");
        CompletionItem now = items.stream().filter(i -> i.getLabel().equals("default_cpu")).findFirst().orElseThrow();
        assertEquals("default_cpu(${1:p}, ${2:prev_cpu}, ${3:wake_flags})", now.getInsertText());
    }

    @Test void typesAfterColon() {
        List<String> l = labels(complete("types", "policy x {\n  var v: |\n}\n"));
        assertTrue(l.containsAll(List.of("u64", "s32", "bool", "task")), l.toString());
    }

    @Test void completionAnywhereInJunkAnswers() {
        String uri = "file:///complete/junk.sched";
        lsp.open(uri, "\u0000\u0001}}}{{{ p. on import ");
        for (int c = 0; c < 25; c++) lsp.completion(uri, new Position(0, c));
        lsp.completion(uri, new Position(7, 0));
    }
}
