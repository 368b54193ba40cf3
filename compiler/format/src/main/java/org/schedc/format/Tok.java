package org.schedc.format;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.schedc.grammar.SchedcLexer;

/**
 * A token the formatter keeps (code or comment), with its offsets in the input [start, end) and the
 * number of line breaks in the whitespace before it. Whitespace itself is what the formatter rewrites, including blanks inside
 * multi-word code tokens.
 */
record Tok(int type, String text, int start, int end, boolean comment, int newlinesBefore) {

    boolean is(String s) { return text.equals(s); }

    /** Every non-whitespace token of {@code text}, comments included, in order. */
    static List<Tok> lex(String text) {
        SchedcLexer lexer = new SchedcLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Tok> out = new ArrayList<>();
        int newlines = 0;
        for (Token t : lexer.getAllTokens()) {
            if (t.getType() == SchedcLexer.WS) {
                newlines += (int) t.getText().chars().filter(c -> c == '\n').count();
                continue;
            }
            boolean comment = t.getChannel() != Token.DEFAULT_CHANNEL;
            // Some tokens span words (`task state`); their inner blanks are layout too. Strings and comments stay verbatim.
            String tokenText = comment || t.getType() == SchedcLexer.STRING ? t.getText() : t.getText().replaceAll("[ \\t]+", " ");
            out.add(new Tok(t.getType(), tokenText, t.getStartIndex(), t.getStopIndex() + 1, comment, newlines));
            newlines = 0;
        }
        return out;
    }
}
