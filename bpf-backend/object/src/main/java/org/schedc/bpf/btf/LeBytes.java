package org.schedc.bpf.btf;

/** Little-endian reads with bounds checks that report the byte offset instead of throwing index exceptions. */
final class LeBytes {
    private final byte[] data;
    private final int limit;
    private final String what;

    LeBytes(byte[] data, int limit, String what) {
        this.data = data;
        this.limit = limit;
        this.what = what;
    }

    byte[] data() {
        return data;
    }

    boolean has(long off, long n) {
        return off >= 0 && n >= 0 && off + n <= limit;
    }

    void need(long off, long n, String field) throws BtfFormatException {
        if (off < 0 || n < 0 || off + n > limit) {
            throw new BtfFormatException(what + ": " + field + " at byte offset " + off + " needs " + n
                    + " bytes but the data ends at " + limit);
        }
    }

    int u8(int off) {
        return data[off] & 0xff;
    }

    int u16(int off) {
        return (data[off] & 0xff) | (data[off + 1] & 0xff) << 8;
    }

    int u32(int off) {
        return (data[off] & 0xff) | (data[off + 1] & 0xff) << 8 | (data[off + 2] & 0xff) << 16 | (data[off + 3] & 0xff) << 24;
    }
}
