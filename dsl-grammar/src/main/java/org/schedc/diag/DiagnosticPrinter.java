package org.schedc.diag;

/** javac-style text: headline, the source line, a caret under the span, then a {@code note:} line per related location. */
public final class DiagnosticPrinter {
    private DiagnosticPrinter() {}

    public static String format(Diagnostic d) {
        StringBuilder out = new StringBuilder(primary(d));
        for (Diagnostic.Related r : d.related()) out.append(r.line()).append('\n');
        return out.toString();
    }

    private static String primary(Diagnostic d) {
        StringBuilder out = new StringBuilder(d.headline()).append('\n');
        if (d.file() == null) return out.toString();
        String line = d.file().lineText(d.span().line());
        if (line.isEmpty()) return out.toString();
        out.append("    ").append(line).append('\n');
        int col = Math.max(1, Math.min(d.span().column(), line.length() + 1));
        int width = d.span().endLine() == d.span().line()
                ? Math.max(1, Math.min(d.span().endColumn(), line.length() + 1) - col) : 1;
        out.append("    ");
        for (int i = 1; i < col; i++) out.append(line.charAt(i - 1) == '\t' ? '\t' : ' ');
        out.append("^".repeat(width)).append('\n');
        return out.toString();
    }
}
