package org.schedc.control;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/** Reads the fields of a map value as the BPF target stores them (little-endian); used by generated state records. */
public final class Values {
    private Values() {
    }

    public static byte[] intKey(int k) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(k).array();
    }

    private static ByteBuffer le(byte[] v) {
        return ByteBuffer.wrap(v).order(ByteOrder.LITTLE_ENDIAN);
    }

    public static boolean bool(byte[] v, int offset) {
        return v[offset] != 0;
    }

    public static int u8(byte[] v, int offset) {
        return Byte.toUnsignedInt(v[offset]);
    }

    public static int s8(byte[] v, int offset) {
        return v[offset];
    }

    public static int u16(byte[] v, int offset) {
        return Short.toUnsignedInt(le(v).getShort(offset));
    }

    public static int s16(byte[] v, int offset) {
        return le(v).getShort(offset);
    }

    public static long u32(byte[] v, int offset) {
        return Integer.toUnsignedLong(le(v).getInt(offset));
    }

    public static int s32(byte[] v, int offset) {
        return le(v).getInt(offset);
    }

    /** A u64 or s64 (Java has no unsigned long: print a u64 with {@link Long#toUnsignedString}). */
    public static long s64(byte[] v, int offset) {
        return le(v).getLong(offset);
    }

    public static byte[] bytes(byte[] v, int offset, int length) {
        return Arrays.copyOfRange(v, offset, offset + length);
    }
}
