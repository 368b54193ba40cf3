package org.schedc.bpf.btf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BtfSubsetTest {
    // 1 int, 2 struct a {int x; struct b *pb; struct c vc;}, 3 struct b {...}, 4 ptr->3, 5 struct c {struct d *pd}, 6 struct d, 7 ptr->6,
    // 8 func proto (struct b *) -> int, 9 func kf, 10 enum with K_ values, 11 unrelated struct
    private final Btf full = new Btf(List.of(
            new BtfType.Int("int", 4, 1, 0, 32),
            new BtfType.Struct("a", 24, List.of(new BtfType.Member("x", 1, 0, 0), new BtfType.Member("pb", 4, 64, 0),
                    new BtfType.Member("vc", 5, 128, 0))),
            new BtfType.Struct("b", 4, List.of(new BtfType.Member("y", 1, 0, 0))),
            new BtfType.Ptr("", 3),
            new BtfType.Struct("c", 8, List.of(new BtfType.Member("pd", 7, 0, 0))),
            new BtfType.Struct("d", 4, List.of(new BtfType.Member("z", 1, 0, 0))),
            new BtfType.Ptr("", 6),
            new BtfType.FuncProto("", 1, List.of(new BtfType.Param("p", 4))),
            new BtfType.Func("kf_one", 8, 1),
            new BtfType.Enum("", 4, false, List.of(new BtfType.EnumValue("K_ONE", 1))),
            new BtfType.Struct("unrelated", 4, List.of(new BtfType.Member("q", 1, 0, 0)))));

    @Test
    void pointerOnlyStructsBecomeStubsAndByValueStructsStayFull() {
        Btf sub = BtfSubset.extract(full, new BtfSubset.Selection(Set.of("a"), Map.of(), Set.of(), List.of("kf_"), List.of("K_"), Set.of()));
        assertTrue(sub.find("unrelated", BtfType.Struct.class).isEmpty());
        BtfType.Struct b = (BtfType.Struct) sub.type(sub.find("b", BtfType.Struct.class).orElseThrow());
        assertEquals(new BtfType.Struct("b", 0, List.of()), b);
        BtfType.Struct c = (BtfType.Struct) sub.type(sub.find("c", BtfType.Struct.class).orElseThrow());
        assertEquals(1, c.members().size(), "c is embedded by value");
        BtfType.Struct d = (BtfType.Struct) sub.type(sub.find("d", BtfType.Struct.class).orElseThrow());
        assertEquals(0, d.size());
        assertEquals("int kf_one(struct b *p)", sub.describe(sub.find("kf_one", BtfType.Func.class).orElseThrow()));
        assertEquals(1, sub.types().stream().filter(t -> t instanceof BtfType.Enum).count());
        // BFS from root "a": a is id 1.
        assertEquals("a", sub.type(1).name());
    }

    @Test
    void memberAllowlistKeepsSizeAndOffsets() {
        Btf sub = BtfSubset.extract(full, new BtfSubset.Selection(Set.of(), Map.of("a", Set.of("vc", "nope")), Set.of(), List.of(), List.of(), Set.of()));
        BtfType.Struct a = (BtfType.Struct) sub.type(1);
        assertEquals(24, a.size());
        assertEquals(List.of("vc"), a.members().stream().map(BtfType.Member::name).toList());
        assertEquals(128, a.members().get(0).bitOffset());
        assertTrue(sub.find("b", BtfType.Struct.class).isEmpty(), "b was only reachable from a dropped member");
    }

    @Test
    void stubIsUpgradedWhenAlsoReachedByValue() {
        Btf g = new Btf(List.of(
                new BtfType.Int("int", 4, 1, 0, 32),
                new BtfType.Ptr("", 3),
                new BtfType.Struct("t", 4, List.of(new BtfType.Member("v", 1, 0, 0))),
                new BtfType.Struct("root", 16, List.of(new BtfType.Member("p", 2, 0, 0), new BtfType.Member("byval", 3, 64, 0)))));
        Btf sub = BtfSubset.extract(g, new BtfSubset.Selection(Set.of("root"), Map.of(), Set.of(), List.of(), List.of(), Set.of()));
        assertEquals(4, sub.sizeOf(sub.find("t", BtfType.Struct.class).orElseThrow()));
    }

    @Test
    void missingNamesAreReported() {
        var sel = new BtfSubset.Selection(Set.of("a", "zz"), Map.of(), Set.of("kf_two"), List.of(), List.of(), Set.of("u64"));
        assertEquals(List.of("func kf_two", "struct zz", "typedef u64"), BtfSubset.missing(full, sel));
    }
}
