package org.schedc.driver;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Stmt;
import org.schedc.sema.CheckedPolicy;
import org.schedc.sema.Symbols;

/**
 * The constant-bounded loop nests of a policy's handlers, with what the kernel's verifier has to walk through them.
 * The verifier does not summarise a loop: it runs the body once per iteration with the loop variable as a known
 * constant, and every branch it cannot decide inside leaves one more path to explore. So a nest's cost is its total
 * iteration count (the product of the nested bounds) times its body, and that is what a user has to change when
 * the kernel gives up. One pass over each handler's statements: linear in the size of the policy.
 */
final class LoopNests {
    /**
     * An outermost loop. {@code iterations}: how often the innermost bodies run in all (the product of nested trip
     * counts, summed over sibling loops); {@code bounds}: the trip counts along the deepest chain, for the message;
     * {@code branches}: the {@code if}s and extra {@code match} arms anywhere in the nest; {@code inexact}: a {@code break}
     * or {@code return} anywhere in the nest can end iterations early, or a loop starts at a computed value (then the
     * count is an upper bound only).
     */
    record Nest(String callback, Stmt.For loop, long iterations, List<Long> bounds, int branches, boolean inexact) {
        String boundsText() {
            return bounds.size() < 2 ? "" : " (" + String.join(" × ", bounds.stream().map(String::valueOf).toList()) + ")";
        }
    }

    private final CheckedPolicy policy;

    LoopNests(CheckedPolicy policy) { this.policy = policy; }

    /** Every outermost loop of every handler, in source order. */
    List<Nest> all() {
        List<Nest> out = new ArrayList<>();
        for (Symbols.HandlerInfo h : policy.handlers()) collectOutermost(h.callback(), h.decl().body(), out);
        return out;
    }

    /** The outermost loop of handler {@code callback} whose source lines contain {@code line}, if any. */
    Optional<Nest> around(String callback, int line) {
        return all().stream().filter(n -> n.callback().equals(callback))
                .filter(n -> n.loop().span().line() <= line && line <= n.loop().span().endLine()).findFirst();
    }

    /** The handler's nest with the most iterations (when the rejected line lies outside every loop, e.g. in a function). */
    Optional<Nest> largest(String callback) {
        return all().stream().filter(n -> n.callback().equals(callback))
                .max(java.util.Comparator.comparingLong(Nest::iterations));
    }

    private void collectOutermost(String callback, Ast.Block block, List<Nest> out) {
        if (block == null) return;
        for (Stmt s : block.stmts()) {
            switch (s) {
                case Stmt.For f -> out.add(nest(callback, f));
                case Stmt.If i -> { collectOutermost(callback, i.then(), out); collectOutermost(callback, i.otherwise(), out); }
                case Stmt.Match m -> { for (Ast.MatchArm a : m.arms()) collectOutermost(callback, a.body(), out); }
                case Stmt.Let l -> {}
                case Stmt.Assign a -> {}
                case Stmt.Return r -> {}
                case Stmt.Insert i -> {}
                case Stmt.ExprStmt e -> {}
                case Stmt.Break b -> {}
                case Stmt.Continue c -> {}
                case Stmt.Invalid i -> {}
            }
        }
    }

    /** Accumulates one loop's body: total inner iterations, deepest bounds, branches, early exits. */
    private static final class Body {
        long innerIterations;
        List<Long> deepest = List.of();
        int branches;
        boolean inexact;
    }

    private Nest nest(String callback, Stmt.For f) {
        Body b = new Body();
        walk(f.body(), b);
        long trips = trips(f);
        long iterations = saturatingMultiply(trips, Math.max(1, b.innerIterations));
        List<Long> bounds = new ArrayList<>();
        bounds.add(trips);
        bounds.addAll(b.deepest);
        return new Nest(callback, f, iterations, List.copyOf(bounds), b.branches, b.inexact || policy.constantValues().get(f.from()) == null);
    }

    private void walk(Ast.Block block, Body b) {
        if (block == null) return;
        for (Stmt s : block.stmts()) {
            switch (s) {
                case Stmt.For f -> {
                    Nest inner = nest("", f);
                    b.innerIterations = saturatingAdd(b.innerIterations, inner.iterations());
                    if (inner.bounds().size() > b.deepest.size()) b.deepest = inner.bounds();
                    b.branches += inner.branches();
                    // conservative: a break in an inner loop ends only that loop, but counts as an early exit too
                    b.inexact |= inner.inexact();
                }
                case Stmt.If i -> { b.branches++; walk(i.then(), b); walk(i.otherwise(), b); }
                case Stmt.Match m -> {
                    b.branches += Math.max(0, m.arms().size() - 1);
                    for (Ast.MatchArm a : m.arms()) walk(a.body(), b);
                }
                case Stmt.Break br -> b.inexact = true;
                case Stmt.Return r -> b.inexact = true;
                case Stmt.Let l -> {}
                case Stmt.Assign a -> {}
                case Stmt.Insert i -> {}
                case Stmt.ExprStmt e -> {}
                case Stmt.Continue c -> {}
                case Stmt.Invalid i -> {}
            }
        }
    }

    /** TO - FROM when both are constants; TO alone when FROM is computed (the checker only requires TO constant). */
    private long trips(Stmt.For f) {
        BigInteger to = policy.constantValues().get(f.to());
        if (to == null) return 1;
        BigInteger from = policy.constantValues().get(f.from());
        BigInteger n = from == null ? to : to.subtract(from);
        if (n.signum() <= 0) return 0;
        return n.bitLength() > 62 ? Long.MAX_VALUE : n.longValue();
    }

    private static long saturatingMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        return hi != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
