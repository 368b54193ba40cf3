package org.schedc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run of the launcher's JDK AOT cache (JEP 483/514/515): {@code java -XX:AOTCacheOutput=F -cp schedc.jar
 * org.schedc.cli.AotTraining OUTDIR POLICY...} compiles every policy in one JVM, so that the cache holds the classes,
 * linked call sites and method profiles of every phase any example reaches (module imports, tags and classify,
 * counters, loops, both bundled kernels' schemas and verifier-sim runs), not only those of one example. The JVM
 * writes the cache when this exits; a policy that fails still trains the phases it got through, so the exit code
 * is always 0 and nothing is printed.
 */
public final class AotTraining {
    private AotTraining() {}

    public static void main(String[] args) {
        if (args.length < 1) return;
        Path outDir = Path.of(args[0]);
        PrintWriter sink = new PrintWriter(new StringWriter());
        for (int i = 1; i < args.length; i++) {
            Path out = outDir.resolve("train-" + i + ".bpf.o");
            try {
                Main.run(new String[] {"compile", args[i], "-o", out.toString()}, sink, sink);
                Files.deleteIfExists(out);
            } catch (Exception | StackOverflowError e) {
                // a broken policy trains what it reached; the next one still runs
            }
        }
        System.exit(0);
    }
}
