package org.schedc.syntax;

import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.schedc.ast.Ast;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;
import org.schedc.grammar.SchedcLexer;

/**
 * The syntax front end: source text to AST plus syntax diagnostics. Never throws and never
 * prints; every problem in the input becomes a diagnostic (codes in {@link SyntaxCodes}).
 */
public final class SchedcParser {
    private SchedcParser() {}

    public static ParseResult parse(SourceFile file) {
        SyntaxReporter reporter = new SyntaxReporter(file);
        try {
            return run(file, reporter);
        } catch (StackOverflowError e) { // the nesting guards should make this unreachable
            return failed(file, reporter, SyntaxCodes.TOO_DEEP, "the file is nested too deeply to parse");
        } catch (RuntimeException e) { // a bug in the front end must not take the compiler down
            return failed(file, reporter, SyntaxCodes.INTERNAL_ERROR, "internal error in the parser: " + e);
        }
    }

    private static ParseResult run(SourceFile file, SyntaxReporter reporter) {
        SchedcLexer lexer = new SchedcLexer(CharStreams.fromString(file.text(), file.path()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new BaseErrorListener() { // unreachable with ERROR_CHAR, kept as a net
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int column, String msg,
                                    RecognitionException e) {
                int at = file.offsetOf(line, column + 1);
                reporter.error(SyntaxCodes.UNEXPECTED_CHARACTER, file.span(at, at + 1), "unexpected character");
            }
        });
        CommonTokenStream tokens = new CommonTokenStream(new NestingGuard(new LineStartTokens(lexer), reporter));
        org.schedc.grammar.SchedcParser parser = new org.schedc.grammar.SchedcParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new SyntaxErrorStrategy(reporter));
        org.schedc.grammar.SchedcParser.PolicyFileContext tree = parser.policyFile();

        tokens.fill();
        List<Token> all = tokens.getTokens();
        LexicalChecks.run(all, reporter);
        Ast.PolicyFile ast = new AstBuilder(reporter).file(tree);
        if (all.stream().noneMatch(t -> t.getType() == SchedcLexer.POLICY) && ast.module() == null) {
            reporter.error(SyntaxCodes.NO_POLICY, file.span(0, 0),
                    "no policy declaration: a policy file needs 'policy NAME { ... }' (or 'module NAME' for a module)");
        }
        return new ParseResult(ast, reporter.diagnostics());
    }

    private static ParseResult failed(SourceFile file, SyntaxReporter reporter, String code, String message) {
        List<Diagnostic> diagnostics = List.of(Diagnostic.error(code, message, file, file.span(0, 0)));
        return new ParseResult(new Ast.PolicyFile(List.of(), null, reporter.whole()), diagnostics);
    }
}
