package org.schedc.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a harness script with a deadline; stdout and stderr go to files so nothing can block on a full pipe. */
final class ScriptRunner {

    record Outcome(int exitCode, String stdout, String stderr) {
        String stderrTail() {
            String[] lines = stderr.strip().split("\n");
            int from = Math.max(0, lines.length - 40);
            return String.join("\n", List.of(lines).subList(from, lines.length));
        }
    }

    private ScriptRunner() {
    }

    static Outcome run(List<String> command, Map<String, String> env, Duration deadline, Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path out = workDir.resolve("script.stdout");
            Path err = workDir.resolve("script.stderr");
            var pb = new ProcessBuilder(command)
                    .directory(HarnessFiles.repoRoot().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                // The script kills its qemu on TERM (trap), so destroy() cleans up the guest too.
                p.destroy();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
                throw new KernelHarnessException(command.getFirst() + " did not finish within " + deadline
                        + "; stderr:\n" + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Outcome(p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KernelHarnessException("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KernelHarnessException("interrupted while running " + command.getFirst(), e);
        }
    }
}
