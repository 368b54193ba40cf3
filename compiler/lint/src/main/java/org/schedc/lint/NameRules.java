package org.schedc.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Item;
import org.schedc.ast.Ast.Stmt;
import org.schedc.diag.Span;
import org.schedc.sema.AstWalker;

/**
 * Unused names (L006-L010) and shadowing (L012), from one scoped walk that resolves names the way the
 * checker does: locals innermost first, then the policy's constants, globals and queues; functions
 * by call. Scopes match the checker's too (parameters, then the body block, then each nested block),
 * so a redeclaration in the same scope, which the checker rejects (E0202), is not reported again.
 */
final class NameRules extends AstWalker {
    private enum Kind {
        CONSTANT("constant"), GLOBAL("global"), QUEUE("queue"), FUNCTION("function"), TAG("tag"), COUNTER("counter"),
        PARAMETER("parameter"), HANDLER_PARAMETER("parameter"), LOCAL("local"), LOOP_VARIABLE("loop variable");

        final String word;

        Kind(String word) { this.word = word; }
    }

    private static final class Decl {
        final String name;
        final Kind kind;
        final Span span;
        boolean used;

        Decl(String name, Kind kind, Span span) {
            this.name = name;
            this.kind = kind;
            this.span = span;
        }
    }

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Findings out;
    private final Map<String, Decl> top = new LinkedHashMap<>();
    private final Map<String, Decl> functions = new LinkedHashMap<>();
    private final Deque<Map<String, Decl>> scopes = new ArrayDeque<>();
    private final List<Decl> locals = new ArrayList<>();

    private NameRules(Findings out) { this.out = out; }

    static void run(LintInput input, Findings out) {
        NameRules rules = new NameRules(out);
        for (Item item : input.items()) rules.declareTop(item);
        for (Item item : input.items()) rules.item(item);
        if (input.hasInvalid()) return; // a use may sit in the part that did not parse
        if (input.wholeProgram()) {
            for (Decl d : rules.top.values()) rules.reportUnusedTop(d);
            for (Decl d : rules.functions.values()) rules.reportUnusedTop(d);
        }
        for (Decl d : rules.locals) {
            if (d.used || d.name.startsWith("_")) continue;
            out.add(LintRule.UNUSED_VARIABLE, d.span, d.kind.word + " '" + d.name + "' is never read");
        }
    }

    private void reportUnusedTop(Decl d) {
        if (d.used || d.name.startsWith("_")) return;
        switch (d.kind) {
            case CONSTANT -> out.add(LintRule.UNUSED_CONSTANT, d.span, "constant '" + d.name + "' is never used");
            case GLOBAL -> out.add(LintRule.UNUSED_GLOBAL, d.span, "global '" + d.name + "' is never used");
            case QUEUE -> out.add(LintRule.UNUSED_QUEUE, d.span, "queue '" + d.name + "' is never used");
            case FUNCTION -> out.add(LintRule.UNUSED_FUNCTION, d.span, "function '" + d.name + "' is never called");
            // Tags and counters are read through maps by user space and classify rules.
            case TAG, COUNTER, PARAMETER, HANDLER_PARAMETER, LOCAL, LOOP_VARIABLE -> { }
        }
    }

    private void declareTop(Item item) {
        switch (item) {
            case Item.Const c -> top.putIfAbsent(c.name().name(), new Decl(c.name().name(), Kind.CONSTANT, c.name().span()));
            case Item.GlobalVar g -> top.putIfAbsent(g.name().name(), new Decl(g.name().name(), Kind.GLOBAL, g.name().span()));
            case Item.Queue q -> top.putIfAbsent(q.name().name(), new Decl(q.name().name(), Kind.QUEUE, q.name().span()));
            case Item.Function f -> functions.putIfAbsent(f.name().name(), new Decl(f.name().name(), Kind.FUNCTION, f.name().span()));
            case Item.Tags t -> t.tags().forEach(id -> top.putIfAbsent(id.name(), new Decl(id.name(), Kind.TAG, id.span())));
            case Item.Counters c -> c.names().forEach(id -> top.putIfAbsent(id.name(), new Decl(id.name(), Kind.COUNTER, id.span())));
            case Item.Handler h -> { }
            case Item.Timeout t -> { }
            case Item.Flags f -> { }
            case Item.Kernels k -> { }
            case Item.State st -> { }
            case Item.Classify c -> { }
        }
    }

