package org.schedc.format;

import java.util.List;
import org.schedc.diag.Diagnostic;

/**
 * The formatter refuses a file: it does not parse (the diagnostics say why), or formatting would
 * change its tokens or its syntax tree (a formatter bug; the file is left alone).
 */
public final class FormatException extends Exception {
    private final List<Diagnostic> diagnostics;

    FormatException(String message, List<Diagnostic> diagnostics) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The syntax errors that made the formatter refuse, or one internal-error diagnostic. */
    public List<Diagnostic> diagnostics() { return diagnostics; }
}
