package org.schedc.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Boots a real sched_ext kernel under qemu (tests/kernel/run-batch.sh) and loads a
 * directory of {@code *.bpf.o} objects into it, one boot per batch. Missing qemu,
 * cpio or kernel inputs throw {@link KernelHarnessException}: kernel tests fail, never skip.
 */
public final class KernelHarness {
    private static final List<String> REQUIRED_TOOLS = List.of("qemu-system-x86_64", "cpio", "gzip");

    private KernelHarness() {
    }

    /** The kernels every object is judged by, from tests/kernel/kernels.properties. */
    public static List<String> kernels() {
        return KernelManifest.load().kernels();
    }

    /**
     * The kernel's raw BTF (the .BTF section of its vmlinux, extracted by kit.sh from the pinned
     * kernel package), for checks that need every kernel type; the same bytes as the shared kit's.
     */
    public static Path kernelBtf(String kernelVersion) {
        if (!kernels().contains(kernelVersion)) {
            throw new KernelHarnessException("unknown kernel " + kernelVersion + "; the manifest lists " + kernels());
        }
        return KitInputs.require("btf." + kernelVersion);
    }

    /** Verdict per object name (file name without .bpf.o), in sorted order. */
    public static Map<String, ObjectVerdict> runBatch(String kernelVersion, Path objDir, Duration workload) {
        return runBatchDetailed(kernelVersion, objDir, workload).verdicts();
    }

    /** Like {@link #runBatch} but with timings, detach states and .expect lines. */
    public static BatchResult runBatchDetailed(String kernelVersion, Path objDir, Duration workload) {
        return runBatchDetailed(kernelVersion, objDir, workload, null);
    }

    /**
     * Like {@link #runBatchDetailed(String, Path, Duration)}, with {@code extraRoot}'s contents
     * copied over the guest's root file system (tools that scenario scripts need); null for none.
     */
    public static BatchResult runBatchDetailed(String kernelVersion, Path objDir, Duration workload, Path extraRoot) {
        if (!kernels().contains(kernelVersion)) {
            throw new KernelHarnessException("unknown kernel " + kernelVersion + "; the manifest lists " + kernels());
        }
        List<String> objects = objectNames(objDir);
        requireTools();
        KitInputs.require("kernel." + kernelVersion);

        long seconds = Math.max(1, (workload.toMillis() + 999) / 1000);
        Path runDir = BatchDirs.newRunDir(kernelVersion);
        Path resultFile = runDir.resolve("result.txt");
        var command = new ArrayList<>(List.of(HarnessFiles.script("run-batch.sh").toString(), kernelVersion,
                objDir.toAbsolutePath().toString(), resultFile.toString(), "--workload-seconds", Long.toString(seconds)));
        if (extraRoot != null) {
            command.addAll(List.of("--extra", extraRoot.toAbsolutePath().toString()));
        }
        // The script bounds itself (boot + per-object progress timeouts); this deadline only guards the script.
        Duration deadline = Duration.ofSeconds(300 + objects.size() * (seconds + 240));
        var outcome = ScriptRunner.run(command, Map.of(), deadline, runDir);

        String text = readIfPresent(resultFile);
        if (outcome.exitCode() != 0) {
            String failure = text.isEmpty() ? "" : BatchResultParser.parse(text).failure();
            throw new KernelHarnessException("kernel " + kernelVersion + " batch failed (exit " + outcome.exitCode() + ")"
                    + (failure == null || failure.isEmpty() ? "" : ": " + failure)
                    + "\nresult: " + resultFile + "\n" + outcome.stderrTail());
        }
        BatchResult result = BatchResultParser.parse(text);
        var missing = new ArrayList<>(objects);
        missing.removeAll(result.verdicts().keySet());
        if (!result.complete() || !missing.isEmpty()) {
            throw new KernelHarnessException("kernel " + kernelVersion + " batch is incomplete (no verdict for "
                    + missing + "); result: " + resultFile);
        }
        return result;
    }

    private static List<String> objectNames(Path objDir) {
        if (!Files.isDirectory(objDir)) {
            throw new KernelHarnessException("object directory " + objDir + " does not exist");
        }
        try (Stream<Path> files = Files.list(objDir)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".bpf.o"))
                    .map(n -> n.substring(0, n.length() - ".bpf.o".length()))
                    .sorted()
                    .toList();
            if (names.isEmpty()) {
                throw new KernelHarnessException("no *.bpf.o objects in " + objDir);
            }
            return names;
        } catch (IOException e) {
            throw new KernelHarnessException("cannot list " + objDir + ": " + e.getMessage(), e);
        }
    }

    private static void requireTools() {
        var missing = new ArrayList<String>();
        for (String tool : REQUIRED_TOOLS) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        if (!missing.isEmpty()) {
            throw new KernelHarnessException("kernel tests need " + missing + " on PATH (apt-get install qemu-system-x86 cpio)");
        }
    }

    private static boolean onPath(String tool) {
        String path = new HashMap<>(System.getenv()).getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String readIfPresent(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new KernelHarnessException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
