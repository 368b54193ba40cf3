package org.schedc.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.diag.Span;
import org.schedc.kabi.Kabi;
import org.schedc.kabi.KfuncRules;
import org.schedc.sema.Builtin;
import org.schedc.sema.KernelFieldRef;
import org.schedc.sema.Symbols;
import org.schedc.sema.Type;

/** Hover text: declarations with their types, kernel fields with C type and per-kernel offsets, builtins, expression types. */
final class HoverProvider {
    private final Analysis analysis;
    private final List<Kabi> kernels;
    private final KfuncRules rules;
    private final Attributed typing;

    HoverProvider(Analysis analysis, List<Kabi> kernels, KfuncRules rules) {
        this.analysis = analysis;
        this.kernels = kernels;
        this.rules = rules;
        this.typing = new Attributed(analysis);
    }

    Optional<Hover> at(int offset) {
        Optional<Expr> expr = Expressions.of(analysis.tree()).innermostAt(offset);
        if (expr.isPresent() && expr.get() instanceof Expr.Field f && contains(f.field().span(), offset)) return field(f);
        if (expr.isPresent() && expr.get() instanceof Expr.Call c && contains(c.callee().span(), offset)) {
            if (c.callee().name().startsWith("kfunc.")) return kfunc(c.callee().name().substring("kfunc.".length()), c.callee().span());
            Optional<Builtin> b = Builtin.callable(c.callee().name());
            if (b.isPresent() && analysis.index().topLevel(c.callee().name()).isEmpty()) return builtin(b.get(), c.callee().span());
        }
        if (expr.isPresent() && expr.get() instanceof Expr.Name n
                && analysis.attribution().resolution(n).orElse(null) instanceof Symbols.Resolution.KernelEnum ke) return kernelEnum(ke.enumerator(), n.span());
        Optional<Reference> ref = analysis.index().referenceAt(offset);
        if (ref.isPresent()) return Optional.of(hover(declaration(ref.get().target()), ref.get().span()));
        return expr.flatMap(e -> typing.ofExpr(e).map(t -> hover("```schedc\n" + t.display() + "\n```", e.span())));
    }

    private static boolean contains(Span s, int offset) { return s.start() <= offset && offset <= s.end(); }

