package org.schedc.sema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;

/** Functions are inlined, so a cycle in the call graph (direct or through others) is an error. */
final class Recursion {
    private final SemaContext ctx;
    /** Calls that close a cycle; their callee is not checked again there (lowering never sees them). */
    private final Set<Expr.Call> recursive = Collections.newSetFromMap(new IdentityHashMap<>());

    Recursion(SemaContext ctx) { this.ctx = ctx; }

    boolean closesCycle(Expr.Call c) { return recursive.contains(c); }

    void report() {
        Map<String, Ast.Item.Function> functions = ctx.declared.functions;
        Map<String, List<Expr.Call>> calls = new LinkedHashMap<>();
        for (Ast.Item.Function f : functions.values()) {
            List<Expr.Call> out = new ArrayList<>();
            new AstWalker() {
                @Override protected void expr(Expr e) {
                    if (e instanceof Expr.Call c && functions.containsKey(c.callee().name())) out.add(c);
                    super.expr(e);
                }
            }.block(f.body());
            calls.put(f.name().name(), out);
        }
        Set<String> done = new HashSet<>();
        for (String start : calls.keySet()) findCycle(start, calls, new ArrayList<>(), done);
    }

    private void findCycle(String fn, Map<String, List<Expr.Call>> calls, List<String> path, Set<String> done) {
        if (done.contains(fn)) return;
        path.add(fn);
        for (Expr.Call c : calls.getOrDefault(fn, List.of())) {
            String callee = c.callee().name();
            int at = path.indexOf(callee);
            if (at >= 0) {
                List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
                cycle.add(callee);
                recursive.add(c);
                ctx.report(NameErrors.recursiveCall(c.span(), cycle));
            } else findCycle(callee, calls, path, done);
        }
        path.removeLast();
        done.add(fn);
    }
}
