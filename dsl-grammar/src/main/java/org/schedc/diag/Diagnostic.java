package org.schedc.diag;

/**
 * One finding about the input. {@code code} is stable (golden tests and suppressions key on it);
 * the message may be reworded.
 */
public record Diagnostic(Severity severity, String code, String message, SourceFile file, Span span) {
    public static Diagnostic error(String code, String message, SourceFile file, Span span) {
        return new Diagnostic(Severity.ERROR, code, message, file, span);
    }

    /** {@code path:line:col: error[CODE]: message} — the first line of the printed form. */
    public String headline() {
        String where = file == null ? "schedc" : file.path() + ":" + span.line() + ":" + span.column();
        return where + ": " + severity.label() + "[" + code + "]: " + message;
    }
}
