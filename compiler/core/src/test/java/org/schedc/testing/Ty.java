package org.schedc.testing;

import java.util.List;
import java.util.Random;

/** The types a generated expression is built for; integer ranges decide which literals fit. */
enum Ty {
    U8("u8", 8, false), U16("u16", 16, false), U32("u32", 32, false), U64("u64", 64, false),
    S8("s8", 8, true), S16("s16", 16, true), S32("s32", 32, true), S64("s64", 64, true),
    BOOL("bool", 1, false), TASK("task", 64, false), OPAQUE("?", 64, false);

    private static final List<Ty> INTEGERS = List.of(U8, U16, U32, U64, S8, S16, S32, S64);

    private final String spelling;
    final int bits;
    final boolean signed;

    Ty(String spelling, int bits, boolean signed) {
        this.spelling = spelling;
        this.bits = bits;
        this.signed = signed;
    }

    String spelling() { return spelling; }

    boolean integer() { return INTEGERS.contains(this); }

    /** Mostly the two types policies use most, sometimes any other width. */
    static Ty anyInteger(Random rnd) {
        int c = rnd.nextInt(10);
        return c < 4 ? U64 : c < 6 ? S32 : INTEGERS.get(rnd.nextInt(INTEGERS.size()));
    }

    /** A literal that fits: small ones mostly, sometimes the type's extremes. */
    String literal(Random rnd) {
        long max = bits == 64 ? Long.MAX_VALUE : signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        long v = switch (rnd.nextInt(6)) {
            case 0 -> max;
            case 1 -> signed ? -max : 0;
            default -> rnd.nextInt((int) Math.min(max, 1000) + 1);
        };
        if (signed && v > 0 && rnd.nextInt(3) == 0) v = -v;
        return v < 0 ? "(" + v + ")" : Long.toString(v);
    }

    /** Whether the untyped constant {@code v} fits this type. */
    boolean fits(long v) {
        if (bits == 64) return signed || v >= 0;
        long lo = signed ? -(1L << (bits - 1)) : 0, hi = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        return v >= lo && v <= hi;
    }
}
