package org.schedc.lint;

import java.util.Comparator;
import java.util.List;
import org.schedc.ast.Ast;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;
import org.schedc.driver.FrontEnd;
import org.schedc.sema.CheckedPolicy;
import org.schedc.syntax.ParseResult;

/**
 * Lint rules about scheduling and code hygiene over a parsed policy (see {@link LintRule}). Works on
 * the syntax tree alone, so it can run on a file the checker rejects (an editor wants both); a
 * {@link CheckedPolicy} only sharpens constant folding. Rules that need the whole program (unused
 * names, queue and vtime flow) stay quiet on modules, on files with imports and where a parse error
 * left a hole. Never throws for any tree the parser returns.
 */
public final class Linter {
    private Linter() {}

    /** Findings in source order, suppression comments applied; codes are {@link LintRule#id()}. */
    public static List<Diagnostic> lint(SourceFile file, Ast.PolicyFile tree) {
        return lint(file, tree, null);
    }

    /**
     * With a parse result: when it has syntax errors, the rules that need every use in view (flow through
     * enqueue, queues, vtime, unused names) stay quiet, since a use may sit in the part that did not parse.
     * {@code checked} may be null.
     */
    public static List<Diagnostic> lint(SourceFile file, ParseResult parsed, CheckedPolicy checked) {
        return lint(file, parsed.tree(), checked, parsed.hasErrors());
    }

    /** On the front end's result, as {@code check} and the language server run it. */
    public static List<Diagnostic> lint(FrontEnd.Result front) {
        return lint(front.file(), front.tree(), front.checked().orElse(null), front.parsed().hasErrors());
    }

    /** As {@link #lint(SourceFile, Ast.PolicyFile)}; {@code checked} may be null. */
    public static List<Diagnostic> lint(SourceFile file, Ast.PolicyFile tree, CheckedPolicy checked) {
        return lint(file, tree, checked, false);
    }

    private static List<Diagnostic> lint(SourceFile file, Ast.PolicyFile tree, CheckedPolicy checked, boolean syntaxErrors) {
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
        TreeScan scan = TreeScan.of(items);
        LintInput input = new LintInput(items, isModule, !tree.imports().isEmpty(), scan.hasInvalid || syntaxErrors,
                new ConstantValues(items, checked));
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
