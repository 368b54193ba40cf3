package org.schedc.lsp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Stmt;
import org.schedc.diag.Span;
import org.schedc.sema.AstWalker;

/**
 * Declarations and resolved name uses of one syntax tree, built by a scope walk that works on
 * trees with errors (unlike the checker, it never gives up). Used by go to definition, document
 * symbols, completion of names in scope and hover.
 */
final class SymbolIndex extends AstWalker {
    /** A local name and the source range where it is visible (from its declaration to the end of its block). */
    record Visible(Declaration declaration, int from, int to) {}

    private final Map<String, Declaration> topLevel = new LinkedHashMap<>();
    private final List<Declaration> items = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<Visible> locals = new ArrayList<>();
    private final Deque<Map<String, Declaration>> scopes = new ArrayDeque<>();
    private final Deque<Integer> scopeEnds = new ArrayDeque<>();

    private SymbolIndex() {}

    static SymbolIndex of(Ast.PolicyFile tree) {
        SymbolIndex index = new SymbolIndex();
        if (tree.policy() != null) index.items(tree.policy().items());
        else if (tree.module() != null) index.items(tree.module().items());
        return index;
    }

    /** Top-level declarations in source order (handlers included). */
    List<Declaration> items() { return items; }

    Optional<Declaration> topLevel(String name) { return Optional.ofNullable(topLevel.get(name)); }

    List<Reference> references() { return references; }

    /** The reference or declaration whose identifier covers {@code offset}. */
    Optional<Reference> referenceAt(int offset) {
        Reference best = null;
        for (Reference r : references) {
            if (r.span().start() <= offset && offset <= r.span().end()
                    && (best == null || r.span().end() - r.span().start() < best.span().end() - best.span().start())) best = r;
        }
        return Optional.ofNullable(best);
    }

    /** Locals and parameters visible at {@code offset}, innermost first, then top-level names. */
    List<Declaration> visibleAt(int offset) {
        List<Declaration> out = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (int i = locals.size() - 1; i >= 0; i--) {
            Visible v = locals.get(i);
            if (v.from() <= offset && offset <= v.to() && seen.putIfAbsent(v.declaration().name(), true) == null) out.add(v.declaration());
        }
        for (Declaration d : topLevel.values()) {
            if (d.kind() != Declaration.Kind.HANDLER && seen.putIfAbsent(d.name(), true) == null) out.add(d);
        }
        return out;
    }

    // ---------------------------------------------------------------- the walk

    private void items(List<Ast.Item> all) {
        for (Ast.Item item : all) declareItem(item);
        for (Ast.Item item : all) walkItem(item);
    }

    private void declareItem(Ast.Item item) {
        switch (item) {
            case Ast.Item.Const c -> top(c.name(), Declaration.Kind.CONST, c);
            case Ast.Item.Queue q -> top(q.name(), Declaration.Kind.QUEUE, q);
            case Ast.Item.GlobalVar g -> top(g.name(), Declaration.Kind.GLOBAL, g);
            case Ast.Item.Function f -> top(f.name(), Declaration.Kind.FUNCTION, f);
            case Ast.Item.Handler h -> {
                Declaration d = new Declaration(h.callback().name(), Declaration.Kind.HANDLER, h.callback().span(), h.span(), h);
                items.add(d);
                references.add(new Reference(h.callback().span(), d));
            }
            case Ast.Item.Tags t -> t.tags().forEach(tag -> top(tag, Declaration.Kind.TAG, tag.span(), t));
            case Ast.Item.Counters c -> c.names().forEach(n -> top(n, Declaration.Kind.COUNTER, n.span(), c));
            case Ast.Item.State st -> {
                // State fields are reached through their owner (p.field), not by bare name.
                for (Ast.Param f : st.fields()) {
                    Declaration d = new Declaration(f.name().name(), Declaration.Kind.STATE_FIELD, f.name().span(), f.span(), st);
                    items.add(d);
                    references.add(new Reference(f.name().span(), d));
                }
            }
            case Ast.Item.Classify c -> { }
            case Ast.Item.Timeout t -> { }
            case Ast.Item.Flags f -> { }
            case Ast.Item.Kernels k -> { }
        }
    }

