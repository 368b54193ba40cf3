package org.schedc.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.schedc.ast.Ast;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;
import org.schedc.driver.FrontEnd;
import org.schedc.sema.Checker;

/**
 * Lint rules about scheduling and code hygiene (see {@link LintRule}) over the front end's result: the tree
 * as parsed (so it runs on files the checker rejects; an editor wants both), the checker's constant values,
 * and the imported modules, whose functions and writes count. Rules that need the whole program (unused
 * names, queue and vtime flow) stay quiet on modules, when an import did not load and where a parse error
 * left a hole. Never throws for any tree the parser returns.
 */
public final class Linter {
    /** Codes of imports that did not load: the program is then not all in view. */
    private static final Set<String> IMPORT_PROBLEMS = Set.of("E0323", "E0324", "E0325");

    private Linter() {}

    /** Findings in source order, suppression comments applied; codes are {@link LintRule#id()}. */
    public static List<Diagnostic> lint(FrontEnd.Result front) {
        SourceFile file = front.file();
        Ast.PolicyFile tree = front.tree();
        List<Ast.Item> items;
        boolean isModule;
        if (tree.policy() != null) {
            items = tree.policy().items();
            isModule = false;
        } else if (tree.module() != null) {
            items = tree.module().items();
            isModule = true;
        } else {
            return List.of();
        }
        List<Ast.Item> imported = new ArrayList<>();
        for (Checker.ModuleUnit m : front.modules()) imported.addAll(m.module().items());
        boolean importsLoaded = front.diagnostics().stream().noneMatch(d -> IMPORT_PROBLEMS.contains(d.code())
                || (d.file() != null && !d.file().path().equals(file.path()) && d.code().startsWith("E01")));
        TreeScan scan = TreeScan.of(items);
        LintInput input = new LintInput(items, imported, isModule, importsLoaded, scan.hasInvalid || front.parsed().hasErrors(),
                new ConstantValues(front.attribution()));
        Findings findings = new Findings(file);
        EnqueueInsertRule.run(input, findings);
        QueueRules.run(input, findings);
        VtimeRule.run(input, findings);
        SliceRules.run(input, findings);
        NameRules.run(input, findings);
        Reachability.run(input, findings);
        Suppressions suppressions = Suppressions.of(file);
        return findings.all().stream()
                .filter(d -> !suppressions.suppresses(d))
                .sorted(Comparator.comparingInt((Diagnostic d) -> d.span().start()).thenComparing(Diagnostic::code))
                .toList();
    }
}
