package org.schedc.syntax;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.schedc.ast.Ast.BinaryOp;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Ident;
import org.schedc.ast.Ast.QueueRef;
import org.schedc.ast.Ast.UnaryOp;
import org.schedc.diag.Span;
import org.schedc.grammar.SchedcBaseVisitor;
import org.schedc.grammar.SchedcLexer;
import org.schedc.grammar.SchedcParser.*;

/** Builds expressions and queue references; one visit method per precedence level. */
final class ExpressionBuilder extends SchedcBaseVisitor<Expr> {
    /** Deeper expressions are E0106: later phases recurse over the tree, and so must stay shallow. */
    static final int MAX_DEPTH = 200;

    private final SyntaxReporter reporter;
    private final NodeSupport nodes;
    private final Map<Expr, Integer> depths = new IdentityHashMap<>();

    ExpressionBuilder(SyntaxReporter reporter, NodeSupport nodes) {
        this.reporter = reporter;
        this.nodes = nodes;
    }

    /** The expression of {@code ctx}, or an Invalid one just after {@code owner} when it is missing. */
    Expr expr(ParserRuleContext ctx, ParserRuleContext owner) {
        if (ctx == null) return new Expr.Invalid(reporter.after(owner));
        Expr built = visit(ctx);
        return built != null ? built : new Expr.Invalid(reporter.span(ctx));
    }

    @Override public Expr visitExpr(ExprContext ctx) { return expr(ctx.orExpr(), ctx); }
    @Override public Expr visitOrExpr(OrExprContext ctx) { return chain(ctx, ctx.operands, ctx.ops); }
    @Override public Expr visitAndExpr(AndExprContext ctx) { return chain(ctx, ctx.operands, ctx.ops); }

    @Override
    public Expr visitCmpExpr(CmpExprContext ctx) {
        if (ctx.ops.size() > 1) {
            reporter.error(SyntaxCodes.CHAINED_COMPARISON, ctx.ops.get(1),
                    "comparisons cannot be chained: write 'a < b && b < c' instead of 'a < b < c'");
        }
        Expr result = chain(ctx, ctx.operands, ctx.ops);
        if (ctx.IN() == null) return result;
        List<Expr> options = new ArrayList<>();
        for (ExprContext o : ctx.options) options.add(expr(o, ctx));
        Span end = ctx.RBRACKET() != null ? reporter.span(ctx.RBRACKET().getSymbol()) : reporter.span(ctx);
        return guarded(new Expr.In(result, List.copyOf(options), result.span().to(end)), options.toArray(Expr[]::new));
    }

    /** The operator of a classification rule's comparison. */
    BinaryOp comparison(Token op) { return binaryOp(op); }

    @Override public Expr visitBitOrExpr(BitOrExprContext ctx) { return chain(ctx, ctx.operands, ctx.ops); }
    @Override public Expr visitXorExpr(XorExprContext ctx) { return chain(ctx, ctx.operands, ctx.ops); }
    @Override public Expr visitBitAndExpr(BitAndExprContext ctx) { return chain(ctx, ctx.operands, ctx.ops); }
    @Override public Expr visitShiftExpr(ShiftExprContext ctx) { return chain(ctx, ctx.operands, ctx.ops); }
    @Override public Expr visitAddExpr(AddExprContext ctx) { return chain(ctx, ctx.operands, ctx.ops); }
    @Override public Expr visitMulExpr(MulExprContext ctx) { return chain(ctx, ctx.operands, ctx.ops); }

    /** Left-associative: {@code a - b - c} is {@code (a - b) - c}. */
    private Expr chain(ParserRuleContext ctx, List<? extends ParserRuleContext> operands, List<Token> ops) {
        Expr result = operands.isEmpty() ? new Expr.Invalid(reporter.span(ctx)) : expr(operands.getFirst(), ctx);
        for (int i = 0; i < ops.size(); i++) {
            Expr right = i + 1 < operands.size() ? expr(operands.get(i + 1), ctx) : new Expr.Invalid(reporter.after(ctx));
            result = guarded(new Expr.Binary(binaryOp(ops.get(i)), result, right, result.span().to(right.span())), result, right);
        }
        return result;
    }

    @Override
    public Expr visitCastExpr(CastExprContext ctx) {
        Expr result = expr(ctx.unaryExpr(), ctx);
        for (TypeContext type : ctx.type()) {
            result = guarded(new Expr.Cast(result, nodes.type(type, ctx), result.span().to(reporter.span(type))), result);
        }
        return result;
    }

