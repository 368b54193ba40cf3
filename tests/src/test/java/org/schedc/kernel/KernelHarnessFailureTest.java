package org.schedc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness must fail loudly and boundedly, never hang or silently skip. */
class KernelHarnessFailureTest {

    @Test
    void unknownKernelIsRejected(@TempDir Path dir) {
        var e = assertThrows(KernelHarnessException.class,
                () -> KernelHarness.runBatch("6.1.0", dir, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("unknown kernel"), e.getMessage());
    }

    @Test
    void emptyObjectDirectoryIsRejected(@TempDir Path dir) {
        var e = assertThrows(KernelHarnessException.class,
                () -> KernelHarness.runBatch(KernelHarness.kernels().getFirst(), dir, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("no *.bpf.o"), e.getMessage());
    }

    @Test
    void missingQemuFailsTheScript(@TempDir Path dir) throws Exception {
        Files.copy(HarnessFiles.harnessDir().resolve("reference/harness_ref.bpf.o"), dir.resolve("harness_ref.bpf.o"));
        var p = runBatchScript(dir, "SCHEDC_QEMU", "/nonexistent/qemu", 1);
        assertEquals(1, p.exit, p.stderr);
        assertTrue(p.stderr.contains("/nonexistent/qemu"), p.stderr);
    }

    /** A guest that stops reporting is killed after the progress timeout, naming the object it was on. */
    @Test
    void silentGuestIsKilledWithAClearError(@TempDir Path dir) throws Exception {
        Files.copy(HarnessFiles.harnessDir().resolve("reference/harness_ref.bpf.o"), dir.resolve("harness_ref.bpf.o"));
        // A 20 s workload writes nothing for 20 s; a 3 s progress timeout must end it early.
        long start = System.nanoTime();
        var p = runBatchScript(dir, "SCHEDC_OBJECT_TIMEOUT", "3", 20);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(3, p.exit, p.stderr);
        assertTrue(p.stderr.contains("no progress") && p.stderr.contains("harness_ref.bpf.o"), p.stderr);
        assertTrue(seconds < 20 + 10, "took " + seconds + " s");
        assertTrue(Files.readString(p.result).contains("HOST failure guest made no progress"));
    }

    private record ScriptResult(int exit, String stderr, Path result) {
    }

    private static ScriptResult runBatchScript(Path objects, String envKey, String envValue, int workload)
            throws IOException, InterruptedException {
        Path result = objects.resolve("out").resolve("result.txt");
        Path err = objects.resolve("stderr.txt");
        var pb = new ProcessBuilder(HarnessFiles.script("run-batch.sh").toString(), KernelHarness.kernels().getFirst(),
                objects.toString(), result.toString(), "--workload-seconds", Integer.toString(workload))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        pb.environment().put(envKey, envValue);
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroy();
            throw new AssertionError("run-batch.sh did not stop by itself");
        }
        return new ScriptResult(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8), result);
    }
}
