package org.schedc.sema;

import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Stmt;

/**
 * Visits every statement, match arm, queue reference and expression below a block in source order;
 * override a hook to look at some of them (call {@code super} to keep descending). The switches are
 * exhaustive, so a new node kind breaks the build here, once, for every walker.
 */
public class AstWalker {
    public void block(Ast.Block b) {
        if (b != null) b.stmts().forEach(this::stmt);
    }

    protected void stmt(Stmt s) {
        switch (s) {
            case Stmt.Let l -> expr(l.init());
            case Stmt.Assign a -> { expr(a.target()); expr(a.value()); }
            case Stmt.If i -> { expr(i.condition()); block(i.then()); block(i.otherwise()); }
            case Stmt.Match m -> {
                expr(m.scrutinee());
                m.arms().forEach(this::arm);
            }
            case Stmt.For f -> { expr(f.from()); expr(f.to()); block(f.body()); }
            case Stmt.Return r -> { if (r.value() != null) expr(r.value()); }
            case Stmt.Insert i -> {
                expr(i.task());
                queue(i.queue());
                expr(i.slice());
                if (i.vtime() != null) expr(i.vtime());
                if (i.flags() != null) expr(i.flags());
            }
            case Stmt.ExprStmt e -> expr(e.expr());
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.Invalid i -> { }
        }
    }

    protected void arm(Ast.MatchArm arm) {
        for (Ast.Pattern p : arm.patterns()) if (p instanceof Ast.Pattern.Value v) expr(v.value());
        block(arm.body());
    }

    protected void queue(Ast.QueueRef q) {
        if (q instanceof Ast.QueueRef.LocalOn lo) expr(lo.cpu());
    }

    protected void expr(Expr e) {
        if (e == null) return;
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
            case Expr.Invalid i -> { }
        }
    }
}