    private void top(Ast.Ident name, Declaration.Kind kind, Ast.Item item) { top(name, kind, item.span(), item); }

    private void top(Ast.Ident name, Declaration.Kind kind, Span whole, Ast.Item item) {
        if (name == null || name.name().isEmpty()) return;
        Declaration d = new Declaration(name.name(), kind, name.span(), whole, item);
        items.add(d);
        topLevel.putIfAbsent(name.name(), d);
        references.add(new Reference(name.span(), d));
    }

    private void walkItem(Ast.Item item) {
        switch (item) {
            case Ast.Item.Const c -> expr(c.value());
            case Ast.Item.GlobalVar g -> expr(g.init());
            case Ast.Item.Timeout t -> expr(t.value());
            case Ast.Item.Function f -> {
                openScope(f.body() == null ? f.span().end() : f.body().span().end());
                for (Ast.Param p : f.params()) declareLocal(p.name(), Declaration.Kind.PARAMETER, p, p.span(), f.span().end());
                block(f.body());
                closeScope();
            }
            case Ast.Item.Handler h -> {
                openScope(h.span().end());
                for (Ast.Ident p : h.params()) declareLocal(p, Declaration.Kind.PARAMETER, p, p.span(), h.span().end());
                block(h.body());
                closeScope();
            }
            case Ast.Item.Classify c -> {
                for (Ast.ClassifyRule rule : c.rules()) {
                    if (rule.when() instanceof Ast.Condition.Compare cmp) expr(cmp.value());
                    use(rule.tag());
                }
            }
            case Ast.Item.Queue q -> { }
            case Ast.Item.Flags f -> { }
            case Ast.Item.Kernels k -> { }
            case Ast.Item.Tags t -> { }
            case Ast.Item.Counters c -> { }
            case Ast.Item.State st -> { }
        }
    }

    private void openScope(int end) {
        scopes.push(new HashMap<>());
        scopeEnds.push(end);
    }

    private void closeScope() {
        scopes.pop();
        scopeEnds.pop();
    }

    private void declareLocal(Ast.Ident name, Declaration.Kind kind, Object node, Span whole, int visibleTo) {
        if (name == null || name.name().isEmpty()) return;
        Declaration d = new Declaration(name.name(), kind, name.span(), whole, node);
        scopes.peek().put(name.name(), d);
        references.add(new Reference(name.span(), d));
        locals.add(new Visible(d, whole.end(), visibleTo));
    }

    @Override
    public void block(Ast.Block b) {
        if (b == null) return;
        openScope(b.span().end());
        super.block(b);
        closeScope();
    }

    @Override
    protected void stmt(Stmt s) {
        // Only the declaring statements need more than the walker's descent.
        if (s instanceof Stmt.Let l) {
            expr(l.init());
            declareLocal(l.name(), Declaration.Kind.LOCAL, l, l.span(), scopeEnds.peek());
        } else if (s instanceof Stmt.For f) {
            expr(f.from());
            expr(f.to());
            openScope(f.span().end());
            declareLocal(f.variable(), Declaration.Kind.LOOP_VARIABLE, f, f.variable().span(), f.span().end());
            block(f.body());
            closeScope();
        } else {
            super.stmt(s);
        }
    }

    @Override
    protected void queue(Ast.QueueRef q) {
        if (q instanceof Ast.QueueRef.Named n) use(n.name());
        super.queue(q);
    }

    @Override
    protected void expr(Expr e) {
        if (e instanceof Expr.Name n) use(n.name());
        if (e instanceof Expr.Call c) {
            Declaration fn = topLevel.get(c.callee().name());
            if (fn != null && fn.kind() == Declaration.Kind.FUNCTION) references.add(new Reference(c.callee().span(), fn));
        }
        super.expr(e);
    }

    private void use(Ast.Ident name) {
        if (name == null) return;
        for (Map<String, Declaration> scope : scopes) {
            Declaration d = scope.get(name.name());
            if (d != null) {
                references.add(new Reference(name.span(), d));
                return;
            }
        }
        Declaration d = topLevel.get(name.name());
        if (d != null) references.add(new Reference(name.span(), d));
    }
}
