package org.schedc.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.sema.AstWalker;

/** Every expression of a file in source order, and the innermost one at an offset. */
final class Expressions extends AstWalker {
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

    @Override
    protected void expr(Expr e) {
        if (e == null) return;
        all.add(e);
        super.expr(e);
    }
}
