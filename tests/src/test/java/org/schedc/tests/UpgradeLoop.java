package org.schedc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.schedc.kernel.HarnessFiles;

/**
 * Ten upgrades of examples/game.sched under load in one guest JVM (tests/kernel/fixtures/batch/CommandBatch.java):
 * v1 runs, 'schedc tag' tags a spinner render, then a changed game (v2: other slices, the same map layouts) and v1
 * alternate. Written into GUEST/ug (objects, batch file) and GUEST/batch/classes; checked by {@link #check}.
 */
final class UpgradeLoop {
    static final int UPGRADES = 10;
    private static final String IDS = "for p in $(ls /sys/fs/bpf/schedc); do bpftool map show pinned /sys/fs/bpf/schedc/$p | head -n 1 | cut -d: -f1;"
            + " done | sort -n | tr '\\n' ' '";

    private UpgradeLoop() {
    }

    static void write(Path guestRoot, Path schedcJar) throws IOException {
        Path ug = Files.createDirectories(guestRoot.resolve("ug"));
        Path game = HarnessFiles.repoRoot().resolve("examples/game.sched");
        Files.write(ug.resolve("v1.bpf.o"), FixturePolicies.compile(game).output().elf());
        String source = Files.readString(game);
        String changed = source.replace("RENDER_SLICE = 2ms", "RENDER_SLICE = 3ms").replace("OTHER_SLICE = 10ms", "OTHER_SLICE = 8ms");
        assertTrue(!changed.equals(source), "the change applies to examples/game.sched");
        Path v2 = Files.writeString(Files.createDirectories(ug.resolve("v2-src")).resolve("game.sched"), changed);
        Files.write(ug.resolve("v2.bpf.o"), FixturePolicies.compile(v2).output().elf());
        List<String> batch = new ArrayList<>(List.of("schedc ug_start run /ug/v1.bpf.o",
                "schedc ug_tag tag set --policy game --pid SPIN render", "sh ug_ids_before " + IDS));
        for (int i = 1; i <= UPGRADES; i++) {
            batch.add("schedc ug_" + i + " upgrade /ug/" + (i % 2 == 1 ? "v2" : "v1") + ".bpf.o");
            batch.add("sh ug_state_" + i + " echo $(cat /sys/kernel/sched_ext/state) $(cat /sys/kernel/sched_ext/root/ops)");
        }
        batch.addAll(List.of("sh ug_ids_after " + IDS, "schedc ug_tag_after tag get --policy game --pid SPIN", "schedc ug_stop stop"));
        Files.write(ug.resolve("batch.txt"), batch);
        GuestJavac.compile(List.of(HarnessFiles.harnessDir().resolve("fixtures/batch/CommandBatch.java")),
                Files.createDirectories(guestRoot.resolve("batch/classes")), schedcJar);
    }

    static void check(String kernel, TagsScenario s) {
        assertEquals(0, s.run("ug_batch").rc(), "the batch JVM: " + s.run("ug_batch").err());
        for (String step : List.of("ug_start", "ug_tag", "ug_stop")) assertEquals(0, s.run(step).rc(), step + ": " + s.run(step).err());
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i <= UPGRADES; i++) {
            TagsScenario.Run u = s.run("ug_" + i);
            assertEquals(0, u.rc(), "upgrade " + i + ": " + u.err());
            assertEquals(List.of("enabled game"), s.run("ug_state_" + i).out(), "after upgrade " + i);
            Matcher m = RunInKernelTest.GAP.matcher(String.join("\n", u.out()));
            assertTrue(m.find(), u.out().toString());
            gaps.add(Double.parseDouble(m.group(1)));
        }
        List<String> before = s.run("ug_ids_before").out(), after = s.run("ug_ids_after").out();
        assertTrue(before.size() == 1 && before.getFirst().strip().split(" ").length >= 3, "game's maps are pinned: " + before);
        assertEquals(before, after, "every writable map is the same kernel map after " + UPGRADES + " upgrades");
        List<String> tag = s.run("ug_tag_after").out();
        assertTrue(tag.size() == 1 && tag.getFirst().endsWith(": render"), "the tag 'schedc tag' set before the upgrades: " + tag);
        List<Double> sorted = gaps.stream().sorted().toList();
        double median = (sorted.get(UPGRADES / 2 - 1) + sorted.get(UPGRADES / 2)) / 2;
        for (double g : gaps) assertTrue(g < RunInKernelTest.RESTART_BOUND_MS, "an upgrade's gap: " + gaps);
        System.out.printf("kernel %s upgrade gap over %d upgrades of game (v1 <-> v2 under 4 spinners, TCG guest): median %.1f ms, max %.1f ms,"
                + " min %.1f ms; all %s; upgrade command %s cs each (one warm JVM)%n", kernel, UPGRADES, median, sorted.getLast(), sorted.getFirst(),
                gaps, java.util.stream.IntStream.rangeClosed(1, UPGRADES).mapToObj(i -> String.valueOf(s.run("ug_" + i).centiseconds())).toList());
    }
}
