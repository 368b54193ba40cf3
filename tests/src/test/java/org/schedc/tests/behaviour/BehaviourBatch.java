package org.schedc.tests.behaviour;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.schedc.kernel.BatchResult;
import org.schedc.kernel.KernelHarness;
import org.schedc.kernel.ObjectRun;
import org.schedc.kernel.VerdictReport;

/**
 * The one batch of the behavioural kernel tests, run once per JVM: every scenario example
 * under the mixed 30 s workload, the colocation share scenario, the classification probe and
 * the stdlib fifo policy, in one boot per kernel. Both kernels boot at the same time (each qemu
 * uses one host core) to keep the whole run within about 4 minutes.
 */
final class BehaviourBatch {
    /** The scenario examples; each runs scenarios/mixed.scenario. */
    static final List<String> EXAMPLES = List.of("game", "video", "reading", "colocation", "server");
    static final String COLOCATION_SHARE = "colocation_share";
    static final String CLASSIFY_PROBE = "classify_probe";
    static final String STDLIB_FIFO = "use_fifo";
    /** Standard workload length for objects without a scenario (only use_fifo). */
    private static final Duration STANDARD_WORKLOAD = Duration.ofSeconds(3);

    private static Map<String, CompletableFuture<BatchResult>> runs;

    private BehaviourBatch() {}

    /** The run of {@code object} on {@code kernel}; boots the kernels on first use. */
    static ObjectRun run(String kernel, String object) {
        BatchResult batch = batch(kernel);
        return batch.runs().stream().filter(r -> r.verdict().name().equals(object)).findFirst()
                .orElseThrow(() -> new AssertionError("no run of " + object + " on " + kernel));
    }

    static synchronized BatchResult batch(String kernel) {
        if (runs == null) runs = start();
        CompletableFuture<BatchResult> f = runs.get(kernel);
        if (f == null) throw new AssertionError("kernel " + kernel + " is not in the manifest");
        try {
            return f.join();
        } catch (CompletionException e) {
            // The harness's own exception says what failed (qemu, kit, guest); keep it.
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw e;
        }
    }

    private static Map<String, CompletableFuture<BatchResult>> start() {
        Path extra = guestExtras();
        Map<String, CompletableFuture<BatchResult>> out = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(KernelHarness.kernels().size(), r -> {
            Thread t = new Thread(r, "behaviour-batch");
            t.setDaemon(true);
            return t;
        });
        for (String kernel : KernelHarness.kernels()) {
            Path dir = objectDir(kernel);
            out.put(kernel, CompletableFuture.supplyAsync(() -> {
                long t0 = System.nanoTime();
                BatchResult b = KernelHarness.runBatchDetailed(kernel, dir, STANDARD_WORKLOAD, extra);
                System.out.print(VerdictReport.render(b));
                System.out.printf("behaviour batch on %s: %d s wall%n", kernel, (System.nanoTime() - t0) / 1_000_000_000L);
                return b;
            }, pool));
        }
        pool.shutdown();
        return out;
    }

    /** NAME.bpf.o, NAME.scenario and NAME.expect for every object of the batch. */
    private static Path objectDir(String kernel) {
        try {
            Path dir = Files.createTempDirectory("schedc-behaviour-" + kernel + "-");
            String mixed = scenario("mixed.scenario");
            for (String name : EXAMPLES) {
                byte[] obj = PolicyCompilation.compile(PolicyCompilation.examples().resolve(name + ".sched"));
                write(dir, name, obj, mixed, "scenario_seconds 100");
            }
            byte[] colocation = PolicyCompilation.compile(PolicyCompilation.examples().resolve("colocation.sched"));
            write(dir, COLOCATION_SHARE, colocation, scenario("colocation_share.scenario"), "scenario_seconds 90");
            byte[] probe = PolicyCompilation.compile(PolicyCompilation.scenarios().resolve("classify_probe.sched"));
            write(dir, CLASSIFY_PROBE, probe, scenario("classify_probe.scenario"), "scenario_seconds 90");
            byte[] fifo = PolicyCompilation.compile(PolicyCompilation.scenarios().resolve("stdlib/use_fifo.sched"));
            Files.write(dir.resolve(STDLIB_FIFO + ".bpf.o"), fifo);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path dir, String name, byte[] obj, String scenario, String expect) throws IOException {
        Files.write(dir.resolve(name + ".bpf.o"), obj);
        Files.writeString(dir.resolve(name + ".scenario"), scenario);
        Files.writeString(dir.resolve(name + ".expect"), expect + "\n");
    }

    private static String scenario(String file) throws IOException {
        return Files.readString(PolicyCompilation.scenarios().resolve(file));
    }

    /** The guest root overlay: the scenarios' shell helpers as /lib/schedc-scenario.sh, and /etc/passwd. */
    private static Path guestExtras() {
        try {
            Path root = Files.createTempDirectory("schedc-behaviour-root-");
            Files.createDirectories(root.resolve("lib"));
            Files.copy(PolicyCompilation.scenarios().resolve("lib.sh"), root.resolve("lib/schedc-scenario.sh"));
            // A user with uid 1000 for the classification probe's `uid == 1000` rule (busybox su).
            Files.createDirectories(root.resolve("etc"));
            Files.writeString(root.resolve("etc/passwd"), "root:x:0:0:root:/:/bin/sh\nprobe:x:1000:1000:probe:/tmp:/bin/sh\n");
            Files.writeString(root.resolve("etc/group"), "root:x:0:\nprobe:x:1000:\n");
            // cp -a copies these modes over the guest's /, /lib and /etc: a 0700 temp dir would lock uid 1000 out.
            for (Path p : List.of(root, root.resolve("lib"), root.resolve("etc"))) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            for (Path p : List.of(root.resolve("lib/schedc-scenario.sh"), root.resolve("etc/passwd"), root.resolve("etc/group"))) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
