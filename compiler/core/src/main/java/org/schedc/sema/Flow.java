package org.schedc.sema;

import java.util.EnumSet;
import java.util.Set;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Stmt;

/**
 * How statements complete: the one reachability analysis of the language. The checker asks it whether a
 * value function can fall off its end (E0305) and whether an {@code if x == null { ... }} branch leaves the
 * block (null narrowing after it); lint's L011 asks which statements follow one that never completes normally.
 * It reads the tree alone (no types), so it answers for trees with errors as well, and each call is linear
 * in the statement's size.
 *
 * <p>A loop completes normally whatever its body does (the body may run zero times; a {@code break} ends the
 * loop, a {@code continue} the iteration), but a {@code return} in it leaves the function. A {@code match}
 * without a wildcard arm may match no arm and complete normally.
 */
public final class Flow {
    /** The ways a statement can end. */
    public enum Exit { NORMAL, RETURN, BREAK, CONTINUE }

    private Flow() {}

    /** Whether control can reach the statement after {@code s}. */
    public static boolean completesNormally(Stmt s) { return exits(s).contains(Exit.NORMAL); }

    /** Whether control can reach the end of {@code b} (a missing block, after a syntax error, does). */
    public static boolean completesNormally(Ast.Block b) { return exits(b).contains(Exit.NORMAL); }

    /** The ways {@code s} can end. */
    public static Set<Exit> exits(Stmt s) {
        return switch (s) {
            case Stmt.Return r -> EnumSet.of(Exit.RETURN);
            case Stmt.Break b -> EnumSet.of(Exit.BREAK);
            case Stmt.Continue c -> EnumSet.of(Exit.CONTINUE);
            case Stmt.If i -> {
                Set<Exit> out = exits(i.then());
                out.addAll(i.otherwise() == null ? EnumSet.of(Exit.NORMAL) : exits(i.otherwise()));
                yield out;
            }
            case Stmt.Match m -> {
                Set<Exit> out = EnumSet.noneOf(Exit.class);
                boolean wildcard = m.arms().stream().anyMatch(a -> a.patterns().stream().anyMatch(Ast.Pattern.Wildcard.class::isInstance));
                if (!wildcard) out.add(Exit.NORMAL);
                for (Ast.MatchArm arm : m.arms()) out.addAll(exits(arm.body()));
                yield out;
            }
            case Stmt.For f -> {
                Set<Exit> out = exits(f.body());
                out.removeAll(EnumSet.of(Exit.BREAK, Exit.CONTINUE));
                out.add(Exit.NORMAL);
                yield out;
            }
            case Stmt.Let l -> EnumSet.of(Exit.NORMAL);
            case Stmt.Assign a -> EnumSet.of(Exit.NORMAL);
            case Stmt.Insert i -> EnumSet.of(Exit.NORMAL);
            case Stmt.ExprStmt e -> EnumSet.of(Exit.NORMAL);
            case Stmt.Invalid i -> EnumSet.of(Exit.NORMAL);
        };
    }

    /** The ways {@code b} can end: its statements in order, up to the first that never completes normally. */
    public static Set<Exit> exits(Ast.Block b) {
        Set<Exit> out = EnumSet.noneOf(Exit.class);
        if (b != null) {
            for (Stmt s : b.stmts()) {
                Set<Exit> e = exits(s);
                out.addAll(e);
                out.remove(Exit.NORMAL);
                if (!e.contains(Exit.NORMAL)) return out;
            }
        }
        out.add(Exit.NORMAL);
        return out;
    }
}
