package org.schedc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.cli.Main;
import org.schedc.kernel.HarnessFiles;
import org.schedc.testsupport.Needs;

/**
 * deploy/schedc@.service: systemd accepts it ({@code systemd-analyze verify} on an instance, with the one change
 * that ExecStart's /usr/bin/schedc, which is not installed here, points at a stub) and its ExecStart is a command
 * line schedc itself parses. A unit with a bad setting is reported, so the check can fail.
 */
@Tag(Needs.SYSTEMD)
class DeployUnitTest {
    private static final String BIN = "/usr/bin/schedc";

    @Test
    void systemdAcceptsTheUnit(@TempDir Path dir) throws Exception {
        String unit = committedUnit();
        assertTrue(unit.contains("ExecStart=" + BIN + " run --foreground "), unit);
        assertEquals("", verify(dir, unit), "systemd-analyze verify says nothing on the committed unit");
        String broken = unit.replace("Restart=on-failure", "Restart=sometimes");
        String said = verify(dir, broken);
        assertTrue(said.contains("sometimes"), "a bad Restart= value is reported: " + said);
    }

    @Test
    void execStartIsACommandSchedcParses() throws IOException {
        String exec = committedUnit().lines().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow();
        List<String> args = new ArrayList<>(Arrays.asList(exec.substring(("ExecStart=" + BIN + " ").length()).split(" ")));
        args.replaceAll(a -> a.replace("%i", "no-such-policy"));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        // The options parse (a usage error would print the usage text); the policy file is what is missing.
        assertEquals(Main.USAGE, code, err.toString());
        assertTrue(err.toString().contains("error[E0001]") && err.toString().contains("no-such-policy.bpf.o"), err.toString());
        assertNotEquals("", err.toString().strip());
        assertEquals("", out.toString());
    }

    private static String committedUnit() throws IOException {
        return Files.readString(HarnessFiles.repoRoot().resolve("deploy/schedc@.service"), StandardCharsets.UTF_8);
    }

    /** What systemd-analyze verify prints for an instance of the unit (empty when it has nothing to say). */
    private static String verify(Path dir, String unit) throws Exception {
        Path tool = Needs.executable("systemd-analyze");
        Path stub = dir.resolve("schedc");
        Files.writeString(stub, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path instance = dir.resolve("schedc@game.service");
        Files.writeString(instance, unit.replace(BIN, stub.toString()), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(tool.toString(), "verify", instance.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "systemd-analyze finished");
        assertEquals(0, p.exitValue(), text);
        return text.strip();
    }
}
