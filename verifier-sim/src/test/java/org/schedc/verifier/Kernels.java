package org.schedc.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfFormatException;
import org.schedc.bpf.btf.BtfReader;

/** Kernel BTF for tests: the bundled KABI snapshots, and the kit's full BTF when present. */
final class Kernels {
    /** The kit beside the checkout ({@code ../shared/kernel-kit}), wherever the checkout is. */
    static final Path KIT = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().getParent().resolve("shared/kernel-kit/btf");
    private static Btf v72, v73;

    private Kernels() {}

    static synchronized Btf snapshot72() { return v72 != null ? v72 : (v72 = resource("linux-7.2.13.btf")); }

    static synchronized Btf snapshot73() { return v73 != null ? v73 : (v73 = resource("linux-7.3.4.btf")); }

    static Btf full(String version) throws IOException, BtfFormatException {
        return BtfReader.read(Files.readAllBytes(KIT.resolve("linux-" + version + ".btf")));
    }

    private static Btf resource(String name) {
        try (InputStream in = Kernels.class.getResourceAsStream("/org/schedc/verifier/" + name)) {
            return BtfReader.read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BtfFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
