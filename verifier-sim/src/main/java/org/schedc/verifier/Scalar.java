package org.schedc.verifier;

/**
 * Abstract 64-bit scalar: a tnum plus signed and unsigned ranges, kept mutually consistent by {@link #of}, which
 * plays the kernel's reg_bounds_sync role. 32-bit values are represented zero-extended (upper half known zero).
 */
public record Scalar(Tnum t, long smin, long smax, long umin, long umax) {
    static final long U32_MAX = 0xffff_ffffL;
    public static final Scalar UNKNOWN = new Scalar(Tnum.UNKNOWN, Long.MIN_VALUE, Long.MAX_VALUE, 0, -1L);

    public static Scalar constant(long v) { return new Scalar(Tnum.constant(v), v, v, v, v); }

    public static Scalar unsigned(long lo, long hi) { return of(Tnum.UNKNOWN, Long.MIN_VALUE, Long.MAX_VALUE, lo, hi); }

    public static Scalar signed(long lo, long hi) { return of(Tnum.UNKNOWN, lo, hi, 0, -1L); }

    public static Scalar ofTnum(Tnum t) { return of(t, Long.MIN_VALUE, Long.MAX_VALUE, 0, -1L); }

    /** Any value of {@code bytes} bytes, zero-extended. */
    public static Scalar unknownOfSize(int bytes) {
        return bytes >= 8 ? UNKNOWN : unsigned(0, (1L << (bytes * 8)) - 1);
    }

    /**
     * Normalises the components against each other; returns null when they describe no value at all (used by branch
     * refinement to detect a dead branch).
     */
    public static Scalar of(Tnum t, long smin, long smax, long umin, long umax) {
        for (int round = 0; round < 3; round++) {
            umin = umax(umin, t.min());
            umax = umin(umax, t.max());
            boolean signKnown = t.mask() >= 0;
            long tsmin = signKnown ? t.value() : t.value() | Long.MIN_VALUE;
            long tsmax = signKnown ? t.value() | t.mask() : (t.value() | t.mask()) & Long.MAX_VALUE;
            smin = Math.max(smin, tsmin);
            smax = Math.min(smax, tsmax);
            if (Long.compareUnsigned(umin, umax) > 0 || smin > smax) return null;
            if ((umin ^ umax) >= 0) { // unsigned range does not cross the sign boundary: it is a signed range too
                smin = Math.max(smin, umin);
                smax = Math.min(smax, umax);
            }
            if ((smin ^ smax) >= 0) {
                umin = umax(umin, smin);
                umax = umin(umax, smax);
            }
            if (Long.compareUnsigned(umin, umax) > 0 || smin > smax) return null;
            Tnum r = Tnum.range(umin, umax);
            if (((t.value() ^ r.value()) & ~t.mask() & ~r.mask()) != 0) return null;
            t = t.intersect(r);
        }
        return new Scalar(t, smin, smax, umin, umax);
    }

    static long umax(long a, long b) { return Long.compareUnsigned(a, b) >= 0 ? a : b; }

    static long umin(long a, long b) { return Long.compareUnsigned(a, b) <= 0 ? a : b; }

    public boolean isConst() { return t.isConst(); }

    public long constValue() { return t.value(); }

    public boolean contains(long v) {
        return t.contains(v) && v >= smin && v <= smax && Long.compareUnsigned(v, umin) >= 0 && Long.compareUnsigned(v, umax) <= 0;
    }

    /** True when every value of {@code other} is a value of this (state pruning). */
    public boolean includes(Scalar other) {
        return t.includes(other.t) && smin <= other.smin && smax >= other.smax
                && Long.compareUnsigned(umin, other.umin) <= 0 && Long.compareUnsigned(umax, other.umax) >= 0;
    }

    /** Intersection, or null when empty. */
    public Scalar meet(Scalar o) {
        if (((t.value() ^ o.t.value()) & ~t.mask() & ~o.t.mask()) != 0) return null;
        return of(t.intersect(o.t), Math.max(smin, o.smin), Math.min(smax, o.smax), umax(umin, o.umin), umin(umax, o.umax));
    }

    /** The low {@code bytes} bytes, zero-extended. */
    public Scalar truncate(int bytes) {
        if (bytes >= 8) return this;
        long m = (1L << (bytes * 8)) - 1;
        Tnum tt = t.truncate(bytes);
        int shift = bytes * 8;
        long lo, hi;
        if (Long.compareUnsigned(umax, m) <= 0) { lo = umin; hi = umax; }
        else if ((umin >>> shift) == (umax >>> shift)) { lo = umin & m; hi = umax & m; }
        else { lo = 0; hi = m; }
        Scalar s = of(tt, Long.MIN_VALUE, Long.MAX_VALUE, lo, hi);
        return s != null ? s : of(tt, Long.MIN_VALUE, Long.MAX_VALUE, 0, m);
    }

    /** Sign-extends the low {@code bits} bits (8, 16 or 32) of this value. */
    public Scalar signExtend(int bits) {
        Scalar low = truncate(bits / 8);
        long half = 1L << (bits - 1), full = 1L << bits;
        Tnum tt = low.t.signExtend(bits);
        long lo, hi;
        if (Long.compareUnsigned(low.umax, half - 1) <= 0) { lo = low.umin; hi = low.umax; }
        else if (Long.compareUnsigned(low.umin, half) >= 0) { lo = low.umin - full; hi = low.umax - full; }
        else { lo = -half; hi = half - 1; }
        Scalar s = of(tt, lo, hi, 0, -1L);
        return s != null ? s : of(tt, -half, half - 1, 0, -1L);
    }

    /** Kernel-like text: "42" or "scalar(smin=..,smax=..,umin=..,umax=..,var_off=..)". */
    @Override
    public String toString() {
        if (isConst()) return Long.toString(constValue());
        StringBuilder b = new StringBuilder("scalar(");
        if (smin != Long.MIN_VALUE) b.append("smin=").append(smin).append(',');
        if (smax != Long.MAX_VALUE) b.append("smax=").append(smax).append(',');
        if (umin != 0) b.append("umin=").append(Long.toUnsignedString(umin)).append(',');
        if (umax != -1L) b.append("umax=").append(Long.toUnsignedString(umax)).append(',');
        if (t.mask() != -1L) b.append("var_off=").append(t).append(',');
        if (b.charAt(b.length() - 1) == ',') b.setLength(b.length() - 1);
        return b.append(')').toString();
    }
}
