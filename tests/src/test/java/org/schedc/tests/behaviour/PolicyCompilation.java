package org.schedc.tests.behaviour;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.schedc.diag.DiagnosticPrinter;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.KabiRegistry;
import org.schedc.kernel.HarnessFiles;

/** Compiles a policy file through the compiler's API; a policy that does not compile fails the test with its diagnostics. */
final class PolicyCompilation {
    private PolicyCompilation() {}

    static Path repo() {
        return HarnessFiles.repoRoot();
    }

    static Path examples() {
        return repo().resolve("examples");
    }

    static Path scenarios() {
        return repo().resolve("tests/src/test/resources/scenarios");
    }

    /** The object for {@code file}, compiled for the policy's own kernels (or every bundled one). */
    static byte[] compile(Path file) {
        try {
            // The path names the file in diagnostics and anchors imports by path.
            SourceFile src = new SourceFile(repo().relativize(file.toAbsolutePath()).toString(), Files.readString(file));
            Diagnostics diags = new Diagnostics();
            Optional<Compiler.Result> r = new Compiler(new KabiRegistry()).compile(src, new Compiler.Options(List.of()), diags);
            if (r.isEmpty()) {
                StringBuilder sb = new StringBuilder(file + " does not compile:\n");
                diags.sorted().forEach(d -> sb.append(DiagnosticPrinter.format(d)));
                throw new AssertionError(sb.toString());
            }
            return r.get().output().elf();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (KabiRegistry.KabiException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
