package org.schedc.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A server on piped streams (as over stdio, JSON-RPC included) and a client double that records the
 * diagnostics it is sent. One per test class; documents get distinct URIs.
 */
final class LspTestSession implements AutoCloseable {
    static final long TIMEOUT_S = 30;

    /** The client double: remembers the latest diagnostics per document. */
    static final class RecordingClient implements LanguageClient {
        final Map<String, PublishDiagnosticsParams> latest = new ConcurrentHashMap<>();

        @Override public synchronized void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            latest.put(diagnostics.getUri(), diagnostics);
            notifyAll();
        }
        @Override public void telemetryEvent(Object object) { }
        @Override public void showMessage(MessageParams messageParams) { }
        @Override public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }
        @Override public void logMessage(MessageParams message) { }
    }

    final RecordingClient client = new RecordingClient();
    final LanguageServer server;
    final CompletableFuture<Integer> exitCode;
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();

    LspTestSession() throws IOException { this(SchedcLanguageServer.DEFAULT_DEBOUNCE_MS); }

    /** A session whose server waits {@code debounceMs} after an edit before it analyses and publishes. */
    LspTestSession(long debounceMs) throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        exitCode = new CompletableFuture<>();
        Thread serverThread = new Thread(() -> exitCode.complete(SchedcLanguageServer.run(serverIn, serverOut, debounceMs)), "test-lsp-server");
        serverThread.setDaemon(true);
        serverThread.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        InitializeResult result = get(server.initialize(init));
        if (result.getCapabilities().getHoverProvider() == null) throw new IllegalStateException("no hover capability");
        server.initialized(new InitializedParams());
    }

    static <T> T get(CompletableFuture<T> f) {
        try {
            return f.get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("request failed or timed out: " + e, e);
        }
    }

    static String example(String name) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("examples"))) root = root.getParent();
        if (root == null) throw new IOException("examples/ not found above " + Path.of("").toAbsolutePath());
        return Files.readString(root.resolve("examples").resolve(name));
    }

    static Path examplesDir() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("examples"))) root = root.getParent();
        return root.resolve("examples");
    }

    void open(String uri, String text) {
        versions.put(uri, 1);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "schedc", 1, text)));
    }

    void change(String uri, String text) {
        int v = versions.merge(uri, 1, Integer::sum);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, v), List.of(new TextDocumentContentChangeEvent(text))));
    }

    void save(String uri) {
        server.getTextDocumentService().didSave(new org.eclipse.lsp4j.DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /** Drops what the client double remembers of a closed document, so that long runs measure the server's memory only. */
    void forget(String uri) {
        client.latest.remove(uri);
        versions.remove(uri);
    }

    int version(String uri) { return versions.getOrDefault(uri, 0); }

    /** Waits for diagnostics of the document's latest version that satisfy {@code ok}. */
    PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> ok) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        synchronized (client) {
            while (true) {
                PublishDiagnosticsParams p = client.latest.get(uri);
                if (p != null && (p.getVersion() == null || p.getVersion() == version(uri)) && ok.test(p)) return p;
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new AssertionError("no matching diagnostics for " + uri + "; last: " + p);
                client.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    PublishDiagnosticsParams awaitDiagnostics(String uri) throws InterruptedException { return awaitDiagnostics(uri, p -> true); }

    /** The position of the {@code nth} occurrence (0-based) of {@code needle} plus {@code delta} characters. */
    static Position at(String text, String needle, int nth, int delta) {
        int i = -1;
        for (int k = 0; k <= nth; k++) {
            i = text.indexOf(needle, i + 1);
            if (i < 0) throw new IllegalArgumentException("'" + needle + "' occurs fewer than " + (nth + 1) + " times");
        }
        int off = i + delta;
        int line = 0, lineStart = 0;
        for (int k = 0; k < off; k++) if (text.charAt(k) == '\n') { line++; lineStart = k + 1; }
        return new Position(line, off - lineStart);
    }

    Hover hover(String uri, Position p) {
        return get(server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), p)));
    }

    List<CompletionItem> completion(String uri, Position p) {
        var r = get(server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), p)));
        return r.isLeft() ? r.getLeft() : r.getRight().getItems();
    }

    org.eclipse.lsp4j.SignatureHelp signatureHelp(String uri, Position p) {
        return get(server.getTextDocumentService().signatureHelp(new org.eclipse.lsp4j.SignatureHelpParams(new TextDocumentIdentifier(uri), p)));
    }

    List<? extends Location> definition(String uri, Position p) {
        var r = get(server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri), p)));
        return r.getLeft();
    }

    List<DocumentSymbol> symbols(String uri) {
        return get(server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))))
                .stream().map(e -> e.getRight()).toList();
    }

    @Override public void close() {
        try {
            get(server.shutdown());
            server.exit();
            exitCode.get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("server did not shut down: " + e, e);
        }
    }
}
