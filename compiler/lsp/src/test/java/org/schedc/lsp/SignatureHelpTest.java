package org.schedc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.schedc.sema.Builtin;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignatureHelpTest {
    private final LspTestSession lsp;

    SignatureHelpTest() throws Exception { lsp = new LspTestSession(); }

    @AfterAll void close() { lsp.close(); }

    /** Opens {@code textWithCursor} without its '|' and asks for signature help there. */
    private SignatureHelp help(String name, String textWithCursor) {
        int at = textWithCursor.indexOf('|');
        String text = textWithCursor.substring(0, at) + textWithCursor.substring(at + 1);
        String uri = "file:///signature/" + name + ".sched";
        lsp.open(uri, text);
        return lsp.signatureHelp(uri, LspTestSession.at(textWithCursor, "|", 0, 0));
    }

    @Test void builtinBeingTypedShowsTheCatalogueEntryAndTheActiveParameter() throws Exception {
        String text = LspTestSession.example("simple.sched").replace("on enable(p) {", "on enable(p) {\n    let c = default_cpu(p, 0, |");
        SignatureHelp h = help("builtin", text);
        SignatureInformation s = h.getSignatures().getFirst();
        assertEquals(Builtin.DEFAULT_CPU.signature(), s.getLabel());
        assertEquals(Builtin.DEFAULT_CPU.params(), s.getParameters().stream().map(p -> p.getLabel().getLeft()).toList());
        assertTrue(s.getDocumentation().getRight().getValue().contains(Builtin.DEFAULT_CPU.doc()));
        assertEquals(2, h.getActiveParameter());
    }

    @Test void nestedCallsAnswerForTheInnermostOpenOne() throws Exception {
        String text = LspTestSession.example("simple.sched").replace("on enable(p) {", "on enable(p) {\n    let c = max(task_cpu(p), |");
        SignatureHelp h = help("nested", text);
        assertEquals("max(a, b)", h.getSignatures().getFirst().getLabel());
        assertEquals(1, h.getActiveParameter());
    }

    @Test void policyFunctionsShowTheirDeclaration() throws Exception {
        String text = "policy f {\n  fn twice(x: u64, y: u64) -> u64 { return x * 2 + y }\n  on enable(p) {\n    let a = twice(1, |\n  }\n}\n";
        SignatureHelp h = help("function", text);
        assertEquals("fn twice(x: u64, y: u64) -> u64", h.getSignatures().getFirst().getLabel());
        assertEquals(List.of("x", "y"), h.getSignatures().getFirst().getParameters().stream().map(p -> p.getLabel().getLeft()).toList());
        assertEquals(1, h.getActiveParameter());
    }

    @Test void outsideACallThereIsNone() throws Exception {
        assertNull(help("none", LspTestSession.example("simple.sched").replace("on enable(p) {", "on enable(p) {\n    let c = (1 + |")));
        assertNull(help("closed", LspTestSession.example("simple.sched").replace("on enable(p) {", "on enable(p) {\n    let c = now()|")));
    }
}
