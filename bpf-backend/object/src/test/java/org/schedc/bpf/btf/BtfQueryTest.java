package org.schedc.bpf.btf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class BtfQueryTest {
    private final Btf btf = SampleBtf.everyKind();

    @Test
    void findAndFindAllFilterByKind() {
        assertEquals(4, btf.find("node", BtfType.Struct.class).orElseThrow());
        assertTrue(btf.find("node", BtfType.Union.class).isEmpty());
        assertTrue(btf.find("nothing", BtfType.Struct.class).isEmpty());
        Btf dup = new Btf(List.of(new BtfType.Int("x", 4, 0, 0, 32), new BtfType.Typedef("x", 1), new BtfType.Typedef("x", 2)));
        assertEquals(List.of(2, 3), dup.findAll("x", BtfType.Typedef.class));
        assertEquals(List.of(1), dup.findAll("x", BtfType.Int.class));
    }

    @Test
    void resolveSkipsModifiers() {
        assertEquals(1, btf.resolve(12));   // const volatile u32 -> int
        assertEquals(2, btf.resolve(14));   // type tag -> ptr
        assertEquals(4, btf.resolve(4));
        assertEquals(0, btf.resolve(0));
    }

    @Test
    void sizes() {
        assertEquals(4, btf.sizeOf(12));
        assertEquals(8, btf.sizeOf(2));
        assertEquals(16, btf.sizeOf(3));
        assertEquals(32, btf.sizeOf(4));
        assertEquals(4, btf.sizeOf(18));
        assertThrows(IllegalArgumentException.class, () -> btf.sizeOf(0));
        assertThrows(IllegalArgumentException.class, () -> btf.sizeOf(16));
        assertThrows(IllegalArgumentException.class, () -> btf.sizeOf(9));
        assertThrows(IllegalArgumentException.class, () -> btf.type(22));
    }

    @Test
    void describeSpellsCLike() {
        assertEquals("struct node *", btf.describe(2));
        assertEquals("char[16]", btf.describe(3));
        assertEquals("const volatile u32", btf.describe(12));
        assertEquals("int walk(struct node *n, const volatile u32 x)", btf.describe(16));
        assertEquals("union later", btf.describe(9));
        assertEquals("void", btf.describe(0));
    }

    @Test
    void cyclesTerminate() {
        Btf cyc = new Btf(List.of(new BtfType.Typedef("a", 2), new BtfType.Const("", 1), new BtfType.Ptr("", 3)));
        assertThrows(IllegalArgumentException.class, () -> cyc.resolve(1));
        assertThrows(IllegalArgumentException.class, () -> cyc.sizeOf(1));
        assertFalse(cyc.describe(1).isEmpty());
        assertTrue(cyc.describe(3).contains("..."));
    }
}
