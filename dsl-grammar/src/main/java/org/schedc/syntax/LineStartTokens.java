package org.schedc.syntax;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.WritableToken;
import org.schedc.grammar.SchedcLexer;

/**
 * Newlines are hidden, yet a line that starts with {@code -} or {@code (} should start a new
 * statement rather than continue the previous line as a subtraction or a call. This retypes such
 * tokens to LINE_MINUS / LINE_LPAREN, which the grammar accepts only as unary minus / grouping.
 * Inside parentheses line breaks never matter, as in most languages.
 */
final class LineStartTokens extends ForwardingTokenSource {
    private final Deque<Integer> openBrackets = new ArrayDeque<>();
    private int previousLine = 0; // line of the previous token the parser sees; 0 before the first

    LineStartTokens(TokenSource source) { super(source); }

    @Override
    public Token nextToken() {
        Token token = source.nextToken();
        if (token.getChannel() != Token.DEFAULT_CHANNEL || token.getType() == Token.EOF) return token;
        boolean startsLine = token.getLine() > previousLine;
        boolean insideParens = !openBrackets.isEmpty() && openBrackets.peek() == SchedcLexer.LPAREN;
        previousLine = token.getLine();
        if (startsLine && !insideParens && token instanceof WritableToken writable) {
            if (token.getType() == SchedcLexer.MINUS) writable.setType(org.schedc.grammar.SchedcParser.LINE_MINUS);
            else if (token.getType() == SchedcLexer.LPAREN) writable.setType(org.schedc.grammar.SchedcParser.LINE_LPAREN);
        }
        switch (token.getType()) {
            case SchedcLexer.LPAREN, org.schedc.grammar.SchedcParser.LINE_LPAREN -> openBrackets.push(SchedcLexer.LPAREN);
            case SchedcLexer.LBRACE -> openBrackets.push(SchedcLexer.LBRACE);
            case SchedcLexer.RPAREN, SchedcLexer.RBRACE -> openBrackets.poll();
            default -> { }
        }
        return token;
    }
}
