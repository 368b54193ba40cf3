package org.schedc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectVerdictTest {

    private static ObjectVerdict verdict(List<String> dmesg, int done, String after) {
        return new ObjectVerdict("s", "0".repeat(64), true, "enabled", "s", after, done, 6, dmesg,
                List.of(), null, null, "");
    }

    @Test
    void enableAndUserDetachAreNotErrors() {
        var v = verdict(List.of(
                "[    2.1] sched_ext: BPF scheduler \"s\" enabled",
                "[    7.6] sched_ext: BPF scheduler \"s\" disabled (unregistered from user space)"), 6, "enabled");
        assertEquals(List.of(), v.schedExtErrors());
        assertTrue(v.ranEnabled());
    }

    @Test
    void runtimeErrorAndStallAreErrors() {
        var lines = List.of(
                "[    3.0] sched_ext: BPF scheduler \"s\" disabled (runtime error)",
                "[    3.0] sched_ext: s: invalid CPU 99 from ops.select_cpu()",
                "[   33.0] sched_ext: s: runnable task stall (kworker/0:1[12] failed to run for 30.1s)");
        var v = verdict(lines, 6, "disabled");
        assertEquals(lines, v.schedExtErrors());
        assertTrue(v.accepted());
        assertFalse(v.ranEnabled());
    }

    @Test
    void unfinishedWorkersAreNotARun() {
        assertFalse(verdict(List.of(), 5, "enabled").ranEnabled());
    }
}
