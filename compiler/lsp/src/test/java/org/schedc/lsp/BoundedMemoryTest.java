package org.schedc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * 5,000 edits leave the server holding one document and at most one analysis per open file, no queued
 * timers or jobs, and the analyses of old versions collectable: memory is bounded by the open files, not the edits.
 */
class BoundedMemoryTest {
    private static final int EDITS = 5_000;

    @Test void fiveThousandEditsRetainOneDocumentAndAnalysisPerFile() throws Exception {
        SchedcLanguageServer server = new SchedcLanguageServer(SchedcLanguageServer.DEFAULT_DEBOUNCE_MS);
        LspTestSession.RecordingClient client = new LspTestSession.RecordingClient();
        server.connect(client);
        AnalysisService service = server.service();
        List<String> uris = List.of("file:///mem/a.sched", "file:///mem/b.sched", "file:///mem/c.sched");
        String base = LspTestSession.example("simple.sched");
        for (String uri : uris) server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "schedc", 0, base)));
        List<WeakReference<Analysis>> old = new ArrayList<>();
        int maxDocuments = 0;
        for (int i = 1; i <= EDITS; i++) {
            String uri = uris.get(i % uris.size());
            String text = base.replace("const SLICE = 20ms", "const SLICE = " + (i % 97 + 1) + "ms // edit " + i);
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, i),
                    List.of(new TextDocumentContentChangeEvent(text))));
            // Requests analyse the version they see: keep weak handles on some, they must not outlive their version.
            if (i % 250 == 0) old.add(new WeakReference<>(service.withAnalysis(uri, a -> a, null).get(30, TimeUnit.SECONDS)));
            maxDocuments = Math.max(maxDocuments, service.retained().documents());
        }
        assertEquals(uris.size(), maxDocuments, "one document per open file");
        for (int k = 0; k < uris.size(); k++) {
            String uri = uris.get(k);
            int lastVersion = EDITS - ((EDITS - k) % uris.size());
            PublishDiagnosticsParams p = awaitVersion(client, uri, lastVersion);
            assertEquals(List.of(), p.getDiagnostics().stream().filter(d -> d.getCode().getLeft().startsWith("E")).toList(), uri);
        }
        AnalysisService.Retained r = service.retained();
        assertEquals(uris.size(), r.documents(), r.toString());
        assertTrue(r.analyses() <= r.documents(), r.toString());
        assertTrue(r.pendingTimers() <= uris.size(), r.toString());
        assertTrue(r.scheduledTasks() <= uris.size(), "cancelled debounce timers must leave the queue: " + r);
        assertEquals(0, r.queuedJobs(), r.toString());
        assertTrue(old.size() >= 19, "handles taken");
        long alive = 0;
        for (int round = 0; round < 20; round++) {
            System.gc();
            alive = old.stream().filter(w -> w.get() != null).count();
            if (alive <= uris.size()) break;
            Thread.sleep(50);
        }
        assertTrue(alive <= uris.size(), alive + " analyses of old versions still reachable");
        service.close();
    }

    private static PublishDiagnosticsParams awaitVersion(LspTestSession.RecordingClient client, String uri, int version) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        synchronized (client) {
            while (true) {
                PublishDiagnosticsParams p = client.latest.get(uri);
                if (p != null && p.getVersion() != null && p.getVersion() == version) return p;
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new AssertionError("no diagnostics for version " + version + " of " + uri + "; last: " + p);
                client.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }
}
