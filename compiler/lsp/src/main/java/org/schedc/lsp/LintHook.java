package org.schedc.lsp;

import java.util.List;
import org.schedc.lint.Linter;

/** Findings besides parse and type errors: the lint rules (warnings, with their suppression comments applied). */
final class LintHook {
    private LintHook() {}

    static List<Analyzer.ExtraChecks> checks() {
        return List.of((file, parsed, checked) -> Linter.lint(file, parsed, checked.orElse(null)));
    }
}
