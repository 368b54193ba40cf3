package org.schedc.format;

import java.util.HashSet;
import java.util.Set;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Item;
import org.schedc.ast.Ast.Stmt;

/**
 * What the layout needs from the syntax tree: the offsets where an item, statement, match arm,
 * classify rule or state field begins (a line starting anywhere else continues the line before), and
 * the offsets of unary minus signs and of called names (soft keywords such as {@code vtime} or
 * {@code flags} may be names, so the neighbouring tokens cannot tell). The switches are exhaustive so new syntax is placed deliberately; a start
 * missed here costs only looks, never meaning (the formatter verifies its output).
 */
final class SyntaxFacts {
    final Set<Integer> statementStarts = new HashSet<>();
    final Set<Integer> unaryMinus = new HashSet<>();
    /** Names written right before their '(' (functions, handlers, calls): soft keywords such as {@code flags} included. */
    final Set<Integer> callNames = new HashSet<>();

    private SyntaxFacts() {}

    static SyntaxFacts of(Ast.PolicyFile file) {
        SyntaxFacts s = new SyntaxFacts();
        file.imports().forEach(i -> s.statementStarts.add(i.span().start()));
        if (file.policy() != null) {
            s.statementStarts.add(file.policy().span().start());
            file.policy().items().forEach(s::item);
        }
        if (file.module() != null) {
            s.statementStarts.add(file.module().span().start());
            file.module().items().forEach(s::item);
        }
        return s;
    }

    private void item(Item item) {
        statementStarts.add(item.span().start());
        switch (item) {
            case Item.Function f -> {
                callNames.add(f.name().span().start());
                block(f.body());
            }
            case Item.Handler h -> {
                callNames.add(h.callback().span().start());
                block(h.body());
            }
            case Item.State st -> st.fields().forEach(p -> statementStarts.add(p.span().start()));
            case Item.Classify c -> c.rules().forEach(r -> {
                statementStarts.add(r.span().start());
                if (r.when() instanceof Ast.Condition.Compare cmp) expr(cmp.value());
            });
            case Item.Timeout t -> expr(t.value());
            case Item.Const c -> expr(c.value());
            case Item.GlobalVar g -> expr(g.init());
            case Item.Flags f -> { }
            case Item.Kernels k -> { }
            case Item.Queue q -> { }
            case Item.Tags t -> { }
            case Item.Counters c -> { }
        }
    }

    private void block(Ast.Block b) {
        if (b != null) b.stmts().forEach(this::stmt);
    }

    private void stmt(Stmt s) {
        statementStarts.add(s.span().start());
        switch (s) {
            case Stmt.If i -> { expr(i.condition()); block(i.then()); block(i.otherwise()); }
            case Stmt.Match m -> {
                expr(m.scrutinee());
                for (Ast.MatchArm arm : m.arms()) {
                    statementStarts.add(arm.span().start());
                    for (Ast.Pattern p : arm.patterns()) if (p instanceof Ast.Pattern.Value v) expr(v.value());
                    block(arm.body());
                }
            }
            case Stmt.For f -> { expr(f.from()); expr(f.to()); block(f.body()); }
            case Stmt.Let l -> expr(l.init());
            case Stmt.Assign a -> { expr(a.target()); expr(a.value()); }
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
        switch (e) {
            case Expr.Unary u -> {
                if (u.op() == Ast.UnaryOp.NEG) unaryMinus.add(u.span().start());
                expr(u.operand());
            }
            case Expr.Binary b -> { expr(b.left()); expr(b.right()); }
            case Expr.Field f -> expr(f.target());
            case Expr.Call c -> {
                callNames.add(c.callee().span().start());
                c.args().forEach(this::expr);
            }
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
