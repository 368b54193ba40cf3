package org.schedc.lint;

import java.util.ArrayList;
import java.util.List;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Item;
import org.schedc.ast.Ast.Stmt;
import org.schedc.sema.AstWalker;

/**
 * Every statement, expression and queue reference below an item or block, in source order. The
 * descent is {@link AstWalker}'s, whose switches are exhaustive, and the item switch here is too: a new
 * node kind must be taught before the build passes, so no rule silently skips the new syntax.
 */
final class TreeScan extends AstWalker {
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

    @Override
    protected void stmt(Stmt s) {
        stmts.add(s);
        if (s instanceof Stmt.Invalid) hasInvalid = true;
        super.stmt(s);
    }

    @Override
    protected void queue(Ast.QueueRef q) {
        if (q == null) {
            hasInvalid = true;
            return;
        }
        queues.add(q);
        super.queue(q);
    }

    @Override
    protected void expr(Expr e) {
        if (e == null) return;
        exprs.add(e);
        if (e instanceof Expr.Invalid) hasInvalid = true;
        super.expr(e);
    }
}
