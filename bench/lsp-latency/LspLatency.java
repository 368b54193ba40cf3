import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Latency from didChange to publishDiagnostics of `schedc lsp`, as an editor sees it: the server runs
 * as a separate process (java -jar schedc.jar lsp), edits alternate between a valid and an invalid
 * text of each example, and the clock stops when diagnostics for that version arrive.
 * Usage: java -cp schedc.jar LspLatency.java JAR DEBOUNCE_MS EDITS FILE...
 */
public class LspLatency {
    static final Map<String, CompletableFuture<PublishDiagnosticsParams>> waiting = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        long debounce = Long.parseLong(args[1]);
        int edits = Integer.parseInt(args[2]);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar, "lsp", "--debounce-ms", Long.toString(debounce))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        LanguageClient client = new LanguageClient() {
            @Override public void publishDiagnostics(PublishDiagnosticsParams p) {
                CompletableFuture<PublishDiagnosticsParams> f = waiting.remove(p.getUri() + "#" + p.getVersion());
                if (f != null) f.complete(p);
            }
            @Override public void telemetryEvent(Object o) { }
            @Override public void showMessage(MessageParams m) { }
            @Override public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams r) { return CompletableFuture.completedFuture(null); }
            @Override public void logMessage(MessageParams m) { }
        };
        var launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(), server.getOutputStream());
        launcher.startListening();
        LanguageServer lsp = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        lsp.initialize(init).get(60, TimeUnit.SECONDS);
        lsp.initialized(new InitializedParams());

        System.out.println("| file | lines | median (ms) | p95 (ms) | max (ms) |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        for (int i = 3; i < args.length; i++) {
            Path file = Path.of(args[i]);
            String text = Files.readString(file);
            String uri = file.toUri().toString();
            // Valid text and a version with a type error in the last handler: both paths of the analysis.
            int cut = text.lastIndexOf('}', text.lastIndexOf('}') - 1);
            String broken = text.substring(0, cut) + "  let oops = nosuch + 1\n" + text.substring(cut);
            CompletableFuture<PublishDiagnosticsParams> first = expect(uri, 1);
            lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "schedc", 1, text)));
            first.get(60, TimeUnit.SECONDS);
            List<Double> millis = new ArrayList<>();
            int warmup = Math.min(20, edits);
            for (int v = 2; v < 2 + warmup + edits; v++) {
                String body = (v % 2 == 0 ? broken : text) + "\n// edit " + v + "\n";
                CompletableFuture<PublishDiagnosticsParams> done = expect(uri, v);
                long t0 = System.nanoTime();
                lsp.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, v), List.of(new TextDocumentContentChangeEvent(body))));
                done.get(60, TimeUnit.SECONDS);
                if (v >= 2 + warmup) millis.add((System.nanoTime() - t0) / 1e6);
            }
            Collections.sort(millis);
            System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", file.getFileName(), text.split("\n").length,
                    pct(millis, 50), pct(millis, 95), millis.getLast());
        }
        lsp.shutdown().get(30, TimeUnit.SECONDS);
        lsp.exit();
        server.waitFor(30, TimeUnit.SECONDS);
        System.exit(0);
    }

    static CompletableFuture<PublishDiagnosticsParams> expect(String uri, int version) {
        CompletableFuture<PublishDiagnosticsParams> f = new CompletableFuture<>();
        waiting.put(uri + "#" + version, f);
        return f;
    }

    static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