    @Override
    public Expr visitUnaryExpr(UnaryExprContext ctx) {
        Expr result = expr(ctx.postfixExpr(), ctx);
        for (int i = ctx.ops.size() - 1; i >= 0; i--) {
            Token op = ctx.ops.get(i);
            result = guarded(new Expr.Unary(unaryOp(op), result, reporter.span(op).to(result.span())), result);
        }
        return result;
    }

    @Override
    public Expr visitPostfixExpr(PostfixExprContext ctx) {
        Expr result = expr(ctx.primary(), ctx);
        for (FieldNameContext field : ctx.fieldName()) {
            Span span = reporter.span(field);
            String name = field.getText().isEmpty() ? NodeSupport.MISSING : field.getText();
            result = guarded(new Expr.Field(result, new Ident(name, span), result.span().to(span)), result);
        }
        return result;
    }

    @Override
    public Expr visitIntLiteral(IntLiteralContext ctx) {
        Token token = ctx.INT().getSymbol();
        Span span = reporter.span(token);
        return switch (NumberLiteral.parse(token.getText())) {
            case NumberLiteral.Valid valid -> new Expr.IntLit(valid.value(), valid.unit(), token.getText(), span);
            case NumberLiteral.Invalid ignored -> new Expr.Invalid(span); // reported by LexicalChecks
        };
    }

    @Override public Expr visitTrueLiteral(TrueLiteralContext ctx) { return new Expr.BoolLit(true, reporter.span(ctx)); }
    @Override public Expr visitFalseLiteral(FalseLiteralContext ctx) { return new Expr.BoolLit(false, reporter.span(ctx)); }
    @Override public Expr visitNullLiteral(NullLiteralContext ctx) { return new Expr.NullLit(reporter.span(ctx)); }

    @Override
    public Expr visitStringLiteral(StringLiteralContext ctx) {
        return new Expr.StringLit(StringLiteral.decode(ctx.STRING().getText()).value(), reporter.span(ctx));
    }

    @Override
    public Expr visitCallExpr(CallExprContext ctx) {
        List<Expr> args = new ArrayList<>();
        for (ExprContext arg : ctx.expr()) args.add(expr(arg, ctx));
        Expr call = new Expr.Call(nodes.ident(ctx.ident(), ctx), List.copyOf(args), reporter.span(ctx));
        return guarded(call, args.toArray(Expr[]::new));
    }

    /**
     * {@code kfunc.NAME(args)}: a Call whose callee is spelled with the qualifier ("kfunc.NAME"), so every client
     * of calls (printer, formatter, editor) handles it unchanged; the checker gives the qualified name its meaning.
     */
    @Override
    public Expr visitQualifiedCallExpr(QualifiedCallExprContext ctx) {
        List<Expr> args = new ArrayList<>();
        for (ExprContext arg : ctx.expr()) args.add(expr(arg, ctx));
        Ident qualifier = nodes.ident(ctx.ident(), ctx);
        Span at = reporter.span(ctx.ident()).to(reporter.span(ctx.fieldName()));
        Expr call = new Expr.Call(new Ident(qualifier.name() + "." + ctx.fieldName().getText(), at), List.copyOf(args), reporter.span(ctx));
        return guarded(call, args.toArray(Expr[]::new));
    }

    @Override
    public Expr visitNameExpr(NameExprContext ctx) {
        return new Expr.Name(nodes.ident(ctx.ident(), ctx), reporter.span(ctx));
    }

    /** The inner expression, its span widened to the parentheses so carets cover what was written. */
    @Override
    public Expr visitParenExpr(ParenExprContext ctx) {
        Expr inner = expr(ctx.expr(), ctx);
        Span span = reporter.span(ctx);
        Expr widened = switch (inner) {
            case Expr.IntLit e -> new Expr.IntLit(e.value(), e.unit(), e.text(), span);
            case Expr.BoolLit e -> new Expr.BoolLit(e.value(), span);
            case Expr.NullLit e -> new Expr.NullLit(span);
            case Expr.StringLit e -> new Expr.StringLit(e.value(), span);
            case Expr.Name e -> new Expr.Name(e.name(), span);
            case Expr.Field e -> new Expr.Field(e.target(), e.field(), span);
            case Expr.Call e -> new Expr.Call(e.callee(), e.args(), span);
            case Expr.Unary e -> new Expr.Unary(e.op(), e.operand(), span);
            case Expr.Binary e -> new Expr.Binary(e.op(), e.left(), e.right(), span);
            case Expr.Cast e -> new Expr.Cast(e.value(), e.type(), span);
            case Expr.Move e -> new Expr.Move(e.from(), span);
            case Expr.In e -> new Expr.In(e.value(), e.options(), span);
            case Expr.Invalid e -> new Expr.Invalid(span);
        };
        Integer depth = depths.get(inner);
        if (depth != null) depths.put(widened, depth);
        return widened;
    }

