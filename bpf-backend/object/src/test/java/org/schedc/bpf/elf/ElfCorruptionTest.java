package org.schedc.bpf.elf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfExtReader;
import org.schedc.bpf.btf.BtfFormatException;
import org.schedc.bpf.btf.BtfReader;

class ElfCorruptionTest {
    private static final byte[] VALID = SampleObjects.everything();

    @Property(tries = 2000)
    void truncationsAndFlipsOnlyRaiseFormatErrors(@ForAll @IntRange(min = 0, max = 1 << 20) int cut, @ForAll("flips") List<int[]> flips) {
        byte[] bytes = VALID.clone();
        for (int[] f : flips) bytes[f[0] % bytes.length] ^= (byte) f[1];
        if (cut % 2 == 0) bytes = Arrays.copyOf(bytes, cut / 2 % (bytes.length + 1));
        ElfObject o;
        try {
            o = ElfReader.read(bytes);
        } catch (ElfFormatException e) {
            assertFalse(e.getMessage().isBlank());
            return;
        }
        for (ElfObject.Section s : o.sections()) o.relocationsFor(s.name());
        try {
            byte[] btf = o.section(".BTF").map(ElfObject.Section::data).orElse(new byte[0]);
            Btf read = BtfReader.read(btf);
            for (int id = 1; id <= read.count(); id++) read.describe(id);
            BtfExtReader.read(o.section(".BTF.ext").map(ElfObject.Section::data).orElse(new byte[0]), btf);
        } catch (BtfFormatException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Provide
    Arbitrary<List<int[]>> flips() {
        return Combinators.combine(Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(1, 255))
                .as((pos, mask) -> new int[] {pos, mask}).list().ofMaxSize(3);
    }

    @Test
    void clearMessages() {
        assertMessage(new byte[10], "truncated");
        byte[] b = VALID.clone();
        b[0] = 0;
        assertMessage(b, "magic");
        b = VALID.clone();
        b[4] = 1;
        assertMessage(b, "ELF64");
        b = VALID.clone();
        b[5] = 2;
        assertMessage(b, "little-endian");
        b = VALID.clone();
        b[18] = 62;
        assertMessage(b, "EM_BPF");
        assertMessage(Arrays.copyOf(VALID, VALID.length - 1), "exceed");
    }

    @Test
    void btfErrorsNameTheOffset() {
        BtfFormatException e = assertThrows(BtfFormatException.class, () -> BtfReader.read(new byte[] {(byte) 0x9f, (byte) 0xeb, 1, 0}));
        assertTrue(e.getMessage().contains("header"), e.getMessage());
        byte[] raw = org.schedc.bpf.btf.BtfEncoder.encode(org.schedc.bpf.btf.SampleBtf.everyKind());
        byte[] badKind = raw.clone();
        badKind[24 + 7] = 0x1f; // first type's info high byte: kind 31
        e = assertThrows(BtfFormatException.class, () -> BtfReader.read(badKind));
        assertTrue(e.getMessage().contains("unknown kind 31") && e.getMessage().contains("type id 1"), e.getMessage());
        byte[] badName = raw.clone();
        badName[24 + 3] = 0x7f; // name offset far beyond the strings
        e = assertThrows(BtfFormatException.class, () -> BtfReader.read(badName));
        assertTrue(e.getMessage().contains("string offset"), e.getMessage());
        byte[] badRef = raw.clone();
        badRef[24 + 16 + 8] = 99; // type 2 (ptr) -> id 99
        e = assertThrows(BtfFormatException.class, () -> BtfReader.read(badRef));
        assertTrue(e.getMessage().contains("type id 99"), e.getMessage());
    }

    private static void assertMessage(byte[] bytes, String fragment) {
        ElfFormatException e = assertThrows(ElfFormatException.class, () -> ElfReader.read(bytes));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
