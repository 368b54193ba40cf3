package org.schedc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.schedc.ast.Ast.BinaryOp;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Item;
import org.schedc.ast.Ast.Stmt;
import org.schedc.ast.Ast.TimeUnit;
import org.schedc.ast.Ast.UnaryOp;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;

class SchedcParserTest {
    private static ParseResult parse(String text) {
        return SchedcParser.parse(new SourceFile("t.sched", text));
    }

    /** The statements of the only handler of {@code policy t { on h() { body } }}, asserting no errors. */
    private static List<Stmt> body(String body) {
        ParseResult result = parse("policy t {\n on h() {\n" + body + "\n }\n}\n");
        assertEquals(List.of(), codes(result));
        return ((Item.Handler) result.tree().policy().items().getFirst()).body().stmts();
    }

    private static Expr expr(String expr) {
        return ((Stmt.ExprStmt) body(expr).getFirst()).expr();
    }

    private static List<String> codes(ParseResult result) {
        return result.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void minusAtLineStartStartsANewStatement() {
        List<Stmt> stmts = body("a = b\n-c");
        assertEquals(2, stmts.size());
        assertInstanceOf(Expr.Name.class, ((Stmt.Assign) stmts.get(0)).value());
        assertEquals(UnaryOp.NEG, ((Expr.Unary) ((Stmt.ExprStmt) stmts.get(1)).expr()).op());
    }

    @Test
    void parenthesisAtLineStartIsNoCall() {
        List<Stmt> stmts = body("f\n(x)");
        assertEquals(2, stmts.size());
        assertInstanceOf(Expr.Name.class, ((Stmt.ExprStmt) stmts.get(0)).expr());
    }

    @Test
    void insideParenthesesLineBreaksDoNotMatter() {
        Expr e = ((Stmt.Assign) body("a = (b\n - c)").getFirst()).value();
        assertEquals(BinaryOp.SUB, ((Expr.Binary) e).op());
        assertInstanceOf(Expr.Call.class, expr("f(a,\n -1)"));
    }

    @Test
    void operatorAtLineEndContinuesTheExpression() {
        assertEquals(BinaryOp.SUB, ((Expr.Binary) ((Stmt.Assign) body("a = b -\n c").getFirst()).value()).op());
    }

    @Test
    void returnTakesAValueOnlyOnItsLine() {
        List<Stmt> stmts = body("return\nx");
        assertNull(((Stmt.Return) stmts.get(0)).value());
        assertEquals(2, stmts.size());
        assertInstanceOf(Expr.Name.class, ((Stmt.Return) body("return x").getFirst()).value());
    }

    @Test
    void keywordsAreFieldNamesAfterDot() {
        Expr e = expr("p.flags.in.for.local.policy.slice");
        assertEquals("slice", ((Expr.Field) e).field().name());
    }

    @Test
    void softKeywordsAreNames() {
        List<Stmt> stmts = body("let flags = slice + vtime + timeout + kernels + fifo");
        assertEquals("flags", ((Stmt.Let) stmts.getFirst()).name().name());
    }

    @Test
    void rangeLexesAsIntDotDotInt() {
        Stmt.For loop = (Stmt.For) body("for i in 0..4 { }").getFirst();
        assertEquals(BigInteger.ZERO, ((Expr.IntLit) loop.from()).value());
        assertEquals(BigInteger.valueOf(4), ((Expr.IntLit) loop.to()).value());
    }

    @Test
    void precedenceAndAssociativity() {
        Expr.Binary sum = (Expr.Binary) expr("a - b - c * d");
        assertEquals(BinaryOp.SUB, sum.op());
        assertEquals(BinaryOp.SUB, ((Expr.Binary) sum.left()).op());
        assertEquals(BinaryOp.MUL, ((Expr.Binary) sum.right()).op());
        Expr.Binary cmp = (Expr.Binary) expr("a & b == c");
        assertEquals(BinaryOp.EQ, cmp.op()); // unlike C, bit operators bind tighter than comparisons
        assertInstanceOf(Expr.Cast.class, ((Expr.Binary) expr("a * b as u64")).right());
        assertInstanceOf(Expr.Unary.class, ((Expr.Cast) expr("-a as s64")).value());
        assertEquals(BinaryOp.OR, ((Expr.Binary) expr("a and b or c")).op());
    }

    @Test
    void literals() {
        Expr.IntLit five = (Expr.IntLit) expr("5ms");
        assertEquals(BigInteger.valueOf(5), five.value());
        assertEquals(TimeUnit.MS, five.unit());
        assertEquals(BigInteger.valueOf(0x1f), ((Expr.IntLit) expr("0x1f")).value());
        assertEquals(BigInteger.valueOf(1000), ((Expr.IntLit) expr("1_000")).value());
        assertEquals(new BigInteger("18446744073709551615"), ((Expr.IntLit) expr("0xffff_ffff_ffff_ffff")).value());
        assertEquals("a\"b\\c\n", ((Expr.StringLit) expr("\"a\\\"b\\\\c\\n\"")).value());
    }

    @Test
    void sixtyFiveBitLiteralIsAnError() {
        assertEquals(List.of(SyntaxCodes.INVALID_NUMBER), codes(parse("policy t { const X = 18446744073709551616 }")));
    }

    @Test
    void elseIfNestsInElseBlocks() {
        Stmt.If first = (Stmt.If) body("if a { } else if b { } else { c }").getFirst();
        Stmt.If second = (Stmt.If) first.otherwise().stmts().getFirst();
        assertEquals(1, second.otherwise().stmts().size());
        assertTrue(second.span().start() > first.span().start());
    }

    @Test
    void elseOnTheNextLine() {
        Stmt.If stmt = (Stmt.If) body("if a { }\nelse { b }").getFirst();
        assertEquals(1, stmt.otherwise().stmts().size());
    }

    @Test
    void noPolicyKeywordGivesNullPolicyAndE0107() {
        ParseResult result = parse("import fifo\n");
        assertNull(result.tree().policy());
        assertEquals(List.of(SyntaxCodes.NO_POLICY), codes(result));
        assertEquals(List.of(SyntaxCodes.NO_POLICY), codes(parse("")));
    }

    @Test
    void spansCountUtf16CharsAfterAstralCharacters() {
        String text = "// \uD83D\uDE00 smile\npolicy t { const X = @ }";
        Diagnostic stray = parse(text).diagnostics().stream()
                .filter(d -> d.code().equals(SyntaxCodes.UNEXPECTED_CHARACTER)).findFirst().orElseThrow();
        assertEquals(text.indexOf('@'), stray.span().start());
    }

    @Test
    void diagnosticsAreCapped() {
        ParseResult result = parse("policy t {" + " @".repeat(500) + " }");
        assertEquals(SyntaxReporter.SHOWN + 1, result.diagnostics().size());
        assertEquals(SyntaxCodes.TOO_MANY_ERRORS, result.diagnostics().getLast().code());
    }

    @Test
    void pathologicalNestingIsAnErrorNotAStackOverflow() throws InterruptedException {
        int n = 100_000;
        List<String> inputs = List.of(
                "policy t { on h() { x = " + "(".repeat(n) + "1" + ")".repeat(n) + " } }",
                "policy t { on h() { x = " + "(".repeat(n) + " } }",
                "policy t { on h() { " + "if a { ".repeat(n) + " } }",
                "policy t { on h() { x = " + "-".repeat(n) + "1 } }",
                "policy t { on h() { x = 1" + " + 1".repeat(n) + " } }",
                "policy t { on h() { if a { } " + "else if b { } ".repeat(n) + " } }",
                "policy t { on h() { x = f(" + "f(".repeat(n) + " } }");
        // A small stack, as a compiler thread might have: the limits must not depend on -Xss.
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                for (String input : inputs) {
                    ParseResult result = ParserRobustnessTest.assertWellFormed(input);
                    AstPrinter.print(result.tree());
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack", 1 << 20);
        thread.start();
        thread.join();
        if (failure.get() != null) throw new AssertionError(failure.get());
        assertTrue(codes(parse(inputs.get(0))).contains(SyntaxCodes.TOO_DEEP));
        assertTrue(codes(parse(inputs.get(4))).contains(SyntaxCodes.TOO_DEEP));
        assertTrue(codes(parse(inputs.get(5))).contains(SyntaxCodes.TOO_DEEP));
    }

    @Test
    void moderateNestingIsFine() {
        String text = "policy t { on h() { x = " + "(".repeat(40) + "1" + ")".repeat(40) + " } }";
        assertEquals(List.of(), codes(parse(text)));
    }
}
