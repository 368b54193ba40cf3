package org.schedc.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.schedc.ast.Ast.BinaryOp;
import org.schedc.ast.Ast.Block;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.MatchArm;
import org.schedc.ast.Ast.Pattern;
import org.schedc.ast.Ast.Stmt;
import org.schedc.ast.Ast.UnaryOp;
import org.schedc.diag.Span;
import org.schedc.grammar.SchedcBaseVisitor;
import org.schedc.grammar.SchedcLexer;
import org.schedc.grammar.SchedcParser.*;

/** Builds blocks and statements; {@code ;} builds nothing, a broken statement builds Invalid. */
final class StatementBuilder extends SchedcBaseVisitor<Stmt> {
    private final SyntaxReporter reporter;
    private final NodeSupport nodes;
    private final ExpressionBuilder exprs;

    /**
     * Blocks plus else-if levels (each nests one block deeper in the AST). Bounded, as later phases
     * recurse over statements; brackets alone are bounded by {@link NestingGuard}, else-if chains are not.
     */
    static final int MAX_DEPTH = 128;
    private int depth;

    StatementBuilder(SyntaxReporter reporter, NodeSupport nodes, ExpressionBuilder exprs) {
        this.reporter = reporter;
        this.nodes = nodes;
        this.exprs = exprs;
    }

    /** The block of {@code ctx}, or an empty one just after {@code owner} when it is missing. */
    Block block(BlockContext ctx, ParserRuleContext owner) {
        if (ctx == null) return new Block(List.of(), reporter.after(owner));
        List<Stmt> stmts = new ArrayList<>();
        depth++;
        for (StmtContext stmt : ctx.stmt()) {
            Stmt built = visit(stmt);
            if (built != null) stmts.add(built);
            else if (!(stmt instanceof EmptyStmtContext)) stmts.add(new Stmt.Invalid(reporter.span(stmt)));
        }
        depth--;
        return new Block(List.copyOf(stmts), reporter.span(ctx));
    }

    @Override
    public Stmt visitLetStmt(LetStmtContext ctx) {
        return new Stmt.Let(nodes.ident(ctx.ident(), ctx), ctx.VAR() != null, nodes.type(ctx.type(), ctx),
                exprs.expr(ctx.expr(), ctx), reporter.span(ctx));
    }

    /** {@code if a {} else if b {} else {}} nests: the else block of the first If holds the second. */
    @Override
    public Stmt visitIfStmt(IfStmtContext ctx) {
        int clauses = ctx.conditions.size();
        if (clauses == 0) return new Stmt.Invalid(reporter.span(ctx));
        if (depth + clauses > MAX_DEPTH) {
            reporter.error(SyntaxCodes.TOO_DEEP, reporter.span(ctx.getStart()), "statements are nested too deeply (more than "
                    + MAX_DEPTH + " levels of blocks and 'else if'); use match or split the function");
            return new Stmt.Invalid(reporter.span(ctx));
        }
        Block otherwise = ctx.otherwise == null ? null : block(ctx.otherwise, ctx);
        Span end = reporter.span(ctx);
        List<org.antlr.v4.runtime.tree.TerminalNode> ifTokens = ctx.IF(); // once: each call scans all children
        for (int i = clauses - 1; i >= 1; i--) { // the else-if clauses, innermost first
            Token ifToken = i < ifTokens.size() ? ifTokens.get(i).getSymbol() : ctx.getStart();
            Span span = reporter.file().span(reporter.span(ifToken).start(), end.end());
            otherwise = new Block(List.of(new Stmt.If(exprs.expr(ctx.conditions.get(i), ctx), branch(ctx, i), otherwise, span)), span);
        }
        return new Stmt.If(exprs.expr(ctx.conditions.getFirst(), ctx), branch(ctx, 0), otherwise, end);
    }

    private Block branch(IfStmtContext ctx, int clause) {
        return block(clause < ctx.branches.size() ? ctx.branches.get(clause) : null, ctx);
    }

    @Override
    public Stmt visitMatchStmt(MatchStmtContext ctx) {
        List<MatchArm> arms = new ArrayList<>();
        for (MatchArmContext arm : ctx.matchArm()) arms.add(arm(arm));
        return new Stmt.Match(exprs.expr(ctx.expr(), ctx), List.copyOf(arms), reporter.span(ctx));
    }

    private MatchArm arm(MatchArmContext ctx) {
        List<Pattern> patterns = new ArrayList<>();
        for (PatternContext pattern : ctx.pattern()) patterns.add(pattern(pattern));
        return new MatchArm(List.copyOf(patterns), block(ctx.block(), ctx), reporter.span(ctx));
    }

