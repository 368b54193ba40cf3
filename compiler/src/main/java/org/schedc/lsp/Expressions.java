package org.schedc.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Stmt;

/** Every expression of a file in source order, and the innermost one at an offset. */
final class Expressions {
    private final List<Expr> all = new ArrayList<>();

    private Expressions() {}

    static Expressions of(Ast.PolicyFile tree) {
        Expressions e = new Expressions();
        List<Ast.Item> items = tree.policy() != null ? tree.policy().items() : tree.module() != null ? tree.module().items() : List.of();
        items.forEach(e::item);
        return e;
    }

    /** The smallest expression whose span holds {@code offset}. */
    Optional<Expr> innermostAt(int offset) {
        Expr best = null;
        for (Expr e : all) {
            if (e.span().start() <= offset && offset < e.span().end()
                    && (best == null || e.span().end() - e.span().start() <= best.span().end() - best.span().start())) best = e;
        }
        return Optional.ofNullable(best);
    }

    private void item(Ast.Item item) {
        switch (item) {
            case Ast.Item.Const c -> expr(c.value());
            case Ast.Item.GlobalVar g -> expr(g.init());
            case Ast.Item.Timeout t -> expr(t.value());
            case Ast.Item.Function f -> block(f.body());
            case Ast.Item.Handler h -> block(h.body());
            case Ast.Item.Classify c -> {
                for (Ast.ClassifyRule r : c.rules()) if (r.when() instanceof Ast.Condition.Compare cmp) expr(cmp.value());
            }
            case Ast.Item.Queue q -> { }
            case Ast.Item.Flags f -> { }
            case Ast.Item.Kernels k -> { }
            case Ast.Item.Tags t -> { }
            case Ast.Item.Counters c -> { }
            case Ast.Item.State s -> { }
        }
    }

    private void block(Ast.Block b) {
        if (b != null) b.stmts().forEach(this::stmt);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Let l -> expr(l.init());
            case Stmt.Assign a -> { expr(a.target()); expr(a.value()); }
            case Stmt.If i -> { expr(i.condition()); block(i.then()); block(i.otherwise()); }
            case Stmt.Match m -> {
                expr(m.scrutinee());
                for (Ast.MatchArm arm : m.arms()) {
                    for (Ast.Pattern p : arm.patterns()) if (p instanceof Ast.Pattern.Value v) expr(v.value());
                    block(arm.body());
                }
            }
            case Stmt.For f -> { expr(f.from()); expr(f.to()); block(f.body()); }
            case Stmt.Return r -> expr(r.value());
            case Stmt.Insert i -> {
                expr(i.task());
                if (i.queue() instanceof Ast.QueueRef.LocalOn lo) expr(lo.cpu());
                expr(i.slice());
                expr(i.vtime());
                expr(i.flags());
            }
            case Stmt.ExprStmt e -> expr(e.expr());
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.Invalid i -> { }
        }
    }

    private void expr(Expr e) {
        if (e == null) return;
        all.add(e);
        switch (e) {
            case Expr.Field f -> expr(f.target());
            case Expr.Call c -> c.args().forEach(this::expr);
            case Expr.Unary u -> expr(u.operand());
            case Expr.Binary b -> { expr(b.left()); expr(b.right()); }
            case Expr.Cast c -> expr(c.value());
            case Expr.Move m -> { if (m.from() instanceof Ast.QueueRef.LocalOn lo) expr(lo.cpu()); }
            case Expr.In in -> { expr(in.value()); in.options().forEach(this::expr); }
            case Expr.IntLit i -> { }
            case Expr.BoolLit b -> { }
            case Expr.NullLit n -> { }
            case Expr.StringLit s -> { }
            case Expr.Name n -> { }
            case Expr.Invalid i -> { }
        }
    }
}
