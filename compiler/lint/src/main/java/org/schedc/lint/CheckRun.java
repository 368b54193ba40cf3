package org.schedc.lint;

import java.util.ArrayList;
import java.util.List;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.driver.FrontEnd;
import org.schedc.kabi.KabiRegistry;

/**
 * What {@code schedc check} reports for one file, and what the language server shows: the compiler's
 * diagnostics (front end, then for a policy the back end with verifier-sim, the object kept in memory),
 * followed by the lint findings. A module is checked as its importers check it, not compiled.
 */
public record CheckRun(FrontEnd.Result front, List<Diagnostic> diagnostics) {
    public CheckRun {
        diagnostics = List.copyOf(diagnostics);
    }

    /** @throws KabiRegistry.KabiException when a kernel of {@code kernels} (or a bundled one) cannot be loaded */
    public static CheckRun of(Compiler compiler, SourceFile file, List<String> kernels) throws KabiRegistry.KabiException {
        FrontEnd.Result front = compiler.frontEnd().analyze(file, kernels);
        Diagnostics diags = new Diagnostics();
        switch (front.unit()) {
            case POLICY -> compiler.compile(front, diags);
            case MODULE, NONE -> front.diagnostics().forEach(diags::report);
        }
        List<Diagnostic> all = new ArrayList<>(diags.sorted());
        all.addAll(Linter.lint(front));
        return new CheckRun(front, all);
    }
}
