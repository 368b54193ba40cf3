package org.schedc.bpf.btf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BtfEquivalenceTest {
    private static Btf counters(String second, int offset, int count) {
        return new Btf(List.of(
                new BtfType.Int("unsigned long long", 8, 0, 0, 64),                           // 1
                new BtfType.Array("", 1, 1, count),                                           // 2
                new BtfType.Struct("stats", 8 + 8 * count, List.of(new BtfType.Member("runs", 1, 0, 0),
                        new BtfType.Member(second, 2, offset * 8, 0)))));                     // 3
    }

    @Test
    void theSameLayoutUnderOtherIdsIsTheSame() throws Exception {
        Btf a = counters("waits", 8, 4);
        List<BtfType> shifted = new ArrayList<>(List.of(new BtfType.Int("int", 4, 1, 0, 32))); // ids move by one
        shifted.add(new BtfType.Int("unsigned long long", 8, 0, 0, 64));
        shifted.add(new BtfType.Array("", 2, 2, 4));
        shifted.add(new BtfType.Struct("stats", 40, List.of(new BtfType.Member("runs", 2, 0, 0), new BtfType.Member("waits", 3, 64, 0))));
        assertTrue(BtfEquivalence.same(a, 3, new Btf(shifted), 4));
        assertTrue(BtfEquivalence.same(a, 3, BtfReader.read(BtfEncoder.encode(a)), 3));
    }

    @Test
    void aRenamedMovedOrResizedMemberIsNotTheSame() {
        Btf a = counters("waits", 8, 4);
        assertFalse(BtfEquivalence.same(a, 3, counters("wakes", 8, 4), 3), "renamed");
        assertFalse(BtfEquivalence.same(a, 3, counters("waits", 8, 5), 3), "array grew");
        assertFalse(BtfEquivalence.same(a, 3, counters("waits", 16, 4), 3), "moved");
    }

    @Test
    void aSelfReferenceThroughAPointerTerminates() {
        Btf node = new Btf(List.of(new BtfType.Ptr("", 2),
                new BtfType.Struct("node", 8, List.of(new BtfType.Member("next", 1, 0, 0)))));
        assertTrue(BtfEquivalence.same(node, 2, node, 2));
        assertTrue(BtfEquivalence.same(SampleBtf.everyKind(), 4, SampleBtf.everyKind(), 4));
    }
}
