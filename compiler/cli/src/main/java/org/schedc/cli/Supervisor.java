package org.schedc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Optional;
import org.schedc.bpf.loader.KernelTarget;
import org.schedc.bpf.loader.LoadException;
import org.schedc.bpf.loader.LoadPlan;
import org.schedc.bpf.loader.Loader;
import org.schedc.bpf.loader.SchedExt;
import org.schedc.bpf.loader.SchedExtExit;
import org.schedc.bpf.sys.KernelLog;
import org.schedc.bpf.loader.Stopper;

/**
 * {@code schedc run --foreground}: watches sched_ext's state every poll (50 ms, {@link RunCommand#POLL}). When the policy is
 * ejected (state leaves "enabled" while its link is still pinned: a CPU hot-unplug ejects schedulers without
 * cpu_online/offline callbacks) it removes the dead registration and registers the same plan again, printing why
 * and how long it took; after {@link RunCommand#MAX_RESTARTS} failed tries in a row it gives up. It ends when the
 * link's pin goes ({@code schedc stop}) or on SIGTERM/SIGINT, which unregister the policy.
 */
final class Supervisor {
    /** What the supervisor does to the kernel; {@link InKernel} for real, a scripted one in tests. */
    interface Registration {
        String opsName();

        /** The link's pin exists. */
        boolean pinned();

        SchedExt state();

        /** Removes the pins (unregistering the policy if it is still registered). */
        void remove() throws LoadException;

        SchedExt awaitDisabled(long millis) throws InterruptedException;

        /** Loads and registers the plan again, pinning it. */
        void load() throws LoadException;

        SchedExt awaitEnabled() throws InterruptedException;

        /** Kernel log time now (0 when unreadable): exits logged later are this registration's. */
        double logNow();

        /** Why the kernel disabled it, if logged after {@code since} within {@code waitMillis}. */
        Optional<SchedExtExit> exitSince(double since, long waitMillis) throws InterruptedException;
    }

    record InKernel(LoadPlan plan, KernelTarget kernel, Loader.Pins pins) implements Registration {
        public String opsName() { return plan.opsName(); }
        public boolean pinned() { return Files.exists(pins.pinDir().resolve(plan.ops().name())); }
        public SchedExt state() { return SchedExt.read(); }
        public void remove() throws LoadException { Stopper.stop(pins); }
        public SchedExt awaitDisabled(long millis) throws InterruptedException { return Stopper.awaitDisabled(millis); }
        public void load() throws LoadException { Loader.load(plan, kernel, pins, 0); }
        public SchedExt awaitEnabled() throws InterruptedException { return RunCommand.awaitEnabled(plan.opsName()); }
        public double logNow() { return SchedExtExit.logNow(); }

        public Optional<SchedExtExit> exitSince(double since, long waitMillis) throws InterruptedException {
            long end = System.nanoTime() + waitMillis * 1_000_000;
            Optional<SchedExtExit> e = SchedExtExit.last(plan.opsName(), since);
            // sched_ext logs the reason at the end of its disable work, which may trail the state by a little
            while (e.isEmpty() && System.nanoTime() < end && KernelLog.readAll().isPresent()) {
                Thread.sleep(50);
                e = SchedExtExit.last(plan.opsName(), since);
            }
            return e;
        }
    }

    private Registration reg;
    /** The policy to switch to when {@code reg} exits with an error (--fallback); null when none or already used. */
    private Registration fallback;
    private final PrintWriter out, err;
    private final long pollMillis;
    private volatile boolean stopping;
    /** How long the old registration may take to go away; sched_ext's disable work is slow on an emulated CPU. */
    static final long DISABLE_WAIT_MS = 30_000;

    /** How long to wait for the kernel to log why it disabled the policy. */
    static final long EXIT_LOG_WAIT_MS = 1_000;

    /** Kernel log time from before the first load: an exit logged after it is this supervision's. */
    private final double loadedSince;

