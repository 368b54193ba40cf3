package org.schedc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schedc.kernel.BatchResult;
import org.schedc.kernel.GuestJava;
import org.schedc.kernel.HarnessFiles;
import org.schedc.kernel.KernelHarness;
import org.schedc.kernel.ObjectRun;

/**
 * {@code schedc run / status / stop} in the real kernels, one boot per kernel: every example object is loaded by
 * the Java loader in one of the kernels ({@link #shareOf}) (bpf-backend/loader; bpftool registers only the harness's reference scheduler that gets the
 * scenario started, tests/kernel/fixtures/schedc_run.scenario), must be enabled with the policy's ops name, stay
 * enabled through a short mixed workload, be reported by {@code status}, be disabled by {@code stop}, and leave no
 * pin behind. The same boot times {@code bpftool struct_ops register} of each object for the load-time comparison
 * and feeds bad inputs (non-BPF ELF, text, truncated object, missing file, a second run): clear error, nothing
 * registered. Then: hot upgrade and signed objects; supervision: a policy that fails with error() replaced by the
 * --fallback, which is then re-registered across CPU hotplug, and the same failure without --fallback (E0926); the
 * server policy driven by the Java code 'schedc gen java' generated from it and reloaded with its by-name pins
 * reused; ten upgrades of game under load with a tag kept ({@link UpgradeLoop}); clang-built objects through the
 * same loader. Fails, never skips, when the kernels cannot be booted or the schedc jar is missing.
 */
class RunInKernelTest {
    private static final String DRIVER = "schedc_run";
    private static final Duration PROGRESS_BUDGET = Duration.ofSeconds(1500);
    /** Measured 10-15 s on a shared 2-core host under TCG before the CO-RE lookup fix; a native machine needs well under 1 s. */
    static final long RESTART_BOUND_MS = 30_000;
    private static final Pattern LOAD = Pattern.compile("load-to-enabled ([0-9.]+) ms \\(kernel BTF ([0-9.]+) ms, object to plan ([0-9.]+) ms, bpf\\(2\\) ([0-9.]+) ms\\); JVM start (\\d+) ms");

    static Stream<String> kernels() {
        return KernelHarness.kernels().stream();
    }

