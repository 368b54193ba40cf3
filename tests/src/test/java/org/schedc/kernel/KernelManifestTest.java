package org.schedc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KernelManifestTest {

    @Test
    void kernelsAreTheTwoSchedExtKernels() {
        assertEquals(2, KernelHarness.kernels().size());
        KernelHarness.kernels().forEach(k -> assertFalse(k.isBlank()));
    }

    /** kit.sh needs these entries for every kernel; a new kernel with a missing entry breaks here, not in CI's VM. */
    @Test
    void everyKernelHasPackageEntries() throws IOException {
        var props = new Properties();
        try (var r = Files.newBufferedReader(HarnessFiles.manifest())) {
            props.load(r);
        }
        for (String k : KernelHarness.kernels()) {
            for (String field : new String[] {"package", "version", "deb", "search"}) {
                String key = "kernel." + k + "." + field;
                assertFalse(props.getProperty(key, "").isBlank(), key);
            }
        }
    }
}
