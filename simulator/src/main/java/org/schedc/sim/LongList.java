package org.schedc.sim;

import java.util.Arrays;

/** A growable list of longs (wait samples) without boxing. */
final class LongList {
    private long[] a = new long[16];
    private int n;

    void add(long v) {
        if (n == a.length) a = Arrays.copyOf(a, n * 2);
        a[n++] = v;
    }

    int size() { return n; }

    /** The nearest-rank percentile (p in 0..100) of the values; 0 when empty. */
    long percentile(double p) {
        if (n == 0) return 0;
        long[] s = Arrays.copyOf(a, n);
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return s[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    long[] toArray() { return Arrays.copyOf(a, n); }
}
