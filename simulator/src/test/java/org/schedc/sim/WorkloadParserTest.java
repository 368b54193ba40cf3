package org.schedc.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Bad workloads are refused at line:col with a stable code; unmodelled rt-app keys are warnings. */
class WorkloadParserTest {
    private static void refused(String text, String expected) {
        var e = assertThrows(WorkloadParser.WorkloadException.class, () -> WorkloadParser.parse(text));
        assertEquals(expected, e.line + ":" + e.col + " " + e.code + " " + e.getMessage());
    }

    @Test
    void badWorkloadsAreRefusedAtLineAndColumn() {
        refused("{\"tasks\": {\"a\": {\"run\": 10,}}}", "1:28 E0710 expected a member name in double quotes");
        refused("{\"tasks\":\n  {\"a\": {\"run\": -5}}}", "2:17 E0714 \"run\" is -5, outside 0..1000000000000");
        refused("{\"tasks\": {\"a\": {\"run\": 10, \"colour\": 1}}}", "1:29 E0711 task \"a\": unknown key \"colour\"");
        refused("{\"tasks\": {}}", "1:1 E0713 the workload has no tasks");
        refused("{\"tasks\": {\"a\": {\"instance\": 5000, \"run\": 1}}}", "1:30 E0714 \"instance\" is 5000, outside 1..4096");
        refused("[1, 2", "1:6 E0710 expected ',' or ']' in an array");
    }

    @Test
    void unmodelledRtAppKeysAreWarnings() throws Exception {
        var p = WorkloadParser.parse("{\"global\": {\"calibration\": \"CPU0\", \"duration\": 3},\n \"tasks\": {\"t\": {\"instance\": 2, \"run\": 1000, \"sleep\": 500, \"priority\": 5}}}");
        assertEquals(java.util.List.of("1:13: warning: global \"calibration\" is not modelled (ignored)",
                "2:60: warning: task \"t\": \"priority\" is not modelled (ignored)"), p.workload().warnings());
        assertEquals(3.0, p.durationSeconds());
        assertEquals(2, p.workload().tasks().size());
        assertEquals(new Workload.Phase(1_000_000, 500_000), p.workload().tasks().getFirst().phases().getFirst());
        assertEquals("t-1", p.workload().tasks().get(1).comm());
    }
}
