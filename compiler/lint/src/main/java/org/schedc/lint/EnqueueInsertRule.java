package org.schedc.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Stmt;
import org.schedc.sema.Builtin;

/**
 * L001: a path through {@code enqueue} that reaches a return or the end without an insert. The
 * analysis carries one fact along the statements, "some path here has not inserted yet"; inserts can
 * not be undone, so loops need no fixpoint: after a loop the fact is what it was before it (the body
 * may run zero times). A call to a function of this file that inserts on all its paths counts as an
 * insert; a call to a function from another file is assumed to insert (no false alarms).
 */
final class EnqueueInsertRule {
    private final LintInput input;
    private final Findings out;
    private final Map<String, Boolean> alwaysInserts = new HashMap<>();
    private final Set<String> summarising = new HashSet<>();

    private EnqueueInsertRule(LintInput input, Findings out) {
        this.input = input;
        this.out = out;
    }

    static void run(LintInput input, Findings out) {
        if (input.hasInvalid()) return;
        EnqueueInsertRule rule = new EnqueueInsertRule(input, out);
        for (Ast.Item.Handler h : input.handlers()) {
            if (!h.callback().name().equals("enqueue")) continue;
            Walk walk = rule.new Walk(true);
            if (walk.block(h.body(), true)) {
                out.add(LintRule.ENQUEUE_MAY_NOT_INSERT, h.callback().span(),
                        "a path reaches the end of enqueue without inserting the task into a queue; it would never run");
            }
        }
    }

    private boolean functionAlwaysInserts(String name) {
        Boolean known = alwaysInserts.get(name);
        if (known != null) return known;
        var fn = input.function(name);
        if (fn.isEmpty()) return Builtin.callable(name).isEmpty(); // imported: assume it inserts
        if (!summarising.add(name)) return false; // recursion is an error of its own
        Walk walk = new Walk(false);
        boolean fallsThrough = walk.block(fn.get().body(), true);
        summarising.remove(name);
        boolean result = !fallsThrough && !walk.returnedUninserted;
        alwaysInserts.put(name, result);
        return result;
    }

    /** One pass over a body; {@code report} says whether returns are findings (enqueue) or summarised (functions). */
    private final class Walk {
        final boolean report;
        boolean returnedUninserted;

        Walk(boolean report) { this.report = report; }

        /** @return whether some path leaves the block at its end without having inserted */
        boolean block(Ast.Block b, boolean uninserted) {
            if (b == null) return uninserted;
            boolean state = uninserted;
            for (Stmt s : b.stmts()) state = stmt(s, state);
            return state;
        }

        private boolean stmt(Stmt s, boolean in) {
            return switch (s) {
                case Stmt.Let l -> in && !inserts(l.init());
                case Stmt.Assign a -> in && !inserts(a.target()) && !inserts(a.value());
                case Stmt.If i -> {
                    boolean c = in && !inserts(i.condition());
                    yield block(i.then(), c) | (i.otherwise() == null ? c : block(i.otherwise(), c));
                }
                case Stmt.Match m -> {
                    boolean c = in && !inserts(m.scrutinee());
                    boolean outState = m.arms().stream().noneMatch(arm -> arm.patterns().stream().anyMatch(Ast.Pattern.Wildcard.class::isInstance)) && c;
                    for (Ast.MatchArm arm : m.arms()) outState |= block(arm.body(), c);
                    yield outState;
                }
                case Stmt.For f -> {
                    boolean c = in && !inserts(f.from()) && !inserts(f.to());
                    block(f.body(), c);
                    yield c;
                }
                case Stmt.Return r -> {
                    boolean uninserted = in && !inserts(r.value());
                    if (uninserted) {
                        if (report) {
                            out.add(LintRule.ENQUEUE_MAY_NOT_INSERT, r.span(),
                                    "enqueue returns here without inserting the task into a queue; it would never run");
                        } else returnedUninserted = true;
                    }
                    yield false;
                }
                case Stmt.Insert i -> false;
                case Stmt.ExprStmt e -> {
                    // error() ends the scheduler, so the task is not left stalled.
                    if (e.expr() instanceof Expr.Call c && c.callee().name().equals("error") && input.function("error").isEmpty()) yield false;
                    yield in && !inserts(e.expr());
                }
                case Stmt.Break b -> false;
                case Stmt.Continue c -> false;
                case Stmt.Invalid i -> false;
            };
        }

        private boolean inserts(Expr e) {
            if (e == null) return false;
            for (Expr sub : TreeScan.ofExpr(e).exprs) {
                if (sub instanceof Expr.Call c && functionAlwaysInserts(c.callee().name())) return true;
            }
            return false;
        }
    }
}