    private Hover hover(String markdown, Span span) {
        Hover h = new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown));
        h.setRange(Positions.range(analysis.file(), span));
        return h;
    }

    /** Sema's catalogue entry: signature, doc, the kfuncs and the callbacks the kernel's rules allow it in. */
    private Optional<Hover> builtin(Builtin b, Span span) {
        StringBuilder s = new StringBuilder("```schedc\n" + b.signature() + "\n```\nbuiltin: ").append(b.doc());
        if (!b.kfuncs().isEmpty()) s.append("\n\nkfunc: `").append(String.join("` or `", b.kfuncs())).append('`');
        List<String> allowed = b.allowedIn(rules);
        s.append("\n\nallowed in: ").append(allowed.equals(List.of("*")) ? "any handler" : "`" + String.join("`, `", allowed) + "`");
        return Optional.of(hover(s.toString(), span));
    }

    /** {@code kfunc.NAME}: the BTF prototype in every target (the checker requires them equal) and the kernel's callback rule. */
    private Optional<Hover> kfunc(String name, Span span) {
        StringBuilder s = new StringBuilder("kernel function `" + name + "`, called directly\n");
        for (Kabi k : kernels) s.append("\n- ").append(k.name()).append(": ").append(k.kfuncPrototype(name).map(p -> "`" + p + "`").orElse("**missing**"));
        List<String> allowed = rules.allowedCallbacks(name);
        s.append("\n\nallowed in: ").append(allowed.equals(List.of("*")) ? "any handler" : "`" + String.join("`, `", allowed) + "`");
        return Optional.of(hover(s.toString(), span));
    }

    /** A kernel enum constant: its value in every target (the object carries an ENUMVAL relocation, so each kernel gets its own). */
    private Optional<Hover> kernelEnum(String name, Span span) {
        StringBuilder s = new StringBuilder("```schedc\n" + name + ": u64\n```\nsched_ext enum constant, the loading kernel's value (ENUMVAL relocation)\n");
        for (Kabi k : kernels) {
            s.append("\n- ").append(k.name()).append(": ");
            java.util.OptionalLong v = k.enumValue(name);
            s.append(v.isPresent() ? "`0x" + Long.toHexString(v.getAsLong()) + "`" : "**missing**");
        }
        return Optional.of(hover(s.toString(), span));
    }

    /** A field: its type, and for a kernel field the checker's resolution in every target (C type, offset) or where it is missing. */
    private Optional<Hover> field(Expr.Field f) {
        Optional<Type> own = typing.ofExpr(f);
        String typeLine = "```schedc\n" + exprText(f) + ": " + own.map(Type::display).orElse("?") + "\n```";
        Optional<KernelFieldRef> ref = analysis.attribution().kernelField(f);
        if (ref.isEmpty()) return Optional.of(hover(typeLine, f.field().span()));
        KernelFieldRef r = ref.get();
        StringBuilder s = new StringBuilder(typeLine).append("\n\nkernel field `").append(r.rootStruct().equals("task_struct") ? "task" : "struct " + r.rootStruct())
                .append('.').append(r.dotted()).append('`');
        List<String> lines = new ArrayList<>();
        for (Kabi k : kernels) {
            Optional<KernelFieldRef.Layout> layout = r.layouts().stream().filter(l -> l.kernel().equals(k.name())).findFirst();
            lines.add(layout.map(l -> "- " + k.name() + ": `" + k.btf().describe(l.typeId()) + "` at offset " + l.byteOffset() + " in struct " + r.rootStruct())
                    .orElse("- " + k.name() + ": **missing**"));
        }
        s.append("\n\n").append(String.join("\n", lines));
        return Optional.of(hover(s.toString(), f.field().span()));
    }

    private String exprText(Expr e) {
        String text = analysis.file().text();
        int from = Math.max(0, e.span().start()), to = Math.min(text.length(), e.span().end());
        String t = from < to ? text.substring(from, to) : "";
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }

    private String declaration(Declaration d) {
        String type = typing.ofDeclaration(d).map(Type::display).orElse(null);
        String code = switch (d.kind()) {
            case CONST -> "const " + d.name() + (type == null ? "" : ": " + type) + constValue(d);
            case QUEUE -> "queue " + d.name() + ": " + (d.node() instanceof Ast.Item.Queue q ? q.kind().name().toLowerCase(java.util.Locale.ROOT) : "?");
            case GLOBAL -> "var " + d.name() + (type == null ? "" : ": " + type);
            case FUNCTION -> d.node() instanceof Ast.Item.Function f ? functionSignature(f) : "fn " + d.name();
            case HANDLER -> handlerSignature(d.name());
            case PARAMETER -> "(parameter) " + d.name() + (type == null ? "" : ": " + type);
            case LOCAL -> (d.node() instanceof Ast.Stmt.Let l && l.mutable() ? "var " : "let ") + d.name() + (type == null ? "" : ": " + type);
            case LOOP_VARIABLE -> "(loop variable) " + d.name() + (type == null ? "" : ": " + type);
            case TAG -> "(tag) " + d.name();
            case COUNTER -> "(counter) " + d.name();
            case STATE_FIELD -> "(state field) " + d.name() + (type == null ? "" : ": " + type);
        };
        String more = d.kind() == Declaration.Kind.HANDLER ? handlerKernels(d.name()) : "";
        return "```schedc\n" + code + "\n```" + more;
    }

    private String constValue(Declaration d) {
        Symbols.ConstInfo c = analysis.attribution().consts().get(d.name());
        return c == null ? "" : " = " + c.value();
    }

    static String functionSignature(Ast.Item.Function f) {
        List<String> ps = new ArrayList<>();
        for (Ast.Param p : f.params()) ps.add(p.name().name() + ": " + (p.type() == null ? "?" : typeText(p.type())));
        return "fn " + f.name().name() + "(" + String.join(", ", ps) + ")" + (f.returnType() == null ? "" : " -> " + typeText(f.returnType()));
    }

    private static String typeText(Ast.TypeRef t) {
        return t.arrayLength() != null ? "[" + t.name().name() + "; " + t.arrayLength() + "]" : t.name().name() + (t.nullable() ? "?" : "");
    }

    /**
     * {@code on enqueue(p: task, enq_flags: u64)}: the checker's types when the file has the handler, else the
     * callback's parameters as the first kernel declares them in C.
     */
    String handlerSignature(String callback) {
        Optional<Symbols.HandlerInfo> checked = typing.handler(callback);
        if (checked.isPresent()) {
            List<String> ps = new ArrayList<>();
            for (Symbols.Local p : checked.get().params()) ps.add(p.name + ": " + p.type.display());
            String ret = checked.get().returnType().display();
            return "on " + callback + "(" + String.join(", ", ps) + ")" + (ret.equals("void") ? "" : " -> " + ret);
        }
        for (Kabi k : kernels) {
            Optional<Kabi.Callback> cb = k.callback(callback);
            if (cb.isEmpty()) continue;
            List<String> ps = new ArrayList<>();
            for (int i = 0; i < cb.get().params().size(); i++) ps.add(cb.get().paramNames().get(i) + ": " + k.btf().describe(cb.get().params().get(i).type()));
            return "on " + callback + "(" + String.join(", ", ps) + ")";
        }
        return "on " + callback + "(...)";
    }

    private String handlerKernels(String callback) {
        List<String> lines = new ArrayList<>();
        for (Kabi k : kernels) lines.add("- " + k.name() + ": " + (k.callback(callback).isPresent() ? "sched_ext_ops." + callback : "**missing**"));
        return lines.isEmpty() ? "" : "\n\nsched_ext callback\n\n" + String.join("\n", lines);
    }
}
