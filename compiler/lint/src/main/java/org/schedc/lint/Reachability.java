package org.schedc.lint;

import java.util.List;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Stmt;
import org.schedc.sema.Flow;

/**
 * L011: statements after one that never completes normally ({@link Flow}, the checker's reachability query);
 * one finding per block, covering the dead run.
 */
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
            if (!Flow.completesNormally(stmts.get(i))) {
                Stmt first = stmts.get(i + 1);
                out.add(LintRule.UNREACHABLE_CODE, first.span().to(stmts.getLast().span()),
                        "this code is never executed: the statement on line " + stmts.get(i).span().line() + " always leaves the block");
                return;
            }
        }
    }
}
