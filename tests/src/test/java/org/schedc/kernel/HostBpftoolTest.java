package org.schedc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostBpftoolTest {

    private static String run(Path log, String... args) throws IOException, InterruptedException {
        var cmd = new java.util.ArrayList<String>();
        cmd.add(HostBpftool.path().toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "bpftool hung");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void openPhaseAcceptsTheReferenceObject(@TempDir Path tmp) throws Exception {
        Path obj = HarnessFiles.harnessDir().resolve("reference").resolve("harness_ref.bpf.o");
        String out = run(tmp.resolve("skel.log"), "-d", "gen", "skeleton", obj.toString());
        assertTrue(out.contains("harness_ref_ops"), "skeleton mentions the ops map");
    }

    @Test
    void dumpsTheObjectsBtf(@TempDir Path tmp) throws Exception {
        Path obj = HarnessFiles.harnessDir().resolve("reference").resolve("harness_ref.bpf.o");
        String out = run(tmp.resolve("btf.log"), "btf", "dump", "file", obj.toString());
        assertTrue(out.contains("STRUCT 'sched_ext_ops'"), "BTF has sched_ext_ops");
    }
}
