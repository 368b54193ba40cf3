package org.schedc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schedc.diag.SourceFile;
import org.schedc.kabi.KabiRegistry;
import org.schedc.syntax.SchedcParser;

/**
 * Overlaps the two largest cold costs of a compile on two cores (bench/results/startup-breakdown.md): a helper
 * thread parses the policy once, which pays for ANTLR's ATN deserialisation and the parser's class
 * initialisation, while the calling thread loads the kernel schemas the compile will ask for. Both only warm
 * caches (the parse result is dropped; the registry caches by name), so a wrong guess costs time, never
 * changes a result.
 */
final class CompileWarmup {
    /** The policy header's kernel list, read without parsing; an item-level `kernels` list is not seen (no harm). */
    private static final Pattern HEADER = Pattern.compile("\\bpolicy\\s+\\w+\\s+for\\s+kernels\\s+([0-9.,\\s]+)\\{");

    /** SCHEDC_WARMUP=0 turns it off, to measure what it saves. */
    static final boolean ENABLED = !"0".equals(System.getenv("SCHEDC_WARMUP"));

    private CompileWarmup() {}

    static void run(SourceFile file, List<String> kernels, KabiRegistry registry) {
        Thread parser = Thread.ofPlatform().daemon().name("schedc-warmup").start(() -> SchedcParser.parse(file));
        for (String k : guessTargets(file.text(), kernels)) {
            try {
                registry.load(k);
            } catch (KabiRegistry.KabiException | RuntimeException e) {
                // The compile itself reports an unloadable kernel.
            }
        }
        try {
            parser.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The names Compiler.compile will pass to the registry: the command line's, else the header's, else the bundled ones. */
    static List<String> guessTargets(String text, List<String> kernels) {
        if (!kernels.isEmpty()) return kernels;
        Matcher m = HEADER.matcher(text);
        if (m.find()) {
            List<String> named = new ArrayList<>();
            for (String v : m.group(1).split(",")) if (!v.isBlank()) named.add(v.strip());
            return named;
        }
        return KabiRegistry.defaultKernels();
    }
}
