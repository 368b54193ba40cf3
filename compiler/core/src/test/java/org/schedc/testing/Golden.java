package org.schedc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: compared by default, rewritten when the tests run with {@code -Dgolden.update=true}.
 * Paths are relative to the module directory, where Maven runs the tests, so updates land in src/test/resources.
 */
public final class Golden {
    private Golden() {}

    public static final Path RESOURCES = Path.of("src/test/resources");

    /** The repository root, relative to the module directory (compiler/MODULE) where Maven runs the tests. */
    public static final Path REPO = Path.of("../..");

    public static boolean updating() { return Boolean.getBoolean("golden.update"); }

    /** Compares {@code actual} with the golden file, or rewrites the golden file in update mode. */
    public static void check(Path golden, String actual) {
        try {
            if (updating()) {
                Files.writeString(golden, actual);
                return;
            }
            assertTrue(Files.exists(golden), "missing golden file " + golden + "; run the tests with -Dgolden.update=true to create it");
            assertEquals(Files.readString(golden), actual, "output differs from " + golden + " (rerun with -Dgolden.update=true if the change is intended)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares with a hand-written expectation that update mode must never overwrite (known-bug cases). */
    public static void checkFixed(Path expected, String actual) {
        try {
            assertEquals(Files.readString(expected), actual, "output differs from the expectation in " + expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
