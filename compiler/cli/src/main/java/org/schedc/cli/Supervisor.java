package org.schedc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import org.schedc.bpf.loader.KernelTarget;
import org.schedc.bpf.loader.LoadException;
import org.schedc.bpf.loader.LoadPlan;
import org.schedc.bpf.loader.Loader;
import org.schedc.bpf.loader.SchedExt;
import org.schedc.bpf.loader.Stopper;

/**
 * {@code schedc run --foreground}: watches sched_ext's state every {@link RunCommand#POLL}. When the policy is
 * ejected (state leaves "enabled" while its link is still pinned: a CPU hot-unplug ejects schedulers without
 * cpu_online/offline callbacks) it removes the dead registration and registers the same plan again, printing why
 * and how long it took; after {@link RunCommand#MAX_RESTARTS} failed tries in a row it gives up. It ends when the
 * link's pin goes ({@code schedc stop}) or on SIGTERM/SIGINT, which unregister the policy.
 */
final class Supervisor {
    private final LoadPlan plan;
    private final KernelTarget kernel;
    private final Loader.Pins pins;
    private final PrintWriter out, err;
    private volatile boolean stopping;

    Supervisor(LoadPlan plan, KernelTarget kernel, Loader.Pins pins, PrintWriter out, PrintWriter err) {
        this.plan = plan;
        this.kernel = kernel;
        this.pins = pins;
        this.out = out;
        this.err = err;
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
        try {
            while (!stopping) {
                try {
                    Thread.sleep(RunCommand.POLL);
                } catch (InterruptedException e) {
                    break;
                }
                if (!Files.exists(pins.pinDir().resolve(plan.ops().name()))) {
                    out.println("schedc run: " + plan.opsName() + " was stopped (its link pin is gone); exiting");
                    out.flush();
                    return Main.OK;
                }
                SchedExt s = SchedExt.read();
                if (s.enabled() && s.ops().equals(plan.opsName())) { failures = 0; continue; }
                long t0 = System.nanoTime();
                out.printf("schedc run: %s was ejected by the kernel (state %s, ops '%s'); registering it again%n", plan.opsName(), s.state(), s.ops());
                out.flush();
                try {
                    Stopper.stop(pins);
                    Stopper.awaitDisabled(5000);
                    Loader.load(plan, kernel, pins, 0);
                    SchedExt now = RunCommand.awaitEnabled(plan.opsName());
                    if (!now.enabled()) throw LoadException.input("E0915", "re-registered but sched_ext is " + now.state());
                    out.printf("schedc run: %s enabled again in %.1f ms (enable_seq %d)%n", plan.opsName(), (System.nanoTime() - t0) / 1e6, now.enableSeq());
                    out.flush();
                    failures = 0;
                } catch (LoadException e) {
                    RunCommand.report(e, err);
                    if (++failures >= RunCommand.MAX_RESTARTS) {
                        err.println("schedc run: error[E0916]: giving up after " + failures + " failed re-registrations");
                        err.flush();
                        return e.exitCode();
                    }
                    Thread.sleep(200L * failures);
                }
            }
            // SIGTERM/SIGINT: unregister, as stopping a service should.
            Stopper.stop(pins);
            out.println("schedc run: " + plan.opsName() + " stopped");
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
