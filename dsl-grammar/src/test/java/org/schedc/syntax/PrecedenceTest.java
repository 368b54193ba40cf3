package org.schedc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.schedc.ast.Ast.BinaryOp;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Item;
import org.schedc.ast.Ast.Stmt;
import org.schedc.ast.Ast.UnaryOp;
import org.schedc.diag.SourceFile;

/**
 * Random expression trees, written with as few parentheses as the documented precedence table
 * allows, parse back to the same tree. Levels: 1 or, 2 and, 3 comparisons (non-associative),
 * 4 |, 5 ^, 6 &, 7 shifts, 8 + -, 9 * / %, 10 as, 11 unary, 12 atoms.
 */
class PrecedenceTest {
    record Op(String symbol, int level, BinaryOp op) {}

    /** Source text with minimal parentheses, the tree in canonical fully-parenthesised form, its level. */
    record Gen(String source, String canonical, int level) {}

    private static final List<Op> OPS = List.of(
            new Op("||", 1, BinaryOp.OR), new Op("or", 1, BinaryOp.OR), new Op("&&", 2, BinaryOp.AND),
            new Op("and", 2, BinaryOp.AND), new Op("==", 3, BinaryOp.EQ), new Op("!=", 3, BinaryOp.NE),
            new Op("<", 3, BinaryOp.LT), new Op("<=", 3, BinaryOp.LE), new Op(">", 3, BinaryOp.GT),
            new Op(">=", 3, BinaryOp.GE), new Op("|", 4, BinaryOp.BIT_OR), new Op("^", 5, BinaryOp.BIT_XOR),
            new Op("&", 6, BinaryOp.BIT_AND), new Op("<<", 7, BinaryOp.SHL), new Op(">>", 7, BinaryOp.SHR),
            new Op("+", 8, BinaryOp.ADD), new Op("-", 8, BinaryOp.SUB), new Op("*", 9, BinaryOp.MUL),
            new Op("/", 9, BinaryOp.DIV), new Op("%", 9, BinaryOp.MOD));

    @Property(tries = 400)
    void minimallyParenthesisedExpressionsParseToTheirTree(@ForAll("expressions") Gen gen) {
        String text = "policy t { on h() { x = " + gen.source() + " } }";
        ParseResult result = SchedcParser.parse(new SourceFile("p.sched", text));
        assertEquals(List.of(), result.diagnostics(), text);
        Item.Handler handler = (Item.Handler) result.tree().policy().items().getFirst();
        Expr parsed = ((Stmt.Assign) handler.body().stmts().getFirst()).value();
        assertEquals(gen.canonical(), canonical(parsed), text);
    }

    @Provide
    Arbitrary<Gen> expressions() { return expression(4); }

    private Arbitrary<Gen> expression(int depth) {
        Arbitrary<Gen> atoms = Arbitraries.oneOf(
                Arbitraries.of("a", "b", "p.weight", "f(a)").map(s -> new Gen(s, s, 12)),
                Arbitraries.integers().between(0, 99).map(i -> new Gen(i.toString(), i.toString(), 12)));
        if (depth == 0) return atoms;
        Arbitrary<Gen> sub = Arbitraries.lazy(() -> expression(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(1, atoms),
                Tuple.of(5, Combinators.combine(sub, Arbitraries.of(OPS), sub).as(PrecedenceTest::binary)),
                Tuple.of(1, Combinators.combine(Arbitraries.of(UnaryOp.values()), sub).as(PrecedenceTest::unary)),
                Tuple.of(1, Combinators.combine(sub, Arbitraries.of("u8", "s64")).as(PrecedenceTest::cast)));
    }

    private static Gen binary(Gen left, Op op, Gen right) {
        boolean wrapLeft = left.level() < op.level() || (op.level() == 3 && left.level() == 3);
        boolean wrapRight = right.level() <= op.level();
        return new Gen(wrap(left, wrapLeft) + " " + op.symbol() + " " + wrap(right, wrapRight),
                "(" + left.canonical() + " " + op.op() + " " + right.canonical() + ")", op.level());
    }

    private static Gen unary(UnaryOp op, Gen operand) {
        String symbol = switch (op) {
            case NEG -> "-";
            case NOT -> "!";
            case BIT_NOT -> "~";
        };
        return new Gen(symbol + wrap(operand, operand.level() < 11), "(" + op + " " + operand.canonical() + ")", 11);
    }

    private static Gen cast(Gen value, String type) {
        return new Gen(wrap(value, value.level() < 10) + " as " + type, "(" + value.canonical() + " as " + type + ")", 10);
    }

    private static String wrap(Gen gen, boolean parens) { return parens ? "(" + gen.source() + ")" : gen.source(); }

    private static String canonical(Expr e) {
        return switch (e) {
            case Expr.Binary b -> "(" + canonical(b.left()) + " " + b.op() + " " + canonical(b.right()) + ")";
            case Expr.Unary u -> "(" + u.op() + " " + canonical(u.operand()) + ")";
            case Expr.Cast c -> "(" + canonical(c.value()) + " as " + c.type().name().name() + ")";
            case Expr.Name n -> n.name().name();
            case Expr.IntLit i -> i.text();
            case Expr.Field f -> canonical(f.target()) + "." + f.field().name();
            case Expr.Call c -> c.callee().name() + "(" + String.join(", ", c.args().stream().map(PrecedenceTest::canonical).toList()) + ")";
            case Expr.BoolLit b -> String.valueOf(b.value());
            case Expr.NullLit n -> "null";
            case Expr.StringLit s -> "\"" + s.value() + "\"";
            case Expr.Move m -> "move";
            case Expr.In in -> "(" + canonical(in.value()) + " in [" + String.join(", ", in.options().stream().map(PrecedenceTest::canonical).toList()) + "])";
            case Expr.Invalid i -> "<invalid>";
        };
    }
}
