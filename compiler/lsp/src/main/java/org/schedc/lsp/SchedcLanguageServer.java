package org.schedc.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SignatureHelpOptions;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The schedc language server: diagnostics, hover, completion, go to definition and document symbols
 * for policy files. {@link #run} serves one client over a pair of streams (stdio for {@code schedc lsp}).
 */
public final class SchedcLanguageServer implements LanguageServer, LanguageClientAware {
    /** Quiet time after the last edit before the file is re-checked. */
    public static final long DEFAULT_DEBOUNCE_MS = 150;

    private final AnalysisService service;
    private final SchedcTextDocumentService documents;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private volatile boolean shutdownRequested;

    public SchedcLanguageServer() { this(DEFAULT_DEBOUNCE_MS); }

    public SchedcLanguageServer(long debounceMs) {
        this.service = new AnalysisService(new Analyzer(), debounceMs);
        this.documents = new SchedcTextDocumentService(service);
    }

    /**
     * Serves a client until it sends {@code exit} or closes its stream. Returns the exit code LSP asks
     * for: 0 after {@code shutdown}, else 1.
     */
    public static int run(InputStream in, OutputStream out) { return run(in, out, DEFAULT_DEBOUNCE_MS); }

    /** As {@link #run(InputStream, OutputStream)} with another quiet time after edits (0: check at once). */
    public static int run(InputStream in, OutputStream out, long debounceMs) {
        SchedcLanguageServer server = new SchedcLanguageServer(debounceMs);
        Errors.quietLibraryLogging();
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                .setLocalService(server).setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out)
                .setExceptionHandler(Errors::toResponse)
                .wrapMessages(consumer -> consumer instanceof RemoteEndpoint ? Requests.naming(consumer) : consumer)
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        // Its own thread: the common pool may have a single thread on a small machine, and this one blocks.
        Thread watcher = new Thread(() -> {
            try {
                listening.get();
            } catch (java.util.concurrent.CancellationException e) {
                // the client sent exit: the normal way out
            } catch (InterruptedException | ExecutionException e) {
                ServerLog.log("connection ended: " + e);
            }
            server.exitCode.complete(server.shutdownRequested ? 0 : 1);
        }, "schedc-lsp-connection");
        watcher.setDaemon(true);
        watcher.start();
        int code = server.exitCode.join();
        listening.cancel(true);
        server.service.close();
        return code;
    }

    @Override public void connect(LanguageClient client) { documents.connect(client); }

    /** The documents and analyses the server holds (tests bound its memory through it). */
    AnalysisService service() { return service; }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities caps = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        sync.setSave(new SaveOptions(false));
        caps.setTextDocumentSync(sync);
        caps.setHoverProvider(true);
        caps.setCompletionProvider(new CompletionOptions(false, List.of(".")));
        caps.setSignatureHelpProvider(new SignatureHelpOptions(List.of("(", ",")));
        caps.setDefinitionProvider(true);
        caps.setDocumentSymbolProvider(true);
        caps.setDocumentFormattingProvider(true);
        return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("schedc", "0.1.0")));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override public void exit() { exitCode.complete(shutdownRequested ? 0 : 1); }

    @Override public TextDocumentService getTextDocumentService() { return documents; }

    @Override public WorkspaceService getWorkspaceService() { return new QuietWorkspaceService(); }
}
