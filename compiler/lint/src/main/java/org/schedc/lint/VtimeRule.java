package org.schedc.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Stmt;

/**
 * L003: a vtime queue whose inserts all use a vtime that cannot grow. A value grows when it depends
 * on something that changes while the policy runs: a task's vtime that some handler writes, a global
 * that some handler writes, a call such as now(), another kernel field, or a handler argument. Locals
 * are followed to everything assigned to them in the same body; constants never grow.
 */
final class VtimeRule {
    private final Set<String> globals = new HashSet<>();
    private final Set<String> writtenGlobals = new HashSet<>();
    private final Set<String> constants = new HashSet<>();
    private boolean taskVtimeWritten;

    private VtimeRule() {}

    static void run(LintInput input, Findings out) {
        if (!input.wholeProgram()) return;
        VtimeRule rule = new VtimeRule();
        // Imported globals, constants and writes (a module's p.vtime update) count: the program is the modules plus the file.
        for (Ast.Item item : input.program()) {
            if (item instanceof Ast.Item.GlobalVar g) rule.globals.add(g.name().name());
            if (item instanceof Ast.Item.Const c) rule.constants.add(c.name().name());
        }
        for (Stmt s : TreeScan.of(input.program()).stmts) {
            if (!(s instanceof Stmt.Assign a)) continue;
            if (a.target() instanceof Expr.Field f && isVtimeField(f)) rule.taskVtimeWritten = true;
            if (a.target() instanceof Expr.Name n && rule.globals.contains(n.name().name())) rule.writtenGlobals.add(n.name().name());
        }
        Map<String, List<Ast.Stmt.Insert>> insertsByQueue = new HashMap<>();
        Map<Ast.Stmt.Insert, Map<String, List<Expr>>> bodyOf = new HashMap<>();
        for (Ast.Item item : input.items()) {
            Ast.Block body = TreeScan.bodyOf(item);
            if (body == null) continue;
            TreeScan scan = TreeScan.of(body);
            Map<String, List<Expr>> assigned = localAssignments(scan);
            for (Stmt s : scan.stmts) {
                if (s instanceof Stmt.Insert ins && ins.queue() instanceof Ast.QueueRef.Named n && ins.vtime() != null) {
                    insertsByQueue.computeIfAbsent(n.name().name(), k -> new ArrayList<>()).add(ins);
                    bodyOf.put(ins, assigned);
                }
            }
        }
        for (Ast.Item.Queue q : input.queues()) {
            if (q.kind() != Ast.QueueKind.VTIME) continue;
            List<Ast.Stmt.Insert> inserts = insertsByQueue.getOrDefault(q.name().name(), List.of());
            if (inserts.isEmpty()) continue;
            boolean grows = inserts.stream().anyMatch(ins -> rule.grows(ins.vtime(), bodyOf.get(ins), new HashSet<>()));
            if (!grows) {
                out.add(LintRule.VTIME_NEVER_ADVANCES, q.name().span(), "tasks in vtime queue '" + q.name().name()
                        + "' are inserted with a vtime that never grows" + (rule.taskVtimeWritten ? "" : " (no handler writes p.vtime)")
                        + "; advance it by the slice used, e.g. in stopping");
            }
        }
    }

    /** {@code p.vtime} or {@code p.scx.dsq_vtime}, by name: the rule also runs on trees sema did not attribute. */
    private static boolean isVtimeField(Expr.Field f) {
        org.schedc.sema.TaskFields.Shorthand vtime = org.schedc.sema.TaskFields.shorthand("vtime").orElseThrow();
        return f.field().name().equals(vtime.name()) || f.field().name().equals(vtime.path().getLast());
    }

    private static Map<String, List<Expr>> localAssignments(TreeScan scan) {
        Map<String, List<Expr>> assigned = new HashMap<>();
        for (Stmt s : scan.stmts) {
            if (s instanceof Stmt.Let l) assigned.computeIfAbsent(l.name().name(), k -> new ArrayList<>()).add(l.init());
            if (s instanceof Stmt.Assign a && a.target() instanceof Expr.Name n) {
                assigned.computeIfAbsent(n.name().name(), k -> new ArrayList<>()).add(a.value());
                if (a.op() != null) assigned.get(n.name().name()).add(a.target()); // x += d keeps depending on x
            }
        }
        return assigned;
    }

    private boolean grows(Expr e, Map<String, List<Expr>> locals, Set<String> following) {
        if (e == null) return false;
        return switch (e) {
            case Expr.IntLit i -> false;
            case Expr.BoolLit b -> false;
            case Expr.NullLit n -> false;
            case Expr.StringLit s -> false;
            case Expr.Invalid i -> true; // unknown: stay quiet
            case Expr.Name n -> {
                String name = n.name().name();
                if (locals.containsKey(name)) {
                    if (!following.add(name)) yield false;
                    yield locals.get(name).stream().anyMatch(v -> grows(v, locals, following));
                }
                if (globals.contains(name)) yield writtenGlobals.contains(name);
                yield !constants.contains(name); // a handler argument or something imported
            }
            case Expr.Field f -> isVtimeField(f) ? taskVtimeWritten : true;
            case Expr.Call c -> switch (c.callee().name()) {
                case "min", "max" -> c.args().stream().anyMatch(a -> grows(a, locals, following));
                default -> true;
            };
            case Expr.Unary u -> grows(u.operand(), locals, following);
            case Expr.Binary b -> grows(b.left(), locals, following) || grows(b.right(), locals, following);
            case Expr.Cast c -> grows(c.value(), locals, following);
            case Expr.Move m -> true;
            case Expr.In in -> true;
        };
    }
}
