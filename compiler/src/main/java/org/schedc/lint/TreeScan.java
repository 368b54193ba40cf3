package org.schedc.lint;

import java.util.ArrayList;
import java.util.List;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Item;
import org.schedc.ast.Ast.Stmt;

/**
 * Every statement, expression and queue reference below an item or block, in source order. The
 * switches are exhaustive on purpose: a new node kind must be taught here before the build passes,
 * so no rule silently skips the new syntax.
 */
final class TreeScan {
    final List<Stmt> stmts = new ArrayList<>();
    final List<Expr> exprs = new ArrayList<>();
    final List<Ast.QueueRef> queues = new ArrayList<>();
    /** True when a parse error left a placeholder: usage-based rules then stay quiet. */
    boolean hasInvalid;

    static TreeScan of(List<Item> items) {
        TreeScan s = new TreeScan();
        items.forEach(s::item);
        return s;
    }

    static TreeScan of(Ast.Block block) {
        TreeScan s = new TreeScan();
        s.block(block);
        return s;
    }

    static TreeScan ofExpr(Expr e) {
        TreeScan s = new TreeScan();
        s.expr(e);
        return s;
    }

    /** The code body of an item, or null for items without one. */
    static Ast.Block bodyOf(Item item) {
        return switch (item) {
            case Item.Function f -> f.body();
            case Item.Handler h -> h.body();
            case Item.Timeout t -> null;
            case Item.Flags f -> null;
            case Item.Kernels k -> null;
            case Item.Const c -> null;
            case Item.Queue q -> null;
            case Item.GlobalVar g -> null;
            case Item.Tags t -> null;
            case Item.Counters c -> null;
            case Item.State st -> null;
            case Item.Classify c -> null;
        };
    }

    private void item(Item item) {
        switch (item) {
            case Item.Timeout t -> expr(t.value());
            case Item.Flags f -> { }
            case Item.Kernels k -> { }
            case Item.Const c -> expr(c.value());
            case Item.Queue q -> { }
            case Item.GlobalVar g -> expr(g.init());
            case Item.Function f -> block(f.body());
            case Item.Handler h -> block(h.body());
            case Item.Tags t -> { }
            case Item.Counters c -> { }
            case Item.State st -> { }
            case Item.Classify c -> {
                for (Ast.ClassifyRule rule : c.rules()) condition(rule.when());
            }
        }
    }

    private void condition(Ast.Condition c) {
        switch (c) {
            case Ast.Condition.CommPrefix p -> { }
            case Ast.Condition.CgroupPrefix p -> { }
            case Ast.Condition.Compare cmp -> expr(cmp.value());
            case Ast.Condition.Invalid i -> hasInvalid = true;
            case null -> hasInvalid = true;
        }
    }

    void block(Ast.Block b) {
        if (b == null) return;
        for (Stmt s : b.stmts()) stmt(s);
    }

    private void stmt(Stmt s) {
        stmts.add(s);
        switch (s) {
            case Stmt.Let l -> expr(l.init());
            case Stmt.Assign a -> { expr(a.target()); expr(a.value()); }
            case Stmt.If i -> { expr(i.condition()); block(i.then()); block(i.otherwise()); }
            case Stmt.Match m -> {
                expr(m.scrutinee());
                for (Ast.MatchArm arm : m.arms()) {
                    for (Ast.Pattern p : arm.patterns()) pattern(p);
                    block(arm.body());
                }
            }
            case Stmt.For f -> { expr(f.from()); expr(f.to()); block(f.body()); }
            case Stmt.Return r -> expr(r.value());
            case Stmt.Insert i -> {
                expr(i.task());
                queue(i.queue());
                expr(i.slice());
                expr(i.vtime());
                expr(i.flags());
            }
            case Stmt.ExprStmt e -> expr(e.expr());
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.Invalid i -> hasInvalid = true;
        }
    }

    private void pattern(Ast.Pattern p) {
        switch (p) {
            case Ast.Pattern.Value v -> expr(v.value());
            case Ast.Pattern.Wildcard w -> { }
        }
    }

    private void queue(Ast.QueueRef q) {
        if (q == null) {
            hasInvalid = true;
            return;
        }
        queues.add(q);
        switch (q) {
            case Ast.QueueRef.Local l -> { }
            case Ast.QueueRef.Global g -> { }
            case Ast.QueueRef.LocalOn lo -> expr(lo.cpu());
            case Ast.QueueRef.Named n -> { }
        }
    }

    private void expr(Expr e) {
        if (e == null) return;
        exprs.add(e);
        switch (e) {
            case Expr.Field f -> expr(f.target());
            case Expr.Call c -> c.args().forEach(this::expr);
            case Expr.Unary u -> expr(u.operand());
            case Expr.Binary b -> { expr(b.left()); expr(b.right()); }
            case Expr.Cast c -> expr(c.value());
            case Expr.Move m -> queue(m.from());
            case Expr.In in -> { expr(in.value()); in.options().forEach(this::expr); }
            case Expr.IntLit i -> { }
            case Expr.BoolLit b -> { }
            case Expr.NullLit n -> { }
            case Expr.StringLit s -> { }
            case Expr.Name n -> { }
            case Expr.Invalid i -> hasInvalid = true;
        }
    }
}
