package org.schedc.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/** Document events and requests; the work happens in {@link AnalysisService} and the providers. */
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

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var doc = params.getTextDocument();
        service.update(doc.getUri(), doc.getText() == null ? "" : doc.getText(), doc.getVersion(), true, this::publish);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
        if (changes == null || changes.isEmpty()) return;
        // Full sync: the last change holds the whole text.
        String text = changes.getLast().getText();
        service.update(params.getTextDocument().getUri(), text == null ? "" : text, params.getTextDocument().getVersion(), false, this::publish);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // Full sync already gave the saved text; save only re-publishes (the server asks for no text on save).
        service.republish(params.getTextDocument().getUri(), this::publish);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        service.close(uri);
        LanguageClient c = client;
        if (c != null) c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return service.withAnalysis(params.getTextDocument().getUri(), a ->
                new HoverProvider(a, service.kernelsFor(a)).at(Positions.offset(a.file(), params.getPosition())).orElse(null), null);
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return service.withAnalysis(params.getTextDocument().getUri(), a -> Either.<List<CompletionItem>, CompletionList>forLeft(
                new CompletionProvider(a, service.kernelsFor(a)).at(Positions.offset(a.file(), params.getPosition()))),
                Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        String uri = params.getTextDocument().getUri();
        return service.withAnalysis(uri, a -> {
            Optional<Reference> ref = a.index().referenceAt(Positions.offset(a.file(), params.getPosition()));
            List<Location> out = new ArrayList<>();
            ref.ifPresent(r -> out.add(new Location(uri, Positions.range(a.file(), r.target().nameSpan()))));
            return Either.<List<? extends Location>, List<? extends LocationLink>>forLeft(out);
        }, Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return service.withAnalysis(params.getTextDocument().getUri(), a -> {
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            for (DocumentSymbol s : DocumentSymbols.of(a)) out.add(Either.forRight(s));
            return out;
        }, List.of());
    }
}
