package org.schedc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SymbolKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DefinitionAndSymbolsTest {
    private static final String URI = "file:///def/interactive.sched";
    private final LspTestSession lsp;
    private final String text;

    DefinitionAndSymbolsTest() throws Exception {
        lsp = new LspTestSession();
        text = LspTestSession.example("interactive.sched");
        lsp.open(URI, text);
    }

    @AfterAll void close() { lsp.close(); }

    private void assertGoesTo(String useNeedle, int useNth, String declNeedle, int declNth) {
        List<? extends Location> locs = lsp.definition(URI, LspTestSession.at(text, useNeedle, useNth, 1));
        assertEquals(1, locs.size(), useNeedle);
        assertEquals(URI, locs.getFirst().getUri());
        assertEquals(LspTestSession.at(text, declNeedle, declNth, 0), locs.getFirst().getRange().getStart(), useNeedle);
    }

    @Test void constants() { assertGoesTo("FAST_SLICE", 1, "FAST_SLICE", 0); }

    @Test void globals() { assertGoesTo("fast_inserts += 1", 0, "fast_inserts", 0); }

    @Test void queues() { assertGoesTo("fair slice", 0, "fair: vtime", 0); }

    @Test void functions() { assertGoesTo("interactive(p.prio", 0, "interactive(prio", 0); }

    @Test void locals() {
        assertGoesTo("idle >= 0", 0, "idle = pick_idle_cpu", 0);
        assertGoesTo("vtime - vtime_now", 0, "vtime = p.vtime", 0);
    }

    @Test void parameters() { assertGoesTo("prev_cpu)", 0, "prev_cpu, wake_flags", 0); }

    @Test void namesFromAnImportedFileLeadIntoIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String module = "module helpers\nconst HELPER_SLICE = 5ms\nfn put(p: task) {\n  insert p into local slice HELPER_SLICE\n}\n";
        java.nio.file.Path lib = java.nio.file.Files.writeString(dir.resolve("helpers.sched"), module);
        String policy = "import \"helpers.sched\"\npolicy imp {\n  on enqueue(p, enq_flags) { put(p) }\n  on dispatch(cpu, prev) { let s = HELPER_SLICE }\n}\n";
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("imp.sched"), policy);
        String uri = file.toUri().toString();
        lsp.open(uri, policy);
        List<? extends Location> call = lsp.definition(uri, LspTestSession.at(policy, "put(p)", 0, 1));
        assertEquals(1, call.size(), call.toString());
        assertEquals(lib.toUri().toString(), call.getFirst().getUri());
        assertEquals(LspTestSession.at(module, "put", 0, 0), call.getFirst().getRange().getStart());
        List<? extends Location> constant = lsp.definition(uri, LspTestSession.at(policy, "HELPER_SLICE", 0, 2));
        assertEquals(lib.toUri().toString(), constant.getFirst().getUri());
        assertEquals(LspTestSession.at(module, "HELPER_SLICE", 0, 0), constant.getFirst().getRange().getStart());
    }

    @Test void nothingOnKeywords() {
        assertEquals(List.of(), lsp.definition(URI, LspTestSession.at(text, "insert p into local", 0, 1)));
    }

    @Test void outline() {
        List<DocumentSymbol> roots = lsp.symbols(URI);
        assertEquals(1, roots.size());
        DocumentSymbol policy = roots.getFirst();
        assertEquals("interactive", policy.getName());
        List<String> names = policy.getChildren().stream().map(DocumentSymbol::getName).toList();
        assertEquals(List.of("FAST_SLICE", "FAIR_SLICE", "NICE_0_PRIO", "fast", "fair", "vtime_now", "fast_inserts", "fair_inserts",
                "interactive", "on select_cpu", "on enqueue", "on dispatch", "on running", "on stopping", "on enable"), names);
        DocumentSymbol fn = policy.getChildren().get(8);
        assertEquals(SymbolKind.Function, fn.getKind());
        assertEquals(LspTestSession.at(text, "interactive(prio", 0, 0), fn.getSelectionRange().getStart());
    }

    @Test void outlineOfABrokenFile() {
        String uri = "file:///def/broken.sched";
        lsp.open(uri, "policy half {\n  const A = 1\n  on enqueue(p, f) {\n    insert p into\n");
        List<DocumentSymbol> roots = lsp.symbols(uri);
        assertEquals(1, roots.size());
        assertTrue(roots.getFirst().getChildren().stream().anyMatch(s -> s.getName().equals("A")));
        lsp.definition(uri, new Position(3, 6));
    }
}
