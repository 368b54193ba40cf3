package org.schedc.lint;

import java.util.List;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Stmt;

/** L011: statements after one that always leaves the block; one finding per block, covering the dead run. */
final class Reachability {
    private Reachability() {}

    static void run(LintInput input, Findings out) {
        TreeScan scan = TreeScan.of(input.items());
        for (Ast.Item item : input.items()) {
            block(TreeScan.bodyOf(item), out);
        }
        for (Stmt s : scan.stmts) nested(s, out);
    }

    /** Every block nested in a statement is checked when the scan visits that statement. */
    private static void nested(Stmt s, Findings out) {
        switch (s) {
            case Stmt.If i -> { block(i.then(), out); block(i.otherwise(), out); }
            case Stmt.Match m -> m.arms().forEach(arm -> block(arm.body(), out));
            case Stmt.For f -> block(f.body(), out);
            case Stmt.Let l -> { }
            case Stmt.Assign a -> { }
            case Stmt.Return r -> { }
            case Stmt.Insert i -> { }
            case Stmt.ExprStmt e -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.Invalid i -> { }
        }
    }

    private static void block(Ast.Block b, Findings out) {
        if (b == null) return;
        List<Stmt> stmts = b.stmts();
        for (int i = 0; i < stmts.size() - 1; i++) {
            if (leaves(stmts.get(i))) {
                Stmt first = stmts.get(i + 1);
                out.add(LintRule.UNREACHABLE_CODE, first.span().to(stmts.getLast().span()),
                        "this code is never executed: the statement on line " + stmts.get(i).span().line() + " always leaves the block");
                return;
            }
        }
    }

    static boolean leaves(Stmt s) {
        return switch (s) {
            case Stmt.Return r -> true;
            case Stmt.Break b -> true;
            case Stmt.Continue c -> true;
            case Stmt.If i -> i.otherwise() != null && leaves(i.then()) && leaves(i.otherwise());
            case Stmt.Match m -> m.arms().stream().anyMatch(a -> a.patterns().stream().anyMatch(Ast.Pattern.Wildcard.class::isInstance))
                    && m.arms().stream().allMatch(a -> leaves(a.body()));
            case Stmt.For f -> false; // the body may run zero times
            case Stmt.Let l -> false;
            case Stmt.Assign a -> false;
            case Stmt.Insert i -> false;
            case Stmt.ExprStmt e -> false;
            case Stmt.Invalid i -> false;
        };
    }

    private static boolean leaves(Ast.Block b) {
        return b != null && b.stmts().stream().anyMatch(Reachability::leaves);
    }
}
