package org.schedc.sema;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.sema.Symbols.Local;
import org.schedc.sema.Symbols.Resolution;

/**
 * The handler or function body being checked: its callback (for callback rules), return type, the
 * function call stack (for recursion), local scopes, the locals narrowed to non-null, loop depth.
 */
final class BodyScope {
    /** The handler's callback; null inside a function body (its rules are checked at call sites). */
    String callback;
    boolean sleepable;
    Type returnType;
    final Deque<String> functionStack = new ArrayDeque<>();
    final Deque<Map<String, Local>> scopes = new ArrayDeque<>();
    final Set<Local> nonNull = new HashSet<>();
    int loopDepth;
    /** The assignment target being checked: counters may appear only there (with += or -=). */
    Expr assignTarget;

    /** Starts a handler or function body: one scope for its parameters, nothing narrowed. */
    void enter(String callback, boolean sleepable, Type returnType) {
        this.callback = callback;
        this.sleepable = sleepable;
        this.returnType = returnType;
        scopes.push(new HashMap<>());
        nonNull.clear();
    }

    void exit() {
        scopes.pop();
        callback = null;
    }

    Local lookup(String name) {
        for (Map<String, Local> s : scopes) {
            Local l = s.get(name);
            if (l != null) return l;
        }
        return null;
    }

    /**
     * Locals known non-null when {@code cond} evaluates to {@code whenTrue}: {@code x != null} (true),
     * {@code x == null} (false), through {@code &&} (true) and {@code ||} (false).
     */
    Set<Local> narrowedBy(Expr cond, boolean whenTrue, Map<Object, Resolution> resolutions) {
        Set<Local> out = new HashSet<>();
        if (cond instanceof Expr.Binary b && b.op() == (whenTrue ? Ast.BinaryOp.AND : Ast.BinaryOp.OR)) {
            out.addAll(narrowedBy(b.left(), whenTrue, resolutions));
            out.addAll(narrowedBy(b.right(), whenTrue, resolutions));
        } else if (cond instanceof Expr.Unary u && u.op() == Ast.UnaryOp.NOT) {
            out.addAll(narrowedBy(u.operand(), !whenTrue, resolutions));
        } else {
            Local l = nullTested(cond, whenTrue ? Ast.BinaryOp.NE : Ast.BinaryOp.EQ, resolutions);
            if (l != null) out.add(l);
        }
        return out;
    }

    /** Narrows for the duration of {@code body}, then restores. */
    void withNonNull(Set<Local> narrowed, Runnable body) {
        Set<Local> added = new HashSet<>();
        for (Local l : narrowed) if (nonNull.add(l)) added.add(l);
        body.run();
        nonNull.removeAll(added);
    }

    /** The local tested in {@code x == null} / {@code x != null} (either operand order), if that is the condition. */
    private static Local nullTested(Expr cond, Ast.BinaryOp op, Map<Object, Resolution> resolutions) {
        if (!(cond instanceof Expr.Binary b) || b.op() != op) return null;
        Expr other = b.left() instanceof Expr.NullLit ? b.right() : b.right() instanceof Expr.NullLit ? b.left() : null;
        if (other instanceof Expr.Name n && resolutions.get(n) instanceof Resolution.LocalRef lr) return lr.local();
        return null;
    }
}
