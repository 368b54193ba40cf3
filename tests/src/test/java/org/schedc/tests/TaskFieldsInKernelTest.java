package org.schedc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schedc.diag.DiagnosticPrinter;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.KabiRegistry;
import org.schedc.kernel.BatchResult;
import org.schedc.kernel.HarnessFiles;
import org.schedc.kernel.KernelHarness;
import org.schedc.kernel.ObjectRun;
import org.schedc.kernel.VerdictReport;

/**
 * Issue 3: one object, compiled only against the 7.2.13 schema, reads task fields whose offsets differ
 * between 7.2.13 and 7.3.4 (pid, tgid, comm, and through real_parent) of a probe process, and records
 * them in globals; on both kernels the recorded values must be the probe's real ones, which only holds
 * when libbpf relocated every access (comm is copied in chunks, each with its own CO-RE relocation).
 */
class TaskFieldsInKernelTest {
    private static final String NAME = "taskfields";

    static Stream<String> kernels() {
        return KernelHarness.kernels().stream();
    }

    private static byte[] compileFor72() throws Exception {
        Path source = HarnessFiles.repoRoot().resolve("tests/src/test/resources/taskfields/" + NAME + ".sched");
        SourceFile src = new SourceFile(HarnessFiles.repoRoot().relativize(source).toString(), Files.readString(source));
        Diagnostics diags = new Diagnostics();
        Optional<Compiler.Result> r = new Compiler(new KabiRegistry()).compile(src, new Compiler.Options(List.of("7.2.13")), diags);
        if (r.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            diags.sorted().forEach(d -> sb.append(DiagnosticPrinter.format(d)));
            throw new AssertionError("taskfields.sched does not compile:\n" + sb);
        }
        assertEquals(List.of("7.2.13"), r.get().policy().targets().stream().map(k -> k.name()).toList(), "compiled for 7.2.13 only");
        return r.get().output().elf();
    }

    @ParameterizedTest(name = "kernel {0}")
    @MethodSource("kernels")
    void recordedTaskFieldsAreTheProbesOwn(String kernel, @TempDir Path dir) throws Exception {
        Files.write(dir.resolve(NAME + ".bpf.o"), compileFor72());
        Path resources = HarnessFiles.repoRoot().resolve("tests/src/test/resources/taskfields");
        Files.copy(resources.resolve(NAME + ".scenario"), dir.resolve(NAME + ".scenario"));
        Files.writeString(dir.resolve(NAME + ".expect"), "scenario_seconds 60\n");
        BatchResult batch = KernelHarness.runBatchDetailed(kernel, dir, Duration.ofSeconds(5));
        System.out.print(VerdictReport.render(batch));
        ObjectRun run = batch.runs().stream().filter(r -> r.verdict().name().equals(NAME)).findFirst().orElse(null);
        assertNotNull(run, "no result for " + NAME + " on " + kernel);
        assertTrue(run.verdict().accepted(), run.verdict().summary() + "\n" + run.verdict().verifierError() + "\n" + run.verdict().loaderLog());
        System.out.println("kernel " + kernel + " scenario: " + run.scenario());
        List<String> probe = run.scenarioValues("PROBE");
        assertEquals(1, probe.size(), "the scenario reports the probe once: " + run.scenario());
        Map<String, String> real = keyValues(probe.getFirst().split(" "));
        Map<String, String> seen = dumpedGlobals(run.scenarioValues("DUMP"));
        assertFalse(seen.isEmpty(), "bpftool printed the policy's globals: " + run.scenario());
        assertTrue(Long.parseLong(seen.get("hits")) > 0, "the policy saw the probe: " + seen);
        assertEquals(real.get("pid"), seen.get("seen_pid"), "pid on " + kernel);
        assertEquals(real.get("tgid"), seen.get("seen_tgid"), "tgid on " + kernel);
        assertEquals("\"" + real.get("comm") + "\"", seen.get("seen_comm"), "comm on " + kernel);
        assertEquals(real.get("parent_tgid"), seen.get("parent_tgid"), "real_parent.tgid on " + kernel);
        assertEquals("\"" + real.get("parent_comm") + "\"", seen.get("parent_comm"), "real_parent.comm on " + kernel);
    }

    /** {@code "name": value} lines of {@code bpftool map dump} (BTF-formatted .bss), values as printed. */
    private static Map<String, String> dumpedGlobals(List<String> lines) {
        Map<String, String> out = new HashMap<>();
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("\"(\\w+)\":\\s*(.*?),?\\s*$");
        for (String line : lines) {
            for (String part : line.replace("{", "\n").replace("}", "\n").split("\n")) {
                java.util.regex.Matcher m = p.matcher(part.trim());
                if (m.matches() && !m.group(2).isEmpty() && !m.group(2).startsWith("[")) out.put(m.group(1), m.group(2));
            }
        }
        return out;
    }

    /** {@code key=value} words. */
    private static Map<String, String> keyValues(String[] words) {
        Map<String, String> out = new HashMap<>();
        for (String w : words) {
            int eq = w.indexOf('=');
            if (eq > 0) out.put(w.substring(0, eq), w.substring(eq + 1).replaceAll(",$", ""));
        }
        return out;
    }
}
