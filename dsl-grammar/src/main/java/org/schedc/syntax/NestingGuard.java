package org.schedc.syntax;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.schedc.grammar.SchedcLexer;

/**
 * Bounds bracket nesting so the recursive-descent parser cannot overflow the stack. The content
 * of a bracket opened beyond {@link #MAX_DEPTH} levels is replaced by one TOO_DEEP token, which the
 * grammar accepts as an (invalid) expression; the brackets themselves stay so the rest parses.
 */
final class NestingGuard extends ForwardingTokenSource {
    static final int MAX_DEPTH = 64;

    private final SyntaxReporter reporter;
    private int depth;
    private Token tooDeepOpener; // set between passing the opener and emitting TOO_DEEP
    private boolean swallowing;

    NestingGuard(TokenSource source, SyntaxReporter reporter) {
        super(source);
        this.reporter = reporter;
    }

    @Override
    public Token nextToken() {
        if (tooDeepOpener != null) {
            Token placeholder = placeholderAfter(tooDeepOpener);
            tooDeepOpener = null;
            swallowing = true;
            return placeholder;
        }
        if (swallowing) return skipToMatchingCloser();
        Token token = source.nextToken();
        if (token.getChannel() != Token.DEFAULT_CHANNEL) return token;
        if (isOpener(token)) {
            if (depth == MAX_DEPTH) {
                reporter.error(SyntaxCodes.TOO_DEEP, token,
                        "brackets are nested too deeply (more than " + MAX_DEPTH + " levels)");
                tooDeepOpener = token;
            }
            depth++;
        } else if (isCloser(token)) {
            depth = Math.max(0, depth - 1);
        }
        return token;
    }

    private Token skipToMatchingCloser() {
        int inner = 0;
        while (true) {
            Token token = source.nextToken();
            if (token.getType() == Token.EOF) {
                swallowing = false;
                return token;
            }
            if (token.getChannel() != Token.DEFAULT_CHANNEL) continue;
            if (isOpener(token)) {
                inner++;
            } else if (isCloser(token)) {
                if (inner == 0) {
                    swallowing = false;
                    depth = Math.max(0, depth - 1);
                    return token;
                }
                inner--;
            }
        }
    }

    private static Token placeholderAfter(Token opener) {
        CommonToken placeholder = new CommonToken(opener);
        placeholder.setType(org.schedc.grammar.SchedcParser.TOO_DEEP);
        placeholder.setText("...");
        return placeholder;
    }

    private static boolean isOpener(Token t) {
        return t.getType() == SchedcLexer.LPAREN || t.getType() == org.schedc.grammar.SchedcParser.LINE_LPAREN || t.getType() == SchedcLexer.LBRACE;
    }

    private static boolean isCloser(Token t) {
        return t.getType() == SchedcLexer.RPAREN || t.getType() == SchedcLexer.RBRACE;
    }
}
