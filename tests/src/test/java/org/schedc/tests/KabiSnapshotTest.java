package org.schedc.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schedc.cli.Main;
import org.schedc.kabi.KabiRegistry;

/** The bundled KABI snapshots are reproducible: the snapshot tool gives the committed bytes again. */
class KabiSnapshotTest {
    static Stream<KabiRegistry.Bundled> bundled() {
        return KabiRegistry.bundled().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void snapshotToolReproducesTheCommittedSnapshot(KabiRegistry.Bundled kernel, @TempDir Path dir) throws Exception {
        // The full kernel BTF: the .BTF section of the pinned kernel package's vmlinux (kit.sh extracts it).
        Path full = org.schedc.kernel.KernelHarness.kernelBtf(kernel.version());
        Path out = dir.resolve(kernel.resource());
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"kabi-snapshot", "--btf", full.toString(), "-o", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        byte[] committed;
        try (InputStream in = KabiRegistry.class.getResourceAsStream("/org/schedc/kabi/" + kernel.resource())) {
            committed = in.readAllBytes();
        }
        assertArrayEquals(committed, Files.readAllBytes(out), "re-run tools/make-kabi-snapshots.sh and commit the result");
        assertTrue(committed.length < 1_000_000, "snapshot must stay well under 1 MB: " + committed.length);
    }
}
