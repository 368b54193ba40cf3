package org.schedc.kernel;

import java.nio.file.Path;

/**
 * The host copy of the pinned bpftool (7.5.0, libbpf 1.5) that kit.sh extracts, for
 * offline checks of objects: {@code bpftool btf dump file X}, {@code bpftool -d gen skeleton X}.
 */
public final class HostBpftool {
    private HostBpftool() {
    }

    /** Absolute path of the bpftool binary; prepares the kernel cache on first use. */
    public static Path path() {
        return KitInputs.require("bpftool");
    }
}
