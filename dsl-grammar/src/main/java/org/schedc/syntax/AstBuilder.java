package org.schedc.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Ident;
import org.schedc.ast.Ast.Import;
import org.schedc.ast.Ast.Item;
import org.schedc.ast.Ast.KernelRef;
import org.schedc.ast.Ast.Param;
import org.schedc.ast.Ast.Policy;
import org.schedc.ast.Ast.PolicyFile;
import org.schedc.ast.Ast.QueueKind;
import org.schedc.grammar.SchedcBaseVisitor;
import org.schedc.grammar.SchedcParser.*;

/**
 * Turns the parse tree into the AST: the file, the policy and its items (a visitor over item
 * alternatives); statements and expressions go to their own builders. Spans come from tokens.
 * Works on incomplete trees: what is missing becomes Invalid, an empty block or {@code <missing>}.
 */
final class AstBuilder extends SchedcBaseVisitor<Item> {
    private final SyntaxReporter reporter;
    private final NodeSupport nodes;
    private final ExpressionBuilder exprs;
    private final StatementBuilder stmts;

    AstBuilder(SyntaxReporter reporter) {
        this.reporter = reporter;
        this.nodes = new NodeSupport(reporter);
        this.exprs = new ExpressionBuilder(reporter, nodes);
        this.stmts = new StatementBuilder(reporter, nodes, exprs);
    }

