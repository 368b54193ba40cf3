package org.schedc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schedc.cli.Main;
import org.schedc.kernel.BatchResult;
import org.schedc.kernel.GuestJava;
import org.schedc.kernel.HarnessFiles;
import org.schedc.kernel.KernelHarness;
import org.schedc.kernel.ObjectRun;

/**
 * {@code schedc tag} and {@code schedc stats} inside the real kernels (one boot per kernel), against the pinned maps
 * of a loaded policy that follows docs/runtime-abi.md (the hand-written fixture tests/kernel/fixtures/tagprio.bpf.c:
 * tasks tagged {@code boost} are always dispatched first). The scenario script (tagprio.scenario) runs schedc in the
 * guest through a jlink runtime ({@link GuestJava}) and covers:
 * (a) set/get/list/clear on all four kinds and stats in text and JSON;
 * (b) tag priority: 4 CPU-bound spinners on 2 CPUs, spinner A tagged at run time gets clearly more CPU than its
 *     untagged peer B while tagged, and the same as B before and after;
 * (c) bad input as root (nonexistent pid, unknown tag, missing pins, a map that is not a schedc map, a link instead
 *     of a map, a missing cgroup, no permission): exit code, message, and nothing changed.
 * The same boot also loads tag-policies/counted.sched, compiled by schedc (tags do not compile yet; counters do),
 * and checks {@code schedc stats} on the compiler's own P_stats map.
 * Fails, never skips, when the kernels cannot be booted or the schedc jar is missing.
 */
class TagsInKernelTest {
    private static final String POLICY = "tagprio";
    // A scenario object ignores the workload length, but it sets the harness's per-object progress timeout
    // (register timeout + this + 90 s); scenario output only arrives when the script ends (about 5 min here,
    // each schedc run being 5-12 s of JVM under TCG), so leave room for a slow, shared host.
    private static final Duration PROGRESS_BUDGET = Duration.ofSeconds(800);

    /** Generous bounds on work done: tagged A at least 1.8x B (about 3x expected); untagged A and B within 2x. */
    static final double TAGGED_MIN_RATIO = 1.8, FAIR_MAX_RATIO = 2.0;

    static Stream<String> kernels() {
        return KernelHarness.kernels().stream();
    }

    @ParameterizedTest(name = "kernel {0}")
    @MethodSource("kernels")
    void tagAndStatsCommandsWorkOnALoadedPolicy(String kernel, @TempDir Path dir) throws IOException {
        Path objects = Files.createDirectories(dir.resolve("objects"));
        Path fixtures = HarnessFiles.harnessDir().resolve("fixtures");
        for (String f : List.of(POLICY + ".bpf.o", POLICY + ".scenario", POLICY + ".expect")) {
            Files.copy(fixtures.resolve(f), objects.resolve(f));
        }
        compileCounted(objects);
        Path jar = HarnessFiles.repoRoot().resolve("compiler/cli/target/schedc.jar");
        GuestJava.Tree tree = GuestJava.writeTree(jar, dir.resolve("guest-root"));
        long initramfs = GuestJava.initramfsBytes(tree);

        BatchResult batch = KernelHarness.runBatchDetailed(kernel, objects, PROGRESS_BUDGET, tree.root());
        ObjectRun run = batch.runs().stream().filter(r -> r.verdict().name().equals(POLICY)).findFirst().orElseThrow();
        run.scenario().forEach(l -> System.out.println("kernel " + kernel + " | " + l));
        assertTrue(run.verdict().accepted(), run.verdict().summary() + "\n" + run.verdict().loaderLog());
        assertEquals(0, run.scenarioRc(), "scenario exit code (124 = timed out)");
        TagsScenario s = TagsScenario.parse(run.scenario());

        System.out.printf("kernel %s guest java: runtime %.1f MB, libraries %.1f MB (%s), jar %.1f MB, AOT cache %.1f MB, initramfs +%.1f MB gz;"
                        + " boot %s (host, to /init), schedc tag set %d cs, tag get %d cs, stats %d cs (guest wall time)%n",
                kernel, tree.runtimeBytes() / 1e6, tree.libraryBytes() / 1e6, tree.libraries(), tree.jarBytes() / 1e6, tree.aotCacheBytes() / 1e6,
                initramfs / 1e6, batch.hostBootTime(), s.run("set_pid").centiseconds(), s.run("get_pid").centiseconds(),
                s.run("stats_text").centiseconds());

        badInput(s);
        roundTrip(s);
        priority(kernel, s);
        statistics(s);
        assertTrue(run.verdict().schedExtErrors().isEmpty(), "sched_ext errors: " + run.verdict().schedExtLog());

        ObjectRun counted = batch.runs().stream().filter(r -> r.verdict().name().equals("counted")).findFirst().orElseThrow();
        counted.scenario().forEach(l -> System.out.println("kernel " + kernel + " | counted | " + l));
        assertTrue(counted.verdict().accepted(), counted.verdict().summary() + "\n" + counted.verdict().loaderLog());
        assertEquals(0, counted.scenarioRc(), "counted scenario exit code");
        compiledCounters(TagsScenario.parse(counted.scenario()));
    }

