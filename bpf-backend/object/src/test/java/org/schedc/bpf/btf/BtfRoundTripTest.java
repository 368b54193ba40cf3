package org.schedc.bpf.btf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BtfRoundTripTest {

    @Test
    void everyKindRoundTrips() throws Exception {
        Btf btf = SampleBtf.everyKind();
        byte[] raw = BtfEncoder.encode(btf);
        Btf back = BtfReader.read(raw);
        assertEquals(btf.types(), back.types());
        assertArrayEquals(raw, BtfEncoder.encode(back), "re-encoding is byte-identical");
    }

    @Test
    void headerIsTheShortOneAndStringsAreDeduplicated() throws Exception {
        Btf btf = new Btf(List.of(new BtfType.Int("int", 4, 1, 0, 32), new BtfType.Typedef("int", 1), new BtfType.Typedef("s32", 1)));
        byte[] raw = BtfEncoder.encode(btf);
        assertEquals(0x9f, raw[0] & 0xff);
        assertEquals(0xeb, raw[1] & 0xff);
        assertEquals(24, raw[4]);
        int strLen = raw[20] & 0xff;
        assertEquals("\0int\0s32\0".length(), strLen);
    }

    @Test
    void bitfieldStructSetsKflagOnlyWhenNeeded() throws Exception {
        Btf plain = new Btf(List.of(new BtfType.Int("int", 4, 1, 0, 32),
                new BtfType.Struct("s", 8, List.of(new BtfType.Member("a", 1, 0, 0), new BtfType.Member("b", 1, 32, 0)))));
        byte[] raw = BtfEncoder.encode(plain);
        int structInfo = u32(raw, 24 + 16 + 4);
        assertEquals(0, structInfo >>> 31);
        Btf bits = new Btf(List.of(new BtfType.Int("int", 4, 1, 0, 32),
                new BtfType.Struct("s", 4, List.of(new BtfType.Member("a", 1, 0, 3), new BtfType.Member("b", 1, 3, 5)))));
        byte[] raw2 = BtfEncoder.encode(bits);
        assertEquals(1, u32(raw2, 24 + 16 + 4) >>> 31);
        assertEquals(bits, BtfReader.read(raw2));
    }

    @Test
    void extRoundTripsAndInternsItsStringsIntoBtf() throws Exception {
        Btf btf = SampleBtf.everyKind();
        BtfExt ext = SampleBtf.sampleExt();
        BtfEncoder.Encoded enc = BtfEncoder.encode(btf, ext);
        assertNotNull(enc.btfExt());
        assertEquals(btf, BtfReader.read(enc.btf()), "ext strings do not disturb the types");
        assertEquals(ext, BtfExtReader.read(enc.btfExt(), enc.btf()));
        assertNull(BtfEncoder.encode(btf, null).btfExt());
    }

    @Test
    void extWithEmptyListsOmitsThem() throws Exception {
        Btf btf = SampleBtf.everyKind();
        BtfExt ext = new BtfExt(Map.of("a", List.of()), null, null);
        BtfEncoder.Encoded enc = BtfEncoder.encode(btf, ext);
        assertEquals(new BtfExt(Map.of(), Map.of(), Map.of()), BtfExtReader.read(enc.btfExt(), enc.btf()));
    }

    @Test
    void encodingIsDeterministic() {
        BtfEncoder.Encoded a = BtfEncoder.encode(SampleBtf.everyKind(), SampleBtf.sampleExt());
        BtfEncoder.Encoded b = BtfEncoder.encode(SampleBtf.everyKind(), SampleBtf.sampleExt());
        assertArrayEquals(a.btf(), b.btf());
        assertArrayEquals(a.btfExt(), b.btfExt());
    }

    @Test
    void unencodableValuesAreRejected() {
        Btf badEnum = new Btf(List.of(new BtfType.Enum("e", 4, true, List.of(new BtfType.EnumValue("X", 1L << 40)))));
        assertThrows(IllegalArgumentException.class, () -> BtfEncoder.encode(badEnum));
        Btf nul = new Btf(List.of(new BtfType.Int("in\0t", 4, 1, 0, 32)));
        assertThrows(IllegalArgumentException.class, () -> BtfEncoder.encode(nul));
    }

    @Test
    void constructorRejectsDanglingIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Btf(List.of(new BtfType.Ptr("", 2))));
        assertTrue(e.getMessage().contains("type id 1"), e.getMessage());
    }

    static int u32(byte[] b, int p) {
        return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8 | (b[p + 2] & 0xff) << 16 | (b[p + 3] & 0xff) << 24;
    }
}
