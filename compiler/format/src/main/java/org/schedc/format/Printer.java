package org.schedc.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lays tokens out in lines. Line breaks of the input are kept (never joined: some line starts mean
 * something, see the grammar's line rules) and more are added only where a statement starts: after
 * '{' and ';' and before '}' outside brackets, and after a '}' that ends a statement. Then each line
 * is indented two spaces per open brace, four more when it continues the line before, and tokens
 * inside a line are spaced by {@link Spacing}; a trailing comment keeps its distance from the code. Blank lines are kept, at most one, never right after
 * '{' or before '}'.
 */
final class Printer {
    private static final Set<String> STAYS_AFTER_CLOSING_BRACE = Set.of("else", ",", ")", "]", ";", "}");
    private static final String INDENT = "  ";
    private static final String CONTINUATION = "    ";

    private final List<Tok> toks;
    private final SyntaxFacts facts;

    /** For a '{' written on one line with its '}' and no statement separators between: the '}' index; else -1. */
    private final int[] compactClose;

    private Printer(List<Tok> toks, SyntaxFacts facts) {
        this.toks = toks;
        this.facts = facts;
        this.compactClose = compactBlocks(toks);
    }

    /**
     * Short blocks such as {@code if i == 6 { break }} or {@code { return 3 }} stay on one line when
     * written so: at most one simple statement, no nested braces or ';' (outside brackets). Decided on the tokens only,
     * so the formatter's own output keeps them (idempotence).
     */
    private static int[] compactBlocks(List<Tok> toks) {
        int[] close = new int[toks.size()];
        java.util.Arrays.fill(close, -1);
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).comment() || !toks.get(i).is("{")) continue;
            int brackets = 0;
            for (int j = i + 1; j < toks.size(); j++) {
                Tok t = toks.get(j);
                if (!t.comment() && (t.is("(") || t.is("["))) brackets++;
                if (!t.comment() && (t.is(")") || t.is("]"))) brackets--;
                if (t.newlinesBefore() > 0 || (!t.comment() && (t.is("{") || (t.is(";") && brackets == 0)))) break;
                if (!t.comment() && t.is("}")) {
                    close[i] = j;
                    break;
                }
            }
        }
        return close;
    }

    static String print(List<Tok> toks, SyntaxFacts facts) {
        return new Printer(toks, facts).print();
    }

    private String print() {
        StringBuilder out = new StringBuilder();
        int braces = 0;
        int brackets = 0;
        Tok prevCode = null; // the last three code tokens, newest first
        Tok prevPrevCode = null;
        Tok prevOnLine = null;
        String lastLineEnd = null;
        List<Tok> line = new ArrayList<>();
        int compactEnd = -1;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            boolean newLine = i == 0 || t.newlinesBefore() > 0
                    || (i > compactEnd && breaksBefore(t, prevCode, prevPrevCode, brackets, line));
            // A `}` alone on its line ⏎ `else` becomes `} else`: safe, as no line rule concerns `else`.
            if (t.is("else") && prevOnLine != null && prevOnLine == prevCode && prevCode.is("}") && line.size() == 1) newLine = false;
            if (newLine) {
                if (i > 0) {
                    lastLineEnd = line.getLast().text();
                    out.append('\n');
                    boolean blank = t.newlinesBefore() >= 2 && !lastLineEnd.equals("{") && !t.is("}");
                    if (blank) out.append('\n');
                }
                line.clear();
                int depth = braces - (t.is("}") ? 1 : 0);
                int open = brackets - (t.is(")") || t.is("]") ? 1 : 0);
                out.append(INDENT.repeat(Math.max(0, depth)));
                if (continues(i, open)) out.append(CONTINUATION);
                prevOnLine = null;
            }
            // When prevOnLine is code it is prevCode, so prevPrevCode is the code token before it.
            if (prevOnLine != null && t.comment() && trailing(i)) {
                // A trailing comment keeps its distance, so comments aligned in a column stay aligned.
                out.append(" ".repeat(Math.max(1, t.start() - prevOnLine.end())));
            } else if (prevOnLine != null && Spacing.between(prevPrevCode, prevOnLine, t, facts)) {
                out.append(' ');
            }
            out.append(t.text());
            line.add(t);
            prevOnLine = t;
            if (!t.comment()) {
                switch (t.text()) {
                    case "{" -> {
                        braces++;
                        if (compactClose[i] >= 0) compactEnd = Math.max(compactEnd, compactClose[i]);
                    }
                    case "}" -> braces--;
                    case "(", "[" -> brackets++;
                    case ")", "]" -> brackets = Math.max(0, brackets - 1);
                    default -> { }
                }
                prevPrevCode = prevCode;
                prevCode = t;
            }
        }
        if (!toks.isEmpty()) out.append('\n');
        return out.toString();
    }

    /** Whether {@code t} starts a new output line; {@code prevCode}, {@code prevPrevCode}: the code tokens before it. */
    private boolean breaksBefore(Tok t, Tok prevCode, Tok prevPrevCode, int brackets, List<Tok> line) {
        if (t.newlinesBefore() > 0) return true;
        if (brackets > 0 || t.comment() || prevCode == null) return false;
        if (t.is("}")) return !line.isEmpty() && !(line.getLast() == prevCode && prevCode.is("{"));
        if (!line.contains(prevCode)) return false; // the statement already starts its own line
        if (prevCode.is("{") || prevCode.is(";")) return true;
        if (prevCode.is("}")) return !STAYS_AFTER_CLOSING_BRACE.contains(t.text());
        return prevCode.is(",") && prevPrevCode != null && prevPrevCode.is("}");
    }

    /** A comment that ends its input line after code on the same line, separated by blanks only. */
    private boolean trailing(int i) {
        Tok t = toks.get(i);
        Tok before = toks.get(i - 1);
        boolean lastOnLine = i + 1 == toks.size() || toks.get(i + 1).newlinesBefore() > 0;
        return lastOnLine && t.newlinesBefore() == 0 && t.start() - before.end() <= 80;
    }

    /** A line continues the previous one when it starts inside brackets or inside a statement. */
    private boolean continues(int lineStart, int openBrackets) {
        if (openBrackets > 0) return true;
        Tok first = null;
        for (int i = lineStart; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (i > lineStart && t.newlinesBefore() > 0) break;
            if (!t.comment()) {
                first = t;
                break;
            }
        }
        if (first == null) return false; // a comment line: indented like the block
        return !facts.statementStarts.contains(first.start()) && !first.is("}") && !first.is("{") && !first.is("else");
    }
}
