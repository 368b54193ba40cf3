package org.schedc.bpf.elf;

/** Unchecked little-endian accessors; callers check bounds first. */
final class LittleEndian {
    private LittleEndian() {}

    static int u16(byte[] d, int p) {
        return (d[p] & 0xff) | (d[p + 1] & 0xff) << 8;
    }

    static long u32(byte[] d, int p) {
        return Integer.toUnsignedLong((d[p] & 0xff) | (d[p + 1] & 0xff) << 8 | (d[p + 2] & 0xff) << 16 | (d[p + 3] & 0xff) << 24);
    }

    static long u64(byte[] d, int p) {
        return u32(d, p) | u32(d, p + 4) << 32;
    }

    static void put16(byte[] d, int p, int v) {
        d[p] = (byte) v;
        d[p + 1] = (byte) (v >>> 8);
    }

    static void put32(byte[] d, int p, long v) {
        for (int i = 0; i < 4; i++) d[p + i] = (byte) (v >>> (8 * i));
    }

    static void put64(byte[] d, int p, long v) {
        for (int i = 0; i < 8; i++) d[p + i] = (byte) (v >>> (8 * i));
    }
}
