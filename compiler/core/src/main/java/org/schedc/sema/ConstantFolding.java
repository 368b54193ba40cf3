package org.schedc.sema;

import java.math.BigInteger;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;

/** Compile-time values with the language's semantics: wrap-around at the type's width, BPF division by zero. */
final class ConstantFolding {
    private final SemaContext ctx;

    ConstantFolding(SemaContext ctx) { this.ctx = ctx; }

    /** A literal's value, time units converted to nanoseconds. */
    static BigInteger literalValue(Expr.IntLit lit) {
        BigInteger v = lit.value();
        if (lit.unit() == null) return v;
        return v.multiply(switch (lit.unit()) {
            case NS -> BigInteger.ONE;
            case US -> BigInteger.valueOf(1_000);
            case MS -> BigInteger.valueOf(1_000_000);
            case S -> BigInteger.valueOf(1_000_000_000);
        });
    }

    /** {@code &&} / {@code ||} of two constant conditions. */
    void foldLogical(Expr.Binary b) {
        BigInteger l = ctx.recorded.constant(b.left()), r = ctx.recorded.constant(b.right());
        if (l == null || r == null) return;
        boolean and = b.op() == Ast.BinaryOp.AND;
        ctx.recorded.constants.put(b, bool(and ? l.signum() != 0 && r.signum() != 0 : l.signum() != 0 || r.signum() != 0));
    }

    /** Records the value of {@code b} when both operands are constants; {@code t} is the operation's type. */
    void foldBinary(Expr.Binary b, Type t, boolean comparison) {
        BigInteger l = ctx.recorded.constant(b.left()), r = ctx.recorded.constant(b.right());
        if (l == null || r == null) return;
        BigInteger v = switch (b.op()) {
            case ADD -> l.add(r);
            case SUB -> l.subtract(r);
            case MUL -> l.multiply(r);
            // BPF semantics: x / 0 == 0 and x % 0 == x.
            case DIV -> r.signum() == 0 ? BigInteger.ZERO : l.divide(r);
            case MOD -> r.signum() == 0 ? l : l.remainder(r);
            case BIT_AND -> l.and(r);
            case BIT_OR -> l.or(r);
            case BIT_XOR -> l.xor(r);
            case SHL -> l.shiftLeft(r.intValue() & 63);
            case SHR -> l.shiftRight(r.intValue() & 63);
            case EQ -> bool(l.equals(r));
            case NE -> bool(!l.equals(r));
            case LT -> bool(l.compareTo(r) < 0);
            case LE -> bool(l.compareTo(r) <= 0);
            case GT -> bool(l.compareTo(r) > 0);
            case GE -> bool(l.compareTo(r) >= 0);
            case AND, OR -> throw new IllegalStateException("folded by foldLogical");
        };
        if (!comparison && t instanceof Type.Int it) v = wrap(v, it);
        if (!comparison && t instanceof Type.UntypedInt && v.bitLength() > 64) {
            ctx.report(TypeErrors.constantOverflow(b.span()));
            return;
        }
        ctx.recorded.constants.put(b, v);
    }

    private static BigInteger bool(boolean b) { return b ? BigInteger.ONE : BigInteger.ZERO; }

    /** Wrap-around to the type's width (the language's defined overflow). */
    static BigInteger wrap(BigInteger v, Type.Int t) {
        BigInteger mod = BigInteger.ONE.shiftLeft(t.bits());
        BigInteger r = v.mod(mod);
        if (t.signed() && r.testBit(t.bits() - 1)) r = r.subtract(mod);
        return r;
    }

    static String symbol(Ast.BinaryOp op) {
        return switch (op) {
            case ADD -> "+"; case SUB -> "-"; case MUL -> "*"; case DIV -> "/"; case MOD -> "%";
            case BIT_AND -> "&"; case BIT_OR -> "|"; case BIT_XOR -> "^"; case SHL -> "<<"; case SHR -> ">>";
            case EQ -> "=="; case NE -> "!="; case LT -> "<"; case LE -> "<="; case GT -> ">"; case GE -> ">=";
            case AND -> "&&"; case OR -> "||";
        };
    }
}
