package org.schedc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden-file comparison; -Dgolden.update=true rewrites the file under src/test/resources instead. */
final class Golden {
    private static final Path RESOURCES = Path.of("src", "test", "resources", "org", "schedc", "kernel");

    private Golden() {
    }

    static void assertMatches(String goldenName, String actual) throws IOException {
        Path file = HarnessFiles.repoRoot().resolve("tests").resolve(RESOURCES).resolve(goldenName);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden " + file + " (update with -Dgolden.update=true)");
    }

    static String resource(String name) throws IOException {
        Path file = HarnessFiles.repoRoot().resolve("tests").resolve(RESOURCES).resolve(name);
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
