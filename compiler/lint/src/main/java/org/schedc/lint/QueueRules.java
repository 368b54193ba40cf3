package org.schedc.lint;

import java.util.LinkedHashMap;
import java.util.Map;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Stmt;
import org.schedc.diag.Span;

/**
 * L002 (inserted, never drained) and L013 (drained, never inserted). Moves are allowed only in
 * dispatch (the checker enforces it), so any move of a queue in the file drains it from dispatch.
 * Unreferenced queues are L008's business.
 */
final class QueueRules {
    private QueueRules() {}

    static void run(LintInput input, Findings out) {
        if (!input.wholeProgram()) return;
        Map<String, Span> inserted = new LinkedHashMap<>();
        Map<String, Span> drained = new LinkedHashMap<>();
        TreeScan scan = TreeScan.of(input.items());
        for (Stmt s : scan.stmts) {
            if (s instanceof Stmt.Insert ins && ins.queue() instanceof Ast.QueueRef.Named n) inserted.putIfAbsent(n.name().name(), ins.span());
        }
        for (Expr e : scan.exprs) {
            if (e instanceof Expr.Move m && m.from() instanceof Ast.QueueRef.Named n) drained.putIfAbsent(n.name().name(), m.span());
        }
        for (Ast.Item.Queue q : input.queues()) {
            String name = q.name().name();
            if (inserted.containsKey(name) && !drained.containsKey(name)) {
                out.add(LintRule.QUEUE_NEVER_DRAINED, q.name().span(), "queue '" + name + "' receives tasks (line "
                        + inserted.get(name).line() + ") but no 'move " + name + " to local' in dispatch drains it; they would never run");
            } else if (drained.containsKey(name) && !inserted.containsKey(name)) {
                out.add(LintRule.QUEUE_NEVER_FILLED, q.name().span(), "queue '" + name + "' is drained (line "
                        + drained.get(name).line() + ") but nothing inserts into it; it is always empty");
            }
        }
    }
}
