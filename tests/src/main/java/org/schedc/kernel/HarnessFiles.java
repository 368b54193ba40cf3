package org.schedc.kernel;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds tests/kernel in the checkout: the {@code schedc.repo} system property or
 * {@code SCHEDC_REPO} env var when set, otherwise the first ancestor of the working
 * directory that contains tests/kernel/kernels.properties (Maven runs tests in tests/).
 */
public final class HarnessFiles {
    private static final Path MANIFEST = Path.of("tests", "kernel", "kernels.properties");

    private HarnessFiles() {
    }

    public static Path repoRoot() {
        String configured = System.getProperty("schedc.repo", System.getenv("SCHEDC_REPO"));
        if (configured != null && !configured.isBlank()) {
            Path root = Path.of(configured).toAbsolutePath().normalize();
            if (!Files.isRegularFile(root.resolve(MANIFEST))) {
                throw new KernelHarnessException("schedc.repo/SCHEDC_REPO=" + root + " has no " + MANIFEST);
            }
            return root;
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(MANIFEST))) {
                return p;
            }
        }
        throw new KernelHarnessException("cannot find " + MANIFEST + " above " + start + " (set -Dschedc.repo=...)");
    }

    public static Path harnessDir() {
        return repoRoot().resolve("tests").resolve("kernel");
    }

    public static Path manifest() {
        return repoRoot().resolve(MANIFEST);
    }

    public static Path script(String name) {
        Path p = harnessDir().resolve(name);
        if (!Files.isExecutable(p)) {
            throw new KernelHarnessException("harness script " + p + " is missing or not executable");
        }
        return p;
    }
}
