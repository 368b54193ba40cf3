package org.schedc.sim;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated address space: numbered regions (stack, map values, global data, kernel objects), an address being
 * {@code region << 32 | offset}. Region 0 is never allocated, so 0 is the null pointer and small integers are
 * never valid addresses. Every access is bounds-checked against its region: an out-of-region access is a
 * {@link SimError} naming the access (the verifier would have refused it; reaching it means the model differs).
 */
final class Memory {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    private final List<byte[]> regions = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Boolean> readOnly = new ArrayList<>();

    Memory() {
        add("null", new byte[0], true);
    }

    /** Adds a region and returns the address of its first byte. */
    long add(String name, byte[] data, boolean ro) {
        regions.add(data);
        names.add(name);
        readOnly.add(ro);
        return (long) (regions.size() - 1) << 32;
    }

    static int regionOf(long addr) { return (int) (addr >>> 32); }

    static int offsetOf(long addr) { return (int) addr; }

    byte[] bytes(long addr) { return regions.get(regionOf(addr)); }

    String name(long addr) { return names.get(regionOf(addr)); }

    private byte[] check(long addr, int size, boolean write) {
        int r = regionOf(addr);
        int off = offsetOf(addr);
        if (r <= 0 || r >= regions.size()) throw new SimError(SimError.Kind.FAULT, "access of " + size + " bytes at 0x" + Long.toHexString(addr) + ": not a mapped address");
        byte[] d = regions.get(r);
        if (off < 0 || off > d.length - size) {
            throw new SimError(SimError.Kind.FAULT, "access of " + size + " bytes at offset " + off + " of " + names.get(r) + " (" + d.length + " bytes)");
        }
        if (write && readOnly.get(r)) throw new SimError(SimError.Kind.FAULT, "write to read-only " + names.get(r));
        return d;
    }

    long load(long addr, int size) {
        byte[] d = check(addr, size, false);
        int o = offsetOf(addr);
        return switch (size) {
            case 1 -> d[o] & 0xffL;
            case 2 -> (short) SHORT.get(d, o) & 0xffffL;
            case 4 -> (int) INT.get(d, o) & 0xffff_ffffL;
            default -> (long) LONG.get(d, o);
        };
    }

    void store(long addr, int size, long v) {
        byte[] d = check(addr, size, true);
        int o = offsetOf(addr);
        switch (size) {
            case 1 -> d[o] = (byte) v;
            case 2 -> SHORT.set(d, o, (short) v);
            case 4 -> INT.set(d, o, (int) v);
            default -> LONG.set(d, o, v);
        }
    }

    /** {@code n} bytes at addr, copied (a map key, a string). */
    byte[] read(long addr, int n) {
        byte[] d = check(addr, n, false);
        byte[] out = new byte[n];
        System.arraycopy(d, offsetOf(addr), out, 0, n);
        return out;
    }

    void write(long addr, byte[] src) {
        byte[] d = check(addr, src.length, true);
        System.arraycopy(src, 0, d, offsetOf(addr), src.length);
    }

    /** Raw write that ignores read-only (the loader filling .rodata, the model filling kernel objects). */
    void init(long addr, int size, long v) {
        int r = regionOf(addr);
        boolean ro = readOnly.get(r);
        readOnly.set(r, false);
        try {
            store(addr, size, v);
        } finally {
            readOnly.set(r, ro);
        }
    }
}
