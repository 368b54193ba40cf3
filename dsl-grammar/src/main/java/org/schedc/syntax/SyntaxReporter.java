package org.schedc.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;
import org.schedc.diag.Span;

/**
 * Collects the syntax diagnostics of one file and turns tokens and parse-tree nodes into spans.
 * Keeps at most {@link #SHOWN} diagnostics in the result; junk input must not flood the user.
 */
final class SyntaxReporter {
    static final int SHOWN = 50;
    /** Stored before sorting; each phase reports in source order, so this keeps the first ones. */
    private static final int STORED = 1000;

    private final SourceFile file;
    private final OffsetMap offsets;
    private final List<Diagnostic> found = new ArrayList<>();
    private int total;

    SyntaxReporter(SourceFile file) {
        this.file = file;
        this.offsets = new OffsetMap(file.text());
    }

    SourceFile file() { return file; }

    void error(String code, Span span, String message) {
        total++;
        if (found.size() < STORED) found.add(Diagnostic.error(code, message, file, span));
    }

    void error(String code, Token token, String message) { error(code, span(token), message); }

    int count() { return total; }

    /** Sorted by position; beyond {@link #SHOWN}, one E0199 says how many were left out. */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> sorted = found.stream()
                .sorted(Comparator.comparingInt((Diagnostic d) -> d.span().start()).thenComparing(Diagnostic::code))
                .toList();
        if (total <= SHOWN) return sorted;
        List<Diagnostic> shown = new ArrayList<>(sorted.subList(0, SHOWN));
        shown.add(Diagnostic.error(SyntaxCodes.TOO_MANY_ERRORS,
                "too many syntax errors: " + total + " found, only the first " + SHOWN + " are shown",
                file, sorted.get(SHOWN).span()));
        return shown;
    }

    Span span(int codePointStart, int codePointEnd) {
        return file.span(offsets.charOffset(codePointStart), offsets.charOffset(codePointEnd));
    }

    Span span(Token token) {
        if (token.getStartIndex() < 0) { // conjured by error recovery: only line and column are known
            int at = file.offsetOf(token.getLine(), token.getCharPositionInLine() + 1);
            return file.span(at, at);
        }
        return span(token.getStartIndex(), Math.max(token.getStartIndex(), token.getStopIndex() + 1));
    }

    /** From the first to the last token of the node; empty at its start when it matched nothing. */
    Span span(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        Span first = span(start);
        if (stop == null || stop.getTokenIndex() < start.getTokenIndex()) return file.span(first.start(), first.start());
        return first.to(span(stop));
    }

    /** An empty span just after the node, where something it lacks should have been. */
    Span after(ParserRuleContext ctx) {
        Span whole = span(ctx);
        return file.span(whole.end(), whole.end());
    }

    Span whole() { return file.span(0, file.text().length()); }
}