    private void item(Item item) {
        switch (item) {
            case Item.Const c -> expr(c.value());
            case Item.GlobalVar g -> expr(g.init());
            case Item.Timeout t -> expr(t.value());
            case Item.Function f -> {
                scopes.push(new HashMap<>());
                for (Ast.Param p : f.params()) declareLocal(p.name(), Kind.PARAMETER);
                block(f.body());
                scopes.pop();
            }
            case Item.Handler h -> {
                scopes.push(new HashMap<>());
                for (Ast.Ident p : h.params()) declareLocal(p, Kind.HANDLER_PARAMETER);
                block(h.body());
                scopes.pop();
            }
            case Item.Classify c -> {
                for (Ast.ClassifyRule rule : c.rules()) {
                    if (rule.when() instanceof Ast.Condition.Compare cmp) expr(cmp.value());
                    if (rule.tag() != null) use(top.get(rule.tag().name()));
                }
            }
            case Item.Queue q -> { }
            case Item.Flags f -> { }
            case Item.Kernels k -> { }
            case Item.Tags t -> { }
            case Item.Counters c -> { }
            case Item.State st -> { }
        }
    }

    private void declareLocal(Ast.Ident name, Kind kind) {
        if (name == null || !IDENTIFIER.matcher(name.name()).matches()) return; // a placeholder after a parse error
        Map<String, Decl> current = scopes.peek();
        if (current.containsKey(name.name())) return; // E0202 already
        Decl outer = lookupLocal(name.name());
        Decl global = top.get(name.name());
        if (outer != null) {
            out.add(LintRule.SHADOWED_NAME, name.span(), "'" + name.name() + "' shadows the " + outer.kind.word
                    + " declared on line " + outer.span.line());
        } else if (global != null) {
            out.add(LintRule.SHADOWED_NAME, name.span(), "'" + name.name() + "' shadows the policy's " + global.kind.word
                    + " declared on line " + global.span.line());
        }
        Decl d = new Decl(name.name(), kind, name.span());
        current.put(name.name(), d);
        if (kind == Kind.LOCAL || kind == Kind.PARAMETER) locals.add(d);
    }

    private Decl lookupLocal(String name) {
        for (Map<String, Decl> scope : scopes) {
            Decl d = scope.get(name);
            if (d != null) return d;
        }
        return null;
    }

    private static void use(Decl d) { if (d != null) d.used = true; }

    @Override
    public void block(Ast.Block b) {
        if (b == null) return;
        scopes.push(new HashMap<>());
        super.block(b);
        scopes.pop();
    }

    @Override
    protected void stmt(Stmt s) {
        // Declarations and local writes need more than the walker's descent.
        if (s instanceof Stmt.Let l) {
            expr(l.init());
            declareLocal(l.name(), Kind.LOCAL);
        } else if (s instanceof Stmt.Assign a) {
            // Writing a local is not reading it; writing a global is a use (user space may read it).
            boolean localWrite = a.target() instanceof Expr.Name n && lookupLocal(n.name().name()) != null;
            if (!localWrite) expr(a.target());
            expr(a.value());
        } else if (s instanceof Stmt.For f) {
            expr(f.from());
            expr(f.to());
            scopes.push(new HashMap<>());
            declareLocal(f.variable(), Kind.LOOP_VARIABLE);
            block(f.body());
            scopes.pop();
        } else {
            super.stmt(s);
        }
    }

    @Override
    protected void queue(Ast.QueueRef q) {
        if (q instanceof Ast.QueueRef.Named n) use(top.get(n.name().name()));
        super.queue(q);
    }

    @Override
    protected void expr(Expr e) {
        if (e instanceof Expr.Name n) {
            Decl local = lookupLocal(n.name().name());
            use(local != null ? local : top.get(n.name().name()));
        }
        if (e instanceof Expr.Call c) use(functions.get(c.callee().name()));
        super.expr(e);
    }
}
