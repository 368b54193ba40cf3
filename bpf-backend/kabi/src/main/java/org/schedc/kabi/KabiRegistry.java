package org.schedc.kabi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schedc.bpf.btf.BtfFormatException;
import org.schedc.bpf.btf.BtfReader;

/**
 * Kernel schemas: the snapshots bundled with schedc (see kernels.txt), or any BTF file / vmlinux / 
 * /sys/kernel/btf/vmlinux given by path. Names match by version prefix: "7.2" is "7.2.13".
 */
public final class KabiRegistry {
    /** A kernel that cannot be used: unknown name, unreadable or corrupt BTF, no sched_ext. */
    public static final class KabiException extends Exception {
        public KabiException(String message) { super(message); }
    }

    public record Bundled(String version, String resource, String description) {}

    private static final String DIR = "/org/schedc/kabi/";
    private final Map<String, Kabi> loaded = new LinkedHashMap<>();

    public static List<Bundled> bundled() {
        List<Bundled> out = new ArrayList<>();
        try (InputStream in = KabiRegistry.class.getResourceAsStream(DIR + "kernels.txt")) {
            if (in == null) return out;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] parts = line.split("\\s+", 3);
                out.add(new Bundled(parts[0], parts[1], parts.length > 2 ? parts[2] : ""));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled kernel list", e);
        }
        return out;
    }

    /** The kernels a policy targets when neither it nor the command line names any: every bundled one. */
    public static List<String> defaultKernels() {
        return bundled().stream().map(Bundled::version).toList();
    }

    public Kabi load(String nameOrPath) throws KabiException {
        Kabi cached = loaded.get(nameOrPath);
        if (cached != null) return cached;
        Kabi k = resolve(nameOrPath);
        loaded.put(nameOrPath, k);
        return k;
    }

    private Kabi resolve(String nameOrPath) throws KabiException {
        List<Bundled> matches = bundled().stream()
                .filter(b -> b.version().equals(nameOrPath) || b.version().startsWith(nameOrPath + ".")).toList();
        if (matches.size() > 1) {
            throw new KabiException("kernel '" + nameOrPath + "' is ambiguous: " + String.join(", ", matches.stream().map(Bundled::version).toList()));
        }
        if (matches.size() == 1) {
            Bundled b = matches.getFirst();
            try (InputStream in = KabiRegistry.class.getResourceAsStream(DIR + b.resource())) {
                if (in == null) throw new KabiException("bundled kernel schema " + b.resource() + " is missing from this build");
                return checked(new Kabi(b.version(), BtfReader.read(in.readAllBytes())), b.version());
            } catch (IOException | BtfFormatException e) {
                throw new KabiException("bundled kernel schema " + b.resource() + " is unreadable: " + e.getMessage());
            }
        }
        Path p = Path.of(nameOrPath);
        if (looksLikePath(nameOrPath) && Files.exists(p)) {
            try {
                String name = p.getFileName().toString().replaceFirst("\\.btf$", "");
                if (name.equals("vmlinux")) name = "vmlinux@" + p;
                return checked(new Kabi(name, BtfReader.readFile(p)), nameOrPath);
            } catch (IOException e) {
                throw new KabiException("cannot read kernel BTF " + nameOrPath + ": " + e.getMessage());
            } catch (BtfFormatException e) {
                throw new KabiException("kernel BTF " + nameOrPath + " is corrupt: " + e.getMessage());
            }
        }
        String known = String.join(", ", defaultKernels());
        throw new KabiException(looksLikePath(nameOrPath)
                ? "kernel BTF file " + nameOrPath + " does not exist"
                : "unknown kernel '" + nameOrPath + "'; bundled kernels: " + known + " (or give a path to a BTF file or vmlinux)");
    }

    private static boolean looksLikePath(String s) {
        return s.contains("/") || s.endsWith(".btf") || s.equals("vmlinux");
    }

    private static Kabi checked(Kabi k, String what) throws KabiException {
        if (k.struct("sched_ext_ops").isEmpty() || k.struct("task_struct").isEmpty()) {
            throw new KabiException("kernel " + what + " has no sched_ext (struct sched_ext_ops is missing from its BTF)");
        }
        return k;
    }
}
