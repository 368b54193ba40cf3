package org.schedc.format;

import java.util.List;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;
import org.schedc.syntax.AstPrinter;
import org.schedc.syntax.ParseResult;
import org.schedc.syntax.SchedcParser;

/**
 * {@code schedc fmt}'s engine: the canonical layout of a policy file. Works on the token stream
 * (comments included) and only rewrites whitespace, so syntax added to the language keeps working
 * with default spacing. Before returning, it proves that it changed nothing else: the output must
 * lex to the same tokens and parse to the same tree (positions aside); otherwise it refuses.
 */
public final class Formatter {
    private Formatter() {}

    /** The formatted text; throws when the file has syntax errors or the result would not be equivalent. */
    public static String format(SourceFile file) throws FormatException {
        ParseResult parsed = SchedcParser.parse(file);
        if (parsed.hasErrors()) {
            throw new FormatException(file.path() + ": not formatted: the file has syntax errors", parsed.diagnostics());
        }
        List<Tok> tokens = Tok.lex(file.text());
        String formatted = Printer.print(tokens, SyntaxFacts.of(parsed.tree()));
        verify(file, tokens, parsed, formatted);
        return formatted;
    }

    /** Whether formatting would change {@code file} (for {@code --check}). */
    public static boolean isFormatted(SourceFile file) throws FormatException {
        return format(file).equals(file.text());
    }

    private static void verify(SourceFile file, List<Tok> before, ParseResult parsed, String formatted) throws FormatException {
        List<Tok> after = Tok.lex(formatted);
        int n = Math.min(before.size(), after.size());
        for (int i = 0; i < n; i++) {
            Tok a = before.get(i);
            Tok b = after.get(i);
            if (a.type() != b.type() || !a.text().equals(b.text())) {
                throw internal(file, a.start(), "formatting would change the token '" + a.text() + "' into '" + b.text() + "'");
            }
        }
        if (before.size() != after.size()) {
            throw internal(file, n < before.size() ? before.get(n).start() : file.text().length(), "formatting would change the number of tokens");
        }
        ParseResult reparsed = SchedcParser.parse(new SourceFile(file.path(), formatted));
        if (reparsed.hasErrors() || !shape(parsed).equals(shape(reparsed))) {
            throw internal(file, 0, "formatting would change the meaning of the file (its syntax tree)");
        }
    }

    /** The tree without positions. */
    private static String shape(ParseResult parsed) {
        return AstPrinter.print(parsed.tree()).replaceAll(" @\\d+:\\d+", "");
    }

    private static FormatException internal(SourceFile file, int offset, String message) {
        String text = message + "; the file is left as it is (this is a schedc bug; please report it with the file)";
        return new FormatException(file.path() + ": " + text,
                List.of(Diagnostic.error("E0801", text, file, file.span(offset, offset))));
    }
}
