package org.schedc.lint;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.sema.CheckedPolicy;

/**
 * Values of constant expressions, for rules about slices. The checker's folded values win when a
 * checked policy is at hand; otherwise a small evaluator covers literals, policy constants and
 * arithmetic, which is what slices are written with. Unknown means "not a constant" (null).
 */
final class ConstantValues {
    private final Map<String, Expr> consts = new HashMap<>();
    private final CheckedPolicy checked;
    private final Set<String> evaluating = new HashSet<>();

    ConstantValues(Iterable<Ast.Item> items, CheckedPolicy checked) {
        this.checked = checked;
        for (Ast.Item item : items) if (item instanceof Ast.Item.Const c) consts.putIfAbsent(c.name().name(), c.value());
    }

    BigInteger of(Expr e) {
        if (e == null) return null;
        if (checked != null) {
            BigInteger folded = checked.constantValues().get(e);
            if (folded != null) return folded;
        }
        return switch (e) {
            case Expr.IntLit lit -> lit.unit() == null ? lit.value() : lit.value().multiply(nanos(lit.unit()));
            case Expr.Name n -> constant(n.name().name());
            case Expr.Cast c -> of(c.value());
            case Expr.Unary u -> switch (u.op()) {
                case NEG -> negate(of(u.operand()));
                case NOT, BIT_NOT -> null;
            };
            case Expr.Binary b -> binary(b.op(), of(b.left()), of(b.right()));
            case Expr.Call c -> null;
            case Expr.Field f -> null;
            case Expr.BoolLit b -> null;
            case Expr.NullLit n -> null;
            case Expr.StringLit s -> null;
            case Expr.Move m -> null;
            case Expr.In in -> null;
            case Expr.Invalid i -> null;
        };
    }

    private BigInteger constant(String name) {
        Expr value = consts.get(name);
        if (value == null || !evaluating.add(name)) return null;
        try {
            return of(value);
        } finally {
            evaluating.remove(name);
        }
    }

    private static BigInteger negate(BigInteger v) { return v == null ? null : v.negate(); }

    private static BigInteger binary(Ast.BinaryOp op, BigInteger l, BigInteger r) {
        if (l == null || r == null) return null;
        return switch (op) {
            case ADD -> l.add(r);
            case SUB -> l.subtract(r);
            case MUL -> l.multiply(r);
            case DIV -> r.signum() == 0 ? BigInteger.ZERO : l.divide(r);
            case MOD -> r.signum() == 0 ? l : l.mod(r.abs());
            case SHL -> r.signum() < 0 || r.intValue() > 63 ? null : l.shiftLeft(r.intValue());
            case SHR -> r.signum() < 0 || r.intValue() > 63 ? null : l.shiftRight(r.intValue());
            case BIT_AND -> l.and(r);
            case BIT_OR -> l.or(r);
            case BIT_XOR -> l.xor(r);
            case EQ, NE, LT, LE, GT, GE, AND, OR -> null;
        };
    }

    private static BigInteger nanos(Ast.TimeUnit unit) {
        return BigInteger.valueOf(switch (unit) {
            case NS -> 1L;
            case US -> 1_000L;
            case MS -> 1_000_000L;
            case S -> 1_000_000_000L;
        });
    }
}
