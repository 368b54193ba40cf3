package org.schedc.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where batch results and script output are kept for inspection after a run:
 * {@code schedc.kernel.out} or tests/target/kernel-batches.
 */
final class BatchDirs {
    private BatchDirs() {
    }

    static Path newRunDir(String label) {
        String configured = System.getProperty("schedc.kernel.out");
        Path base = configured != null
                ? Path.of(configured)
                : HarnessFiles.repoRoot().resolve("tests").resolve("target").resolve("kernel-batches");
        try {
            Files.createDirectories(base);
            return Files.createTempDirectory(base, label + "-");
        } catch (IOException e) {
            throw new KernelHarnessException("cannot create a result directory under " + base + ": " + e.getMessage(), e);
        }
    }
}
