package org.schedc.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.schedc.grammar.SchedcLexer;

/** Says in policy-author terms what the parser expected: "a statement or '}'", not a token set. */
final class ExpectedTokens {
    private ExpectedTokens() {}

    private static final int MAX_LISTED = 6;

    private static final IntervalSet SOFT_KEYWORDS = IntervalSet.of(SchedcLexer.KERNELS, SchedcLexer.TIMEOUT);
    private static final IntervalSet EXPRESSION_START = new IntervalSet();
    private static final IntervalSet STATEMENT_START = new IntervalSet();
    private static final IntervalSet ITEM_START = new IntervalSet();
    /** Tokens that continue an expression: listing them all would bury the useful part. */
    private static final IntervalSet OPERATORS = new IntervalSet();

    static {
        for (int t : new int[] {SchedcLexer.FLAGS, SchedcLexer.SLICE, SchedcLexer.VTIME, SchedcLexer.FIFO,
                SchedcLexer.TAGS, SchedcLexer.COUNTER, SchedcLexer.CLASSIFY, SchedcLexer.MODULE}) SOFT_KEYWORDS.add(t);
        for (int t : new int[] {SchedcLexer.INT, SchedcLexer.IDENT, SchedcLexer.STRING, SchedcLexer.TRUE, SchedcLexer.FALSE,
                SchedcLexer.NULL, SchedcLexer.LPAREN, org.schedc.grammar.SchedcParser.LINE_LPAREN, SchedcLexer.MINUS, org.schedc.grammar.SchedcParser.LINE_MINUS,
                SchedcLexer.BANG, SchedcLexer.TILDE, SchedcLexer.MOVE, org.schedc.grammar.SchedcParser.TOO_DEEP}) {
            EXPRESSION_START.add(t);
        }
        EXPRESSION_START.addAll(SOFT_KEYWORDS);
        for (int t : new int[] {SchedcLexer.LET, SchedcLexer.VAR, SchedcLexer.IF, SchedcLexer.MATCH, SchedcLexer.FOR,
                SchedcLexer.RETURN, SchedcLexer.INSERT, SchedcLexer.BREAK, SchedcLexer.CONTINUE, SchedcLexer.SEMI}) {
            STATEMENT_START.add(t);
        }
        STATEMENT_START.addAll(EXPRESSION_START);
        for (int t : new int[] {SchedcLexer.TIMEOUT, SchedcLexer.FLAGS, SchedcLexer.KERNELS, SchedcLexer.CONST,
                SchedcLexer.QUEUE, SchedcLexer.VAR, SchedcLexer.FN, SchedcLexer.ON, SchedcLexer.SEMI,
                SchedcLexer.TAGS, SchedcLexer.COUNTER, SchedcLexer.CLASSIFY, SchedcLexer.TASK_STATE, SchedcLexer.CPU_STATE}) {
            ITEM_START.add(t);
        }
        for (int t : new int[] {SchedcLexer.OROR, SchedcLexer.OR, SchedcLexer.ANDAND, SchedcLexer.AND, SchedcLexer.EQ,
                SchedcLexer.NE, SchedcLexer.LT, SchedcLexer.LE, SchedcLexer.GT, SchedcLexer.GE, SchedcLexer.PIPE,
                SchedcLexer.CARET, SchedcLexer.AMP, SchedcLexer.SHL, SchedcLexer.SHR, SchedcLexer.PLUS, SchedcLexer.MINUS,
                SchedcLexer.STAR, SchedcLexer.SLASH, SchedcLexer.PERCENT, SchedcLexer.AS, SchedcLexer.DOT}) {
            OPERATORS.add(t);
        }
    }

    /** "a statement or '}'"; empty when nothing useful can be said. */
    static String describe(IntervalSet expected, Vocabulary vocabulary) {
        if (expected == null || expected.isNil()) return "";
        IntervalSet rest = new IntervalSet(expected);
        List<String> phrases = new ArrayList<>();
        if (expected.contains(SchedcLexer.LET) && expected.contains(SchedcLexer.INSERT)) {
            phrases.add("a statement");
            rest = rest.subtract(STATEMENT_START);
        } else if (expected.contains(SchedcLexer.CONST) && expected.contains(SchedcLexer.ON)) {
            phrases.add("a declaration (const, var, queue, fn, on, timeout, flags, kernels, tags, counter, task state, cpu state, classify)");
            rest = rest.subtract(ITEM_START).subtract(SOFT_KEYWORDS);
        } else if (expected.contains(SchedcLexer.INT) && expected.contains(SchedcLexer.BANG)) {
            phrases.add("an expression");
            rest = rest.subtract(EXPRESSION_START);
        }
        if (rest.contains(SchedcLexer.IDENT)) {
            phrases.add("a name");
            rest = rest.subtract(SOFT_KEYWORDS);
            rest.remove(SchedcLexer.IDENT);
        }
        rest.remove(org.schedc.grammar.SchedcParser.TOO_DEEP);
        if (rest.contains(org.schedc.grammar.SchedcParser.LINE_LPAREN)) {
            rest.remove(org.schedc.grammar.SchedcParser.LINE_LPAREN);
            rest.add(SchedcLexer.LPAREN);
        }
        if (rest.contains(org.schedc.grammar.SchedcParser.LINE_MINUS)) {
            rest.remove(org.schedc.grammar.SchedcParser.LINE_MINUS);
            rest.add(SchedcLexer.MINUS);
        }
        boolean operators = rest.contains(SchedcLexer.PLUS) && rest.contains(SchedcLexer.STAR);
        if (operators) rest = rest.subtract(OPERATORS);
        for (int type : rest.toList()) {
            if (phrases.size() == MAX_LISTED) {
                phrases.add("...");
                break;
            }
            phrases.add(name(type, vocabulary));
        }
        if (operators) phrases.add("an operator");
        return join(phrases);
    }

    /** How a token type is named in messages. */
    static String name(int type, Vocabulary vocabulary) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case SchedcLexer.INT -> "a number";
            case SchedcLexer.VERSION -> "a kernel version such as 7.2";
            case SchedcLexer.STRING -> "a string";
            case SchedcLexer.IDENT -> "a name";
            case org.schedc.grammar.SchedcParser.LINE_MINUS -> "'-'";
            case org.schedc.grammar.SchedcParser.LINE_LPAREN -> "'('";
            default -> {
                String literal = vocabulary.getLiteralName(type);
                yield literal != null ? literal : vocabulary.getDisplayName(type).toLowerCase();
            }
        };
    }

    /** How the token the parser stumbled on is shown. */
    static String found(Token token) {
        if (token.getType() == Token.EOF) return "end of file";
        return "'" + Quoting.clip(token.getText()) + "'";
    }

    private static String join(List<String> phrases) {
        if (phrases.isEmpty()) return "";
        if (phrases.size() == 1) return phrases.getFirst();
        return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " or " + phrases.getLast();
    }
}
