package org.schedc.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
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
        return new PolicyFile(List.copyOf(imports), policy, reporter.whole());
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

    @Override public Item visitEmptyItem(EmptyItemContext ctx) { return null; }

    /** A bare item context only exists after a syntax error, which is already reported. */
    @Override protected Item defaultResult() { return null; }
}