    @Override
    public Expr visitMoveExpr(MoveExprContext ctx) {
        return new Expr.Move(queueRef(ctx.queueRef(), ctx), reporter.span(ctx));
    }

    @Override public Expr visitTooDeepExpr(TooDeepExprContext ctx) { return new Expr.Invalid(reporter.span(ctx)); }

    QueueRef queueRef(QueueRefContext ctx, ParserRuleContext owner) {
        return switch (ctx) {
            case null -> new QueueRef.Named(nodes.ident(null, owner), reporter.after(owner));
            case LocalQueueContext local -> new QueueRef.Local(reporter.span(local));
            case GlobalQueueContext global -> new QueueRef.Global(reporter.span(global));
            case LocalOnQueueContext localOn -> new QueueRef.LocalOn(expr(localOn.expr(), localOn), reporter.span(localOn));
            case NamedQueueContext named -> new QueueRef.Named(nodes.ident(named.ident(), named), reporter.span(named));
            default -> new QueueRef.Named(nodes.ident(null, ctx), reporter.span(ctx)); // a bare context after an error
        };
    }

    /** Records the depth of {@code built}; beyond {@link #MAX_DEPTH} it becomes Invalid (E0106, once). */
    private Expr guarded(Expr built, Expr... children) {
        int depth = 1;
        for (Expr child : children) depth = Math.max(depth, depths.getOrDefault(child, 1) + 1);
        if (depth <= MAX_DEPTH) {
            depths.put(built, depth);
            return built;
        }
        boolean childAlreadyReported = false;
        for (Expr child : children) childAlreadyReported |= depths.getOrDefault(child, 0) < 0;
        if (!childAlreadyReported) {
            reporter.error(SyntaxCodes.TOO_DEEP, built.span(),
                    "expression is too complex (nested more than " + MAX_DEPTH + " operations deep); split it up");
        }
        Expr invalid = new Expr.Invalid(built.span());
        depths.put(invalid, -1); // marks "already reported" for the enclosing nodes
        return invalid;
    }

    private static BinaryOp binaryOp(Token op) {
        return switch (op.getType()) {
            case SchedcLexer.OROR, SchedcLexer.OR -> BinaryOp.OR;
            case SchedcLexer.ANDAND, SchedcLexer.AND -> BinaryOp.AND;
            case SchedcLexer.EQ -> BinaryOp.EQ;
            case SchedcLexer.NE -> BinaryOp.NE;
            case SchedcLexer.LT -> BinaryOp.LT;
            case SchedcLexer.LE -> BinaryOp.LE;
            case SchedcLexer.GT -> BinaryOp.GT;
            case SchedcLexer.GE -> BinaryOp.GE;
            case SchedcLexer.PIPE -> BinaryOp.BIT_OR;
            case SchedcLexer.CARET -> BinaryOp.BIT_XOR;
            case SchedcLexer.AMP -> BinaryOp.BIT_AND;
            case SchedcLexer.SHL -> BinaryOp.SHL;
            case SchedcLexer.SHR -> BinaryOp.SHR;
            case SchedcLexer.PLUS -> BinaryOp.ADD;
            case SchedcLexer.MINUS -> BinaryOp.SUB;
            case SchedcLexer.STAR -> BinaryOp.MUL;
            case SchedcLexer.SLASH -> BinaryOp.DIV;
            case SchedcLexer.PERCENT -> BinaryOp.MOD;
            default -> throw new IllegalStateException("grammar admits no binary operator " + op.getText());
        };
    }

    private static UnaryOp unaryOp(Token op) {
        return switch (op.getType()) {
            case SchedcLexer.MINUS, org.schedc.grammar.SchedcParser.LINE_MINUS -> UnaryOp.NEG;
            case SchedcLexer.BANG -> UnaryOp.NOT;
            case SchedcLexer.TILDE -> UnaryOp.BIT_NOT;
            default -> throw new IllegalStateException("grammar admits no unary operator " + op.getText());
        };
    }
}
