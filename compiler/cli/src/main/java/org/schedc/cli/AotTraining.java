package org.schedc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schedc.bpf.loader.BtfSanitizer;
import org.schedc.bpf.loader.KernelTarget;
import org.schedc.bpf.loader.LoadPlan;
import org.schedc.bpf.loader.ProgramPatcher;
import org.schedc.bpf.loader.SchedExt;
import org.schedc.bpf.sys.KernelLog;
import org.schedc.bpf.sys.PinnedMap;

/**
 * The training run of the launcher's JDK AOT cache (JEP 483/514/515): {@code java -XX:AOTCacheOutput=F -cp schedc.jar
 * org.schedc.cli.AotTraining [--kernel-btf BTF] OUTDIR POLICY...} compiles every policy in one JVM, so that the cache
 * holds the classes, linked call sites and method profiles of every phase any example reaches (module imports, tags
 * and classify, counters, loops, both bundled kernels' schemas and verifier-sim runs), not only those of one example.
 * With {@code --kernel-btf} (the BTF of the kernel the cache is for) it also trains what {@code schedc run} does
 * before its first real bpf(2) call: every object planned and CO-RE-patched against that kernel, and the bpf(2),
 * klogctl and sysfs paths through calls that only read or fail (a pin that does not exist). Nothing is loaded.
 * The JVM writes the cache when this exits; a policy that fails still trains the phases it got through, so the exit
 * code is always 0 and nothing is printed.
 */
public final class AotTraining {
    private AotTraining() {}

    public static void main(String[] args) {
        List<String> rest = Arrays.asList(args);
        Path kernelBtf = null;
        if (rest.size() >= 2 && rest.getFirst().equals("--kernel-btf")) {
            kernelBtf = Path.of(rest.get(1));
            rest = rest.subList(2, rest.size());
        }
        if (rest.isEmpty()) return;
        Path outDir = Path.of(rest.getFirst());
        PrintWriter sink = new PrintWriter(new StringWriter());
        KernelTarget kernel = null;
        if (kernelBtf != null) {
            try {
                kernel = KernelTarget.of(kernelBtf);
            } catch (Exception e) {
                // not a sched_ext kernel's BTF: the compiles still train
            }
        }
        for (int i = 1; i < rest.size(); i++) {
            Path out = outDir.resolve("train-" + i + ".bpf.o");
            try {
                Main.run(new String[] {"compile", rest.get(i), "-o", out.toString()}, sink, sink);
                if (kernel != null && Files.isRegularFile(out)) plan(kernel, out);
                Files.deleteIfExists(out);
            } catch (Exception | StackOverflowError e) {
                // a broken policy trains what it reached; the next one still runs
            }
        }
        if (kernelBtf != null) readOnlyCommands(outDir, sink);
        System.exit(0);
    }

    /** What {@code schedc run} computes before loading: the kernel's facts, the plan, the sanitized BTF, patched programs. */
    private static void plan(KernelTarget kernel, Path object) throws Exception {
        LoadPlan plan = LoadPlan.of(object.getFileName().toString(), Files.readAllBytes(object), kernel);
        BtfSanitizer btf = BtfSanitizer.of(plan.object());
        Map<String, Integer> fds = new HashMap<>();
        plan.maps().forEach(m -> fds.put(m.ref().name(), 100 + fds.size()));
        for (LoadPlan.Program p : plan.programs()) ProgramPatcher.patch(p.linked(), kernel.btf(), fds, btf);
    }

    /** Commands and system calls that only read, or fail on a path that does not exist: nothing changes. */
    private static void readOnlyCommands(Path outDir, PrintWriter sink) {
        Path nowhere = outDir.resolve("no-such-pin");
        try {
            PinnedMap.open(nowhere).close();
        } catch (Exception e) {
            // expected: ENOENT (or EPERM without CAP_BPF); the downcall and its errno capture are what is trained
        }
        KernelLog.readAll();
        SchedExt.read();
        for (String[] cmd : List.of(new String[] {"status", "--pin-dir", nowhere.toString()},
                new String[] {"tag", "get", "--policy", "training", "--pid", "1", "--pin-root", nowhere.toString()},
                new String[] {"stats", nowhere.toString()})) {
            try {
                Main.run(cmd, sink, sink);
            } catch (Exception e) {
                // trained as far as it got
            }
        }
    }
}