    /** The schedc-compiled policy's P_stats: its counters, then the compiler's per-queue ones, all moving. */
    private static void compiledCounters(TagsScenario s) {
        Map<String, Long> counters = counters(s.run("stats_policy"));
        assertEquals(List.of("enqueues", "dispatch_calls", "inserted_shared", "dispatched_shared"), List.copyOf(counters.keySet()));
        counters.forEach((name, value) -> assertTrue(value > 0, name + " did not move: " + counters));
        assertTrue(counters.get("inserted_shared") <= counters.get("enqueues"), "every insert is counted by an enqueue: " + counters);
        TagsScenario.Run json = s.run("stats_json");
        assertEquals(0, json.rc(), json.errText());
        assertTrue(json.out().getFirst().matches("\\{\"policy\": \"counted\", \"counters\": \\{\"enqueues\": \\d+, "
                + "\"dispatch_calls\": \\d+, \"inserted_shared\": \\d+, \"dispatched_shared\": \\d+}}"), json.out().getFirst());
        assertEquals(List.copyOf(counters.keySet()), List.copyOf(counters(s.run("stats_path")).keySet()));
        fails(s, "tag_without_tags", 2, "schedc tag: error: no such pinned object: /sys/fs/bpf/counted_tags_task (is policy counted loaded?)");
    }

    private static Map<String, Long> counters(TagsScenario.Run run) {
        assertEquals(0, run.rc(), run.label() + ": " + run);
        Map<String, Long> counters = new LinkedHashMap<>();
        for (String line : run.out()) {
            String[] f = line.split(" ");
            assertEquals(2, f.length, "stats line '" + line + "'");
            counters.put(f[0], Long.parseUnsignedLong(f[1]));
        }
        return counters;
    }

