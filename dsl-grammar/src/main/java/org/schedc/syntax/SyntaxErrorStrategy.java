package org.schedc.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.schedc.grammar.SchedcLexer;

/**
 * ANTLR's recovery (single-token insertion/deletion, resync at loops) with messages and codes
 * for policy authors instead of ANTLR's token-set messages; nothing goes to stderr.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private final SyntaxReporter reporter;

    SyntaxErrorStrategy(SyntaxReporter reporter) { this.reporter = reporter; }

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        if (inErrorRecoveryMode(parser)) return;
        beginErrorCondition(parser);
        Token found = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
        IntervalSet expected = switch (e) {
            case NoViableAltException noViable when noViable.getStartToken() != found -> null;
            case NoViableAltException ignored -> parser.getExpectedTokens();
            case InputMismatchException ignored -> e.getExpectedTokens();
            default -> parser.getExpectedTokens();
        };
        unexpected(parser, found, expected);
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) return;
        beginErrorCondition(parser);
        unexpected(parser, parser.getCurrentToken(), getExpectedTokens(parser));
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) return;
        beginErrorCondition(parser);
        Token found = parser.getCurrentToken();
        if (found.getType() == org.schedc.grammar.SchedcParser.TOO_DEEP) return;
        IntervalSet expected = getExpectedTokens(parser);
        int missing = expected.getMinElement();
        if (missing == SchedcLexer.RBRACE || missing == SchedcLexer.RPAREN) {
            reporter.error(SyntaxCodes.MISSING_CLOSER, found, "missing " + closerName(missing) + " before "
                    + ExpectedTokens.found(found) + openedAt(parser, missing));
        } else {
            reporter.error(SyntaxCodes.MISSING_TOKEN, found, "missing " + ExpectedTokens.describe(expected, parser.getVocabulary())
                    + " before " + ExpectedTokens.found(found));
        }
    }

    private void unexpected(Parser parser, Token found, IntervalSet expected) {
        if (found.getType() == org.schedc.grammar.SchedcParser.TOO_DEEP) return; // already reported as E0106
        if (found.getType() == Token.EOF && expected != null) {
            for (int closer : new int[] {SchedcLexer.RBRACE, SchedcLexer.RPAREN}) {
                if (expected.contains(closer)) {
                    reporter.error(SyntaxCodes.MISSING_CLOSER, found,
                            "missing " + closerName(closer) + " at end of file" + openedAt(parser, closer));
                    return;
                }
            }
        }
        if (found.getType() == SchedcLexer.VERSION && expected != null && expected.contains(SchedcLexer.INT)) {
            reporter.error(SyntaxCodes.INVALID_NUMBER, found, "invalid number literal " + ExpectedTokens.found(found)
                    + ": numbers have no fractional part (write 1500us, not 1.5ms)");
            return;
        }
        String what = ExpectedTokens.describe(expected, parser.getVocabulary());
        reporter.error(SyntaxCodes.UNEXPECTED_TOKEN, found,
                "unexpected " + ExpectedTokens.found(found) + (what.isEmpty() ? "" : ", expected " + what));
    }

    private static String closerName(int closer) { return closer == SchedcLexer.RBRACE ? "'}'" : "')'"; }

    /** Keywords that start an item or statement: never deleted as "extraneous" by recovery. */
    private static final IntervalSet ANCHORS = IntervalSet.of(SchedcLexer.IMPORT, SchedcLexer.POLICY);

    static {
        for (int t : new int[] {SchedcLexer.CONST, SchedcLexer.QUEUE, SchedcLexer.VAR, SchedcLexer.LET, SchedcLexer.FN,
                SchedcLexer.ON, SchedcLexer.IF, SchedcLexer.MATCH, SchedcLexer.FOR, SchedcLexer.RETURN, SchedcLexer.INSERT,
                SchedcLexer.BREAK, SchedcLexer.CONTINUE}) {
            ANCHORS.add(t);
        }
    }

    /**
     * ANTLR drops one unexpected token when the next one fits; after {@code timeout} with its
     * value missing that would drop the {@code on} of the next handler and parse the handler's
     * name as the value. Keywords that start an item or statement are therefore kept; the rule
     * fails instead and resynchronises at them.
     */
    @Override
    protected Token singleTokenDeletion(Parser parser) {
        if (ANCHORS.contains(parser.getInputStream().LA(1))) return null;
        return super.singleTokenDeletion(parser);
    }

    /** How far ahead a missing-looking '{' is searched for; see {@link #recoverInline}. */
    private static final int BRACE_LOOKAHEAD = 32;

    /**
     * Where a '{' is expected but other tokens come first ({@code policy p for 7 {},
     * {@code if a b {}}), skips them to the '{' so that the block still parses; ANTLR alone would
     * give up the whole rule. Otherwise ANTLR's single-token insertion or deletion.
     */
    @Override
    public Token recoverInline(Parser parser) throws RecognitionException {
        if (getExpectedTokens(parser).contains(SchedcLexer.LBRACE)) {
            int distance = distanceToBrace(parser);
            if (distance > 0) {
                if (!inErrorRecoveryMode(parser)) {
                    beginErrorCondition(parser);
                    unexpected(parser, parser.getCurrentToken(), getExpectedTokens(parser));
                }
                for (int i = 0; i < distance; i++) parser.consume();
                Token brace = parser.getCurrentToken();
                reportMatch(parser);
                parser.consume();
                return brace;
            }
        }
        return super.recoverInline(parser);
    }

    private static int distanceToBrace(Parser parser) {
        for (int i = 1; i <= BRACE_LOOKAHEAD; i++) {
            int type = parser.getInputStream().LA(i);
            if (type == SchedcLexer.LBRACE) return i - 1;
            if (type == SchedcLexer.RBRACE || type == Token.EOF) return -1;
        }
        return -1;
    }

    /**
     * Resynchronises like ANTLR, but skips a bracketed group as a whole, so that an error before a
     * block does not let the block's '}' end the enclosing one.
     */
    @Override
    protected void consumeUntil(Parser parser, IntervalSet set) {
        int type = parser.getInputStream().LA(1);
        while (type != Token.EOF && !set.contains(type)) {
            if (isOpener(type)) skipGroup(parser);
            else parser.consume();
            type = parser.getInputStream().LA(1);
        }
    }

    private static void skipGroup(Parser parser) {
        int depth = 0;
        do {
            int type = parser.getInputStream().LA(1);
            if (type == Token.EOF) return;
            if (isOpener(type)) depth++;
            else if (type == SchedcLexer.RBRACE || type == SchedcLexer.RPAREN) depth--;
            parser.consume();
        } while (depth > 0);
    }

    private static boolean isOpener(int type) {
        return type == SchedcLexer.LBRACE || type == SchedcLexer.LPAREN || type == org.schedc.grammar.SchedcParser.LINE_LPAREN;
    }

    /** " (to close '{' opened at 3:14)" when the current rule holds the opener, else "". */
    private static String openedAt(Parser parser, int closer) {
        Token opener = openerIn(parser.getContext(), closer == SchedcLexer.RBRACE);
        return opener == null ? "" : " (to close '" + opener.getText() + "' opened at " + opener.getLine() + ":"
                + (opener.getCharPositionInLine() + 1) + ")";
    }

    private static Token openerIn(ParserRuleContext ctx, boolean brace) {
        if (ctx == null || ctx.children == null) return null;
        Token opener = null;
        for (ParseTree child : ctx.children) {
            Token t = child instanceof TerminalNode terminal ? terminal.getSymbol()
                    : child instanceof ParserRuleContext rule && rule.getChildCount() == 1
                            && rule.getChild(0) instanceof TerminalNode only ? only.getSymbol() : null;
            if (t == null) continue;
            boolean matches = brace ? t.getType() == SchedcLexer.LBRACE
                    : t.getType() == SchedcLexer.LPAREN || t.getType() == org.schedc.grammar.SchedcParser.LINE_LPAREN;
            if (matches) opener = t;
        }
        return opener;
    }
}
