package org.schedc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.management.ObjectName;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.schedc.testsupport.Campaign;
import org.schedc.testsupport.Campaign.Outcome;
import org.schedc.testsupport.Campaign.Result;

/**
 * Mutation campaign on the language server, over JSON-RPC: each input opens a document (an example or a library
 * module), applies one to eight random edits (code fragments, junk, raw bytes, deletions), asks hover, completion,
 * definition, symbols and formatting after each, waits for the diagnostics of the last version and closes it. Every
 * request must be answered (a result or a clean JSON-RPC error, never an internal error) within the bound; at the
 * end the server must still be alive and its heap after a full GC must not have grown with the inputs: the class
 * histograms after the first inputs and at the end are written to target/campaigns/lsp-heap.txt.
 */
class LspCampaignTest {
    private static final Duration PER_INPUT = Duration.ofSeconds(60);
    private static final long ANSWER_S = 20;
    /** Heap growth allowed between the warmed-up server and the end of the campaign (caches reach their bounds early). */
    private static final long HEAP_GROWTH_LIMIT = 48L << 20;
    /** Inputs before the heap baseline is taken: the analysis caches and JIT-ed code have settled by then. */
    private static final int WARM_UP = 50;
    private static final String[] FRAGMENTS = {"p.", "{", "}", "(", ")", "\"", "/*", "//", "\n", "on ", "import ", "let x = ",
            "insert p into ", "move ", "if ", "else", "->", ":", "as ", "1ms", "0x", "..", "=>", "vtime", "state", "[", "]",
            "task state { a: u64 }", "p.state.a += 1", "tags a, b", "classify { uid == 0 => a }", "match x {", "for i in 0..4 {"};

    private static List<String> sources() throws IOException {
        List<String> out = new ArrayList<>();
        Path examples = LspTestSession.examplesDir();
        for (Path dir : List.of(examples, examples.getParent().resolve("stdlib/src/main/sched"))) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".sched")).sorted().toList()) out.add(Files.readString(p));
            }
        }
        return out;
    }

    @Test
    void randomEditSequencesAreAlwaysAnsweredWithBoundedMemory() throws Exception {
        List<String> sources = sources();
        // One long-lived thread talks to the server: a piped stream fails its reader once the thread that last
        // wrote to it has ended, and the campaign runs each input on a worker it may replace.
        ExecutorService client = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "campaign-lsp-client");
            t.setDaemon(true);
            return t;
        });
        LspTestSession s = client.submit((java.util.concurrent.Callable<LspTestSession>) LspTestSession::new).get();
        long[] baseline = {-1};
        String[] firstHistogram = {""};
        int[] inputs = {0};
        Campaign.Report r = Campaign.run("lsp", PER_INPUT, seed -> {
            Result res = client.submit(() -> trial(s, sources, seed)).get();
            if (++inputs[0] == WARM_UP) { baseline[0] = usedAfterGc(); firstHistogram[0] = histogram(); }
            return res;
        });
        assertEquals(0, r.count(Outcome.CRASH) + r.count(Outcome.HANG), () -> r.summary() + "\n" + r.findings());
        long end = usedAfterGc();
        String lastHistogram = histogram();
        client.submit((Runnable) s::close).get(LspTestSession.TIMEOUT_S * 2, TimeUnit.SECONDS);
        client.shutdown();
        Path dir = Files.createDirectories(Path.of("target", "campaigns"));
        Files.writeString(dir.resolve("lsp-heap.txt"), "heap used after GC: after " + WARM_UP + " inputs " + (baseline[0] >> 20) + " MB, after "
                + r.inputs() + " inputs " + (end >> 20) + " MB\n\n== after " + WARM_UP + " inputs\n" + firstHistogram[0] + "\n== at the end\n" + lastHistogram, StandardCharsets.UTF_8);
        System.out.printf("campaign lsp: heap used after GC %d MB after %d inputs, %d MB after %d%n", baseline[0] >> 20, WARM_UP, end >> 20, r.inputs());
        if (baseline[0] >= 0) assertTrue(end - baseline[0] < HEAP_GROWTH_LIMIT, "heap grew from " + (baseline[0] >> 20) + " MB to " + (end >> 20) + " MB");
    }

    static Result trial(LspTestSession s, List<String> sources, long seed) throws Exception {
        Random rnd = new Random(seed);
        String uri = "file:///campaign/" + seed + ".sched";
        String text = sources.get(rnd.nextInt(sources.size()));
        s.open(uri, text);
        Result worst = Result.of(Outcome.ACCEPTED);
        for (int k = 0, n = 1 + rnd.nextInt(8); k < n; k++) {
            text = edit(text, rnd);
            s.change(uri, text);
            Position p = position(text, rnd.nextInt(Math.max(1, text.length() + 1)));
            TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
            var td = s.server.getTextDocumentService();
            for (CompletableFuture<?> f : List.of(td.hover(new HoverParams(id, p)), td.completion(new CompletionParams(id, p)),
                    td.definition(new DefinitionParams(id, p)), td.documentSymbol(new DocumentSymbolParams(id)),
                    td.formatting(new DocumentFormattingParams(id, new FormattingOptions(2, true))))) {
                Result r = answered(f);
                if (r.outcome().compareTo(worst.outcome()) > 0) worst = r;
            }
        }
        s.awaitDiagnostics(uri);
        s.close(uri);
        return worst;
    }

    private static Result answered(CompletableFuture<?> f) throws InterruptedException {
        try {
            f.get(ANSWER_S, TimeUnit.SECONDS);
            return Result.of(Outcome.ACCEPTED);
        } catch (java.util.concurrent.TimeoutException e) {
            return new Result(Outcome.HANG, "a request got no answer within " + ANSWER_S + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ResponseErrorException re && re.getResponseError().getCode() != ResponseErrorCode.InternalError.getValue()
                    && re.getResponseError().getData() == null) return Result.of(Outcome.REFUSED);
            return new Result(Outcome.CRASH, "request failed: " + e.getCause());
        }
    }

    private static String edit(String text, Random rnd) {
        int at = rnd.nextInt(text.length() + 1);
        return switch (rnd.nextInt(4)) {
            case 0, 1 -> text.substring(0, at) + FRAGMENTS[rnd.nextInt(FRAGMENTS.length)] + text.substring(at);
            case 2 -> {
                StringBuilder junk = new StringBuilder();
                for (int i = 0, n = 1 + rnd.nextInt(12); i < n; i++) junk.append((char) rnd.nextInt(rnd.nextBoolean() ? 128 : 0x3000));
                yield text.substring(0, at) + junk + text.substring(at);
            }
            default -> text.isEmpty() ? text : text.substring(0, Math.min(at, text.length())) + text.substring(Math.min(text.length(), at + 1 + rnd.nextInt(80)));
        };
    }

    private static Position position(String text, int off) {
        int line = 0, start = 0;
        for (int i = 0; i < Math.min(off, text.length()); i++) if (text.charAt(i) == '\n') { line++; start = i + 1; }
        return new Position(line, Math.min(off, text.length()) - start);
    }

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            Runtime rt = Runtime.getRuntime();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    /** The top of the live-object class histogram (jcmd GC.class_histogram, in-process). */
    private static String histogram() {
        try {
            Object out = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return ((String) out).lines().limit(33).reduce("", (a, b) -> a + b + "\n");
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException("no class histogram: " + e, e));
        }
    }
}
