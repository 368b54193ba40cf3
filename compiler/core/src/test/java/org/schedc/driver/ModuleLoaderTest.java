package org.schedc.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.bpf.btf.BtfExt;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.kabi.KabiRegistry;

/** Imports: the policy library by name, files by path, each once, cycles and unknown names reported at the import. */
class ModuleLoaderTest {
    @TempDir
    Path dir;

    private Optional<Compiler.Result> compile(Path policy, Diagnostics diags) throws Exception {
        return new Compiler(new KabiRegistry()).compile(new SourceFile(policy.toString(), Files.readString(policy)),
                new Compiler.Options(List.of()), diags);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void stdlibAndPathModulesLoadOnceAndTheirLinesPointAtTheModuleFile() throws Exception {
        write("lib/slices.sched", "module slices\nimport fifo\n\nconst MY_SLICE = 4ms\nqueue mq: fifo\nfn put(p: task) {\n  insert p into mq slice MY_SLICE\n}\n");
        write("lib/more.sched", "module more\nimport \"slices.sched\"\nconst OTHER = 1\n");
        Path policy = write("p.sched", """
                import "lib/slices.sched"
                import "lib/more.sched"
                import fifo
                policy modtest {
                  on enqueue(p, enq_flags) { put(p) }
                  on dispatch(cpu, prev) { if !(move mq to local) { fifo_dispatch() } }
                }
                """);
        Diagnostics diags = new Diagnostics();
        Optional<Compiler.Result> r = compile(policy, diags);
        assertTrue(r.isPresent(), diags.sorted().toString());
        // The insert inlined from put() carries the module file's line.
        var files = r.get().output().programs().stream()
                .flatMap(p -> p.code().lines().stream()).toList();
        assertTrue(!files.isEmpty());
        byte[] elf = r.get().output().elf();
        String text = new String(elf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("lib/slices.sched"), "line info names the module file");
        assertTrue(text.contains("insert p into mq slice MY_SLICE"), "line info carries the module's source line");
    }

    @Test
    void cyclesAndUnknownModulesAreErrorsAtTheImport() throws Exception {
        write("a.sched", "module a\nimport \"b.sched\"\nconst X = 1\n");
        write("b.sched", "module b\nimport \"a.sched\"\nconst Y = 2\n");
        Path policy = write("p.sched", "import \"a.sched\"\nimport nosuch\nimport \"missing.sched\"\npolicy p {\n  queue q: fifo\n"
                + "  on enqueue(p, f) { insert p into q slice 1ms }\n  on dispatch(c, prev) { move q to local }\n}\n");
        Diagnostics diags = new Diagnostics();
        assertTrue(compile(policy, diags).isEmpty());
        List<String> got = diags.sorted().stream().map(d -> Path.of(d.file().path()).getFileName() + ":" + d.span().line() + " " + d.code()).toList();
        assertEquals(List.of("b.sched:2 E0325", "p.sched:2 E0323", "p.sched:3 E0323"), got);
        Diagnostic cycle = diags.sorted().getFirst();
        assertTrue(cycle.message().contains("import cycle: a.sched -> b.sched -> a.sched"), cycle.message());
        assertTrue(diags.sorted().get(1).message().contains("fifo"), "lists the library: " + diags.sorted().get(1).message());
    }

    @Test
    void theLibraryListsItsModules() {
        assertTrue(ModuleLoader.stdlibModules().containsAll(List.of("fifo", "vtime_fair", "colocation")), ModuleLoader.stdlibModules().toString());
    }
}
