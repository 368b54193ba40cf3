package org.schedc.sema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.schedc.testing.Compilation;

/** The checker folds constant expressions with the language's defined overflow: wrap-around at the type's width. */
class ConstantFoldingTest {
    private static final Type.Int U8 = (Type.Int) Type.U8, S8 = (Type.Int) Type.S8, U64 = (Type.Int) Type.U64, S32 = (Type.Int) Type.S32;

    @Test
    void wrapReducesToTheTypeRange() {
        assertEquals(BigInteger.valueOf(44), ConstantFolding.wrap(BigInteger.valueOf(300), U8));
        assertEquals(BigInteger.valueOf(-56), ConstantFolding.wrap(BigInteger.valueOf(200), S8));
        assertEquals(BigInteger.valueOf(255), ConstantFolding.wrap(BigInteger.valueOf(-1), U8));
        assertEquals(new BigInteger("18446744073709551615"), ConstantFolding.wrap(BigInteger.valueOf(-1), U64));
        assertEquals(BigInteger.valueOf(Integer.MIN_VALUE), ConstantFolding.wrap(BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE), S32));
    }

    @Property(tries = 500)
    void wrapIsAModularProjection(@ForAll long v, @ForAll @IntRange(min = 0, max = 7) int which) {
        Type.Int t = (Type.Int) java.util.List.of(Type.U8, Type.U16, Type.U32, Type.U64, Type.S8, Type.S16, Type.S32, Type.S64).get(which);
        BigInteger w = ConstantFolding.wrap(BigInteger.valueOf(v), t);
        assertTrue(w.compareTo(t.min()) >= 0 && w.compareTo(t.max()) <= 0, () -> w + " outside " + t.display());
        assertEquals(0, w.subtract(BigInteger.valueOf(v)).mod(BigInteger.ONE.shiftLeft(t.bits())).signum(), "same value modulo 2^bits");
        assertEquals(w, ConstantFolding.wrap(w, t), "wrapping twice changes nothing");
    }

    private static BigInteger constant(String decl, String name) {
        String text = "policy t {\n  " + decl + "\n  queue q: fifo\n  on enqueue(p, enq_flags) {\n    insert p into q slice 5ms\n  }\n"
                + "  on dispatch(cpu, prev) {\n    move q to local\n  }\n}\n";
        Compilation.Outcome o = Compilation.compile(text);
        assertTrue(o.succeeded(), o::golden);
        return o.result().orElseThrow().policy().consts().get(name).value();
    }

    @Test
    void typedConstantsWrapAtTheirWidth() {
        assertEquals(BigInteger.valueOf(44), constant("const X: u8 = 200 + 100", "X"));
        assertEquals(BigInteger.valueOf(-128), constant("const X: s8 = 127 + 1", "X"));
        assertEquals(BigInteger.ZERO, constant("const X: u32 = 0xffffffff + 1", "X"));
        assertEquals(new BigInteger("18446744073709551615"), constant("const X: u64 = 0 - 1", "X"));
    }

    @Test
    void untypedConstantsAreExactAndFoldBpfDivision() {
        assertEquals(BigInteger.valueOf(5_000_000), constant("const X = 5ms", "X"));
        assertEquals(BigInteger.valueOf(1L << 40), constant("const X = 1 << 40", "X"));
        assertEquals(BigInteger.ZERO, constant("const X = 7 / 0", "X"), "BPF: x / 0 == 0");
        assertEquals(BigInteger.valueOf(7), constant("const X = 7 % 0", "X"), "BPF: x % 0 == x");
        assertEquals(BigInteger.valueOf(3), constant("const X = min(3, 9)", "X"));
    }
}
