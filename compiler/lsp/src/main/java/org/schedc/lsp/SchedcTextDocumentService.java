package org.schedc.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Document events and requests; the work happens in {@link AnalysisService} and the providers. Requests with
 * missing parameters are answered InvalidParams ({@link Requests}); notifications with them are ignored.
 */
final class SchedcTextDocumentService implements TextDocumentService {
    private final AnalysisService service;
    private volatile LanguageClient client;

    SchedcTextDocumentService(AnalysisService service) { this.service = service; }

    void connect(LanguageClient client) { this.client = client; }

    private void publish(Analysis a) {
        LanguageClient c = client;
        if (c == null) return;
        try {
            c.publishDiagnostics(new PublishDiagnosticsParams(a.uri(), LspDiagnostics.of(a), a.version()));
        } catch (RuntimeException e) { // a closed connection must not kill the worker
            ServerLog.log("cannot publish diagnostics: " + e.getMessage());
        }
    }

    private static boolean malformed(Object params, Object document, String what) {
        if (params != null && document != null) return false;
        ServerLog.log("ignored " + what + " without a text document");
        return true;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var doc = params == null ? null : params.getTextDocument();
        if (malformed(params, doc == null ? null : doc.getUri(), "didOpen")) return;
        service.update(doc.getUri(), doc.getText() == null ? "" : doc.getText(), doc.getVersion(), true, this::publish);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        var doc = params == null ? null : params.getTextDocument();
        if (malformed(params, doc == null ? null : doc.getUri(), "didChange")) return;
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
        if (changes == null || changes.isEmpty() || changes.getLast() == null) return;
        // Full sync: the last change holds the whole text.
        String text = changes.getLast().getText();
        service.update(doc.getUri(), text == null ? "" : text, doc.getVersion() == null ? 0 : doc.getVersion(), false, this::publish);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        var doc = params == null ? null : params.getTextDocument();
        if (malformed(params, doc == null ? null : doc.getUri(), "didSave")) return;
        // Full sync already gave the saved text; save only re-publishes (the server asks for no text on save).
        service.republish(doc.getUri(), this::publish);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        var doc = params == null ? null : params.getTextDocument();
        if (malformed(params, doc == null ? null : doc.getUri(), "didClose")) return;
        String uri = doc.getUri();
        service.close(uri);
        LanguageClient c = client;
        if (c != null) c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        String uri = Requests.uri(params, HoverParams::getTextDocument);
        Position at = Requests.position(params, HoverParams::getPosition);
        return service.withAnalysis(uri, a ->
                new HoverProvider(a, service.kernelsFor(a), service.rules()).at(Positions.offset(a.file(), at)).orElse(null), null);
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        String uri = Requests.uri(params, CompletionParams::getTextDocument);
        Position at = Requests.position(params, CompletionParams::getPosition);
        return service.withAnalysis(uri, a -> Either.<List<CompletionItem>, CompletionList>forLeft(
                new CompletionProvider(a, service.kernelsFor(a), service.rules()).at(Positions.offset(a.file(), at))),
                Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<SignatureHelp> signatureHelp(SignatureHelpParams params) {
        String uri = Requests.uri(params, SignatureHelpParams::getTextDocument);
        Position at = Requests.position(params, SignatureHelpParams::getPosition);
        return service.withAnalysis(uri, a -> SignatureHelpProvider.at(a, Positions.offset(a.file(), at)).orElse(null), null);
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        String uri = Requests.uri(params, DefinitionParams::getTextDocument);
        Position at = Requests.position(params, DefinitionParams::getPosition);
        return service.withAnalysis(uri, a -> Either.<List<? extends Location>, List<? extends LocationLink>>forLeft(
                Definitions.at(a, Positions.offset(a.file(), at))), Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        String uri = Requests.uri(params, DocumentSymbolParams::getTextDocument);
        return service.withAnalysis(uri, a -> {
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            for (DocumentSymbol s : DocumentSymbols.of(a)) out.add(Either.forRight(s));
            return out;
        }, List.of());
    }

    /** The formatter ({@code schedc fmt}) on the current text: one edit replacing the whole document, none when it has syntax errors or is formatted. */
    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        String uri = Requests.uri(params, DocumentFormattingParams::getTextDocument);
        return CompletableFuture.completedFuture(service.text(uri).map(text -> Formatting.edits(uri, text)).orElse(List.of()));
    }
}