    @ParameterizedTest(name = "kernel {0}")
    @MethodSource("kernels")
    void everyExampleRunsUnderTheJavaLoader(String kernel, @TempDir Path dir) throws IOException {
        Path objects = Files.createDirectories(dir.resolve("objects"));
        Path harness = HarnessFiles.harnessDir();
        Files.copy(harness.resolve("reference/harness_ref.bpf.o"), objects.resolve(DRIVER + ".bpf.o"));
        for (String f : List.of(DRIVER + ".scenario", DRIVER + ".expect")) Files.copy(harness.resolve("fixtures/" + f), objects.resolve(f));
        Path jar = HarnessFiles.repoRoot().resolve("compiler/cli/target/schedc.jar");
        GuestJava.Tree tree = GuestJava.writeTree(jar, dir.resolve("guest-root"));
        Path runObjects = Files.createDirectories(tree.root().resolve("run-objects"));
        List<String> names = new ArrayList<>();
        for (ExampleObjects.Example e : ExampleObjects.all()) {
            if (e.source().startsWith(ExampleObjects.examplesDir())) names.add(e.name());
        }
        Path upgrades = Files.createDirectories(tree.root().resolve("upgrade-objects"));
        for (ExampleObjects.Example e : ExampleObjects.all()) {
            if (e.name().equals(UPGRADE_OLD)) {
                Files.write(upgrades.resolve("old.bpf.o"), e.object());
                Files.write(upgrades.resolve("same.bpf.o"), e.object());
            }
            if (e.name().equals(UPGRADE_OTHER)) Files.write(upgrades.resolve("other.bpf.o"), e.object());
        }
        SignedObjects.write(upgrades);
        GeneratedControl.write(tree.root(), jar);
        UpgradeLoop.write(tree.root(), jar);
        Path clang = Files.createDirectories(tree.root().resolve("clang"));
        Files.copy(harness.resolve("fixtures/tagprio.bpf.o"), clang.resolve("tagprio.bpf.o"));
        Files.copy(harness.resolve("reference/harness_ref_bad.bpf.o"), clang.resolve("harness_ref_bad.bpf.o"));
        Path fallback = Files.createDirectories(tree.root().resolve("fallback"));
        Files.write(fallback.resolve("boom.bpf.o"), FixturePolicies.compile(harness.resolve("fixtures/boom.sched")).output().elf());
        java.util.Collections.sort(names); // the scenario walks the objects in sorted order and stops the first itself
        names = shareOf(names, kernel);
        for (ExampleObjects.Example e : ExampleObjects.all()) {
            if (names.contains(e.name())) Files.write(runObjects.resolve(e.name() + ".bpf.o"), e.object());
        }

        BatchResult batch = KernelHarness.runBatchDetailed(kernel, objects, PROGRESS_BUDGET, tree.root());
        ObjectRun run = batch.runs().stream().filter(r -> r.verdict().name().equals(DRIVER)).findFirst().orElseThrow();
        run.scenario().forEach(l -> System.out.println("kernel " + kernel + " | " + l));
        assertTrue(run.verdict().accepted(), run.verdict().summary() + "\n" + run.verdict().loaderLog());
        assertEquals(0, run.scenarioRc(), "scenario exit code (124 = timed out)");
        TagsScenario s = TagsScenario.parse(run.scenario());
        assertEquals("disabled", s.info().get("detached"), "the reference scheduler detached before the runs");

        double sumSchedc = 0, sumBpftool = 0;
        for (String n : names) {
            TagsScenario.Run r = s.run("run_" + n);
            assertEquals(0, r.rc(), n + ": schedc run\n" + String.join("\n", r.err()));
            assertTrue(r.err().isEmpty(), n + ": nothing on stderr: " + r.err());
            String ops = opsName(r, n);
            assertEquals("enabled " + ops, s.info().get("state_" + n), n + ": enabled as its own ops");
            assertEquals("6/6", s.info().get("workload_" + n), n + ": every worker finished");
            assertEquals("enabled " + ops, s.info().get("after_" + n), n + ": still enabled after the workload");
            if (n.equals(names.getFirst())) { // status and stop run on the first object only (JVM starts cost 10-15 s each)
                TagsScenario.Run st = s.run("status_" + n);
                assertEquals(0, st.rc(), n + ": status " + st.err());
                assertEquals(List.of("state enabled", "ops " + ops), st.out().subList(0, 2), n + ": status");
                assertTrue(st.out().stream().anyMatch(l -> l.matches("counter dispatched_\\w+ [1-9][0-9]*")),
                        n + ": status shows the policy's counters, some non-zero after the workload: " + st.out());
                assertEquals(0, s.run("stop_" + n).rc(), n + ": stop " + s.run("stop_" + n).err());
                assertEquals("disabled", s.info().get("stopped_" + n), n + ": stop disables it");
                assertEquals("", s.info().get("pins_" + n).strip(), n + ": nothing left pinned");
            } else {
                assertEquals("disabled", s.info().get("unpinned_" + n), n + ": unpinning the link disables it");
            }
            Matcher m = LOAD.matcher(String.join("\n", r.out()));
            assertTrue(m.find(), n + ": timing line in " + r.out());
            String[] bt = s.info().get("bpftool_" + n).split(" ");
            assertEquals("0", bt[0], n + ": bpftool register of the same object");
            double schedcMs = Double.parseDouble(m.group(1)), bpftoolMs = Integer.parseInt(bt[1]) * 10.0;
            sumSchedc += schedcMs;
            sumBpftool += bpftoolMs;
            System.out.printf("kernel %s load-to-enabled %-12s schedc run %7.1f ms (kernel BTF %6.1f, plan %6.1f, bpf(2) %6.1f; JVM start %4s ms;"
                    + " whole command %5d ms) | bpftool struct_ops register %5.0f ms (whole command, 10 ms resolution)%n", kernel, n, schedcMs,
                    Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), m.group(5), r.centiseconds() * 10, bpftoolMs);
        }
        System.out.printf("kernel %s load-to-enabled total over %d examples: schedc run %.0f ms, bpftool %.0f ms, ratio %.2f%n",
                kernel, names.size(), sumSchedc, sumBpftool, sumSchedc / Math.max(1, sumBpftool));

