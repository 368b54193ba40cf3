package org.schedc.tests.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schedc.kernel.KernelHarness;
import org.schedc.kernel.ObjectRun;

/**
 * examples/colocation.sched with 2 online and 2 offline CPU hogs on 2 CPUs (classified by their
 * comm, online_* / offline_*), measured from the tasks' CPU time over 20 sampling windows
 * (nominally 500 ms; TCG makes them longer, the measured lengths are printed):
 * <ul>
 *   <li>online tasks get at least 80 % of the CPU time the four hogs got;</li>
 *   <li>offline tasks still progress: their CPU time grows in every window (at least 5 guard
 *       intervals of COLO_GUARD = 100 ms), and the policy's own record of how long offline work
 *       waited at each of its turns has at most 10 % of turns over 2 guard intervals (TCG
 *       timer hiccups), the rest within them;</li>
 *   <li>the hogs saturate the CPUs (at least half of 2 CPUs × the measured time), so the share means something.</li>
 * </ul>
 */
class ColocationShareKernelTest {
    private static final double MIN_ONLINE_SHARE = 0.80;

    static Stream<String> kernels() {
        return KernelHarness.kernels().stream();
    }

    record Window(int index, long millis, long onlineNs, long offlineNs) {}

    @ParameterizedTest(name = "kernel {0}")
    @MethodSource("kernels")
    void onlineGetsMostOfTheCpuAndOfflineIsNotStarved(String kernel) {
        ObjectRun run = BehaviourBatch.run(kernel, BehaviourBatch.COLOCATION_SHARE);
        String context = run.verdict().summary() + "\nscenario:\n  " + String.join("\n  ", run.scenario())
                + "\nsched_ext log: " + run.verdict().schedExtLog();
        assertTrue(run.verdict().accepted(), context);
        assertEquals(0, run.scenarioRc(), context);
        assertEquals("enabled", run.verdict().stateAfterWorkload(), context);
        assertTrue(run.verdict().schedExtErrors().isEmpty(), context);

        List<Window> windows = new ArrayList<>();
        for (String w : run.scenarioValues("WINDOW")) {
            String[] f = w.trim().split("\\s+");
            windows.add(new Window(Integer.parseInt(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])));
        }
        assertEquals(20, windows.size(), context);
        long online = windows.stream().mapToLong(Window::onlineNs).sum();
        long offline = windows.stream().mapToLong(Window::offlineNs).sum();
        double share = (double) online / (online + offline);
        ScenarioStats stats = ScenarioStats.parse(run.scenarioValues("STATS"));
        long turns = stats.delta("colo_guard_turns", "before", "after");
        long within = stats.delta("colo_wait_within_guard", "before", "after");
        long within2 = stats.delta("colo_wait_within_2guard", "before", "after");
        long over2 = stats.delta("colo_wait_over_2guard", "before", "after");
        long minWindowOffline = windows.stream().mapToLong(Window::offlineNs).min().orElse(0);
        long elapsedMs = windows.stream().mapToLong(Window::millis).sum();
        long longestWindowMs = windows.stream().mapToLong(Window::millis).max().orElse(0);
        System.out.printf("kernel %s colocation: online %.1f%% (%d ms), offline %.1f%% (%d ms) of the hogs' CPU time over %d ms;"
                        + " offline per window (nominal 500 ms, longest %d ms) min %.1f ms; guard turns %d; offline waits: <=1 guard %d, <=2 guards %d, >2 guards %d;"
                        + " offline inserts %d%n",
                kernel, 100 * share, online / 1_000_000, 100 * (1 - share), offline / 1_000_000, elapsedMs,
                longestWindowMs, minWindowOffline / 1e6, turns, within, within2, over2, stats.delta("inserted_colo_offline", "before", "after"));

        assertTrue(online + offline >= elapsedMs * 1_000_000L, "the hogs did not saturate 2 CPUs (got "
                + (online + offline) / 1_000_000 + " ms of " + 2 * elapsedMs + " ms)\n" + context);
        assertTrue(share >= MIN_ONLINE_SHARE, "online share %.3f < %.2f\n%s".formatted(share, MIN_ONLINE_SHARE, context));
        for (Window w : windows) {
            assertTrue(w.offlineNs() > 0, "offline made no progress in window " + w.index() + "\n" + context);
        }
        assertTrue(turns > 0, "the starvation guard never gave offline a turn\n" + context);
        assertTrue(over2 * 10 <= within + within2 + over2, "offline waited over 2 guard intervals at " + over2 + " of "
                + (within + within2 + over2) + " turns\n" + context);
        assertTrue(stats.delta("inserted_colo_offline", "before", "after") > 0, "no offline_* task was classified offline\n" + context);
    }
}
