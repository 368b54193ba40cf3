package org.schedc.lsp;

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
import org.schedc.sema.CheckedPolicy;
import org.schedc.sema.Checker;
import org.schedc.syntax.ParseResult;
import org.schedc.syntax.SchedcParser;
import org.schedc.kabi.KfuncRules;

/**
 * Parse and check one document, as the compiler does up to code generation. Not thread-safe (the
 * kernel schemas cache lazily): the server runs every analysis on one thread.
 */
final class Analyzer {
    /** Above this size a document gets one diagnostic instead of an analysis, so one huge paste cannot stall the editor. */
    static final int MAX_CHARS = 1 << 20;
    static final String TOO_LARGE = "LSP001";
    static final String INTERNAL = "LSP002";

    private final KabiRegistry registry = new KabiRegistry();
    private final KfuncRules rules = KfuncRules.load();
    private final List<ExtraChecks> extraChecks;

    /** Additional findings (the linter) over a parsed file; {@code checked} is present only when the whole file checked. */
    interface ExtraChecks {
        List<Diagnostic> run(SourceFile file, ParseResult parsed, Optional<CheckedPolicy> checked);
    }

    Analyzer(List<ExtraChecks> extraChecks) { this.extraChecks = List.copyOf(extraChecks); }

    KabiRegistry registry() { return registry; }

    Analysis analyze(String uri, int version, String text) {
        String path = displayPath(uri);
        SourceFile file = new SourceFile(path, text);
        if (text.length() > MAX_CHARS) {
            return Analysis.empty(uri, version, file, List.of(Diagnostic.error(TOO_LARGE,
                    "file too large for live checking (" + text.length() + " characters; the limit is " + MAX_CHARS + "); run 'schedc compile'",
                    file, file.span(0, 0))));
        }
        try {
            return run(uri, version, file);
        } catch (RuntimeException | StackOverflowError e) { // a checker bug must not take the server down
            ServerLog.log("analysis of " + uri + " failed: " + e);
            ParseResult parsed = SchedcParser.parse(file);
            List<Diagnostic> diags = new ArrayList<>(parsed.diagnostics());
            diags.add(Diagnostic.error(INTERNAL, "internal error while checking this file (a schedc bug): " + e, file, file.span(0, 0)));
            return new Analysis(uri, version, file, parsed.tree(), diags, List.of(), Optional.empty(), SymbolIndex.of(parsed.tree()));
        }
    }

    private Analysis run(String uri, int version, SourceFile file) {
        ParseResult parsed = SchedcParser.parse(file);
        Diagnostics diags = new Diagnostics();
        parsed.diagnostics().forEach(diags::report);
        Ast.PolicyFile tree = parsed.tree();
        SymbolIndex index = SymbolIndex.of(tree);
        if (tree.policy() == null) return new Analysis(uri, version, file, tree, diags.sorted(), List.of(), Optional.empty(), index);
        List<Kabi> targets = targets(file, tree, diags);
        Optional<CheckedPolicy> checked = Optional.empty();
        Optional<CheckedPolicy> fullyChecked = Optional.empty();
        if (!targets.isEmpty()) {
            Diagnostics semantic = new Diagnostics();
            fullyChecked = new Checker(file, semantic, targets, rules).check(tree);
            semantic.sorted().forEach(diags::report);
            checked = fullyChecked.isPresent() ? fullyChecked : new PartialChecker(file, targets, rules).check(tree, diags.sorted());
        }
        for (ExtraChecks extra : extraChecks) {
            try {
                extra.run(file, parsed, fullyChecked).forEach(diags::report);
            } catch (RuntimeException | StackOverflowError e) {
                ServerLog.log("extra checks failed on " + uri + ": " + e);
            }
        }
        return new Analysis(uri, version, file, tree, diags.sorted(), targets, checked, index);
    }

    /** The policy's kernels (header or {@code kernels} item), else every bundled kernel; as the compiler chooses them. */
    private List<Kabi> targets(SourceFile file, Ast.PolicyFile tree, Diagnostics diags) {
        List<Ast.KernelRef> refs = new ArrayList<>(tree.policy().kernels());
        for (Ast.Item item : tree.policy().items()) if (item instanceof Ast.Item.Kernels ks) refs.addAll(ks.kernels());
        List<Kabi> targets = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (Ast.KernelRef ref : refs) {
            if (!seen.add(ref.version())) continue;
            try {
                targets.add(registry.load(ref.version()));
            } catch (KabiRegistry.KabiException e) {
                diags.error("E0403", file, ref.span(), e.getMessage());
            }
        }
        if (refs.isEmpty()) {
            for (String k : KabiRegistry.defaultKernels()) {
                try {
                    targets.add(registry.load(k));
                } catch (KabiRegistry.KabiException e) {
                    ServerLog.log("bundled kernel " + k + " unusable: " + e.getMessage());
                }
            }
        }
        return targets;
    }

    /** Bundled kernels for hover when a file names none that load. */
    List<Kabi> bundledKernels() {
        List<Kabi> out = new ArrayList<>();
        for (String k : KabiRegistry.defaultKernels()) {
            try {
                out.add(registry.load(k));
            } catch (KabiRegistry.KabiException e) {
                ServerLog.log("bundled kernel " + k + " unusable: " + e.getMessage());
            }
        }
        return out;
    }

    private static String displayPath(String uri) {
        try {
            java.net.URI u = java.net.URI.create(uri);
            if ("file".equals(u.getScheme()) && u.getPath() != null) return u.getPath();
        } catch (IllegalArgumentException e) { /* not a URI: show it as given */ }
        return uri;
    }
}
