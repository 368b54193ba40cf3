package org.schedc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.schedc.bpf.loader.KernelTarget;
import org.schedc.bpf.loader.LoadException;
import org.schedc.bpf.loader.LoadPlan;
import org.schedc.bpf.loader.Loader;
import org.schedc.bpf.loader.SchedExt;
import org.schedc.bpf.loader.SchedExtExit;
import org.schedc.bpf.loader.Stopper;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.KabiRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code schedc run}: loads a policy into the running kernel with the Java loader (bpf-backend/loader; no libbpf,
 * no bpftool) and registers it with sched_ext; a {@code .sched} is compiled first, for the running kernel. With
 * {@code --foreground} it stays and re-registers the policy when the kernel ejects it.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Load a policy (.bpf.o, or .sched compiled first) and enable it as the system's scheduler.")
final class RunCommand implements Callable<Integer> {
    /** How often the supervisor looks at sched_ext's state, and how many re-registrations in a row it tries. */
    static final Duration POLL = Duration.ofMillis(50);
    static final int MAX_RESTARTS = 5;

    @Parameters(index = "0", paramLabel = "POLICY", description = "a BPF object (.bpf.o) or a policy (.sched)")
    Path input;

    @CommandLine.Mixin PinOptions pins;

    @Option(names = "--foreground", description = "stay in the foreground and re-register the policy when sched_ext ejects it (e.g. on CPU hot-unplug); Ctrl-C or SIGTERM stops it")
    boolean foreground;

    @Option(names = "--fallback", paramLabel = "SAFE", description = "with --foreground: when the kernel ejects the policy with an error (not a restartable exit), register SAFE (.bpf.o or .sched) instead")
    Path fallback;

    @CommandLine.Mixin TrustOptions trust;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        long mainAt = System.nanoTime();
        Duration jvm = Duration.between(jvmStart, Instant.now());
        if (fallback != null && !foreground) {
            err.println("schedc run: error[E0927]: --fallback needs --foreground (the supervisor is what switches to it)");
            return Main.USAGE;
        }
        PolicyBytes.Result bytes = PolicyBytes.of("run", input, trust, out, err);
        if (bytes.bytes().isEmpty()) return bytes.exitCode();
        // the fallback is read, checked and planned before anything is loaded: a bad one is found now, not in an emergency
        PolicyBytes.Result safe = fallback == null ? null : PolicyBytes.of("run", fallback, trust, out, err);
        if (safe != null && safe.bytes().isEmpty()) return safe.exitCode();
        try {
            long k0 = System.nanoTime();
            KernelTarget kernel = KernelTarget.running();
            long kernelNanos = System.nanoTime() - k0;
            long t0 = System.nanoTime();
            LoadPlan plan = LoadPlan.of(input.getFileName().toString(), bytes.bytes().get(), kernel);
            long planNanos = System.nanoTime() - t0;
            Loader.Pins where = pins.pins();
            Supervisor.InKernel safeReg = safe == null ? null
                    : new Supervisor.InKernel(LoadPlan.of(fallback.getFileName().toString(), safe.bytes().get(), kernel), kernel, where);
            double logSince = SchedExtExit.logNow(); // exits logged after this are this policy's
            Loader.Loaded loaded = Loader.load(plan, kernel, where, planNanos);
            SchedExt state = awaitEnabled(plan.opsName());
            long toEnabled = System.nanoTime() - mainAt;
            if (!state.enabled()) {
                Stopper.stop(where);
                String why = SchedExtExit.last(plan.opsName(), logSince).map(e -> " (" + e.describe() + ")").orElse("; dmesg says why");
                err.println("schedc run: error[E0915]: " + plan.opsName() + " was registered but sched_ext is " + state.state()
                        + " (ops '" + state.ops() + "'): the kernel ejected it at once" + why);
                return Main.INPUT_ERRORS;
            }
            out.printf("schedc run: %s enabled (ops %s, enable_seq %d): %d programs, %d maps, link pinned at %s%n", plan.opsName(),
                    state.ops(), state.enableSeq(), plan.programs().size(), plan.maps().size(), loaded.link());
            if (!loaded.reusedPins().isEmpty()) {
                out.println("schedc run: reused the pinned maps " + String.join(", ", loaded.reusedPins()) + " (same layout: their contents, e.g. tags, carry on)");
            }
            out.printf("schedc run: load-to-enabled %.1f ms (kernel BTF %.1f ms, object to plan %.1f ms, bpf(2) %.1f ms); JVM start %d ms%n",
                    toEnabled / 1e6, kernelNanos / 1e6, loaded.planNanos() / 1e6, loaded.loadNanos() / 1e6, jvm.toMillis());
            out.flush();
            return foreground ? new Supervisor(new Supervisor.InKernel(plan, kernel, where), safeReg, out, err, POLL.toMillis(), logSince).run() : Main.OK;
        } catch (LoadException e) {
            report(e, err);
            return e.exitCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.INTERNAL;
        }
    }

    static void report(LoadException e, PrintWriter err) {
        err.println("schedc run: error[" + e.code() + "]: " + e.getMessage());
        if (!e.verifierLog().isBlank()) {
            err.println("kernel verifier log:");
            for (String l : e.verifierLog().split("\n")) err.println("  " + l);
        }
        err.flush();
    }

    /** Enabling is synchronous in the link's creation; this only covers sysfs catching up on a slow machine. */
    static SchedExt awaitEnabled(String opsName) throws InterruptedException {
        long start = System.nanoTime(), settle = start + SETTLE_NANOS, end = start + ENABLE_WAIT_NANOS;
        SchedExt s = SchedExt.read();
        // "disabled" only counts as an answer after the settle time (sysfs may lag the link on a slow machine);
        // "enabling" is waited for up to the whole bound.
        while (!(s.enabled() && s.ops().equals(opsName)) && System.nanoTime() < end
                && !(s.state().equals("disabled") && System.nanoTime() > settle)) {
            Thread.sleep(10);
            s = SchedExt.read();
        }
        return s;
    }

    private static final long SETTLE_NANOS = 2_000_000_000L, ENABLE_WAIT_NANOS = 30_000_000_000L;

    /** --pin-dir and --pin-root, shared by run, stop and status. */
    static final class PinOptions {
        @Option(names = "--pin-dir", paramLabel = "DIR", description = "where the link and the maps are pinned (default: PIN_ROOT/schedc)")
        Path pinDir;

        @Option(names = "--pin-root", paramLabel = "DIR", description = "where maps declared pinned by name go, as libbpf pins them (default: ${DEFAULT-VALUE})")
        Path pinRoot = Path.of("/sys/fs/bpf");

        Loader.Pins pins() {
            return new Loader.Pins(pinDir != null ? pinDir : pinRoot.resolve("schedc"), pinRoot);
        }
    }
}
