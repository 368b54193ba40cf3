package org.schedc.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.loader.SchedExt;

/** The events one sample causes: who is enabled changing, counters moving, failures; nothing when nothing changed. */
class PolicyWatchTest {
    private static final SchedExt ON = new SchedExt("enabled", "game", 4), OFF = new SchedExt("disabled", "", 4),
            OTHER = new SchedExt("enabled", "video", 5);

    private static SequencedMap<String, Long> counters(long a, long b) {
        var m = new LinkedHashMap<String, Long>();
        m.put("a", a);
        m.put("b", b);
        return m;
    }

    @Test
    void reportsStartsStopsAndCounterChanges() {
        PolicyWatch.State s = new PolicyWatch.State();
        assertEquals(List.of(new PolicyEvent.Started("game", 4), new PolicyEvent.Counters(counters(3, 0), counters(3, 0))),
                PolicyWatch.step(s, "game", ON, counters(3, 0), null), "the first sample reports the state and the totals");
        assertEquals(List.of(), PolicyWatch.step(s, "game", ON, counters(3, 0), null), "nothing changed");
        assertEquals(List.of(new PolicyEvent.Counters(counters(5, 1), counters(2, 1))), PolicyWatch.step(s, "game", ON, counters(5, 1), null));
        assertEquals(List.of(new PolicyEvent.Stopped("enabled", "video"), new PolicyEvent.Failed("gone")),
                PolicyWatch.step(s, "game", OTHER, null, "gone"), "another scheduler replaced it");
        assertEquals(List.of(), PolicyWatch.step(s, "game", OFF, null, null), "still not ours: no second stop");
        assertEquals(List.of(new PolicyEvent.Started("game", 4), new PolicyEvent.Counters(counters(0, 0), counters(-5, -1))),
                PolicyWatch.step(s, "game", ON, counters(0, 0), null), "a restart with fresh counters: the delta wraps");
    }

    @Test
    void aStoppedPolicyIsReportedFirstAsStopped() {
        assertEquals(List.of(new PolicyEvent.Stopped("disabled", "")), PolicyWatch.step(new PolicyWatch.State(), "game", OFF, null, null));
    }
}
