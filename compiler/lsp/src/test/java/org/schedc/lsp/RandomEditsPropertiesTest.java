package org.schedc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;

/**
 * Random edits (inserted text, deletions, random bytes) to the examples: after each edit every kind
 * of request is answered within a time bound, and at the end the server still publishes diagnostics
 * for the final text. Named {@code ...Test} so surefire's default pattern runs it (it never ran as
 * {@code RandomEditsProperties}); 30 tries take about 10 s (each edit is a whole check: front end, back end with verifier-sim, lint).
 */
class RandomEditsPropertiesTest {
    /** Generous for a shared 2-core machine; a hang shows up as a timeout, not as slowness. */
    private static final long ANSWER_BOUND_S = 15;
    private static LspTestSession lsp;
    private static int documents;

    private static synchronized LspTestSession session() throws Exception {
        // A short debounce: the property is about answers after edits, not about waiting for the timer (150 ms per try).
        if (lsp == null) lsp = new LspTestSession(10);
        return lsp;
    }

    @AfterContainer static void close() {
        if (lsp != null) lsp.close();
        lsp = null;
    }

    sealed interface Edit {
        String apply(String text);
        record Insert(int at, String text) implements Edit {
            public String apply(String s) { int i = at % (s.length() + 1); return s.substring(0, i) + text + s.substring(i); }
        }
        record Delete(int at, int length) implements Edit {
            public String apply(String s) {
                if (s.isEmpty()) return s;
                int i = at % s.length();
                return s.substring(0, i) + s.substring(Math.min(s.length(), i + length));
            }
        }
    }

    @Provide Arbitrary<List<Edit>> edits() {
        Arbitrary<String> code = Arbitraries.of("p.", "{", "}", "(", ")", "\"", "/*", "//", "\n", "on ", "import ", "let x = ",
                "insert p into ", "move ", "if ", "else", "->", ":", "as ", "1ms", "0x", "..", "=>", "vtime", "state", "[", "]");
        Arbitrary<String> junk = Arbitraries.strings().all().ofMaxLength(12);
        Arbitrary<String> bytes = Arbitraries.bytes().list().ofMaxSize(40)
                .map(bs -> { StringBuilder s = new StringBuilder(); for (byte b : bs) s.append((char) (b & 0xff)); return s.toString(); });
        Arbitrary<Edit> insert = Combinators.combine(Arbitraries.integers().between(0, 1 << 20), Arbitraries.oneOf(code, junk, bytes))
                .as(Edit.Insert::new);
        Arbitrary<Edit> delete = Combinators.combine(Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(1, 80))
                .as(Edit.Delete::new);
        return Arbitraries.oneOf(insert, insert, delete).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 30)
    void everyRequestIsAnsweredAfterRandomEdits(@ForAll("edits") List<Edit> edits,
                                                 @ForAll("example") String example,
                                                 @ForAll("positions") int probe) throws Exception {
        LspTestSession s = session();
        String uri = "file:///random/" + (documents++) + ".sched";
        String text = LspTestSession.example(example);
        s.open(uri, text);
        for (Edit e : edits) {
            text = e.apply(text);
            s.change(uri, text);
            Position p = position(text, probe);
            TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
            var td = s.server.getTextDocumentService();
            answered(td.hover(new HoverParams(id, p)));
            answered(td.completion(new CompletionParams(id, p)));
            answered(td.definition(new DefinitionParams(id, p)));
            answered(td.signatureHelp(new SignatureHelpParams(id, p)));
            answered(td.documentSymbol(new DocumentSymbolParams(id)));
        }
        var published = s.awaitDiagnostics(uri);
        assertEquals(s.version(uri), published.getVersion());
        s.close(uri);
    }

    @Provide Arbitrary<String> example() { return Arbitraries.of("simple.sched", "fifo.sched", "interactive.sched"); }

    @Provide Arbitrary<Integer> positions() { return Arbitraries.integers().between(0, 5000); }

    private static Position position(String text, int probe) {
        int off = text.isEmpty() ? 0 : probe % text.length();
        int line = 0, start = 0;
        for (int i = 0; i < off; i++) if (text.charAt(i) == '\n') { line++; start = i + 1; }
        return new Position(line, off - start);
    }

    private static void answered(CompletableFuture<?> f) throws Exception {
        f.get(ANSWER_BOUND_S, TimeUnit.SECONDS);
        assertTrue(f.isDone());
    }
}