    /** tag-policies/counted.sched through the CLI, with its scenario: a schedc-compiled P_stats for schedc stats. */
    private static void compileCounted(Path objects) throws IOException {
        Path dir = HarnessFiles.repoRoot().resolve("tests/src/test/resources/tag-policies");
        var out = new StringWriter();
        var err = new StringWriter();
        int rc = Main.run(new String[] {"compile", dir.resolve("counted.sched").toString(), "-o",
                objects.resolve("counted.bpf.o").toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, rc, "counted.sched does not compile:\n" + out + err);
        for (String f : List.of("counted.scenario", "counted.expect")) {
            Files.copy(dir.resolve(f), objects.resolve(f));
        }
    }

    /** (a) set/get/list/clear on every kind. */
    private static void roundTrip(TagsScenario s) {
        String sleeper = pidOf(s.run("set_pid").out(), "tagged pid ");
        ok(s, "set_pid", "tagged pid " + sleeper + " as boost (policy tagprio)");
        ok(s, "get_pid", "pid " + sleeper + ": boost");
        ok(s, "set_uid", "tagged uid 4242 as background (policy tagprio)");
        String ino = s.info().get("cgroup_ino");
        assertNotNull(ino, "INFO cgroup_ino");
        ok(s, "set_cgroup", "tagged cgroup /sys/fs/cgroup/game (id " + ino + ") as boost (policy tagprio)");
        assertEquals(0, s.run("set_tgid").rc(), s.run("set_tgid").errText());
        String tgid = pidOf(s.run("set_tgid").out(), "tagged tgid ");
        assertEquals(List.of("pid " + sleeper + " boost", "tgid " + tgid + " background", "cgroup " + ino + " boost",
                "uid 4242 background"), s.run("list_all").out(), "tag list: all four maps, names from the enum; no trace of the bad input");
        ok(s, "clear_pid", "cleared pid " + sleeper + " (was boost)");
        ok(s, "get_cleared", "pid " + sleeper + ": none");
        ok(s, "clear_again", "pid " + sleeper + " was not tagged");
        ok(s, "clear_tgid", "cleared tgid " + tgid + " (was background)");
        ok(s, "clear_uid", "cleared uid 4242 (was background)");
        ok(s, "clear_cgroup", "cleared cgroup /sys/fs/cgroup/game (id " + ino + ") (was boost)");
        assertEquals(0, s.run("list_empty").rc());
        assertEquals(List.of(), s.run("list_empty").out(), "every tag cleared");
    }

    /** (c) bad input as root: the exit code, the message, and nothing written. */
    private static void badInput(TagsScenario s) {
        fails(s, "bad_pid", 1, "schedc tag: error: no such pid 999999");
        fails(s, "bad_tag", 1, "schedc tag: error: unknown tag 'turbo' for policy tagprio; valid tags: boost, background");
        fails(s, "bad_policy_pin", 2, "schedc tag: error: no such pinned object: /sys/fs/bpf/nosuch_tags_user (is policy nosuch loaded?)");
        fails(s, "not_schedc_map", 1, "schedc tag: error: not a schedc tag map: /sys/fs/bpf/fake_tags_task carries no BTF value type (expected enum fake_tag)");
        fails(s, "stats_wrong_map", 1, "schedc stats: error: not a schedc stats map: /sys/fs/bpf/tagprio_tags_task is a BPF_MAP_TYPE_HASH, expected BPF_MAP_TYPE_PERCPU_ARRAY");
        fails(s, "stats_link", 1, "is a BPF link, not a map");
        fails(s, "stats_missing", 2, "schedc stats: error: no such pinned object: /sys/fs/bpf/nothing_here");
        fails(s, "bad_cgroup", 1, "schedc tag: error: no such cgroup /no/such/group");
        fails(s, "no_permission", 2, "schedc tag: error: permission denied: bpf(2) needs CAP_BPF/root");
        // list_all (checked in roundTrip) runs after these and shows exactly the four good tags: nothing changed.
    }

    /** (b) a task tagged at run time gets a clearly larger CPU share than its untagged peer, and loses it when untagged. */
    private static void priority(String kernel, TagsScenario s) {
        ok(s, "set_tools", null);
        ok(s, "prio_set", null);
        ok(s, "prio_clear", null);
        ok(s, "clear_tools", null);
        var phases = new LinkedHashMap<String, TagsScenario.Share>();
        for (String phase : List.of("untagged", "tagged", "cleared")) {
            phases.put(phase, s.share(phase));
        }
        phases.forEach((phase, sh) -> System.out.printf(
                "kernel %s tag priority %-8s A %4d ticks (%.2f CPU) %7d loops  B %4d ticks (%.2f CPU) %7d loops  C+D %4d ticks"
                        + "  over %.1f s  A/B loops %.2f ticks %.2f%n",
                kernel, phase, sh.a(), sh.aCpu(), sh.aLoops(), sh.b(), sh.bCpu(), sh.bLoops(), sh.peers(),
                sh.centiseconds() / 100.0, ratio(sh), sh.b() == 0 ? Double.NaN : (double) sh.a() / sh.b()));
        // Asserted on work done (loop iterations); CPU ticks are printed but a host stall that makes the guest
        // clock jump charges the jump to whichever task was running.
        TagsScenario.Share tagged = phases.get("tagged");
        assertTrue(ratio(tagged) >= TAGGED_MIN_RATIO, "tagged A must do >= " + TAGGED_MIN_RATIO + "x B's work: " + tagged);
        for (String phase : List.of("untagged", "cleared")) {
            TagsScenario.Share sh = phases.get(phase);
            assertTrue(sh.aLoops() > 0 && sh.bLoops() > 0, "both spinners ran in phase " + phase + ": " + sh);
            assertTrue(ratio(sh) <= FAIR_MAX_RATIO && ratio(sh) >= 1 / FAIR_MAX_RATIO,
                    "untagged A and B share alike (within " + FAIR_MAX_RATIO + "x) in phase " + phase + ": " + sh);
        }
    }

    private static double ratio(TagsScenario.Share sh) {
        return sh.bLoops() == 0 ? Double.POSITIVE_INFINITY : (double) sh.aLoops() / sh.bLoops();
    }

    /** stats: the struct's member names, summed over CPUs; the boosted spinner was counted. */
    private static void statistics(TagsScenario s) {
        Map<String, Long> counters = counters(s.run("stats_text"));
        assertEquals(List.of("enqueued_boost", "enqueued_other", "dispatched_boost", "dispatched_other"), List.copyOf(counters.keySet()));
        assertTrue(counters.get("enqueued_boost") > 0 && counters.get("dispatched_boost") > 0, "the tagged spinner was boosted: " + counters);
        assertTrue(counters.get("enqueued_other") > 0 && counters.get("dispatched_other") > 0, counters.toString());
        TagsScenario.Run json = s.run("stats_json");
        assertEquals(0, json.rc(), json.errText());
        assertEquals(1, json.out().size());
        assertTrue(json.out().getFirst().matches("\\{\"policy\": \"tagprio\", \"counters\": \\{\"enqueued_boost\": \\d+, "
                + "\"enqueued_other\": \\d+, \"dispatched_boost\": \\d+, \"dispatched_other\": \\d+}}"), json.out().getFirst());
    }

    private static void ok(TagsScenario s, String label, String expectedOut) {
        TagsScenario.Run r = s.run(label);
        assertEquals(0, r.rc(), label + ": " + r);
        assertEquals(List.of(), r.err(), label + " printed errors");
        if (expectedOut != null) {
            assertEquals(List.of(expectedOut), r.out(), label);
        }
    }

    private static void fails(TagsScenario s, String label, int exit, String message) {
        TagsScenario.Run r = s.run(label);
        assertEquals(exit, r.rc(), label + ": " + r);
        assertTrue(r.errText().contains(message), label + ": expected '" + message + "' in\n" + r.errText());
        assertEquals(List.of(), r.out(), label + " printed to stdout");
        assertTrue(!r.errText().contains("Exception") && !r.errText().contains("\tat "), label + " printed a stack trace");
    }

    private static String pidOf(List<String> out, String prefix) {
        assertEquals(1, out.size(), "output " + out);
        String line = out.getFirst();
        assertTrue(line.startsWith(prefix), line);
        return line.substring(prefix.length()).split(" ")[0];
    }
}
