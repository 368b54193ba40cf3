package org.schedc.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine beyond the JDK. A test that uses one carries the matching tag
 * ({@code @Tag(Needs.LLVM)}, ...) so that {@link SkipSummary} counts its skips by tag. Outside CI a missing
 * tool skips the test; with {@code CI=true} it fails it, since CI installs every tool and nothing may skip there.
 */
public final class Needs {
    /** llvm-objdump / llvm-mc (the llvm package: clang's cross-checks of our encoder and ELF writer). */
    public static final String LLVM = "needs-llvm";
    /** The kernel kit under /work/shared/kernel-kit (full kernel BTF, packages); tests/kernel's qemu runs fail instead of skipping. */
    public static final String KIT = "needs-kit";
    /** systemd-analyze (the systemd package): checks the service unit in deploy/. */
    public static final String SYSTEMD = "needs-systemd";
    /** Root privileges (mknod); CI runners are not root, so these skip there without failing. */
    public static final String ROOT = "needs-root";
    /** Not root (permission bits are ignored for root); skipped when the tests run as root. */
    public static final String NON_ROOT = "needs-non-root";

    private Needs() {}

    public static boolean inCi() { return "true".equalsIgnoreCase(System.getenv("CI")); }

    /** Skips (or in CI fails) the running test unless {@code present}; {@code what} names the missing thing. */
    public static void tool(boolean present, String what) {
        if (present) return;
        if (inCi()) fail(what + " is missing, and with CI=true no test may skip: install it in the CI image");
        Assumptions.abort(what + " is missing (counted in the skipped-by-tag summary; CI=true makes this a failure)");
    }

    /** Skips the running test unless {@code holds}: for conditions CI cannot provide (root or not), so never a CI failure. */
    public static void environment(boolean holds, String why) {
        Assumptions.assumeTrue(holds, why);
    }

    /** An executable on PATH (first of the names that exists), for tests that call external tools. */
    public static Optional<Path> onPath(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (dir.isEmpty()) continue;
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Requires an executable on PATH (first of the names), see {@link #tool}. */
    public static Path executable(String... names) {
        Optional<Path> p = onPath(names);
        tool(p.isPresent(), String.join(" or ", names));
        return p.orElseThrow();
    }

    /** Requires a file of the kernel kit, see {@link #tool}. */
    public static Path kitFile(Path file) {
        tool(Files.isRegularFile(file), "the kernel kit file " + file);
        return file;
    }
}
