package org.schedc.diag;

import java.util.List;

/**
 * One finding about the input. {@code code} is stable (golden tests and suppressions key on it);
 * the message may be reworded. {@code related} are other places that explain it (e.g. the first
 * declaration of a duplicate), printed as {@code note:} lines.
 */
public record Diagnostic(Severity severity, String code, String message, SourceFile file, Span span, List<Related> related) {
    /** A location that explains a diagnostic; {@code file} may differ from the diagnostic's (a module's). */
    public record Related(SourceFile file, Span span, String message) {
        /** {@code path:line:col: note: message}. */
        public String line() {
            String where = file == null ? "schedc" : file.path() + ":" + span.line() + ":" + span.column();
            return where + ": note: " + message;
        }
    }

    public Diagnostic {
        related = List.copyOf(related);
    }

    public Diagnostic(Severity severity, String code, String message, SourceFile file, Span span) {
        this(severity, code, message, file, span, List.of());
    }

    public static Diagnostic error(String code, String message, SourceFile file, Span span) {
        return new Diagnostic(Severity.ERROR, code, message, file, span);
    }

    /** {@code path:line:col: error[CODE]: message} — the first line of the printed form. */
    public String headline() {
        String where = file == null ? "schedc" : file.path() + ":" + span.line() + ":" + span.column();
        return where + ": " + severity.label() + "[" + code + "]: " + message;
    }
}
