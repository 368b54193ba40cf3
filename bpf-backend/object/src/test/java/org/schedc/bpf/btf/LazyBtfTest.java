package org.schedc.bpf.btf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schedc.testsupport.Needs;

/** {@link BtfReader#readLazy} gives the same BTF as {@link BtfReader#read}: every type, every name lookup. */
class LazyBtfTest {
    private static final List<Class<? extends BtfType>> KINDS = List.of(BtfType.Struct.class, BtfType.Union.class,
            BtfType.Func.class, BtfType.Typedef.class, BtfType.Enum.class, BtfType.Enum64.class, BtfType.Var.class,
            BtfType.Int.class, BtfType.Fwd.class, BtfType.FuncProto.class);

    @ParameterizedTest(name = "linux-{0}")
    @ValueSource(strings = {"7.2.13", "7.3.4"})
    @Tag(Needs.KIT)
    void aKernelsBtfReadLazilyEqualsTheEagerRead(String version) throws Exception {
        byte[] raw = Files.readAllBytes(Needs.kitFile(KernelBtfTest.KIT.resolve("linux-" + version + ".btf")));
        Btf eager = BtfReader.read(raw), lazy = BtfReader.readLazy(raw);
        assertEquals(eager.count(), lazy.count());
        // Lookups first, so the name index is built from the string bytes before any type is decoded.
        int looked = 0;
        for (int id = 1; id <= eager.count(); id += 37) {
            String name = eager.type(id).name();
            for (Class<? extends BtfType> k : KINDS) {
                assertEquals(eager.findAll(name, k), lazy.findAll(name, k), name + " as " + k.getSimpleName());
                assertEquals(eager.find(name, k), lazy.find(name, k), name);
            }
            looked++;
        }
        assertTrue(looked > 1000, "looked up " + looked + " names");
        assertEquals(eager.find("sched_ext_ops", BtfType.Struct.class), lazy.find("sched_ext_ops", BtfType.Struct.class));
        assertTrue(lazy.find("no_such_type_anywhere", BtfType.Struct.class).isEmpty());
        assertTrue(lazy.find("", BtfType.Struct.class).isEmpty(), "anonymous types are not found by name, as in the eager index");
        assertEquals(eager.types(), lazy.types());
        assertEquals(eager, lazy);
    }

    @Test
    void aSmallBtfReadLazilyEqualsTheEagerRead() throws Exception {
        byte[] raw = BtfEncoder.encode(SampleBtf.everyKind());
        Btf eager = BtfReader.read(raw), lazy = BtfReader.readLazy(raw);
        for (int id = 1; id <= eager.count(); id++) {
            assertEquals(eager.type(id), lazy.type(id));
            String n = eager.type(id).name();
            for (Class<? extends BtfType> k : KINDS) assertEquals(eager.findAll(n, k), lazy.findAll(n, k), n);
        }
        assertEquals(eager.describe(eager.count()), lazy.describe(lazy.count()));
    }

    @Test
    void truncatedAndUnknownKindsAreRefusedByTheScan() throws Exception {
        byte[] raw = BtfEncoder.encode(SampleBtf.everyKind());
        BtfHeader h = BtfHeader.parse(raw);
        byte[] cut = Arrays.copyOf(raw, raw.length);
        // type section 4 bytes shorter than its types: the last type's data no longer fits
        int typeLenAt = 8 + 4; // hdr_len, flags/version/magic: type_off at 8, type_len at 12
        int len = (cut[typeLenAt] & 0xff) | (cut[typeLenAt + 1] & 0xff) << 8 | (cut[typeLenAt + 2] & 0xff) << 16;
        assertEquals(h.typeLen(), len, "test reads type_len where the header keeps it");
        cut[typeLenAt] = (byte) (len - 4);
        cut[typeLenAt + 1] = (byte) ((len - 4) >> 8);
        assertThrows(BtfFormatException.class, () -> BtfReader.readLazy(cut));
        byte[] kind = Arrays.copyOf(raw, raw.length);
        kind[h.typeStart() + 7] = 0x1f; // the first type's kind byte (info's top byte): kind 31 does not exist
        BtfFormatException e = assertThrows(BtfFormatException.class, () -> BtfReader.readLazy(kind));
        assertTrue(e.getMessage().contains("unknown kind 31"), e.getMessage());
    }

    @Test
    void aBadReferenceIsReportedWhenTheTypeIsReached() throws Exception {
        byte[] raw = BtfEncoder.encode(SampleBtf.everyKind());
        BtfHeader h = BtfHeader.parse(raw);
        // type 2 is a pointer (12 bytes after type 1's 16): point its type at id 999
        int ptrType = h.typeStart() + 16 + 8;
        raw[ptrType] = (byte) 0xe7;
        raw[ptrType + 1] = 0x03;
        assertThrows(BtfFormatException.class, () -> BtfReader.read(raw), "the eager read refuses it at once");
        Btf lazy = BtfReader.readLazy(raw);
        assertEquals("int", lazy.type(1).name(), "types before it are readable");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lazy.type(2));
        assertTrue(e.getMessage().contains("refers to type id 999"), e.getMessage());
    }
}
