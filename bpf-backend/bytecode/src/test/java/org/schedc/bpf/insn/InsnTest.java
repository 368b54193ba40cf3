package org.schedc.bpf.insn;

import static org.junit.jupiter.api.Assertions.*;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class InsnTest {

    @Property
    void encodeDecodeRoundTrip(@ForAll @IntRange(min = 0, max = 255) int opcode,
                               @ForAll @IntRange(min = 0, max = 15) int dst,
                               @ForAll @IntRange(min = 0, max = 15) int src,
                               @ForAll @IntRange(min = Short.MIN_VALUE, max = Short.MAX_VALUE) int off,
                               @ForAll int imm,
                               @ForAll @IntRange(min = 0, max = 3) int slot) {
        Insn insn = new Insn(opcode, dst, src, off, imm);
        byte[] buf = new byte[32];
        insn.encode(buf, slot * 8);
        assertEquals(insn, Insn.decode(buf, slot * 8));
    }

    @Test
    void encodesLittleEndianWithRegisterNibbles() {
        // r2 = *(u64 *)(r6 + 8): 79 62 08 00 00 00 00 00 (as llvm-objdump shows it)
        assertArrayEquals(bytes(0x79, 0x62, 0x08, 0, 0, 0, 0, 0), new Insn(0x79, 2, 6, 8, 0).toBytes());
        // r1 += -8: 07 01 00 00 f8 ff ff ff
        assertArrayEquals(bytes(0x07, 0x01, 0, 0, 0xf8, 0xff, 0xff, 0xff), new Insn(0x07, 1, 0, 0, -8).toBytes());
        // if w1 s> -1 goto -2: 66 01 fe ff ff ff ff ff
        assertArrayEquals(bytes(0x66, 0x01, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff), new Insn(0x66, 1, 0, -2, -1).toBytes());
    }

    @Test
    void decodesSignedFields() {
        Insn insn = Insn.decode(bytes(0x85, 0x10, 0x00, 0x80, 0xff, 0xff, 0xff, 0xff), 0);
        assertEquals(new Insn(0x85, 0, 1, Short.MIN_VALUE, -1), insn);
    }

    @Test
    void ldImm64IsRecognised() {
        assertTrue(new Insn(0x18, 1, 0, 0, 0).isLdImm64());
        assertFalse(new Insn(0x79, 1, 0, 0, 0).isLdImm64());
        assertEquals(Opcodes.BPF_LD_IMM64, Opcodes.BPF_LD | Opcodes.BPF_IMM | Opcodes.BPF_DW);
    }

    @Test
    void truncatedInputIsADecodeError() {
        InsnDecodeException e = assertThrows(InsnDecodeException.class, () -> Insn.decode(new byte[12], 8));
        assertTrue(e.getMessage().contains("byte 8 of 12"), e.getMessage());
    }

    @Test
    void fieldsOutOfRangeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Insn(256, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Insn(0, 16, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Insn(0, 0, 0, 40000, 0));
    }

    static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }
}
