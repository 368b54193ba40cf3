package org.schedc.format;

import java.util.Set;
import org.schedc.grammar.SchedcLexer;

/**
 * Whether two tokens on one line get a space between them: one space by default (around binary
 * operators, after commas and keywords), none inside brackets, around '.' and '..', before ',' ';'
 * ':' '?', after unary operators, and between a name and its call parentheses. Rules look at token
 * text for punctuation so that tokens added to the grammar get the default.
 */
final class Spacing {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ";", ")", "]", ".", ":", "?", "..");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", ".", "..", "!", "~");

    private Spacing() {}

    /** {@code beforeA}: the code token before {@code a} anywhere in the file (null at the start). */
    static boolean between(Tok beforeA, Tok a, Tok b, SyntaxFacts facts) {
        if (a.comment() || b.comment()) return true;
        if (NO_SPACE_BEFORE.contains(b.text()) || NO_SPACE_AFTER.contains(a.text())) return false;
        if (a.is("-") && isUnary(beforeA, a, facts.unaryMinus)) return false;
        if (b.is("(") && (facts.callNames.contains(a.start()) || a.type() == SchedcLexer.IDENT || a.type() == SchedcLexer.LOCAL_ON)) return false;
        return !(a.is("{") && b.is("}"));
    }

    /**
     * The tree knows where unary minus signs are, except directly after '(' where a parenthesised
     * operand takes the parenthesis' position.
     */
    private static boolean isUnary(Tok beforeMinus, Tok minus, Set<Integer> unaryMinus) {
        return unaryMinus.contains(minus.start()) || beforeMinus == null || beforeMinus.is("(") || beforeMinus.is("[");
    }
}
