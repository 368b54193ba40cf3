package org.schedc.verifier;

/**
 * A tracked number: bits set in {@code mask} are unknown, the others equal the bits of {@code value}. Operations are
 * sound over-approximations: every concrete result of the operation on members of the inputs is a member of the output.
 */
public record Tnum(long value, long mask) {
    public static final Tnum UNKNOWN = new Tnum(0, -1L);

    public Tnum {
        value &= ~mask; // canonical form: unknown bits are 0 in value, so equals() is semantic
    }

    public static Tnum constant(long v) { return new Tnum(v, 0); }

    /** Smallest tnum holding every unsigned value in [min, max]. */
    public static Tnum range(long min, long max) {
        long chi = min ^ max;
        int bits = 64 - Long.numberOfLeadingZeros(chi);
        if (bits > 63) return UNKNOWN;
        long delta = (1L << bits) - 1;
        return new Tnum(min & ~delta, delta);
    }

    public boolean isConst() { return mask == 0; }

    public boolean contains(long v) { return (v & ~mask) == value; }

    /** True when every member of {@code other} is a member of this. */
    public boolean includes(Tnum other) {
        if ((other.mask & ~mask) != 0) return false;
        return value == (other.value & ~mask);
    }

    public long min() { return value; }

    public long max() { return value | mask; }

    public Tnum add(Tnum b) {
        long sm = mask + b.mask, sv = value + b.value;
        long chi = (sm + sv) ^ sv;
        long mu = chi | mask | b.mask;
        return new Tnum(sv & ~mu, mu);
    }

    public Tnum sub(Tnum b) {
        long dv = value - b.value;
        long chi = (dv + mask) ^ (dv - b.mask);
        long mu = chi | mask | b.mask;
        return new Tnum(dv & ~mu, mu);
    }

    public Tnum and(Tnum b) {
        long v = value & b.value;
        return new Tnum(v, (value | mask) & (b.value | b.mask) & ~v);
    }

    public Tnum or(Tnum b) {
        long v = value | b.value;
        return new Tnum(v, (mask | b.mask) & ~v);
    }

    public Tnum xor(Tnum b) {
        long mu = mask | b.mask;
        return new Tnum((value ^ b.value) & ~mu, mu);
    }

    /** Exact for constants; otherwise only the known trailing zero bits of both factors survive. */
    public Tnum mul(Tnum b) {
        if (isConst() && b.isConst()) return constant(value * b.value);
        int tz = Math.min(64, Long.numberOfTrailingZeros(value | mask) + Long.numberOfTrailingZeros(b.value | b.mask));
        if (tz >= 64) return constant(0);
        return new Tnum(0, -1L << tz);
    }

    public Tnum shl(int n) { return new Tnum(value << n, mask << n); }

    public Tnum shr(int n) { return new Tnum(value >>> n, mask >>> n); }

    /** Arithmetic shift: an unknown sign bit spreads as unknown bits. */
    public Tnum sar(int n) { return new Tnum(value >> n, mask >> n); }

    public Tnum intersect(Tnum b) {
        long mu = mask & b.mask;
        return new Tnum((value | b.value) & ~mu, mu);
    }

    /** The low {@code bytes} bytes, zero-extended. */
    public Tnum truncate(int bytes) {
        if (bytes >= 8) return this;
        long keep = (1L << (bytes * 8)) - 1;
        return new Tnum(value & keep, mask & keep);
    }

    /** Sign-extends the low {@code bits} bits. */
    public Tnum signExtend(int bits) {
        int sh = 64 - bits;
        return new Tnum((value << sh) >> sh, (mask << sh) >> sh);
    }

    /** Kernel-style text: the constant, or (value; mask) in hex. */
    @Override
    public String toString() {
        return isConst() ? Long.toString(value) : "(0x" + Long.toHexString(value) + "; 0x" + Long.toHexString(mask) + ")";
    }
}
