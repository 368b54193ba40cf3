package org.schedc.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Puts {@code schedc} into the test kernels' busybox guest: a jlink runtime of the JDK running the tests (cached
 * under the harness cache, keyed by JDK version and the jlink options), the schedc jar, the glibc libraries the
 * runtime's binaries need (as the host's loader resolves them) and a {@code /usr/bin/schedc} wrapper. The result is
 * a directory for {@link KernelHarness#runBatchDetailed(String, Path, Duration, Path)}'s {@code extraRoot}.
 */
public final class GuestJava {
    /** java.base is all that tag/stats need at run time (picocli treats java.sql and friends as optional). */
    static final List<String> MODULES = List.of("java.base");
    static final List<String> JLINK_OPTIONS = List.of("--strip-debug", "--no-header-files", "--no-man-pages",
            "--generate-cds-archive");
    /**
     * JVM flags for a short-lived command on a slow emulated CPU: C1 only, and only for methods 20x hotter than by
     * default (under TCG compiling costs more than interpreting for most of a short command: measured in a 7.3 guest,
     * 'schedc status' 7.2 s with default thresholds, 4.5 s with these, 3.4 s interpreted, while 'schedc run' loads
     * fastest with these), small heap, no perf file.
     */
    static final String JVM_FLAGS = "-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=20 -XX:+UseSerialGC -Xmx64m -Xss512k -XX:-UsePerfData "
            + "--enable-native-access=ALL-UNNAMED";
    /**
     * The guest's JDK AOT cache, made the way the {@code schedc} launcher makes its own (IndyPrelink's jar, then one
     * AotTraining JVM compiling every example): the classes come loaded and linked instead of being parsed and
     * verified at each start, most of a short command's time under TCG. Trained on the host at the tree's own path;
     * the JVM matches /opt/schedc/schedc.jar to it by the longest common path prefix.
     */
    static final String AOT_CACHE = "/opt/schedc/schedc.aot";
    /** Also in the wrappers: the cache's messages would otherwise land in the commands' output. */
    static final String AOT_FLAGS = "-XX:AOTCache=" + AOT_CACHE + " -Xlog:aot=off -Xlog:cds=off";
    private static final Duration TOOL_DEADLINE = Duration.ofMinutes(5);

    private GuestJava() {
    }

    /** What was put into the guest tree and how big it is. */
    public record Tree(Path root, long runtimeBytes, long libraryBytes, long jarBytes, long aotCacheBytes, List<String> libraries) {
        public long totalBytes() {
            return runtimeBytes + libraryBytes + jarBytes + aotCacheBytes;
        }
    }

    /**
     * Writes the guest overlay into {@code dest} (created if needed): /opt/java (runtime), /opt/schedc/schedc.jar,
     * /lib/x86_64-linux-gnu/*.so*, /usr/bin/schedc, /usr/bin/schedc-java (CLASSPATH MAIN ARGS: a program on schedc.jar).
     */
    public static Tree writeTree(Path schedcJar, Path dest) {
        if (!Files.isRegularFile(schedcJar)) {
            throw new KernelHarnessException("schedc jar " + schedcJar + " does not exist (build the compiler module first)");
        }
        Path runtime = cachedRuntime();
        try {
            Path javaDir = dest.resolve("opt/java");
            copyTree(runtime, javaDir);
            Path jar = dest.resolve("opt/schedc/schedc.jar");
            Files.createDirectories(jar.getParent());
            prelink(runtime, schedcJar, jar);
            List<Path> libs = librariesFor(runtime);
            Path libDir = dest.resolve("lib/x86_64-linux-gnu");
            Files.createDirectories(libDir);
            long libBytes = 0;
            var names = new ArrayList<String>();
            for (Path lib : libs) {
                Path target = libDir.resolve(lib.getFileName());
                Files.copy(lib.toRealPath(), target, StandardCopyOption.REPLACE_EXISTING);
                libBytes += Files.size(target);
                names.add(lib.getFileName().toString());
            }
            Path wrapper = dest.resolve("usr/bin/schedc");
            Files.createDirectories(wrapper.getParent());
            Files.writeString(wrapper, "#!/bin/sh\n# schedc in the test guest (written by org.schedc.kernel.GuestJava)\n"
                    + "exec /opt/java/bin/java " + JVM_FLAGS + " " + AOT_FLAGS + " -jar /opt/schedc/schedc.jar \"$@\"\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
            // CLASSPATH MAIN ARGS...: a program built against schedc.jar (the code 'schedc gen java' writes)
            Path java = dest.resolve("usr/bin/schedc-java");
            Files.writeString(java, "#!/bin/sh\n# a Java program on schedc.jar in the test guest (written by org.schedc.kernel.GuestJava)\n"
                    + "cp=$1; shift\nexec /opt/java/bin/java " + JVM_FLAGS + " " + AOT_FLAGS + " -cp /opt/schedc/schedc.jar:$cp \"$@\"\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
            trainAotCache(dest);
            return new Tree(dest, sizeOf(javaDir), libBytes, Files.size(jar), Files.size(dest.resolve(AOT_CACHE.substring(1))), names);
        } catch (IOException e) {
            throw new KernelHarnessException("cannot write the guest Java tree into " + dest + ": " + e.getMessage(), e);
        }
    }

    /** schedc.jar with its type-switch and record-method call sites linked (org.schedc.cli.aot.IndyPrelink). */
    private static void prelink(Path runtime, Path schedcJar, Path jar) {
        var outcome = ScriptRunner.run(List.of(runtime.resolve("bin/java").toString(), "-XX:TieredStopAtLevel=1", "-cp",
                schedcJar.toString(), "org.schedc.cli.aot.IndyPrelink", schedcJar.toString(), jar.toString()), Map.of(),
                TOOL_DEADLINE, BatchDirs.newRunDir("aot-prelink"));
        if (outcome.exitCode() != 0 || !Files.isRegularFile(jar)) {
            throw new KernelHarnessException("prelinking schedc.jar for the guest failed (exit " + outcome.exitCode() + "):\n"
                    + outcome.stderrTail());
        }
    }

    /** Runs the tree's own runtime on the host once with -XX:AOTCacheOutput and the wrappers' flags. */
    private static void trainAotCache(Path dest) throws IOException {
        Path cache = dest.resolve(AOT_CACHE.substring(1));
        Path work = BatchDirs.newRunDir("aot-training");
        var cmd = new ArrayList<>(List.of(dest.resolve("opt/java/bin/java").toString()));
        cmd.addAll(List.of(JVM_FLAGS.split(" ")));
        cmd.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-cp", dest.resolve("opt/schedc/schedc.jar").toString(),
                "org.schedc.cli.AotTraining", "--kernel-btf", KernelHarness.kernelBtf(KernelHarness.kernels().getFirst()).toString(),
                work.toString()));
        try (Stream<Path> examples = Files.list(HarnessFiles.repoRoot().resolve("examples"))) {
            examples.filter(p -> p.toString().endsWith(".sched")).sorted().forEach(p -> cmd.add(p.toString()));
        }
        var outcome = ScriptRunner.run(cmd, Map.of(), TOOL_DEADLINE, work);
        if (outcome.exitCode() != 0 || !Files.isRegularFile(cache)) {
            throw new KernelHarnessException("training the guest's AOT cache failed (exit " + outcome.exitCode() + "):\n"
                    + outcome.stderrTail());
        }
    }

    /**
     * Bytes the tree adds to the guest initramfs, measured the way run-batch.sh packs it (newc cpio, gzip -1).
     */
    public static long initramfsBytes(Tree tree) {
        var outcome = ScriptRunner.run(List.of("sh", "-c", "cd \"$0\" && find . | LC_ALL=C sort | cpio -o -H newc --quiet | gzip -1 | wc -c",
                tree.root().toString()), Map.of(), TOOL_DEADLINE, BatchDirs.newRunDir("guest-java-size"));
        if (outcome.exitCode() != 0) {
            throw new KernelHarnessException("cannot measure the guest Java tree:\n" + outcome.stderrTail());
        }
        return Long.parseLong(outcome.stdout().strip());
    }

    /** The jlink image for this JDK, built once into the harness cache (atomically, so a crash leaves no half image). */
    public static synchronized Path cachedRuntime() {
        String version = Runtime.version().toString();
        String options = String.join(",", MODULES) + " " + String.join(" ", JLINK_OPTIONS);
        String key = version + "-" + Integer.toHexString(options.hashCode());
        Path dir = cacheDir().resolve("guest-java").resolve(key.replaceAll("[^A-Za-z0-9._+-]", "_"));
        if (Files.isExecutable(dir.resolve("bin/java"))) {
            return dir;
        }
        Path jlink = Path.of(System.getProperty("java.home"), "bin", "jlink");
        if (!Files.isExecutable(jlink)) {
            throw new KernelHarnessException("no jlink next to the running JDK (" + jlink + "); guest Java needs a full JDK");
        }
        try {
            Files.createDirectories(dir.getParent());
            Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp-" + ProcessHandle.current().pid());
            deleteTree(tmp);
            var cmd = new ArrayList<>(List.of(jlink.toString(), "--add-modules", String.join(",", MODULES)));
            cmd.addAll(JLINK_OPTIONS);
            cmd.addAll(List.of("--output", tmp.toString()));
            var outcome = ScriptRunner.run(cmd, Map.of(), TOOL_DEADLINE, BatchDirs.newRunDir("jlink"));
            if (outcome.exitCode() != 0) {
                throw new KernelHarnessException("jlink failed (exit " + outcome.exitCode() + "):\n" + outcome.stderrTail());
            }
            slim(tmp);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                deleteTree(tmp); // another test JVM built it first
                if (!Files.isExecutable(dir.resolve("bin/java"))) {
                    throw raced;
                }
            }
            return dir;
        } catch (IOException e) {
            throw new KernelHarnessException("cannot build the guest Java runtime in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes what the guest never uses: the CDS archive for uncompressed oops (the wrapper's small heap always
     * uses compressed oops) and libjvm's static symbol table (only crash reports read it; about 5 MB).
     */
    private static void slim(Path image) throws IOException {
        Files.deleteIfExists(image.resolve("lib/server/classes_nocoops.jsa"));
        Path libjvm = image.resolve("lib/server/libjvm.so");
        if (onPath("strip")) {
            var outcome = ScriptRunner.run(List.of("strip", "--strip-unneeded", libjvm.toString()), Map.of(), TOOL_DEADLINE,
                    BatchDirs.newRunDir("strip"));
            if (outcome.exitCode() != 0) {
                throw new KernelHarnessException("strip failed on " + libjvm + ":\n" + outcome.stderrTail());
            }
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String d : path.split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Every library the host's loader resolves for the runtime's executables and shared objects (ldd). */
    static List<Path> librariesFor(Path runtime) throws IOException {
        List<Path> binaries;
        try (Stream<Path> s = Files.walk(runtime)) {
            binaries = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".so") || p.equals(runtime.resolve("bin/java")))
                    .toList();
        }
        // One ldd run for all of them (it prints a "file:" header per binary, then its libraries).
        var cmd = new ArrayList<>(List.of("ldd"));
        binaries.forEach(b -> cmd.add(b.toString()));
        var outcome = ScriptRunner.run(cmd, Map.of(), TOOL_DEADLINE, BatchDirs.newRunDir("ldd"));
        var found = new TreeSet<String>();
        for (String line : outcome.stdout().split("\n")) {
            String lib = LddLine.library(line);
            if (lib != null && !lib.startsWith(runtime.toString())) {
                found.add(lib);
            }
        }
        if (found.stream().noneMatch(l -> l.endsWith("/libc.so.6"))) {
            throw new KernelHarnessException("ldd found no libc for the guest Java runtime (exit " + outcome.exitCode() + "):\n"
                    + outcome.stderrTail());
        }
        return found.stream().map(Path::of).toList();
    }

    private static Path cacheDir() {
        String env = System.getenv("SCHEDC_KERNEL_CACHE");
        return env != null && !env.isBlank() ? Path.of(env) : HarnessFiles.repoRoot().resolve(".kernel-cache");
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            long total = 0;
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                total += Files.size(p);
            }
            return total;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
