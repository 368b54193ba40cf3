package org.schedc.tests.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schedc.kernel.KernelHarness;
import org.schedc.kernel.ObjectRun;
import org.schedc.kernel.ObjectVerdict;

/**
 * Every scenario example survives 30 s of mixed load enabled (scenarios/mixed.scenario: 3 CPU
 * hogs, 3 sleepers, 3 short-lived processes every 200 ms, plus a sleeper and a hog under each
 * example's classified names, on 2 CPUs): it stays enabled, all 13 workers finish, no sched_ext
 * error is logged, its per-queue dispatch counters are exported and grew, and the queue its
 * classified tasks go to was used.
 */
class ExamplesMixedWorkloadKernelTest {
    /** The queue each example's classified tasks (render_*, decode_*, offline_*, req_*) pass through. */
    private static final Map<String, String> CLASSIFIED_QUEUE_COUNTER = Map.of(
            "game", "dispatched_prio_high",
            "video", "inserted_prio_high",
            "reading", "dispatched_fair",
            "colocation", "dispatched_colo_offline",
            "server", "dispatched_boosted");

    static Stream<Arguments> runs() {
        return KernelHarness.kernels().stream().flatMap(k -> BehaviourBatch.EXAMPLES.stream().map(e -> Arguments.of(k, e)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("runs")
    void survivesMixedWorkloadAndExportsDispatchCounts(String kernel, String example) {
        ObjectRun run = BehaviourBatch.run(kernel, example);
        ObjectVerdict v = run.verdict();
        String context = v.summary() + "\nscenario:\n  " + String.join("\n  ", run.scenario()) + "\nsched_ext log: " + v.schedExtLog();
        assertTrue(v.accepted(), context + "\n" + v.verifierError());
        assertEquals(example, v.ops(), "root/ops must name the policy");
        assertEquals(0, run.scenarioRc(), context);
        assertEquals("13/13", run.scenarioValues("done").stream().findFirst().orElse("none"), "workers finished: " + context);
        assertEquals("enabled", v.stateAfterWorkload(), context);
        assertEquals(java.util.List.of("enabled"), run.scenarioValues("state"), context);
        assertTrue(v.schedExtErrors().isEmpty(), "sched_ext errors: " + v.schedExtErrors());
        long shortLived = Long.parseLong(run.scenarioValues("short_lived").stream().findFirst().orElse("0"));
        assertTrue(shortLived >= 10, "short-lived processes started (at least 10; about 130-245 on an idle host): " + shortLived + "\n" + context);

        ScenarioStats stats = ScenarioStats.parse(run.scenarioValues("STATS"));
        Map<String, Long> dispatched = stats.at("after").keySet().stream().filter(c -> c.startsWith("dispatched_"))
                .collect(Collectors.toMap(c -> c, c -> stats.delta(c, "before", "after")));
        System.out.printf("kernel %s %s: short-lived %d, per-queue deltas over 30 s %s, all after %s%n",
                kernel, example, shortLived, dispatched, stats.at("after"));
        assertTrue(!dispatched.isEmpty(), "no dispatched_<queue> counters exported: " + stats.at("after"));
        assertTrue(dispatched.values().stream().mapToLong(Long::longValue).sum() > 0, "nothing dispatched: " + dispatched);
        String classified = CLASSIFIED_QUEUE_COUNTER.get(example);
        assertTrue(stats.delta(classified, "before", "after") > 0, classified + " did not grow: " + stats.at("after"));
    }
}
