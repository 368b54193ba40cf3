package org.schedc.kernel;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** tests/kernel/kernels.properties: the single place that names the kernels (shared with the scripts). */
public final class KernelManifest {
    private final Properties props;

    private KernelManifest(Properties props) {
        this.props = props;
    }

    public static KernelManifest load(Path file) {
        var props = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            props.load(r);
        } catch (IOException e) {
            throw new KernelHarnessException("cannot read kernel manifest " + file + ": " + e.getMessage(), e);
        }
        return new KernelManifest(props);
    }

    public static KernelManifest load() {
        return load(HarnessFiles.manifest());
    }

    /** Kernel versions in manifest order, e.g. [7.2.13, 7.3.4]. */
    public List<String> kernels() {
        String value = props.getProperty("kernels", "").strip();
        if (value.isEmpty()) {
            throw new KernelHarnessException("kernel manifest has no 'kernels' entry");
        }
        return Arrays.stream(value.split("\\s+")).toList();
    }
}
