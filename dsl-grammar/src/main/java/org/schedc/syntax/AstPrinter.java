package org.schedc.syntax;

import java.util.List;
import java.util.Locale;
import org.schedc.ast.Ast.Block;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Ident;
import org.schedc.ast.Ast.Import;
import org.schedc.ast.Ast.Item;
import org.schedc.ast.Ast.KernelRef;
import org.schedc.ast.Ast.MatchArm;
import org.schedc.ast.Ast.Param;
import org.schedc.ast.Ast.Pattern;
import org.schedc.ast.Ast.Policy;
import org.schedc.ast.Ast.PolicyFile;
import org.schedc.ast.Ast.QueueRef;
import org.schedc.ast.Ast.Stmt;
import org.schedc.ast.Ast.TypeRef;
import org.schedc.diag.Span;

/**
 * A stable, indented S-expression dump of the AST for golden tests and debugging: one node per
 * line as {@code (kind attributes @line:col}, children indented below, optional parts labelled
 * and left out when absent. The format is part of the golden files: change it deliberately.
 */
public final class AstPrinter {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    private AstPrinter() {}

    public static String print(PolicyFile file) {
        AstPrinter printer = new AstPrinter();
        printer.file(file);
        return printer.out.append('\n').toString();
    }

    public static String print(Expr expr) {
        AstPrinter printer = new AstPrinter();
        printer.expr(null, expr);
        return printer.out.append('\n').toString();
    }

    private void file(PolicyFile file) {
        open(null, "file", file.span());
        for (Import imp : file.imports()) leaf(null, "import " + quote(imp.module()), imp.span());
        if (file.policy() != null) policy(file.policy());
        if (file.module() != null) {
            open(null, "module " + name(file.module().name()), file.module().span());
            for (Item item : file.module().items()) item(item);
            close();
        }
        close();
    }

    private void policy(Policy policy) {
        open(null, "policy " + name(policy.name()), policy.span());
        kernels(policy.kernels());
        for (Item item : policy.items()) item(item);
        close();
    }

    private void kernels(List<KernelRef> kernels) {
        for (KernelRef kernel : kernels) leaf(null, "kernel " + kernel.version(), kernel.span());
    }

    private void item(Item item) {
        switch (item) {
            case Item.Timeout t -> {
                open(null, "timeout", t.span());
                expr(null, t.value());
                close();
            }
            case Item.Flags f -> leaf(null, "flags" + names(f.flags()), f.span());
            case Item.Kernels k -> {
                open(null, "kernels", k.span());
                kernels(k.kernels());
                close();
            }
            case Item.Const c -> {
                open(null, "const " + name(c.name()), c.span());
                type("type", c.type());
                expr("value", c.value());
                close();
            }
            case Item.Queue q -> leaf(null, "queue " + name(q.name()) + " " + q.kind().name().toLowerCase(Locale.ROOT), q.span());
            case Item.GlobalVar v -> {
                open(null, "var " + name(v.name()), v.span());
                type("type", v.type());
                expr("init", v.init());
                close();
            }
            case Item.Function f -> {
                open(null, "fn " + name(f.name()), f.span());
                for (Param p : f.params()) {
                    open("param", name(p.name()), p.span());
                    type("type", p.type());
                    close();
                }
                type("returns", f.returnType());
                block("body", f.body());
                close();
            }
            case Item.Handler h -> {
                open(null, "on " + name(h.callback()) + names(h.params()), h.span());
                type("returns", h.returnType());
                block("body", h.body());
                close();
            }
            case Item.Tags t -> leaf(null, "tags" + names(t.tags()), t.span());
            case Item.Counters c -> leaf(null, "counter" + names(c.names()), c.span());
            case Item.State st -> {
                open(null, name(st.owner()) + " state", st.span());
                for (Param p : st.fields()) {
                    open("field", name(p.name()), p.span());
                    type("type", p.type());
                    close();
                }
                close();
            }
            case Item.Classify c -> {
                open(null, "classify", c.span());
                for (org.schedc.ast.Ast.ClassifyRule r : c.rules()) {
                    switch (r.when()) {
                        case org.schedc.ast.Ast.Condition.CommPrefix cp -> leaf("rule", (cp.parent() ? "parent " : "") + "comm starts " + quote(cp.prefix()) + " => " + name(r.tag()), r.span());
                        case org.schedc.ast.Ast.Condition.CgroupPrefix cg -> leaf("rule", "cgroup under " + quote(cg.path()) + " => " + name(r.tag()), r.span());
                        case org.schedc.ast.Ast.Condition.Compare cmp -> {
                            open("rule", cmp.subject().name().toLowerCase(Locale.ROOT) + " " + cmp.op().name().toLowerCase(Locale.ROOT) + " => " + name(r.tag()), r.span());
                            expr("value", cmp.value());
                            close();
                        }
                        case org.schedc.ast.Ast.Condition.Invalid inv -> leaf("rule", "invalid", r.span());
                    }
                }
                close();
            }
        }
    }

    private void block(String label, Block block) {
        if (block == null) return;
        open(label, "block", block.span());
        for (Stmt stmt : block.stmts()) stmt(stmt);
        close();
    }

