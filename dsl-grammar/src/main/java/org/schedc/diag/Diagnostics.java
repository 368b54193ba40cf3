package org.schedc.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics for one compilation; every phase reports all it finds, not only the first. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void report(Diagnostic d) { all.add(d); }

    public void error(String code, SourceFile file, Span span, String message) {
        all.add(Diagnostic.error(code, message, file, span));
    }

    public void warning(String code, SourceFile file, Span span, String message) {
        all.add(new Diagnostic(Severity.WARNING, code, message, file, span));
    }

    public boolean hasErrors() { return all.stream().anyMatch(d -> d.severity() == Severity.ERROR); }

    /** In file and source order, so output is stable whatever order the phases found them in. */
    public List<Diagnostic> sorted() {
        return all.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.file() == null ? "" : d.file().path())
                        .thenComparingInt(d -> d.span().start())
                        .thenComparing(Diagnostic::code))
                .toList();
    }
}
