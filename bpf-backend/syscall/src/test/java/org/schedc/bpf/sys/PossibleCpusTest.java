package org.schedc.bpf.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PossibleCpusTest {
    @Test
    void parsesKernelCpuLists() {
        assertEquals(1, PossibleCpus.parse("0\n"));
        assertEquals(2, PossibleCpus.parse("0-1\n"));
        assertEquals(8, PossibleCpus.parse("0-3,8-11"));
        assertEquals(3, PossibleCpus.parse("0,2,4"));
        assertEquals(4, PossibleCpus.parse("0-3,2-3"), "overlaps count once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "a", "0-", "-1", "3-1", "0,,1", "1.5", "0-99999999", " 0 - 1"})
    void rejectsMalformedLists(String list) {
        var e = assertThrows(IllegalArgumentException.class, () -> PossibleCpus.parse(list));
        assertTrue(!e.getMessage().isBlank());
    }

    @Test
    void slotsAreRoundedUpToEightBytes() {
        assertEquals(8, PossibleCpus.slotSize(4));
        assertEquals(8, PossibleCpus.slotSize(8));
        assertEquals(24, PossibleCpus.slotSize(17));
    }

    @Test
    void thisMachineHasAtLeastOnePossibleCpu() throws BpfException {
        assertTrue(PossibleCpus.count() >= Runtime.getRuntime().availableProcessors() || PossibleCpus.count() >= 1);
    }

    @Property
    void countEqualsTheNumberOfDistinctCpusListed(@ForAll("ranges") List<int[]> ranges) {
        var parts = new ArrayList<String>();
        var set = new java.util.BitSet();
        for (int[] r : ranges) {
            parts.add(r[0] == r[1] ? Integer.toString(r[0]) : r[0] + "-" + r[1]);
            set.set(r[0], r[1] + 1);
        }
        assertEquals(set.cardinality(), PossibleCpus.parse(String.join(",", parts) + "\n"));
    }

    @Provide
    Arbitrary<List<int[]>> ranges() {
        Arbitrary<int[]> range = Arbitraries.integers().between(0, 4000).flatMap(lo ->
                Arbitraries.integers().between(lo, lo + 300).map(hi -> new int[] {lo, hi}));
        return range.list().ofMinSize(1).ofMaxSize(6);
    }
}
