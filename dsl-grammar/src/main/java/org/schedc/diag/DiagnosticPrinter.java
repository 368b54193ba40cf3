package org.schedc.diag;

/** javac-style text: headline, the source line, and a caret under the span. */
public final class DiagnosticPrinter {
    private DiagnosticPrinter() {}

    public static String format(Diagnostic d) {
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
