package org.schedc.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every example with a workload runs on its real bytecode without ejection; planted bugs are ejected. */
class ExamplesInSimulatorTest {
    @ParameterizedTest
    @ValueSource(strings = {"fifo", "simple", "game", "colocation"})
    void exampleRunsEnabledWithPlausibleShares(String name) throws Exception {
        Path repo = SimFixtures.repo();
        SimResult r = SimFixtures.run(SimFixtures.compile(repo.resolve("examples/" + name + ".sched")),
                SimFixtures.workload(repo.resolve("examples/workloads/" + name + ".json")), 4, 2, false);
        assertFalse(r.ejected(), r.text());
        assertTrue(r.instructions() > 1000, r.text());
        // CPU-bound or busy workloads: the machine is never left idle by a working policy
        double total = 0;
        for (String line : r.text().split("\n")) if (line.matches("^\\S+\\[\\d+\\] .*")) total += Double.parseDouble(line.substring(37, 45).trim().replace("%", ""));
        assertTrue(total > 80 && total <= 100.1, "machine use (rounded per task) " + total + "%\n" + r.text());
    }

    /** Idle CPUs past the first byte of a cpumask: policies pass p->cpus_ptr to scx_bpf_pick_idle_cpu. */
    @ParameterizedTest
    @ValueSource(strings = {"game", "colocation", "video", "server", "interactive", "reading"})
    void exampleRunsOnAWideMostlyIdleMachine(String name) throws Exception {
        Path repo = SimFixtures.repo();
        SimResult r = SimFixtures.run(SimFixtures.compile(repo.resolve("examples/" + name + ".sched")),
                SimFixtures.workload(repo.resolve("examples/workloads/game.json")), 16, 1, false);
        assertFalse(r.ejected(), r.text());
    }

    @Test
    void fifoGivesCpuBoundTasksEqualShares() throws Exception {
        Path repo = SimFixtures.repo();
        SimResult r = SimFixtures.run(SimFixtures.compile(repo.resolve("examples/fifo.sched")),
                SimFixtures.workload(repo.resolve("examples/workloads/fifo.json")), 4, 3, false);
        for (String line : r.text().split("\n")) {
            if (line.startsWith("hog-")) {
                double share = Double.parseDouble(line.substring(37, 45).trim().replace("%", ""));
                assertEquals(12.5, share, 0.5, line); // 8 tasks on 4 CPUs
            }
        }
    }

    /**
     * The scenario of the kernel test ColocationShareKernelTest (2 online and 2 offline CPU hogs on 2 CPUs), with its
     * bound: online work gets at least 80 % of the CPU time, and offline work still runs (its guard turns).
     */
    @Test
    void colocationHogsGiveOnlineWorkMostOfTheCpu() throws Exception {
        Path repo = SimFixtures.repo();
        SimResult r = SimFixtures.run(SimFixtures.compile(repo.resolve("examples/colocation.sched")),
                SimFixtures.workload(repo.resolve("examples/workloads/colocation-hogs.json")), 2, 5, false);
        assertFalse(r.ejected(), r.text());
        assertTrue(SimFixtures.classShare(r.text(), "online") >= 80, r.text());
        assertTrue(SimFixtures.classShare(r.text(), "offline") > 0, r.text());
    }

    @Test
    void clangBuiltObjectRuns() throws Exception {
        Path repo = SimFixtures.repo();
        byte[] obj = Files.readAllBytes(repo.resolve("tests/kernel/reference/harness_ref.bpf.o"));
        SimResult r = SimFixtures.run(obj, SimFixtures.workload(repo.resolve("examples/workloads/fifo.json")), 4, 2, false);
        assertFalse(r.ejected(), r.text());
        assertEquals(100.0, SimFixtures.classShare(r.text(), "hog"), 0.1, r.text());
    }

    @Test
    void taskNeverDispatchedIsEjectedByTheWatchdog() throws Exception {
        Path here = SimFixtures.repo().resolve("simulator/src/test/resources/policies/stall.sched");
        SimResult r = SimFixtures.run(SimFixtures.compile(here), SimFixtures.workload(SimFixtures.repo().resolve("examples/workloads/fifo.json")), 2, 5, false);
        assertTrue(r.ejected(), r.text());
        assertTrue(r.ejection().startsWith("runnable task stall ("), r.ejection());
        assertTrue(r.text().contains("ejected at 1001.000ms"), r.text()); // timeout 1s, checked on each 1 ms tick
    }

    @Test
    void errorEjectsWithItsMessage() throws Exception {
        Path here = SimFixtures.repo().resolve("simulator/src/test/resources/policies/errors.sched");
        SimResult r = SimFixtures.run(SimFixtures.compile(here), SimFixtures.workload(SimFixtures.repo().resolve("examples/workloads/fifo.json")), 2, 1, false);
        assertEquals("scx_bpf_error (enqueue is broken)", r.ejection(), r.text());
    }

    @Test
    void sameInputsAndSeedGiveByteIdenticalOutput() throws Exception {
        Path repo = SimFixtures.repo();
        byte[] obj = SimFixtures.compile(repo.resolve("examples/game.sched"));
        Workload w = SimFixtures.workload(repo.resolve("examples/workloads/game.json"));
        SimResult a = SimFixtures.run(obj, w, 4, 1, true), b = SimFixtures.run(obj, w, 4, 1, true);
        assertEquals(a.text(), b.text());
        assertEquals(a.traceJson(), b.traceJson());
        assertTrue(a.traceJson().contains("\"ph\": \"X\""), "trace has slices");
    }
}
