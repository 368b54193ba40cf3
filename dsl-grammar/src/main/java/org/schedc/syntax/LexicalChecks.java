package org.schedc.syntax;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.schedc.diag.Span;
import org.schedc.grammar.SchedcLexer;

/**
 * Reports what is wrong inside single tokens: stray characters, unterminated strings and
 * comments, bad escapes and bad number literals. The lexer lets such tokens through (or hides
 * them) so that the parser sees a sensible stream and each mistake is reported once.
 */
final class LexicalChecks {
    private LexicalChecks() {}

    static void run(List<Token> tokens, SyntaxReporter reporter) {
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            switch (token.getType()) {
                case SchedcLexer.ERROR_CHAR -> {
                    int last = i;
                    while (last + 1 < tokens.size() && tokens.get(last + 1).getType() == SchedcLexer.ERROR_CHAR
                            && tokens.get(last + 1).getStartIndex() == tokens.get(last).getStopIndex() + 1) {
                        last++;
                    }
                    reportStrayCharacters(tokens.subList(i, last + 1), reporter);
                    i = last;
                }
                case SchedcLexer.UNTERMINATED_COMMENT -> reporter.error(SyntaxCodes.UNTERMINATED_COMMENT,
                        reporter.span(token.getStartIndex(), token.getStartIndex() + 2),
                        "unterminated block comment: missing '*/'");
                case SchedcLexer.STRING -> checkString(token, reporter);
                case SchedcLexer.INT -> {
                    if (NumberLiteral.parse(token.getText()) instanceof NumberLiteral.Invalid invalid) {
                        reporter.error(invalid.code(), token, invalid.message());
                    }
                }
                default -> { }
            }
            i++;
        }
    }

    private static void reportStrayCharacters(List<Token> run, SyntaxReporter reporter) {
        Token first = run.getFirst();
        Token last = run.getLast();
        StringBuilder text = new StringBuilder();
        run.forEach(t -> text.append(t.getText()));
        Span span = reporter.span(first.getStartIndex(), last.getStopIndex() + 1);
        String shown = Quoting.clip(text.toString());
        reporter.error(SyntaxCodes.UNEXPECTED_CHARACTER, span, run.size() == 1
                ? "unexpected character '" + shown + "'"
                : "unexpected characters '" + shown + "'");
    }

    private static void checkString(Token token, SyntaxReporter reporter) {
        Span tokenSpan = reporter.span(token);
        for (StringLiteral.Problem problem : StringLiteral.decode(token.getText()).problems()) {
            int start = tokenSpan.start() + problem.offset();
            reporter.error(problem.code(), reporter.file().span(start, start + problem.length()), problem.message());
        }
    }
}
