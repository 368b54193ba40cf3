package org.schedc.tests.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ScenarioStatsTest {
    @Test
    void readsCountersByLabel() {
        ScenarioStats s = ScenarioStats.parse(List.of("before dispatched_fair=3 inserted_fair=4", "after dispatched_fair=10 inserted_fair=12"));
        assertEquals(Map.of("dispatched_fair", 3L, "inserted_fair", 4L), s.at("before"));
        assertEquals(7, s.delta("dispatched_fair", "before", "after"));
    }

    @Test
    void rejectsDumpFailuresAndMissingCounters() {
        assertThrows(ScenarioStats.MalformedStatsException.class, () -> ScenarioStats.parse(List.of("before no-stats-map")));
        assertThrows(ScenarioStats.MalformedStatsException.class, () -> ScenarioStats.parse(List.of("a x=1", "a x=2")));
        ScenarioStats s = ScenarioStats.parse(List.of("a x=1"));
        assertThrows(AssertionError.class, () -> s.value("y", "a"));
        assertThrows(AssertionError.class, () -> s.at("b"));
    }

    @Property(tries = 300)
    void deltaIsTheDifference(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long a, @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long b) {
        ScenarioStats s = ScenarioStats.parse(List.of("p c=" + a, "q c=" + (a + b)));
        assertEquals(b, s.delta("c", "p", "q"));
    }
}