    private void stmt(Stmt stmt) {
        switch (stmt) {
            case Stmt.Let l -> {
                open(null, (l.mutable() ? "var " : "let ") + name(l.name()), l.span());
                type("type", l.type());
                expr("init", l.init());
                close();
            }
            case Stmt.Assign a -> {
                open(null, a.op() == null ? "assign" : "assign " + a.op().name().toLowerCase(Locale.ROOT), a.span());
                expr("target", a.target());
                expr("value", a.value());
                close();
            }
            case Stmt.If i -> {
                open(null, "if", i.span());
                expr("cond", i.condition());
                block("then", i.then());
                block("else", i.otherwise());
                close();
            }
            case Stmt.Match m -> {
                open(null, "match", m.span());
                expr("on", m.scrutinee());
                for (MatchArm arm : m.arms()) {
                    open(null, "arm", arm.span());
                    for (Pattern p : arm.patterns()) pattern(p);
                    block("body", arm.body());
                    close();
                }
                close();
            }
            case Stmt.For f -> {
                open(null, "for " + name(f.variable()), f.span());
                expr("from", f.from());
                expr("to", f.to());
                block("body", f.body());
                close();
            }
            case Stmt.Return r -> {
                open(null, "return", r.span());
                expr("value", r.value());
                close();
            }
            case Stmt.Insert i -> {
                open(null, "insert", i.span());
                expr("task", i.task());
                queueRef("into", i.queue());
                expr("slice", i.slice());
                expr("vtime", i.vtime());
                expr("flags", i.flags());
                close();
            }
            case Stmt.ExprStmt e -> {
                open(null, "expr-stmt", e.span());
                expr(null, e.expr());
                close();
            }
            case Stmt.Break b -> leaf(null, "break", b.span());
            case Stmt.Continue c -> leaf(null, "continue", c.span());
            case Stmt.Invalid i -> leaf(null, "invalid-stmt", i.span());
        }
    }

    private void pattern(Pattern pattern) {
        switch (pattern) {
            case Pattern.Value v -> {
                open(null, "pattern", v.span());
                expr(null, v.value());
                close();
            }
            case Pattern.Wildcard w -> leaf(null, "pattern _", w.span());
        }
    }

    private void queueRef(String label, QueueRef queue) {
        switch (queue) {
            case QueueRef.Local l -> leaf(label, "local", l.span());
            case QueueRef.Global g -> leaf(label, "global", g.span());
            case QueueRef.LocalOn l -> {
                open(label, "local_on", l.span());
                expr(null, l.cpu());
                close();
            }
            case QueueRef.Named n -> leaf(label, "queue " + name(n.name()), n.span());
        }
    }

    private void expr(String label, Expr expr) {
        if (expr == null) return;
        switch (expr) {
            case Expr.IntLit i -> leaf(label, "int " + i.value()
                    + (i.unit() == null ? "" : " " + i.unit().name().toLowerCase(Locale.ROOT)) + " " + quote(i.text()), i.span());
            case Expr.BoolLit b -> leaf(label, "bool " + b.value(), b.span());
            case Expr.NullLit n -> leaf(label, "null", n.span());
            case Expr.StringLit s -> leaf(label, "string " + quote(s.value()), s.span());
            case Expr.Name n -> leaf(label, "name " + name(n.name()), n.span());
            case Expr.Field f -> {
                open(label, "field " + name(f.field()), f.span());
                expr(null, f.target());
                close();
            }
            case Expr.Call c -> {
                open(label, "call " + name(c.callee()), c.span());
                for (Expr arg : c.args()) expr(null, arg);
                close();
            }
            case Expr.Unary u -> {
                open(label, "unary " + u.op().name().toLowerCase(Locale.ROOT), u.span());
                expr(null, u.operand());
                close();
            }
            case Expr.Binary b -> {
                open(label, "binary " + b.op().name().toLowerCase(Locale.ROOT), b.span());
                expr(null, b.left());
                expr(null, b.right());
                close();
            }
            case Expr.Cast c -> {
                open(label, "cast", c.span());
                expr(null, c.value());
                type("to", c.type());
                close();
            }
            case Expr.Move m -> {
                open(label, "move", m.span());
                queueRef("from", m.from());
                close();
            }
            case Expr.In in -> {
                open(label, "in", in.span());
                expr("value", in.value());
                for (Expr o : in.options()) expr("option", o);
                close();
            }
            case Expr.Invalid i -> leaf(label, "invalid-expr", i.span());
        }
    }

    private void type(String label, TypeRef type) {
        if (type == null) return;
        String base = type.arrayLength() != null ? "[" + name(type.name()) + "; " + type.arrayLength() + "]" : name(type.name());
        leaf(label, "type " + base + (type.nullable() ? "?" : ""), type.span());
    }

    private void open(String label, String header, Span span) {
        if (!out.isEmpty()) out.append('\n');
        out.append("  ".repeat(depth));
        if (label != null) out.append(label).append(": ");
        out.append('(').append(header).append(" @").append(span.line()).append(':').append(span.column());
        depth++;
    }

    private void close() {
        out.append(')');
        depth--;
    }

    private void leaf(String label, String header, Span span) {
        open(label, header, span);
        close();
    }

    private static String name(Ident ident) { return ident.name(); }

    private static String names(List<Ident> idents) {
        StringBuilder s = new StringBuilder();
        for (Ident ident : idents) s.append(' ').append(ident.name());
        return s.toString();
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> {
                    if (cp >= 0x20 && cp < 0x7f) q.appendCodePoint(cp);
                    else q.append(String.format("\\u{%x}", cp));
                }
            }
        });
        return q.append('"').toString();
    }
}