    private Pattern pattern(PatternContext ctx) {
        Span span = reporter.span(ctx);
        return switch (ctx) {
            case WildcardPatternContext ignored -> new Pattern.Wildcard(span);
            case IntPatternContext c -> new Pattern.Value(intLit(c.INT().getSymbol()), span);
            case NegativeIntPatternContext c -> {
                Expr literal = c.INT() == null ? new Expr.Invalid(span) : intLit(c.INT().getSymbol());
                yield new Pattern.Value(new Expr.Unary(UnaryOp.NEG, literal, span), span);
            }
            case NamePatternContext c -> new Pattern.Value(new Expr.Name(nodes.ident(c.ident(), c), span), span);
            default -> new Pattern.Value(new Expr.Invalid(span), span); // a bare context after an error
        };
    }

    private Expr intLit(Token token) {
        Span span = reporter.span(token);
        return switch (NumberLiteral.parse(token.getText())) {
            case NumberLiteral.Valid valid -> new Expr.IntLit(valid.value(), valid.unit(), token.getText(), span);
            case NumberLiteral.Invalid ignored -> new Expr.Invalid(span);
        };
    }

    @Override
    public Stmt visitForStmt(ForStmtContext ctx) {
        return new Stmt.For(nodes.ident(ctx.ident(), ctx), exprs.expr(ctx.rangeFrom, ctx), exprs.expr(ctx.rangeTo, ctx),
                block(ctx.block(), ctx), reporter.span(ctx));
    }

    @Override
    public Stmt visitReturnStmt(ReturnStmtContext ctx) {
        return new Stmt.Return(ctx.expr() == null ? null : exprs.expr(ctx.expr(), ctx), reporter.span(ctx));
    }

    @Override
    public Stmt visitInsertStmt(InsertStmtContext ctx) {
        return new Stmt.Insert(exprs.expr(ctx.task, ctx), exprs.queueRef(ctx.queueRef(), ctx), exprs.expr(ctx.slice, ctx),
                ctx.vtime == null ? null : exprs.expr(ctx.vtime, ctx),
                ctx.insertFlags == null ? null : exprs.expr(ctx.insertFlags, ctx), reporter.span(ctx));
    }

    @Override public Stmt visitBreakStmt(BreakStmtContext ctx) { return new Stmt.Break(reporter.span(ctx)); }
    @Override public Stmt visitContinueStmt(ContinueStmtContext ctx) { return new Stmt.Continue(reporter.span(ctx)); }
    @Override public Stmt visitEmptyStmt(EmptyStmtContext ctx) { return null; }

    @Override
    public Stmt visitExprStmt(ExprStmtContext ctx) {
        Expr target = exprs.expr(ctx.target, ctx);
        if (ctx.assignOp() == null) {
            return target instanceof Expr.Invalid ? new Stmt.Invalid(reporter.span(ctx)) : new Stmt.ExprStmt(target, reporter.span(ctx));
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Field || target instanceof Expr.Invalid)) {
            reporter.error(SyntaxCodes.INVALID_ASSIGN_TARGET, target.span(),
                    "cannot assign to this expression: the left side of '" + ctx.assignOp().getText()
                            + "' must be a variable or a field");
        }
        return new Stmt.Assign(target, assignOp(ctx.assignOp()), exprs.expr(ctx.value, ctx), reporter.span(ctx));
    }

    /** Null for plain {@code =}; the arithmetic for compound assignment. */
    private static BinaryOp assignOp(AssignOpContext ctx) {
        return switch (ctx.getStart().getType()) {
            case SchedcLexer.ASSIGN -> null;
            case SchedcLexer.PLUS_ASSIGN -> BinaryOp.ADD;
            case SchedcLexer.MINUS_ASSIGN -> BinaryOp.SUB;
            case SchedcLexer.STAR_ASSIGN -> BinaryOp.MUL;
            case SchedcLexer.SLASH_ASSIGN -> BinaryOp.DIV;
            case SchedcLexer.PERCENT_ASSIGN -> BinaryOp.MOD;
            case SchedcLexer.AMP_ASSIGN -> BinaryOp.BIT_AND;
            case SchedcLexer.PIPE_ASSIGN -> BinaryOp.BIT_OR;
            case SchedcLexer.CARET_ASSIGN -> BinaryOp.BIT_XOR;
            case SchedcLexer.SHL_ASSIGN -> BinaryOp.SHL;
            case SchedcLexer.SHR_ASSIGN -> BinaryOp.SHR;
            default -> null; // only after an error: the statement is already reported
        };
    }

    /** A statement context without a labelled alternative only exists after a syntax error. */
    @Override
    protected Stmt defaultResult() { return null; }
}
