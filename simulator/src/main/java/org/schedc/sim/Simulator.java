package org.schedc.sim;

import org.schedc.kabi.Kabi;
import org.schedc.bpf.link.ObjectFormatException;

/**
 * Entry point: runs a sched_ext object's callbacks (its exact bytecode) against the modelled machine for a workload.
 * Same object, workload, options and seed: byte-identical {@link SimResult#text()} and trace.
 */
public final class Simulator {
    private Simulator() {}

    /** {@code insnBudget} bounds every single callback run; {@code trace} records a trace-event JSON. */
    public record Options(int cpus, double seconds, long seed, long insnBudget, boolean trace) {
        public static Options defaults() { return new Options(4, 10, 1, 1_000_000, false); }
    }

    /** Progress on long runs: the fraction of simulated time done, called at most every 1% of it. */
    public interface ProgressListener {
        void progress(double fraction);
    }

    public static SimResult run(byte[] object, Kabi kernel, Workload workload, Options o, ProgressListener progress)
            throws ObjectFormatException {
        if (o.cpus() < 1 || o.cpus() > 1024) throw new IllegalArgumentException("--cpus must be 1..1024");
        Memory mem = new Memory();
        SimObject obj = SimObject.load(object, kernel.btf(), mem, o.cpus());
        TaskLayout layout = new TaskLayout(kernel);
        Trace trace = new Trace(o.trace(), o.cpus());
        Machine m = new Machine(mem, obj, layout, o.cpus(), o.insnBudget(), o.seed(), trace);
        long end = (long) (o.seconds() * 1e9);
        long step = Math.max(Machine.TICK, end / 100);
        long[] last = {0};
        m.start(workload.tasks());
        m.run(end, now -> {
            if (now - last[0] >= step) { last[0] = now; progress.progress((double) now / end); }
        });
        return new SimResult(Report.text(m, obj.opsName, end), o.trace() ? trace.json() : null, m.interp.executed(), m.ejected);
    }
}
