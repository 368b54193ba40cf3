package org.schedc.sema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Stmt;
import org.schedc.diag.Span;
import org.schedc.kabi.Kabi;

/** Which kfunc implements a builtin on the targets, and the kernel's rules on which callbacks may call it. */
final class KfuncSelection {
    /** A kfunc (or, with {@code function} set, a call of a policy function) used in a function body. */
    private record Use(String kfunc, String function, String what, Span span) {}

    private final SemaContext ctx;
    /** Per function: the kfuncs and functions its body uses, checked at each call site from a handler. */
    private final Map<String, List<Use>> functionUses = new HashMap<>();

    KfuncSelection(SemaContext ctx) { this.ctx = ctx; }

    /**
     * Picks the kfunc implementing a builtin, and checks the callback rules. Candidates are in order of
     * preference; the most preferred one any target has is called. When some targets lack it, the call
     * falls back, through run-time existence checks, to the next candidates until one every target has
     * (or every target has one of them). A target with none of them is an error naming the kernel.
     */
    String choose(Builtin b, Span span) {
        List<Kabi> targets = ctx.targets;
        List<String> chain = new ArrayList<>();
        for (String candidate : b.kfuncs()) {
            long having = targets.stream().filter(k -> k.kfunc(candidate).isPresent()).count();
            if (having == 0) continue;
            chain.add(candidate);
            if (having == targets.size()) break;
        }
        boolean missing = false;
        for (Kabi k : targets) {
            if (chain.stream().noneMatch(c -> k.kfunc(c).isPresent())) {
                ctx.report(KernelErrors.noKfunc(span, k.name(), b));
                missing = true;
            }
        }
        if (missing) return null;
        // One report per use: the candidates implement the same construct, and the message names only it.
        for (String kfunc : chain) if (!checkCallbackRule(kfunc, b.spelling(), span)) break;
        if (chain.size() > 1) ctx.recorded.kfuncFallbacks.put(chain.getFirst(), List.copyOf(chain.subList(1, chain.size())));
        return chain.getFirst();
    }

    /** The callback rules for a kfunc called by name ({@code kfunc.NAME(...)}); {@code what} is how the policy spells it. */
    void checkRaw(String kfunc, String what, Span span) { checkCallbackRule(kfunc, what, span); }

    /** False when the use was reported as not allowed in the handler's callback. */
    private boolean checkCallbackRule(String kfunc, String what, Span span) {
        BodyScope body = ctx.body;
        if (body.callback != null) {
            if (!ctx.rules.allows(kfunc, body.callback, body.sleepable)) {
                ctx.report(KernelErrors.notAllowedInCallback(span, what, body.callback, ctx.rules.allowedCallbacks(kfunc)));
                return false;
            }
        } else if (!body.functionStack.isEmpty()) {
            functionUses.computeIfAbsent(body.functionStack.peek(), x -> new ArrayList<>()).add(new Use(kfunc, null, what, span));
        }
        return true;
    }

    /** The rules of every kfunc {@code fn} uses (through the functions it calls too) apply at the call {@code at}. */
    void checkFunctionRules(String fn, Span at, Set<String> visited) {
        if (!visited.add(fn)) return;
        Ast.Item.Function f = ctx.declared.functions.get(fn);
        if (f == null) return;
        // Bodies are checked after handlers; collect their kfunc uses on demand.
        if (!functionUses.containsKey(fn)) collectUses(f);
        BodyScope body = ctx.body;
        for (Use use : functionUses.getOrDefault(fn, List.of())) {
            if (use.function() != null) checkFunctionRules(use.function(), at, visited);
            else if (!ctx.rules.allows(use.kfunc(), body.callback, body.sleepable)) {
                ctx.report(KernelErrors.functionUseNotAllowed(at, fn, use.what(), body.callback, ctx.rules.allowedCallbacks(use.kfunc())));
            }
        }
    }

    /** Syntactic scan of a function body for builtins and calls, for callback-rule checks at call sites. */
    private void collectUses(Ast.Item.Function f) {
        Map<String, Ast.Item.Function> functions = ctx.declared.functions;
        List<Use> uses = new ArrayList<>();
        new AstWalker() {
            @Override protected void expr(Expr e) {
                if (e instanceof Expr.Call c) {
                    String callee = c.callee().name();
                    if (functions.containsKey(callee)) uses.add(new Use(null, callee, callee, c.span()));
                    else if (KfuncCalls.isKfuncCall(callee)) uses.add(new Use(callee.substring(KfuncCalls.PREFIX.length()), null, callee, c.span()));
                    else Builtin.callable(callee).ifPresent(b -> b.kfuncs().stream().findFirst().ifPresent(k -> uses.add(new Use(k, null, b.spelling(), c.span()))));
                }
                if (e instanceof Expr.Move m) uses.add(new Use(Builtin.MOVE_TO_LOCAL.kfuncs().getFirst(), null, "move", m.span()));
                super.expr(e);
            }
            @Override protected void stmt(Stmt s) {
                if (s instanceof Stmt.Insert ins) uses.add(new Use(Builtin.INSERT.kfuncs().getFirst(), null, "insert", ins.span()));
                super.stmt(s);
            }
        }.block(f.body());
        functionUses.put(f.name().name(), uses);
    }
}
