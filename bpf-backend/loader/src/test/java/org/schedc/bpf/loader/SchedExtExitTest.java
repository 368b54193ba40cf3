package org.schedc.bpf.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exit reasons read from kernel log text as klogctl(READ_ALL) returns it (level prefix, timestamp). */
class SchedExtExitTest {
    private static final String LOG = String.join("\n",
            "<6>[    1.000000] Linux version 7.2.13",
            "<6>[   10.500000] sched_ext: BPF scheduler \"game\" enabled",
            "<6>[   12.250000] sched_ext: BPF scheduler \"game\" disabled (unregistered from the main kernel)",
            "<6>[   13.000000] sched_ext: BPF scheduler \"game\" enabled",
            "<3>[   20.125000] sched_ext: BPF scheduler \"boom\" disabled (scx_bpf_error)",
            "<3>[   20.125001] sched_ext: boom: boomtrigger ran",
            "<4>[   20.125002]   scx_bpf_error_bstr+0x1/0x2",
            "<6>[   30.000000] some other line",
            "");

    @Test
    void findsTheLastExitOfAPolicyWithItsKindAndMessage() {
        SchedExtExit boom = SchedExtExit.parse(LOG, "boom", 0).orElseThrow();
        assertEquals(new SchedExtExit("boom", "scx_bpf_error", "boomtrigger ran", true, 20.125), boom);
        assertEquals("scx_bpf_error: boomtrigger ran", boom.describe());
        SchedExtExit game = SchedExtExit.parse(LOG, "game", 0).orElseThrow();
        assertEquals(new SchedExtExit("game", "unregistered from the main kernel", "", false, 12.25), game);
        assertEquals("unregistered from the main kernel", game.describe());
        assertEquals("boom", SchedExtExit.parse(LOG, null, 0).orElseThrow().ops(), "any scheduler: the latest");
    }

    @Test
    void onlyExitsAfterTheGivenTimeCount() {
        assertEquals(Optional.empty(), SchedExtExit.parse(LOG, "game", 12.25));
        assertTrue(SchedExtExit.parse(LOG, "boom", 20.0).isPresent());
        assertEquals(Optional.empty(), SchedExtExit.parse(LOG, "video", 0));
        assertEquals(Optional.empty(), SchedExtExit.parse("", null, 0));
        assertEquals(Optional.empty(), SchedExtExit.parse("garbage\n<x>[y] z", null, 0));
    }
}
