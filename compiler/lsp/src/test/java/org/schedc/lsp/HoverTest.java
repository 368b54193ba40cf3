package org.schedc.lsp;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.Hover;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HoverTest {
    private final LspTestSession lsp;
    private final String simple;
    private static final String URI = "file:///hover/simple.sched";

    HoverTest() throws Exception {
        lsp = new LspTestSession();
        simple = LspTestSession.example("simple.sched");
        lsp.open(URI, simple);
    }

    @AfterAll void close() { lsp.close(); }

    private String hover(String text, String uri, String needle, int nth, int delta) {
        Hover h = lsp.hover(uri, LspTestSession.at(text, needle, nth, delta));
        assertNotNull(h, "no hover at " + needle);
        return h.getContents().getRight().getValue();
    }

    @Test void kernelFieldShowsCTypeAndOffsetPerKernel() {
        String text = simple.replace("on enable(p) {", "on enable(p) {\n    let id = p.pid");
        String uri = "file:///hover/pid.sched";
        lsp.open(uri, text);
        String h = hover(text, uri, "p.pid", 0, 2);
        assertTrue(h.contains("pid_t"), h);
        assertTrue(h.contains("7.2.13") && h.contains("7.3.4"), h);
        assertTrue(h.contains("offset"), h);
        assertTrue(h.contains("s32"), h);
    }

    @Test void kernelEnumConstantShowsItsValuePerKernel() {
        String text = simple.replace("on enable(p) {", "on enable(p) {\n    let lastf = SCX_ENQ_LAST");
        String uri = "file:///hover/enum.sched";
        lsp.open(uri, text);
        String h = hover(text, uri, "SCX_ENQ_LAST", 0, 2);
        assertTrue(h.contains("SCX_ENQ_LAST: u64"), h);
        assertTrue(h.contains("7.2.13: `0x20000000000`") && h.contains("7.3.4: `0x20000000000`"), h);
    }

    @Test void kfuncCallShowsItsPrototypePerKernelAndItsCallbacks() {
        String text = simple.replace("on enable(p) {", "on enable(p) {\n    kfunc.scx_bpf_kick_cpu(0, 0)");
        String uri = "file:///hover/kfunc.sched";
        lsp.open(uri, text);
        String h = hover(text, uri, "kfunc.scx_bpf_kick_cpu", 0, 8);
        assertTrue(h.contains("7.2.13: `void scx_bpf_kick_cpu(s32 cpu, u64 flags)`") && h.contains("7.3.4: `void scx_bpf_kick_cpu(s32 cpu, u64 flags)`"), h);
        assertTrue(h.contains("allowed in: any handler"), h);
        String moving = text.replace("kfunc.scx_bpf_kick_cpu(0, 0)", "kfunc.scx_bpf_dsq_move_to_local(0)");
        lsp.open("file:///hover/kfunc2.sched", moving);
        String m = hover(moving, "file:///hover/kfunc2.sched", "kfunc.scx_bpf_dsq", 0, 8);
        assertTrue(m.contains("allowed in: `dispatch`"), m);
    }

    @Test void taskShorthandShowsTheRealPath() {
        String h = hover(simple, URI, "p.weight", 0, 3);
        assertTrue(h.contains("scx.weight"), h);
        assertTrue(h.contains("u32"), h);
    }

    @Test void constantShowsTypeAndValue() {
        String h = hover(simple, URI, "SLICE", 1, 1);
        assertTrue(h.contains("const SLICE: u64 = 20000000"), h);
    }

    @Test void globalAndLocalsShowTheirTypes() {
        assertTrue(hover(simple, URI, "vtime_now", 1, 0).contains("var vtime_now: u64"));
        assertTrue(hover(simple, URI, "pick.was_idle", 0, 1).contains("let pick: cpu_pick"));
        assertTrue(hover(simple, URI, "prev_cpu", 1, 0).contains("prev_cpu: s32"));
        assertTrue(hover(simple, URI, "wake_flags", 1, 0).contains("wake_flags: u64"));
    }

    @Test void handlerShowsTheCallbackSignature() {
        String h = hover(simple, URI, "enqueue", 0, 1);
        assertTrue(h.contains("on enqueue(p: task, enq_flags: u64)"), h);
    }

    @Test void builtinShowsItsKfunc() {
        String h = hover(simple, URI, "default_cpu", 0, 2);
        assertTrue(h.contains("default_cpu(p, prev_cpu, wake_flags)"), h);
        assertTrue(h.contains("scx_bpf_select_cpu_dfl"), h);
        // From sema's catalogue: the doc line and the kernel's callback rules for its kfunc.
        assertTrue(h.contains(org.schedc.sema.Builtin.DEFAULT_CPU.doc()), h);
        assertTrue(h.contains("allowed in: `enqueue`, `select_cpu`"), h);
    }

    @Test void expressionTypes() {
        assertTrue(hover(simple, URI, "pick.cpu", 0, 6).contains("s32"));
    }

    @Test void typesInAFileWithErrorsElsewhere() throws Exception {
        String text = simple.replace("move shared to local", "move shared to local\n    let broken = nosuch + 1");
        String uri = "file:///hover/broken.sched";
        lsp.open(uri, text);
        lsp.awaitDiagnostics(uri, p -> !p.getDiagnostics().isEmpty());
        assertTrue(hover(text, uri, "vtime_now", 1, 0).contains("var vtime_now: u64"));
        assertTrue(hover(text, uri, "p.weight", 0, 3).contains("u32"));
        assertTrue(hover(text, uri, "pick.was_idle", 0, 1).contains("cpu_pick"));
    }

    @Test void typesInsideTheBrokenStatementItself() throws Exception {
        // The attribution covers statements with errors: the good parts of a broken line still have types.
        String text = simple.replace("move shared to local", "move shared to local\n    let broken = nosuch + vtime_now");
        String uri = "file:///hover/broken-line.sched";
        lsp.open(uri, text);
        lsp.awaitDiagnostics(uri, p -> !p.getDiagnostics().isEmpty());
        assertTrue(hover(text, uri, "vtime_now\n", 0, 1).contains("u64"));
    }

    @Test void namesFromImportedModulesHaveTheirTypes() throws Exception {
        String text = LspTestSession.example("game.sched");
        String uri = LspTestSession.examplesDir().resolve("game.sched").toUri().toString();
        lsp.open(uri, text);
        assertTrue(hover(text, uri, "return PRIO_HIGH", 0, 9).contains("```schedc\n"), "PRIO_HIGH from prio_classes");
        assertTrue(hover(text, uri, "let cpu = idle_select", 0, 6).contains("s32"), "the result of idle_select from the library");
    }

    @Test void perTaskStateField() throws Exception {
        String text = LspTestSession.example("server.sched");
        String uri = "file:///hover/server.sched";
        lsp.open(uri, text);
        assertTrue(hover(text, uri, "p.state.started = now()", 0, 9).contains("p.state.started: u64"));
    }

    @Test void nothingOnWhitespaceOrComments() {
        assertNull(lsp.hover(URI, new org.eclipse.lsp4j.Position(0, 3)));
    }
}