    PolicyFile file(PolicyFileContext ctx) {
        List<Import> imports = new ArrayList<>();
        for (ImportDeclContext imp : ctx.importDecl()) imports.add(importDecl(imp));
        Policy policy = ctx.policyDecl() == null ? null : policy(ctx.policyDecl());
        Ast.Module module = null;
        if (ctx.moduleDecl() != null) {
            ModuleDeclContext m = ctx.moduleDecl();
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < m.getChildCount(); i++) {
                if (m.getChild(i) instanceof ImportDeclContext imp) imports.add(importDecl(imp));
                else if (m.getChild(i) instanceof ItemContext item) {
                    Item built = visit(item);
                    if (built != null) items.add(built);
                }
            }
            module = new Ast.Module(nodes.ident(m.ident(), m), List.copyOf(items), reporter.span(m));
        }
        return new PolicyFile(List.copyOf(imports), policy, reporter.whole(), module);
    }

    private Import importDecl(ImportDeclContext ctx) {
        String module = ctx.STRING() != null ? StringLiteral.decode(ctx.STRING().getText()).value()
                : nodes.ident(ctx.ident(), ctx).name();
        return new Import(module, reporter.span(ctx));
    }

    private Policy policy(PolicyDeclContext ctx) {
        List<Item> items = new ArrayList<>();
        if (ctx.policyBody() != null) {
            for (ItemContext item : ctx.policyBody().item()) {
                Item built = visit(item);
                if (built != null) items.add(built);
            }
        }
        return new Policy(nodes.ident(ctx.ident(), ctx), kernels(ctx.policyHeader() == null ? null : ctx.policyHeader().kernelList()), List.copyOf(items), reporter.span(ctx));
    }

    private List<KernelRef> kernels(KernelListContext ctx) {
        if (ctx == null) return List.of();
        List<KernelRef> kernels = new ArrayList<>();
        for (TerminalNode version : ctx.VERSION()) {
            kernels.add(new KernelRef(version.getText(), reporter.span(version.getSymbol())));
        }
        return List.copyOf(kernels);
    }

    @Override
    public Item visitTimeoutItem(TimeoutItemContext ctx) {
        return new Item.Timeout(exprs.expr(ctx.expr(), ctx), reporter.span(ctx));
    }

    @Override
    public Item visitFlagsItem(FlagsItemContext ctx) {
        List<Ident> flags = new ArrayList<>();
        for (IdentContext flag : ctx.ident()) flags.add(nodes.ident(flag, ctx));
        return new Item.Flags(List.copyOf(flags), reporter.span(ctx));
    }

    @Override
    public Item visitKernelsItem(KernelsItemContext ctx) {
        return new Item.Kernels(kernels(ctx.kernelList()), reporter.span(ctx));
    }

    @Override
    public Item visitConstItem(ConstItemContext ctx) {
        return new Item.Const(nodes.ident(ctx.ident(), ctx), nodes.type(ctx.type(), ctx), exprs.expr(ctx.expr(), ctx),
                reporter.span(ctx));
    }

    @Override
    public Item visitQueueItem(QueueItemContext ctx) {
        Ident name = nodes.ident(ctx.ident().isEmpty() ? null : ctx.ident(0), ctx);
        return new Item.Queue(name, queueKind(ctx.ident().size() > 1 ? ctx.ident(1) : null, ctx), reporter.span(ctx));
    }

    private QueueKind queueKind(IdentContext ctx, ParserRuleContext owner) {
        if (ctx == null) return QueueKind.FIFO; // the missing kind is already a syntax error
        return switch (ctx.getText()) {
            case "fifo" -> QueueKind.FIFO;
            case "vtime" -> QueueKind.VTIME;
            default -> {
                reporter.error(SyntaxCodes.UNKNOWN_QUEUE_KIND, reporter.span(ctx),
                        "unknown queue kind '" + Quoting.clip(ctx.getText()) + "' (use fifo or vtime)");
                yield QueueKind.FIFO;
            }
        };
    }

    @Override
    public Item visitGlobalVarItem(GlobalVarItemContext ctx) {
        return new Item.GlobalVar(nodes.ident(ctx.ident(), ctx), nodes.type(ctx.type(), ctx),
                ctx.expr() == null ? null : exprs.expr(ctx.expr(), ctx), reporter.span(ctx));
    }

    @Override
    public Item visitFunctionItem(FunctionItemContext ctx) {
        List<Param> params = new ArrayList<>();
        for (ParamContext param : ctx.param()) {
            params.add(new Param(nodes.ident(param.ident(), param), nodes.type(param.type(), param), reporter.span(param)));
        }
        return new Item.Function(nodes.ident(ctx.ident(), ctx), List.copyOf(params), nodes.type(ctx.type(), ctx),
                stmts.block(ctx.block(), ctx), reporter.span(ctx));
    }

    @Override
    public Item visitHandlerItem(HandlerItemContext ctx) {
        List<Ident> params = new ArrayList<>();
        for (HandlerParamContext param : ctx.handlerParam()) {
            params.add(nodes.ident(param.ident(), param));
            if (param.type() != null) {
                reporter.error(SyntaxCodes.HANDLER_PARAM_TYPE, reporter.span(param.type()),
                        "handler parameters take their types from the kernel: remove ': " + Quoting.clip(param.type().getText()) + "'");
            }
        }
        return new Item.Handler(nodes.ident(ctx.ident(), ctx), List.copyOf(params), nodes.type(ctx.type(), ctx),
                stmts.block(ctx.block(), ctx), reporter.span(ctx));
    }

    @Override
    public Item visitTagsItem(TagsItemContext ctx) {
        return new Item.Tags(idents(ctx.ident(), ctx), reporter.span(ctx));
    }

    @Override
    public Item visitCounterItem(CounterItemContext ctx) {
        return new Item.Counters(idents(ctx.ident(), ctx), reporter.span(ctx));
    }

    private List<Ident> idents(List<IdentContext> ctxs, ParserRuleContext owner) {
        List<Ident> out = new ArrayList<>();
        for (IdentContext c : ctxs) out.add(nodes.ident(c, owner));
        return List.copyOf(out);
    }

    @Override
    public Item visitStateItem(StateItemContext ctx) {
        List<Param> fields = new ArrayList<>();
        for (ParamContext param : ctx.param()) {
            fields.add(new Param(nodes.ident(param.ident(), param), nodes.type(param.type(), param), reporter.span(param)));
        }
        String owner = ctx.owner.getType() == org.schedc.grammar.SchedcLexer.TASK_STATE ? "task" : "cpu";
        return new Item.State(new Ident(owner, reporter.span(ctx.owner)), List.copyOf(fields), reporter.span(ctx));
    }

    @Override
    public Item visitClassifyItem(ClassifyItemContext ctx) {
        List<Ast.ClassifyRule> rules = new ArrayList<>();
        for (ClassifyRuleContext rule : ctx.classifyRule()) {
            rules.add(new Ast.ClassifyRule(condition(rule), nodes.ident(rule.tag, rule), reporter.span(rule)));
        }
        return new Item.Classify(List.copyOf(rules), reporter.span(ctx));
    }

    /** The rule words name what is tested: only the shapes below exist (E0114 otherwise). */
    private Ast.Condition condition(ClassifyRuleContext ctx) {
        List<String> words = new ArrayList<>();
        for (IdentContext w : ctx.words) words.add(w.getText());
        String joined = String.join(" ", words);
        org.schedc.diag.Span span = reporter.span(ctx);
        if (ctx.exception != null || ctx.tag == null) return new Ast.Condition.Invalid(span); // a syntax error, already reported
        if (ctx.STRING() != null) {
            String text = StringLiteral.decode(ctx.STRING().getText()).value();
            switch (joined) {
                case "comm starts" -> { return new Ast.Condition.CommPrefix(false, text, span); }
                case "parent comm starts" -> { return new Ast.Condition.CommPrefix(true, text, span); }
                case "cgroup under" -> { return new Ast.Condition.CgroupPrefix(text, span); }
                default -> { }
            }
        } else if (ctx.cmpOp != null && words.size() == 1 && (joined.equals("uid") || joined.equals("nice"))) {
            Ast.Subject subject = joined.equals("uid") ? Ast.Subject.UID : Ast.Subject.NICE;
            return new Ast.Condition.Compare(subject, exprs.comparison(ctx.cmpOp), exprs.expr(ctx.value, ctx), span);
        }
        reporter.error(SyntaxCodes.BAD_CLASSIFY_RULE, reporter.span(ctx.getStart()), "unknown classification rule '"
                + Quoting.clip(joined) + "'; rules are: comm starts \"..\", parent comm starts \"..\", cgroup under \"/..\", uid OP N, nice OP N");
        return new Ast.Condition.Invalid(span);
    }

    @Override public Item visitEmptyItem(EmptyItemContext ctx) { return null; }

    /** A bare item context only exists after a syntax error, which is already reported. */
    @Override protected Item defaultResult() { return null; }
}
