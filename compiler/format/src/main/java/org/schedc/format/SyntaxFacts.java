package org.schedc.format;

import java.util.HashSet;
import java.util.Set;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Item;
import org.schedc.ast.Ast.Stmt;
import org.schedc.sema.AstWalker;

/**
 * What the layout needs from the syntax tree: the offsets where an item, statement, match arm,
 * classify rule or state field begins (a line starting anywhere else continues the line before), and
 * the offsets of unary minus signs and of called names (soft keywords such as {@code vtime} or
 * {@code flags} may be names, so the neighbouring tokens cannot tell). The item switch here and {@link AstWalker}'s are exhaustive so new syntax is placed
 * deliberately; a start missed here costs only looks, never meaning (the formatter verifies its output).
 */
final class SyntaxFacts extends AstWalker {
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

    @Override
    protected void stmt(Stmt s) {
        statementStarts.add(s.span().start());
        super.stmt(s);
    }

    @Override
    protected void arm(Ast.MatchArm arm) {
        statementStarts.add(arm.span().start());
        super.arm(arm);
    }

    @Override
    protected void expr(Expr e) {
        if (e instanceof Expr.Unary u && u.op() == Ast.UnaryOp.NEG) unaryMinus.add(u.span().start());
        if (e instanceof Expr.Call c) callNames.add(c.callee().span().start());
        super.expr(e);
    }
}
