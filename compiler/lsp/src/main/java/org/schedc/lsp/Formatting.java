package org.schedc.lsp;

import java.util.List;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.schedc.diag.SourceFile;
import org.schedc.format.FormatException;
import org.schedc.format.Formatter;

/** {@code textDocument/formatting} through the formatter {@code schedc fmt} uses. */
final class Formatting {
    private Formatting() {}

    /** One edit replacing the whole text with its formatted form; none when it is formatted or does not parse (fmt leaves such files alone). */
    static List<TextEdit> edits(String uri, String text) {
        SourceFile file = new SourceFile(Documents.path(uri), text);
        String formatted;
        try {
            formatted = Formatter.format(file);
        } catch (FormatException e) {
            return List.of();
        }
        if (formatted.equals(text)) return List.of();
        return List.of(new TextEdit(new Range(Positions.position(file, 0), Positions.position(file, text.length())), formatted));
    }
}
