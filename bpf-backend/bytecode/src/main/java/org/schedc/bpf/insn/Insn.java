package org.schedc.bpf.insn;

/**
 * One 8-byte eBPF instruction slot exactly as stored: opcode, dst/src register nibbles, signed 16-bit offset and
 * signed 32-bit immediate. An {@code ld_imm64} occupies two slots; its second slot is an {@code Insn} with opcode 0
 * whose {@code imm} holds the upper 32 bits.
 */
public record Insn(int opcode, int dst, int src, int off, int imm) {

    public static final int SIZE = 8;

    public Insn {
        // Out-of-range fields would silently be truncated by encode(); callers validate user input before this.
        if (opcode < 0 || opcode > 0xff) throw new IllegalArgumentException("opcode out of range: " + opcode);
        if (dst < 0 || dst > 0xf) throw new IllegalArgumentException("dst register out of range: " + dst);
        if (src < 0 || src > 0xf) throw new IllegalArgumentException("src register out of range: " + src);
        if (off < Short.MIN_VALUE || off > Short.MAX_VALUE) throw new IllegalArgumentException("offset does not fit 16 bits: " + off);
    }

    /** Writes the 8 little-endian bytes at {@code pos}. */
    public void encode(byte[] buf, int pos) {
        checkRoom(buf, pos);
        buf[pos] = (byte) opcode;
        buf[pos + 1] = (byte) (dst | src << 4);
        buf[pos + 2] = (byte) off;
        buf[pos + 3] = (byte) (off >> 8);
        buf[pos + 4] = (byte) imm;
        buf[pos + 5] = (byte) (imm >> 8);
        buf[pos + 6] = (byte) (imm >> 16);
        buf[pos + 7] = (byte) (imm >> 24);
    }

    /** Reads the 8 bytes at {@code pos}; any opcode is accepted (classifying it is the disassembler's job). */
    public static Insn decode(byte[] buf, int pos) {
        checkRoom(buf, pos);
        int regs = buf[pos + 1] & 0xff;
        int off = (short) ((buf[pos + 2] & 0xff) | (buf[pos + 3] & 0xff) << 8);
        int imm = (buf[pos + 4] & 0xff) | (buf[pos + 5] & 0xff) << 8 | (buf[pos + 6] & 0xff) << 16 | (buf[pos + 7] & 0xff) << 24;
        return new Insn(buf[pos] & 0xff, regs & 0xf, regs >>> 4, off, imm);
    }

    /** True for the first slot of a 64-bit immediate load (opcode 0x18), which takes two slots. */
    public boolean isLdImm64() {
        return opcode == Opcodes.BPF_LD_IMM64;
    }

    public byte[] toBytes() {
        byte[] b = new byte[SIZE];
        encode(b, 0);
        return b;
    }

    private static void checkRoom(byte[] buf, int pos) {
        if (pos < 0 || pos > buf.length - SIZE) {
            throw new InsnDecodeException("no room for an 8-byte instruction at byte " + pos + " of " + buf.length);
        }
    }
}
