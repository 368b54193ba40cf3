package org.schedc.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.schedc.ir.Ir.AluOp;
import org.schedc.ir.Ir.Cond;
import org.schedc.ir.BpfSemantics;

/** Constant folding must compute exactly what the BPF instruction would (kernel ISA semantics). */
class BpfSemanticsTest {
    private static final long MIN = Long.MIN_VALUE;

    @Test
    void divisionAndModuloByZeroFollowBpf() {
        assertEquals(0, BpfSemantics.evaluate(AluOp.DIV, 42, 0), "x / 0 == 0");
        assertEquals(0, BpfSemantics.evaluate(AluOp.SDIV, -42, 0));
        assertEquals(42, BpfSemantics.evaluate(AluOp.MOD, 42, 0), "x % 0 == x");
        assertEquals(-42, BpfSemantics.evaluate(AluOp.SMOD, -42, 0));
    }

    @Test
    void signedOverflowCases() {
        assertEquals(MIN, BpfSemantics.evaluate(AluOp.SDIV, MIN, -1), "INT_MIN / -1 wraps to INT_MIN");
        assertEquals(0, BpfSemantics.evaluate(AluOp.SMOD, MIN, -1), "INT_MIN % -1 == 0");
        assertEquals(-3, BpfSemantics.evaluate(AluOp.SDIV, -7, 2), "signed division truncates toward zero");
        assertEquals(-1, BpfSemantics.evaluate(AluOp.SMOD, -7, 2), "the remainder takes the dividend's sign");
        assertEquals(1, BpfSemantics.evaluate(AluOp.SMOD, 7, -2));
    }

    @Test
    void unsignedDivisionTreatsOperandsAsU64() {
        assertEquals(Long.parseUnsignedLong("9223372036854775807"), BpfSemantics.evaluate(AluOp.DIV, -2, 2));
        assertEquals(1, BpfSemantics.evaluate(AluOp.MOD, -1, 2));
        assertEquals(0, BpfSemantics.evaluate(AluOp.DIV, 5, -1), "5 / 0xffff... is 0 unsigned");
    }

    @Test
    void shiftCountsAreMaskedTo63() {
        assertEquals(2, BpfSemantics.evaluate(AluOp.LSH, 1, 65));
        assertEquals(1L << 63 >>> 63, BpfSemantics.evaluate(AluOp.RSH, MIN, 63));
        assertEquals(-1, BpfSemantics.evaluate(AluOp.ARSH, MIN, 63));
        assertEquals(MIN >>> 1, BpfSemantics.evaluate(AluOp.RSH, MIN, 1), "logical shift fills with zeros");
        assertEquals(MIN >> 1, BpfSemantics.evaluate(AluOp.ARSH, MIN, 1), "arithmetic shift keeps the sign");
    }

    @Test
    void normaliseTruncatesAndExtends() {
        assertEquals(0xff, BpfSemantics.normalise(-1, 8, false));
        assertEquals(-1, BpfSemantics.normalise(0xff, 8, true));
        assertEquals(0x7fff, BpfSemantics.normalise(0x12347fff, 16, true));
        assertEquals(-0x8000, BpfSemantics.normalise(0x8000, 16, true));
        assertEquals(0xffffffffL, BpfSemantics.normalise(-1, 32, false));
        assertEquals(Integer.MIN_VALUE, BpfSemantics.normalise(0x80000000L, 32, true));
        assertEquals(-5, BpfSemantics.normalise(-5, 64, true));
    }

    /** Reference semantics with unbounded integers, reduced mod 2^64 (the ISA's definition). */
    private static long reference(AluOp op, long a, long b) {
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        BigInteger ua = new BigInteger(Long.toUnsignedString(a)), ub = new BigInteger(Long.toUnsignedString(b));
        BigInteger sa = BigInteger.valueOf(a), sb = BigInteger.valueOf(b);
        BigInteger r = switch (op) {
            case ADD -> sa.add(sb);
            case SUB -> sa.subtract(sb);
            case MUL -> sa.multiply(sb);
            case DIV -> ub.signum() == 0 ? BigInteger.ZERO : ua.divide(ub);
            case MOD -> ub.signum() == 0 ? ua : ua.mod(ub);
            case SDIV -> sb.signum() == 0 ? BigInteger.ZERO : sa.divide(sb);
            case SMOD -> sb.signum() == 0 ? sa : sa.remainder(sb);
            case AND -> sa.and(sb);
            case OR -> sa.or(sb);
            case XOR -> sa.xor(sb);
            case LSH -> ua.shiftLeft((int) (b & 63));
            case RSH -> ua.shiftRight((int) (b & 63));
            case ARSH -> sa.shiftRight((int) (b & 63));
        };
        return r.mod(two64).longValue();
    }

    @Property(tries = 2000)
    void evaluateMatchesTheIsa(@ForAll AluOp op, @ForAll long a, @ForAll long b) {
        assertEquals(reference(op, a, b), BpfSemantics.evaluate(op, a, b), () -> op + " " + a + " " + b);
    }

    @Property(tries = 1000)
    void conditionsAndTheirNegationsDisagree(@ForAll Cond c, @ForAll long a, @ForAll long b) {
        assertEquals(!BpfSemantics.test(c, a, b), BpfSemantics.test(c.negate(), a, b));
        assertEquals(BpfSemantics.test(c, a, b), BpfSemantics.test(c.swap(), b, a));
    }
}
