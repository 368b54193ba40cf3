package org.schedc.bpf.asm;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares text with a file under src/test/resources/golden; {@code -Dgolden.update=true} rewrites the file instead. */
final class GoldenFiles {
    private static final Path DIR = Path.of("src", "test", "resources", "golden");

    private GoldenFiles() {}

    static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(file), "missing golden file " + file.toAbsolutePath() + " (run with -Dgolden.update=true)");
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