        fails(s, "bad_elf", 1, "E0901");
        fails(s, "bad_text", 1, "E0901");
        fails(s, "bad_truncated", 1, "E0901");
        fails(s, "bad_missing", 2, "E0001");
        assertTrue(s.info().get("bad_state").matches("disabled pins=\\s*"), "bad inputs registered nothing: " + s.info().get("bad_state"));
        assertEquals(0, s.run("twice_first").rc(), String.join("\n", s.run("twice_first").err()));
        fails(s, "twice_second", 2, "E0911");
        assertTrue(s.info().get("twice_state").startsWith("enabled "), "the first policy kept running: " + s.info().get("twice_state"));
        assertEquals(0, s.run("stop_twice").rc());
        assertTrue(s.info().get("twice_stopped").matches("disabled pins=\\s*"), s.info().get("twice_stopped"));
        fails(s, "stop_nothing", 2, "E0917");
        upgrade(kernel, s);
        supervision(kernel, s, opsName(s.run("twice_first"), "twice_first"));
        generatedControl(s);
        UpgradeLoop.check(kernel, s);
        assertEquals("disabled", s.info().get("ug_done"));
        clangObjects(s);
    }

    /** Objects clang built (libbpf conventions) load through the same Java loader; a rejected one names the verifier's reason. */
    private static void clangObjects(TagsScenario s) {
        TagsScenario.Run r = s.run("clang_run");
        assertEquals(0, r.rc(), "schedc run of the clang-built tagprio: " + r.err());
        assertEquals("enabled tagprio", s.info().get("clang_state"));
        assertEquals("6/6", s.info().get("clang_workload"));
        assertEquals("enabled tagprio", s.info().get("clang_after"), "still enabled after the workload");
        assertEquals("disabled", s.info().get("clang_unpinned"));
        TagsScenario.Run bad = s.run("clang_bad");
        assertEquals(1, bad.rc(), bad.err().toString());
        assertTrue(bad.err().getFirst().contains("error[E0914]"), bad.err().getFirst());
        assertTrue(String.join("\n", bad.err()).contains("is not allowed"), "the kernel's own reason is in the log shown: " + bad.err());
        assertTrue(s.info().get("clang_bad_state").matches("disabled pins=\\s*"), s.info().get("clang_bad_state"));
    }

    /**
     * The server policy driven by the code 'schedc gen java' generated from it (GeneratedControl, ServerDriver), then
     * reloaded: the second 'schedc run' reuses the by-name pins, so the tag set through the generated API survives.
     */
    private static void generatedControl(TagsScenario s) {
        assertEquals(0, s.run("gen_run").rc(), String.join("\n", s.run("gen_run").err()));
        TagsScenario.Run d = s.run("gen_driver");
        assertEquals(0, d.rc(), "the generated service ran: " + d.out() + " " + d.err());
        assertTrue(d.err().isEmpty(), "nothing on stderr: " + d.err());
        var gen = new java.util.HashMap<String, String>();
        for (String l : d.out()) if (l.startsWith("GEN ")) gen.put(l.split(" ")[1], l.substring(l.indexOf(' ', 4) + 1));
        String pid = s.info().get("gen_spin").strip();
        assertEquals("true", gen.get("enabled"), d.out().toString());
        assertEquals("request", gen.get("task_tag"), "a tag set through the generated API reads back");
        assertEquals("[Tagged[kind=TASK, id=" + pid + ", tag=REQUEST]]", gen.get("tags"));
        assertEquals("true", gen.get("counters_moved"), "typed counters move while the spinner runs");
        assertEquals("started=true avg_run=true", gen.get("task_state"), "the spinner's task state, decoded from task storage by pidfd");
        assertTrue(gen.get("events").matches("Started:server(,CountersChanged)+"), "events: " + gen.get("events"));
        assertEquals("true false", gen.get("untag"));
        assertTrue(gen.get("missing_pid").startsWith("1 no such pid 4000000"), gen.get("missing_pid"));
        assertEquals("disabled", s.info().get("gen_unloaded"), "removing the pin directory stops the policy");
        TagsScenario.Run rerun = s.run("gen_rerun");
        assertEquals(0, rerun.rc(), "run again with the by-name pins still there: " + rerun.err());
        assertTrue(rerun.out().stream().anyMatch(l -> l.startsWith("schedc run: reused the pinned maps ") && l.contains("server_tags_task")
                && l.contains("server_stats")), "the existing pins are reused: " + rerun.out());
        TagsScenario.Run get = s.run("gen_tag_get");
        assertEquals(List.of("pid " + pid + ": request"), get.out(), "the tag the generated service set, read by schedc tag after a reload: " + get.err());
        assertTrue(s.info().get("gen_stopped").matches("disabled pins=\\s*"), s.info().get("gen_stopped"));
    }

    /** Two examples whose .bss sections differ in size, so one cannot take the other's state over. */
    static final String UPGRADE_OLD = "colocation", UPGRADE_OTHER = "game";
    /** The gap line of 'schedc upgrade'. */
    static final Pattern GAP = Pattern.compile("no sched_ext policy ran for ([0-9.]+) ms");

    /** schedc upgrade: state carried over by map identity, an incompatible layout refused, --fresh-state, then stop. */
    private static void upgrade(String kernel, TagsScenario s) {
        fails(s, "trust_unsigned", 1, "E0920");
        fails(s, "trust_tampered", 1, "E0922");
        assertTrue(s.info().get("trust_refused_state").matches("disabled pins=\\s*"), "refused objects registered nothing: " + s.info().get("trust_refused_state"));
        assertEquals(0, s.run("upgrade_start").rc(), String.join("\n", s.run("upgrade_start").err()));
        assertTrue(s.run("upgrade_start").out().getFirst().contains("signature by " + SignedObjects.TRUSTED.keyId()), s.run("upgrade_start").out().toString());
        fails(s, "trust_other_key", 1, "E0923");
        assertEquals("enabled " + UPGRADE_OLD + " " + s.info().get("upgrade_ids_before").strip(), s.info().get("trust_other_key_state").strip(),
                "an upgrade signed by an untrusted key leaves the old policy and its maps running");
        TagsScenario.Run same = s.run("upgrade_same");
        assertEquals(0, same.rc(), String.join("\n", same.err()));
        assertTrue(same.err().isEmpty(), "nothing on stderr: " + same.err());
        assertEquals("enabled " + UPGRADE_OLD, s.info().get("upgrade_same_state"));
        String before = s.info().get("upgrade_ids_before").strip(), after = s.info().get("upgrade_ids_after").strip();
        assertTrue(before.split(" ").length >= 3, "the old policy's maps are pinned: " + before);
        assertEquals(before, after, "every writable map is the same kernel map after the upgrade");
        String out = String.join("\n", same.out());
        assertTrue(out.contains("carried over: .bss, " + UPGRADE_OLD + "_stats"), out);
        assertTrue(out.contains("started empty: none"), out);
        Matcher gap = GAP.matcher(out);
        assertTrue(gap.find(), out);
        double ms = Double.parseDouble(gap.group(1));
        assertTrue(ms < RESTART_BOUND_MS, "the swap took " + ms + " ms");
        assertEquals("6/6", s.info().get("upgrade_workload"), "the upgraded policy schedules a workload");
        fails(s, "upgrade_other", 1, "E0918");
        assertTrue(s.run("upgrade_other").err().getFirst().contains("map .bss"), s.run("upgrade_other").err().getFirst());
        assertEquals("enabled " + UPGRADE_OLD, s.info().get("upgrade_other_state"), "a refused upgrade leaves the old policy running");
        TagsScenario.Run fresh = s.run("upgrade_fresh");
        assertEquals(0, fresh.rc(), String.join("\n", fresh.err()));
        assertEquals("enabled " + UPGRADE_OTHER, s.info().get("upgrade_fresh_state"));
        assertTrue(String.join("\n", fresh.out()).contains("started empty: .bss ("), fresh.out().toString());
        assertEquals(0, s.run("upgrade_stop").rc());
        assertTrue(s.info().get("upgrade_stopped").matches("disabled pins=\\s*"), s.info().get("upgrade_stopped"));
        System.out.printf("kernel %s upgrade: %s -> %s with its maps carried over: no policy ran for %.1f ms (guest, TCG); %s%n",
                kernel, UPGRADE_OLD, UPGRADE_OLD, ms, same.out().getLast());
    }

    /**
     * This kernel's share of the examples: the k-th kernel takes every n-th example from the k-th on, so each example
     * goes through the Java loader in one kernel and every kernel sees several (each `schedc run` is a guest JVM start
     * and a kernel BTF parse, 15-25 s under TCG). ExamplesInKernelTest registers every example in every kernel.
     */
    static List<String> shareOf(List<String> sorted, String kernel) {
        List<String> kernels = KernelHarness.kernels();
        int k = kernels.indexOf(kernel), n = kernels.size();
        List<String> mine = new ArrayList<>();
        for (int i = k; i < sorted.size(); i += n) mine.add(sorted.get(i));
        return mine;
    }

    /** --foreground across CPU 1 going offline and online again: each ejection is followed by a re-registration. */
    private static void supervision(String kernel, TagsScenario s, String ops) {
        // --fallback: boom ends itself with error() when boomtrigger runs; the supervisor switches to the safe policy
        assertEquals("enabled boom", s.info().get("fb_boom"), "the policy that will fail ran first");
        String[] fb = s.info().get("fb_switched").split(" ");
        assertEquals("enabled " + ops, fb[0] + " " + fb[1], "the fallback runs after the error exit: " + s.info().get("fb_switched"));
        System.out.printf("kernel %s fallback: boom's error exit -> %s enabled after %d ms (guest wall, 10 ms resolution)%n",
                kernel, ops, Long.parseLong(fb[2]) * 10);
        for (String step : List.of("offline", "online")) {
            String[] f = s.info().get("hotplug_" + step).split(" ");
            assertEquals("enabled " + ops, f[0] + " " + f[1], "after CPU 1 went " + step + ": " + s.info().get("hotplug_" + step));
            assertTrue(Long.parseLong(f[4]) > Long.parseLong(f[3]), "registered again (enable_seq moved): " + s.info().get("hotplug_" + step));
            long ms = Long.parseLong(f[2]) * 10;
            // bound: one poll (50 ms) plus a load with the plan already made (no kernel BTF parse, no compile)
            assertTrue(ms <= RESTART_BOUND_MS, "re-registered within " + RESTART_BOUND_MS + " ms, took " + ms);
            System.out.printf("kernel %s hotplug: CPU 1 %s -> %s enabled again after %d ms (guest wall, 10 ms resolution)%n", kernel, step, ops, ms);
        }
        TagsScenario.Run fg = s.run("fg");
        assertTrue(fg.rc() == 143 || fg.rc() == 0, "SIGTERM ends the supervisor: " + fg.rc() + " " + fg.err());
        assertTrue(fg.err().isEmpty(), "nothing on stderr: " + fg.err());
        String out = String.join("\n", fg.out());
        assertTrue(Pattern.compile("schedc run: boom was ejected by the kernel with an error \\([\\w ]+: boomtrigger ran\\); switching to the fallback ")
                .matcher(out).find(), "the error exit's reason and message, from the kernel log: " + out);
        assertEquals(3, out.split("was ejected by the kernel", -1).length - 1, out);
        assertEquals(3, out.split("enabled again in", -1).length - 1, out);
        assertTrue(out.endsWith(ops + " stopped"), out);
        assertTrue(s.info().get("fg_stopped").matches("disabled pins=\\s*"), s.info().get("fg_stopped"));
        // without --fallback an error exit ends the supervisor: E0926 with the reason, exit 1, nothing left registered
        TagsScenario.Run boom = s.run("boom_alone");
        assertEquals(1, boom.rc(), "an error exit is the input's fault: " + boom.err());
        assertEquals(1, boom.err().size(), "one clear line: " + boom.err());
        assertTrue(boom.err().getFirst().matches("schedc run: error\\[E0926]: boom was ejected by the kernel with an error \\([\\w ]+: boomtrigger ran\\);.*"),
                boom.err().getFirst());
        assertTrue(s.info().get("boom_alone_state").matches("disabled pins=\\s*"), s.info().get("boom_alone_state"));
    }

    private static String opsName(TagsScenario.Run r, String n) {
        Matcher m = Pattern.compile("schedc run: (\\S+) enabled \\(ops (\\S+),").matcher(String.join("\n", r.out()));
        assertTrue(m.find(), n + ": " + r.out());
        assertEquals(m.group(1), m.group(2), "the kernel's root/ops is the object's name");
        return m.group(2);
    }

    private static void fails(TagsScenario s, String label, int rc, String code) {
        TagsScenario.Run r = s.run(label);
        assertEquals(rc, r.rc(), label + ": " + r.err());
        assertEquals(1, r.err().size(), label + ": one clear line, no stack trace: " + r.err());
        assertTrue(r.err().getFirst().contains("error[" + code + "]"), label + ": " + r.err());
        assertTrue(r.out().isEmpty(), label + ": " + r.out());
    }
}
