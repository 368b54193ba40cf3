package org.schedc.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.kernel.HarnessFiles;

/**
 * A real editor drives the language server: headless Neovim (Debian's package) runs
 * {@code editor/nvim-lsp.lua}, which starts {@code schedc lsp} from the built jar, opens a policy with a
 * type error, waits for diagnostics, asks for completion after {@code p.}, hover on {@code p.pid} and the
 * definition of a queue, and writes what it received. Fails (never skips) when nvim or the jar is missing.
 */
class NeovimLspTest {
    private static final long TIMEOUT_S = 180;

    @Test void neovimGetsDiagnosticsCompletionHoverAndDefinition(@TempDir Path tmp) throws Exception {
        Path root = HarnessFiles.repoRoot();
        Path jar = root.resolve("compiler/cli/target/schedc.jar");
        assertTrue(Files.isRegularFile(jar), "the schedc jar is missing: " + jar + " (build the compiler module first)");
        Path nvim = onPath("nvim");
        Path resources = root.resolve("tests/src/test/resources/editor");
        Path policy = tmp.resolve("broken.sched");
        Files.copy(resources.resolve("broken.sched"), policy);
        Path out = tmp.resolve("result.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        JsonArray cmd = new JsonArray();
        for (String part : List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "lsp")) cmd.add(part);

        ProcessBuilder pb = new ProcessBuilder(nvim.toString(), "--headless", "--clean", "-n",
                "-c", "luafile " + resources.resolve("nvim-lsp.lua"));
        pb.environment().put("SCHEDC_LSP_CMD", cmd.toString());
        pb.environment().put("SCHEDC_POLICY", policy.toString());
        pb.environment().put("SCHEDC_OUT", out.toString());
        pb.environment().put("HOME", tmp.toString()); // no user config, no shada in the real home
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.redirectErrorStream(true);
        pb.redirectOutput(tmp.resolve("nvim.log").toFile());
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("nvim did not finish within " + TIMEOUT_S + " s; log: " + Files.readString(tmp.resolve("nvim.log")));
        }
        assertTrue(Files.isRegularFile(out), "nvim wrote no result (exit " + p.exitValue() + "); log: " + Files.readString(tmp.resolve("nvim.log")));
        JsonObject result = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        assertNull(result.get("error"), "the script failed: " + result);
        assertEquals(List.of("started", "diagnostics", "completion", "hover", "definition"), strings(result.getAsJsonArray("steps")));

        // The type error, where it is, with the checker's code and suggestion.
        JsonObject error = null;
        for (JsonElement d : result.getAsJsonArray("diagnostics")) {
            if (d.getAsJsonObject().get("severity").getAsInt() == 1) error = d.getAsJsonObject();
        }
        assertTrue(error != null, "no error diagnostic: " + result);
        assertEquals("E0201", error.get("code").getAsString());
        assertEquals(9, error.get("line").getAsInt());
        assertEquals(16, error.get("col").getAsInt());
        assertEquals(24, error.get("end_col").getAsInt());
        assertTrue(error.get("message").getAsString().contains("did you mean 'vtime_now'"), error.toString());

        List<String> completion = strings(result.getAsJsonArray("completion"));
        assertTrue(completion.containsAll(List.of("pid", "tgid", "comm", "prio", "vtime", "slice", "weight", "scx")), completion.toString());

        String hover = result.get("hover").getAsString();
        assertTrue(hover.contains("p.pid: s32"), hover);
        assertTrue(hover.contains("pid_t") && hover.contains("offset"), hover);
        assertTrue(hover.contains("7.2.13") && hover.contains("7.3.4"), hover);

        JsonObject definition = result.getAsJsonObject("definition");
        assertEquals(4, definition.get("line").getAsInt(), "queue shared is declared on line 5");
        assertEquals(8, definition.get("character").getAsInt());
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(e -> out.add(e.getAsString()));
        return out;
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(p)) return p;
        }
        fail(program + " is not installed (apt-get install -y neovim); the real-editor test needs it");
        throw new AssertionError("unreachable");
    }
}
