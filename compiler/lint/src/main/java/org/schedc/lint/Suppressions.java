package org.schedc.lint;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;
import org.schedc.grammar.SchedcLexer;

/**
 * {@code // schedc:allow(L001, unused-constant)} at the end of a line silences those rules on that line;
 * on a line of its own it silences them on the next line with code. {@code // schedc:allow-file(L006)}
 * anywhere silences them in the whole file. Block comments work the same way. Only lint rules can be
 * silenced: compiler errors describe code that cannot be compiled.
 */
public final class Suppressions {
    private static final Pattern DIRECTIVE = Pattern.compile("schedc:allow(-file)?\\(([^)]*)\\)");

    private final Set<LintRule> fileWide = EnumSet.noneOf(LintRule.class);
    private final Map<Integer, Set<LintRule>> byLine = new HashMap<>();

    private Suppressions() {}

    /** Reads the directives from the comments of {@code file}. */
    public static Suppressions of(SourceFile file) {
        Suppressions s = new Suppressions();
        SchedcLexer lexer = new SchedcLexer(CharStreams.fromString(file.text(), file.path()));
        lexer.removeErrorListeners();
        List<? extends Token> tokens = lexer.getAllTokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!isComment(t)) continue;
            Matcher m = DIRECTIVE.matcher(t.getText());
            while (m.find()) {
                Set<LintRule> rules = parseRules(m.group(2));
                if (m.group(1) != null) s.fileWide.addAll(rules);
                else {
                    int line = targetLine(tokens, i);
                    if (line > 0) s.byLine.computeIfAbsent(line, k -> EnumSet.noneOf(LintRule.class)).addAll(rules);
                }
            }
        }
        return s;
    }

    public boolean suppresses(Diagnostic d) {
        return LintRule.find(d.code())
                .map(rule -> fileWide.contains(rule) || byLine.getOrDefault(d.span().line(), Set.of()).contains(rule))
                .orElse(false);
    }

    private static Set<LintRule> parseRules(String list) {
        Set<LintRule> rules = EnumSet.noneOf(LintRule.class);
        for (String part : list.split("[,\\s]+")) {
            if (!part.isEmpty()) LintRule.find(part).ifPresent(rules::add);
        }
        return rules;
    }

    /** The comment's own line when code precedes it there, else the next line that has code (0: none). */
    private static int targetLine(List<? extends Token> tokens, int commentIndex) {
        Token comment = tokens.get(commentIndex);
        for (int j = commentIndex - 1; j >= 0; j--) {
            Token before = tokens.get(j);
            if (isCode(before)) {
                if (endLine(before) == comment.getLine()) return comment.getLine();
                break;
            }
            if (endLine(before) < comment.getLine() || before.getText().indexOf('\n') >= 0) break;
        }
        for (int j = commentIndex + 1; j < tokens.size(); j++) {
            if (isCode(tokens.get(j))) return tokens.get(j).getLine();
        }
        return 0;
    }

    private static boolean isComment(Token t) {
        return t.getType() == SchedcLexer.LINE_COMMENT || t.getType() == SchedcLexer.BLOCK_COMMENT
                || t.getType() == SchedcLexer.UNTERMINATED_COMMENT;
    }

    private static boolean isCode(Token t) { return t.getChannel() == Token.DEFAULT_CHANNEL; }

    private static int endLine(Token t) {
        return t.getLine() + (int) t.getText().chars().filter(c -> c == '\n').count();
    }
}
