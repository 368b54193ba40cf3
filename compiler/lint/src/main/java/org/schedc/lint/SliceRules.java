package org.schedc.lint;

import java.math.BigInteger;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Stmt;

/**
 * L004 and L005: constant slices. A zero slice is reported only on insert, where it means "keep the
 * leftover slice"; {@code p.slice = 0} is the usual way to make the running task yield, so it is fine.
 */
final class SliceRules {
    static final BigInteger ONE_SECOND = BigInteger.valueOf(1_000_000_000L);

    private SliceRules() {}

    static void run(LintInput input, Findings out) {
        for (Stmt s : TreeScan.of(input.items()).stmts) {
            switch (s) {
                case Stmt.Insert ins -> check(input, ins.slice(), true, out);
                case Stmt.Assign a when a.op() == null && a.target() instanceof Expr.Field f && f.field().name().equals("slice") ->
                        check(input, a.value(), false, out);
                default -> { } // only slice-carrying statements matter here
            }
        }
    }

    private static void check(LintInput input, Expr slice, boolean zeroIsSuspect, Findings out) {
        BigInteger v = input.constants().of(slice);
        if (v == null) return;
        if (v.signum() == 0) {
            if (!zeroIsSuspect) return;
            out.add(LintRule.ZERO_SLICE, slice.span(), "a zero slice keeps the task's leftover slice, usually none; give a duration such as 5ms");
        } else if (v.compareTo(ONE_SECOND) > 0) {
            out.add(LintRule.HUGE_SLICE, slice.span(), "a slice of " + describe(v) + " lets one task hold a CPU for over a second");
        }
    }

    private static String describe(BigInteger ns) {
        BigInteger[] qr = ns.divideAndRemainder(ONE_SECOND);
        return qr[1].signum() == 0 ? qr[0] + "s" : ns + "ns";
    }
}
