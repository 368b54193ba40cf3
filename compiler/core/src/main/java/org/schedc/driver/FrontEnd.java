package org.schedc.driver;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.kabi.Kabi;
import org.schedc.kabi.KabiRegistry;
import org.schedc.kabi.KfuncRules;
import org.schedc.sema.Attribution;
import org.schedc.sema.CheckedPolicy;
import org.schedc.sema.Checker;
import org.schedc.sema.SemaResult;
import org.schedc.syntax.ParseResult;
import org.schedc.syntax.SchedcParser;

/**
 * The front end every client runs (compile, check, lint, the language server): parse, load the imported
 * modules, choose the target kernels, check. One instance per thread: the kernel schemas cache lazily.
 */
public final class FrontEnd {
    private final KabiRegistry registry;
    private final KfuncRules rules;

    public FrontEnd(KabiRegistry registry) { this(registry, KfuncRules.load()); }

    FrontEnd(KabiRegistry registry, KfuncRules rules) {
        this.registry = registry;
        this.rules = rules;
    }

    public KabiRegistry registry() { return registry; }

    /** The policy library's module names ({@code import NAME}), as the module loader finds them. */
    public static List<String> libraryModules() { return ModuleLoader.stdlibModules(); }

    /** The kernel's callback rules sema checks builtins against (the language server shows them too). */
    public KfuncRules rules() { return rules; }

    /** What the file is: a policy, a module (checked as its importers would see it), or neither (nothing parsed). */
    public enum Unit { POLICY, MODULE, NONE }

    /**
     * Everything the front end knows about one file. {@code diagnostics} are sorted (file, then position);
     * {@code attribution} covers the whole tree, errors or not (empty without targets); {@code checked} is
     * present only when no diagnostic is an error.
     */
    public record Result(SourceFile file, ParseResult parsed, Unit unit, List<Checker.ModuleUnit> modules, List<Kabi> targets,
                         List<Diagnostic> diagnostics, Attribution attribution, Optional<CheckedPolicy> checked) {
        public Result {
            modules = List.copyOf(modules);
            targets = List.copyOf(targets);
            diagnostics = List.copyOf(diagnostics);
        }

        public Ast.PolicyFile tree() { return parsed.tree(); }

        public boolean hasErrors() { return diagnostics.stream().anyMatch(d -> d.severity() == org.schedc.diag.Severity.ERROR); }
    }

    /**
     * Runs the front end on {@code file}; {@code kernels} (from the command line) win over the policy's own
     * list, and with neither every bundled kernel is a target. A kernel the policy names that does not load
     * is E0403 at its name.
     *
     * @throws KabiRegistry.KabiException when a kernel from {@code kernels} or a bundled one cannot be loaded
     */
    public Result analyze(SourceFile file, List<String> kernels) throws KabiRegistry.KabiException {
        ParseResult parsed = SchedcParser.parse(file);
        Diagnostics diags = new Diagnostics();
        parsed.diagnostics().forEach(diags::report);
        Ast.PolicyFile tree = parsed.tree();
        Unit unit = tree.module() != null ? Unit.MODULE : tree.policy() != null ? Unit.POLICY : Unit.NONE;
        List<Checker.ModuleUnit> modules = unit == Unit.NONE ? List.of() : new ModuleLoader(diags).load(file, tree.imports());
        List<Kabi> targets = switch (unit) {
            case POLICY -> targets(file, tree.policy(), kernels, diags);
            case MODULE -> targets(file, null, kernels, diags);
            case NONE -> List.of();
        };
        Diagnostics semantic = new Diagnostics();
        SemaResult sema = targets.isEmpty() || unit == Unit.NONE
                ? new SemaResult(Attribution.empty(file), Optional.empty())
                : new Checker(file, semantic, targets, rules).analyze(tree, modules);
        List<Diagnostic> syntax = parsed.diagnostics();
        for (Diagnostic d : semantic.sorted()) if (!onSyntaxErrorLine(d, syntax)) diags.report(d);
        Optional<CheckedPolicy> checked = diags.hasErrors() || semantic.hasErrors() ? Optional.empty() : sema.policy();
        return new Result(file, parsed, unit, modules, targets, diags.sorted(), sema.attribution(), checked);
    }

    /**
     * A semantic diagnostic on a line the parser could not read is noise: error recovery left a partial
     * statement ({@code error("oops)} became a bare name and a parenthesis), and the checker's complaints
     * about it repeat the syntax error in other words. They come back once the line parses.
     */
    private static boolean onSyntaxErrorLine(Diagnostic d, List<Diagnostic> syntax) {
        for (Diagnostic s : syntax) {
            if (s.file() != d.file() && (s.file() == null || d.file() == null || !s.file().path().equals(d.file().path()))) continue;
            if (d.span().line() <= s.span().endLine() && s.span().line() <= d.span().endLine()) return true;
        }
        return false;
    }

    /** Kernels named on the command line, else the policy's header and {@code kernels} items, else every bundled kernel. */
    List<Kabi> targets(SourceFile file, Ast.Policy policy, List<String> kernels, Diagnostics diags) throws KabiRegistry.KabiException {
        List<Kabi> targets = new ArrayList<>();
        if (!kernels.isEmpty()) {
            for (String k : new LinkedHashSet<>(kernels)) targets.add(registry.load(k));
            return targets;
        }
        List<Ast.KernelRef> refs = new ArrayList<>();
        if (policy != null) {
            refs.addAll(policy.kernels());
            for (Ast.Item item : policy.items()) if (item instanceof Ast.Item.Kernels ks) refs.addAll(ks.kernels());
        }
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (Ast.KernelRef ref : refs) {
            if (!seen.add(ref.version())) continue;
            try {
                targets.add(registry.load(ref.version()));
            } catch (KabiRegistry.KabiException e) {
                diags.error("E0403", file, ref.span(), e.getMessage());
            }
        }
        if (refs.isEmpty()) for (String k : KabiRegistry.defaultKernels()) targets.add(registry.load(k));
        return targets;
    }
}
