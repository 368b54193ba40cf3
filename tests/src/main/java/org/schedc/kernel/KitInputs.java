package org.schedc.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs tests/kernel/kit.sh once per JVM and remembers the paths it prints (key=path lines). */
final class KitInputs {
    private static Map<String, Path> paths;

    private KitInputs() {
    }

    static synchronized Map<String, Path> paths() {
        if (paths == null) {
            Path work = BatchDirs.newRunDir("kit");
            // Downloads (no shared kit) can take minutes on a slow mirror.
            var outcome = ScriptRunner.run(List.of(HarnessFiles.script("kit.sh").toString()), Map.of(),
                    Duration.ofMinutes(20), work);
            if (outcome.exitCode() != 0) {
                throw new KernelHarnessException("kit.sh failed (exit " + outcome.exitCode()
                        + "); kernel tests cannot run:\n" + outcome.stderrTail());
            }
            var found = new HashMap<String, Path>();
            for (String line : outcome.stdout().split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    found.put(line.substring(0, eq), Path.of(line.substring(eq + 1)));
                }
            }
            paths = Map.copyOf(found);
        }
        return paths;
    }

    static Path require(String key) {
        Path p = paths().get(key);
        if (p == null || !Files.exists(p)) {
            throw new KernelHarnessException("kit.sh did not provide " + key + " (got " + paths().keySet() + ")");
        }
        return p;
    }
}
