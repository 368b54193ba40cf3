package org.schedc.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.schedc.diag.SourceFile;
import org.schedc.diag.Span;

/**
 * Conversions between LSP positions (0-based line, UTF-16 column) and source offsets. Java strings
 * are UTF-16 too, so a column is a char index inside the line.
 */
final class Positions {
    private Positions() {}

    static Range range(SourceFile file, Span span) {
        return new Range(position(file, span.start()), position(file, Math.max(span.start(), span.end())));
    }

    static Position position(SourceFile file, int offset) {
        int at = Math.max(0, Math.min(offset, file.text().length()));
        return new Position(file.lineOf(at) - 1, file.columnOf(at) - 1);
    }

    /** The offset of a position, clamped to its line (a client may send positions past a line's end). */
    static int offset(SourceFile file, Position position) {
        int line = position.getLine() + 1;
        if (line < 1) return 0;
        if (line > file.lineCount()) return file.text().length();
        int lineStart = file.offsetOf(line, 1);
        int lineLength = file.lineText(line).length();
        return lineStart + Math.max(0, Math.min(position.getCharacter(), lineLength));
    }
}
