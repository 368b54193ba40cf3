package org.schedc.sim;

/** One simulated task: its workload position, scheduling state and statistics. */
final class Task {
    enum State { NEW, SLEEPING, RUNNABLE, RUNNING, DONE }

    final int id;
    final Workload.TaskSpec spec;
    final long addr;
    State state = State.NEW;
    int cpu;
    Dsq queuedIn;
    long runnableSince;
    long wakeAt;
    long runLeft;
    int phase;
    long loopsDone;
    boolean insertedThisRound;

    long runtime, switches, migrations, waits;
    final LongList waitSamples = new LongList();
    long maxWait;

    Task(int id, Workload.TaskSpec spec, long addr) {
        this.id = id;
        this.spec = spec;
        this.addr = addr;
    }

    Workload.TaskSpec spec() { return spec; }

    String label() { return spec.comm() + "[" + (id + 1000) + "]"; }
}
