package org.schedc.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Stmt;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.diag.Span;
import org.schedc.kabi.Kabi;
import org.schedc.sema.CheckedPolicy;
import org.schedc.sema.Checker;
import org.schedc.kabi.KfuncRules;

/**
 * Types for hover and completion in a file that does not check. The checker only hands out its
 * types when a policy has no error, so this re-checks a copy of the tree without the statements
 * and items that had errors, a few rounds at most, and keeps the first clean result. Hover then
 * works everywhere except in the broken statements themselves.
 */
final class PartialChecker {
    private static final int MAX_ROUNDS = 4;

    private final SourceFile file;
    private final List<Kabi> targets;
    private final KfuncRules rules;
    private final List<Checker.ModuleUnit> modules;

    PartialChecker(SourceFile file, List<Kabi> targets, KfuncRules rules, List<Checker.ModuleUnit> modules) {
        this.file = file;
        this.targets = targets;
        this.rules = rules;
        this.modules = modules;
    }

    /** Checks {@code tree}; {@code firstErrors} are the diagnostics of the full check (already reported). */
    Optional<CheckedPolicy> check(Ast.PolicyFile tree, List<Diagnostic> firstErrors) {
        Ast.PolicyFile current = tree;
        List<Diagnostic> errors = firstErrors;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Ast.PolicyFile pruned = new Pruner(errors.stream().map(Diagnostic::span).toList()).file(current);
            if (pruned == null) return Optional.empty();
            Diagnostics diags = new Diagnostics();
            Optional<CheckedPolicy> checked = new Checker(file, diags, targets, rules).check(pruned, modules);
            if (checked.isPresent()) return checked;
            if (diags.sorted().equals(errors) && pruned.equals(current)) return Optional.empty();
            current = pruned;
            errors = diags.sorted();
        }
        return Optional.empty();
    }

    /** Rebuilds a tree without the nodes that contain an error; null when nothing useful is left. */
    private static final class Pruner {
        private final List<Span> errors;

        Pruner(List<Span> errors) { this.errors = errors; }

        private boolean hit(Span s) {
            if (s == null) return false;
            for (Span e : errors) {
                if (e.start() >= s.start() && (e.start() < s.end() || e.start() == s.start())) return true;
            }
            return false;
        }

        private boolean hitAny(Object... nodes) {
            for (Object n : nodes) {
                Span s = switch (n) {
                    case null -> null;
                    case Ast.Expr e -> e.span();
                    case Ast.Ident i -> i.span();
                    case Ast.TypeRef t -> t.span();
                    case Ast.QueueRef q -> q.span();
                    case Ast.Pattern p -> p.span();
                    default -> null;
                };
                if (hit(s)) return true;
            }
            return false;
        }

        Ast.PolicyFile file(Ast.PolicyFile tree) {
            Ast.Policy p = tree.policy();
            // Modules are checked as parts of the policies that import them; nothing to prune here.
            if (p == null || tree.module() != null || hit(p.name().span())) return null;
            for (Ast.KernelRef k : p.kernels()) if (hit(k.span())) return null;
            List<Ast.Item> items = new ArrayList<>();
            for (Ast.Item item : p.items()) {
                Ast.Item kept = item(item);
                if (kept != null) items.add(kept);
            }
            return new Ast.PolicyFile(tree.imports(), new Ast.Policy(p.name(), p.kernels(), items, p.span()), tree.span(), null);
        }

        private Ast.Item item(Ast.Item item) {
            return switch (item) {
                case Ast.Item.Handler h -> {
                    boolean header = hitAny(h.callback(), h.returnType()) || h.params().stream().anyMatch(this::hitAny);
                    yield header || h.body() == null ? null : new Ast.Item.Handler(h.callback(), h.params(), h.returnType(), block(h.body()), h.span());
                }
                case Ast.Item.Function f -> {
                    boolean header = hitAny(f.name(), f.returnType()) || f.params().stream().anyMatch(p -> hit(p.span()));
                    yield header || f.body() == null ? null : new Ast.Item.Function(f.name(), f.params(), f.returnType(), block(f.body()), f.span());
                }
                case Ast.Item.Const c -> hit(c.span()) ? null : c;
                case Ast.Item.Queue q -> hit(q.span()) ? null : q;
                case Ast.Item.GlobalVar g -> hit(g.span()) ? null : g;
                case Ast.Item.Timeout t -> hit(t.span()) ? null : t;
                case Ast.Item.Flags f -> hit(f.span()) ? null : f;
                case Ast.Item.Kernels k -> hit(k.span()) ? null : k;
                case Ast.Item.Tags t -> hit(t.span()) ? null : t;
                case Ast.Item.Counters c -> hit(c.span()) ? null : c;
                case Ast.Item.State s -> hit(s.span()) ? null : s;
                case Ast.Item.Classify c -> hit(c.span()) ? null : c;
            };
        }

        private Ast.Block block(Ast.Block b) {
            if (b == null) return null;
            List<Stmt> kept = new ArrayList<>();
            for (Stmt s : b.stmts()) {
                Stmt k = hit(s.span()) ? repaired(s) : s;
                if (k != null) kept.add(k);
            }
            return new Ast.Block(kept, b.span());
        }

        /** A statement with an error: kept with pruned inner blocks when the error is inside one, else dropped. */
        private Stmt repaired(Stmt s) {
            return switch (s) {
                case Stmt.If i -> hitAny(i.condition()) ? null
                        : new Stmt.If(i.condition(), block(i.then()), block(i.otherwise()), i.span());
                case Stmt.For f -> hitAny(f.variable(), f.from(), f.to()) || f.body() == null ? null
                        : new Stmt.For(f.variable(), f.from(), f.to(), block(f.body()), f.span());
                case Stmt.Match m -> {
                    if (hitAny(m.scrutinee())) yield null;
                    List<Ast.MatchArm> arms = new ArrayList<>();
                    for (Ast.MatchArm arm : m.arms()) {
                        if (arm.patterns().stream().anyMatch(this::hitAny)) yield null;
                        arms.add(new Ast.MatchArm(arm.patterns(), block(arm.body()), arm.span()));
                    }
                    yield new Stmt.Match(m.scrutinee(), arms, m.span());
                }
                case Stmt.Let l -> null;
                case Stmt.Assign a -> null;
                case Stmt.Return r -> null;
                case Stmt.Insert i -> null;
                case Stmt.ExprStmt e -> null;
                case Stmt.Break b -> null;
                case Stmt.Continue c -> null;
                case Stmt.Invalid i -> null;
            };
        }
    }
}
