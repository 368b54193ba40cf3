package org.schedc.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.schedc.diag.Severity;
import org.schedc.diag.SourceFile;

/**
 * schedc diagnostics as LSP diagnostics (source "schedc", the stable code as the LSP code); the related
 * locations the CLI prints as {@code note:} lines become {@code relatedInformation}.
 */
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
            if (!d.related().isEmpty()) {
                List<DiagnosticRelatedInformation> related = new ArrayList<>();
                for (org.schedc.diag.Diagnostic.Related r : d.related()) related.add(related(a, r));
                lsp.setRelatedInformation(related);
            }
            out.add(lsp);
        }
        return out;
    }

    /**
     * A related place: in this document or in a module file by its {@code file:} URI. A library module has no
     * file an editor could open, so its place is named in the message at the top of this document instead.
     */
    private static DiagnosticRelatedInformation related(Analysis a, org.schedc.diag.Diagnostic.Related r) {
        SourceFile file = r.file() == null ? a.file() : r.file();
        java.util.Optional<Location> at = Definitions.in(a, file, r.span());
        if (at.isPresent()) return new DiagnosticRelatedInformation(at.get(), r.message());
        return new DiagnosticRelatedInformation(new Location(a.uri(), Positions.range(a.file(), a.file().span(0, 0))),
                file.path() + ":" + r.span().line() + ":" + r.span().column() + ": " + r.message());
    }

    private static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case NOTE -> DiagnosticSeverity.Information;
        };
    }
}
