package org.schedc.tests.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schedc.kernel.KernelHarness;
import org.schedc.kernel.ObjectRun;

/**
 * Classification rules in a real kernel (scenarios/classify_probe.sched and .scenario): one
 * 2 s phase per rule kind, each running only tasks that match its rule (comm prefix, parent
 * comm prefix, nice, uid, cgroup path prefix). The policy counts the runs of each tag; in each
 * phase the phase's tag must gain at least MIN_RUNS runs and every other tag none, so a task
 * lands in its intended class and only there.
 */
class ClassificationKernelTest {
    private static final long MIN_RUNS = 20;
    /** Phase label (as printed by the scenario) → the counter of the tag its tasks must get. */
    private static final Map<String, String> PHASES = phases();

    private static Map<String, String> phases() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("named", "runs_named");       // comm starts "probe_a"
        m.put("children", "runs_child");    // parent comm starts "probe_par"
        m.put("niced", "runs_niced");       // nice == 7
        m.put("owned", "runs_owned");       // uid == 1000
        m.put("grouped", "runs_grouped");   // cgroup under "/probe_grp"
        return m;
    }

    static Stream<String> kernels() {
        return KernelHarness.kernels().stream();
    }

    @ParameterizedTest(name = "kernel {0}")
    @MethodSource("kernels")
    void tasksLandInTheClassOfTheirRule(String kernel) {
        ObjectRun run = BehaviourBatch.run(kernel, BehaviourBatch.CLASSIFY_PROBE);
        String context = run.verdict().summary() + "\nscenario:\n  " + String.join("\n  ", run.scenario())
                + "\nsched_ext log: " + run.verdict().schedExtLog();
        assertTrue(run.verdict().accepted(), context + "\n" + run.verdict().verifierError());
        assertEquals(0, run.scenarioRc(), context);
        assertEquals("enabled", run.verdict().stateAfterWorkload(), context);
        assertTrue(run.verdict().schedExtErrors().isEmpty(), context);
        assertEquals(List.of("1000"), run.scenarioValues("uid_check"), "the guest's su cannot run as uid 1000\n" + context);

        ScenarioStats stats = ScenarioStats.parse(run.scenarioValues("STATS"));
        List<String> failures = new ArrayList<>();
        String previous = "start";
        for (var phase : PHASES.entrySet()) {
            Map<String, Long> deltas = new LinkedHashMap<>();
            for (String counter : PHASES.values()) deltas.put(counter, stats.delta(counter, previous, phase.getKey()));
            System.out.printf("kernel %s classification phase %s: %s (untagged runs %d)%n", kernel, phase.getKey(), deltas,
                    stats.delta("runs_untagged", previous, phase.getKey()));
            for (var d : deltas.entrySet()) {
                boolean own = d.getKey().equals(phase.getValue());
                if (own && d.getValue() < MIN_RUNS) failures.add(phase.getKey() + ": " + d.getKey() + " gained " + d.getValue() + " < " + MIN_RUNS);
                if (!own && d.getValue() != 0) failures.add(phase.getKey() + ": " + d.getKey() + " gained " + d.getValue() + ", expected 0");
            }
            previous = phase.getKey();
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + context);
    }
}
