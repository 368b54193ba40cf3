package org.schedc.sema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void swappedNeighboursAreOneEdit() {
        assertEquals(1, Suggestions.swapDistance("wieght", "weight"));
        assertEquals(2, Suggestions.editDistance("wieght", "weight"));
        assertEquals(2, Suggestions.swapDistance("se", "scx"));
    }

    @Test
    void typoSuggestionsAreStricterForShortNames() {
        List<String> members = List.of("pid", "scx", "comm", "weight");
        assertEquals(Optional.of("scx"), Suggestions.closest("se", members), "the lenient rule would suggest a wrong name");
        assertEquals(Optional.empty(), Suggestions.closestTypo("se", members));
        assertEquals(Optional.of("weight"), Suggestions.closestTypo("wieght", members));
        assertEquals(Optional.of("pid"), Suggestions.closestTypo("pdi", members));
    }
}
