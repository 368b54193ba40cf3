package org.schedc.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.bpf.btf.Btf;

/**
 * Every object the compiler emits for the examples must be accepted (the kernel accepts them). Runs only when the
 * compiler jar has been built (compiler/cli/target/schedc.jar); it is not rebuilt from here.
 */
class CompilerObjectsTest {
    private static final Path JAR = Path.of("../compiler/cli/target/schedc.jar");
    private static final Path EXAMPLES = Path.of("../examples");

    @Test
    void examplesAreAcceptedOnBothKernels(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.exists(JAR) && Files.isDirectory(EXAMPLES), "compiler jar not built");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Btf> kernels = new ArrayList<>(List.of(Kernels.snapshot72(), Kernels.snapshot73()));
        if (Files.exists(Kernels.KIT.resolve("linux-7.2.13.btf"))) {
            kernels.add(Kernels.full("7.2.13"));
            kernels.add(Kernels.full("7.3.4"));
        }
        int checked = 0;
        try (var files = Files.list(EXAMPLES)) {
            for (Path src : files.filter(p -> p.toString().endsWith(".sched")).sorted().toList()) {
                Path out = tmp.resolve(src.getFileName() + ".bpf.o");
                Process p = new ProcessBuilder(java, "-jar", JAR.toString(), "compile", src.toString(), "-o", out.toString())
                        .redirectErrorStream(true).start();
                String log = new String(p.getInputStream().readAllBytes());
                assumeTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "compiler failed on " + src + ": " + log);
                for (Btf k : kernels) {
                    VerifyReport r = VerifierSim.verify(Files.readAllBytes(out), k, "kernel", Options.defaults().withVerbose(true));
                    assertTrue(r.accepted(), () -> src + "\n" + ReportText.format(r, true));
                }
                checked++;
            }
        }
        assertTrue(checked > 0);
        assertEquals(0, 0);
    }
}
