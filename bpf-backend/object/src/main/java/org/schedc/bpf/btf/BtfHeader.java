package org.schedc.bpf.btf;

/** The parsed, bounds-checked 24-byte (or longer) .BTF header; offsets are absolute in the input. */
record BtfHeader(int typeStart, int typeLen, int strStart, int strLen) {

    static BtfHeader parse(byte[] raw) throws BtfFormatException {
        LeBytes b = new LeBytes(raw, raw.length, ".BTF");
        b.need(0, BtfKind.HEADER_LEN, "header");
        int magic = b.u16(0);
        if (magic != BtfKind.MAGIC) {
            throw new BtfFormatException(".BTF: bad magic 0x" + Integer.toHexString(magic) + " at byte offset 0 (expected 0xeb9f, little-endian)");
        }
        if (b.u8(2) != 1) throw new BtfFormatException(".BTF: unsupported version " + b.u8(2) + " at byte offset 2");
        long hdrLen = Integer.toUnsignedLong(b.u32(4));
        if (hdrLen < BtfKind.HEADER_LEN || hdrLen > raw.length) {
            throw new BtfFormatException(".BTF: header length " + hdrLen + " at byte offset 4 is not in 24.." + raw.length);
        }
        long typeOff = Integer.toUnsignedLong(b.u32(8));
        long typeLen = Integer.toUnsignedLong(b.u32(12));
        long strOff = Integer.toUnsignedLong(b.u32(16));
        long strLen = Integer.toUnsignedLong(b.u32(20));
        long dataLen = raw.length - hdrLen;
        if (typeOff + typeLen > dataLen) {
            throw new BtfFormatException(".BTF: type section [" + typeOff + ", +" + typeLen + ") exceeds the " + dataLen + " data bytes after the header");
        }
        if (strOff + strLen > dataLen) {
            throw new BtfFormatException(".BTF: string section [" + strOff + ", +" + strLen + ") exceeds the " + dataLen + " data bytes after the header");
        }
        if (typeOff % 4 != 0) throw new BtfFormatException(".BTF: type section offset " + typeOff + " is not 4-byte aligned");
        if (typeLen % 4 != 0) throw new BtfFormatException(".BTF: type section length " + typeLen + " is not a multiple of 4");
        if (typeOff < strOff + strLen && strOff < typeOff + typeLen) {
            throw new BtfFormatException(".BTF: type and string sections overlap");
        }
        if (strLen > 0 && raw[(int) (hdrLen + strOff)] != 0) {
            throw new BtfFormatException(".BTF: string section does not start with an empty string (byte offset " + (hdrLen + strOff) + ")");
        }
        return new BtfHeader((int) (hdrLen + typeOff), (int) typeLen, (int) (hdrLen + strOff), (int) strLen);
    }
}
