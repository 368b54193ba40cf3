package org.schedc.lint;

import java.util.ArrayList;
import java.util.List;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;
import org.schedc.diag.Span;

/** Where the rules put what they find; the code of each diagnostic is its rule's id. */
final class Findings {
    private final SourceFile file;
    private final List<Diagnostic> all = new ArrayList<>();

    Findings(SourceFile file) { this.file = file; }

    void add(LintRule rule, Span span, String message) {
        all.add(new Diagnostic(rule.severity(), rule.id(), message + " [" + rule.ruleName() + "]", file, span));
    }

    List<Diagnostic> all() { return all; }
}
