package org.schedc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares text with a golden file, or rewrites the file when run with -Dgolden.update=true. */
final class GoldenFile {
    private GoldenFile() {}

    static void check(Path golden, String actual) {
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(golden, actual);
                return;
            }
            assertTrue(Files.exists(golden), "missing golden file " + golden + " (run with -Dgolden.update=true)");
            assertEquals(Files.readString(golden), actual, "differs from " + golden + " (run with -Dgolden.update=true to accept)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