    /**
     * {@code loadedSince}: the kernel log time taken before {@code reg} was loaded, so that an exit in the moment
     * between the registration and this supervisor's start is still recognised (a policy that fails at once).
     */
    Supervisor(Registration reg, Registration fallback, PrintWriter out, PrintWriter err, long pollMillis, double loadedSince) {
        this.loadedSince = loadedSince;
        this.reg = reg;
        this.fallback = fallback;
        this.out = out;
        this.err = err;
        this.pollMillis = pollMillis;
    }

    int run() throws InterruptedException {
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            stopping = true;
            main.interrupt();
            try {
                main.join(5000);
            } catch (InterruptedException ignored) {
                // exiting anyway
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        int failures = 0;
        double since = loadedSince;
        // False only between our own removal of a dead registration and a successful load: a missing link pin then
        // is ours, not a `schedc stop` (mistaking the two made the supervisor exit after one failed re-registration).
        boolean registered = true, unreported = false;
        try {
            while (!stopping) {
                try {
                    Thread.sleep(pollMillis);
                } catch (InterruptedException e) {
                    break;
                }
                if (registered && !reg.pinned()) {
                    out.println("schedc run: " + reg.opsName() + " was stopped (its link pin is gone); exiting");
                    out.flush();
                    return Main.OK;
                }
                SchedExt s = reg.state();
                if (registered && s.ops().equals(reg.opsName()) && (s.enabled() || s.state().equals("enabling"))) {
                    if (s.enabled()) failures = 0;
                    continue;
                }
                long t0 = System.nanoTime();
                // an ejection is reported once, when its cleanup is done (a slow cleanup may take several tries)
                if (registered) unreported = true;
                try {
                    reg.remove();
                    registered = false;
                    SchedExt gone = reg.awaitDisabled(DISABLE_WAIT_MS);
                    if (!gone.state().equals("disabled")) {
                        throw LoadException.input("E0915", "the ejected registration is still " + gone.state() + " after " + DISABLE_WAIT_MS + " ms; trying again");
                    }
                    Optional<SchedExtExit> why = unreported ? reg.exitSince(since, EXIT_LOG_WAIT_MS) : Optional.empty();
                    String reason = why.map(SchedExtExit::describe).orElse("reason not in the kernel log");
                    if (why.isPresent() && why.get().error()) {
                        if (fallback == null) {
                            err.printf("schedc run: error[E0926]: %s was ejected by the kernel with an error (%s); not registering it again"
                                    + " (--fallback names a policy to switch to)%n", reg.opsName(), reason);
                            err.flush();
                            return Main.INPUT_ERRORS;
                        }
                        out.printf("schedc run: %s was ejected by the kernel with an error (%s); switching to the fallback %s%n",
                                reg.opsName(), reason, fallback.opsName());
                        reg = fallback;
                        fallback = null;
                    } else if (unreported) {
                        out.printf("schedc run: %s was ejected by the kernel (state %s, ops '%s': %s); registering it again%n",
                                reg.opsName(), s.state(), s.ops(), reason);
                    }
                    unreported = false;
                    out.flush();
                    since = reg.logNow();
                    reg.load();
                    registered = true;
                    SchedExt now = reg.awaitEnabled();
                    if (!now.enabled()) throw LoadException.input("E0915", "re-registered but sched_ext is " + now.state());
                    out.printf("schedc run: %s enabled again in %.1f ms (enable_seq %d)%n", reg.opsName(), (System.nanoTime() - t0) / 1e6, now.enableSeq());
                    out.flush();
                    failures = 0;
                } catch (LoadException e) {
                    RunCommand.report(e, err);
                    if (++failures >= RunCommand.MAX_RESTARTS) {
                        reg.remove();
                        err.println("schedc run: error[E0916]: giving up after " + failures + " failed re-registrations");
                        err.flush();
                        return e.exitCode();
                    }
                    Thread.sleep(200L * failures);
                }
            }
            // SIGTERM/SIGINT: unregister, as stopping a service should.
            reg.remove();
            out.println("schedc run: " + reg.opsName() + " stopped");
            out.flush();
            return Main.OK;
        } catch (LoadException e) {
            RunCommand.report(e, err);
            return e.exitCode();
        } finally {
            if (!stopping) Runtime.getRuntime().removeShutdownHook(hook);
        }
    }
}
