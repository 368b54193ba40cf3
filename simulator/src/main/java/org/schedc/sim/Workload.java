package org.schedc.sim;

import java.util.List;

/**
 * What the simulated machine runs: tasks (one per rt-app instance) that go through their phases (run, then sleep)
 * {@code loops} times (-1: until the simulation ends); {@code warnings} lists rt-app keys read but not modelled.
 */
public record Workload(List<TaskSpec> tasks, List<String> warnings) {
    /** {@code cls} is the rt-app task name (the class the report aggregates); {@code comm} the thread name. */
    public record TaskSpec(String cls, String comm, String parentComm, int nice, long delayNs, long loops, List<Phase> phases) {}

    public record Phase(long runNs, long sleepNs) {}
}
