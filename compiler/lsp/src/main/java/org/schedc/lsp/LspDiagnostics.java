package org.schedc.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.schedc.diag.Severity;

/** schedc diagnostics as LSP diagnostics (source "schedc", the stable code as the LSP code). */
final class LspDiagnostics {
    /** Editors choke on tens of thousands of markers; the file's first ones are the useful ones. */
    static final int MAX = 200;

    private LspDiagnostics() {}

    static List<Diagnostic> of(Analysis a) {
        List<Diagnostic> out = new ArrayList<>();
        for (org.schedc.diag.Diagnostic d : a.diagnostics()) {
            if (out.size() == MAX) break;
            boolean here = d.file() == null || d.file().path().equals(a.file().path());
            // A finding in an imported module is shown at the top of the importing file, with its place.
            Diagnostic lsp = here
                    ? new Diagnostic(Positions.range(a.file(), d.span()), d.message(), severity(d.severity()), "schedc", d.code())
                    : new Diagnostic(Positions.range(a.file(), a.file().span(0, 0)), d.file().path() + ":" + d.span().line() + ":" + d.span().column() + ": " + d.message(),
                            severity(d.severity()), "schedc", d.code());
            out.add(lsp);
        }
        return out;
    }

    private static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case NOTE -> DiagnosticSeverity.Information;
        };
    }
}
