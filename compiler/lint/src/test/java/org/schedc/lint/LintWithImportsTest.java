package org.schedc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;
import org.schedc.driver.FrontEnd;
import org.schedc.kabi.KabiRegistry;

/** Whole-program rules on files with imports: the modules' items are in view, findings stay about the file's own items. */
class LintWithImportsTest {
    @TempDir Path dir;
    private final FrontEnd frontEnd = new FrontEnd(new KabiRegistry());

    private List<String> codes(String name, String text) throws Exception {
        Path p = Files.writeString(dir.resolve(name), text);
        List<Diagnostic> found = Linter.lint(frontEnd.analyze(new SourceFile(p.toString(), text), List.of()));
        for (Diagnostic d : found) assertEquals(p.toString(), d.file().path(), "findings are about the file itself: " + d.headline());
        return found.stream().map(Diagnostic::code).toList();
    }

    @Test void unusedNamesAreReportedInAPolicyWithImports() throws Exception {
        List<String> codes = codes("p.sched", """
                import vtime_fair
                policy p {
                  const UNUSED = 3
                  queue spare: fifo
                  fn never() { }
                  on enqueue(p, enq_flags) { fair_enqueue(p, FAIR_SLICE, enq_flags) }
                  on dispatch(cpu, prev) { fair_dispatch() }
                }
                """);
        assertTrue(codes.containsAll(List.of("L006", "L008", "L009")), codes.toString());
        // The library's own functions that this policy does not call are not this file's findings.
        assertEquals(3, codes.size(), codes.toString());
    }

    @Test void moduleFunctionsAreFollowedForInsertsAndWrites() throws Exception {
        Files.writeString(dir.resolve("helpers.sched"), """
                module helpers
                fn maybe_put(p: task) { if p.weight > 100 { insert p into local slice 5ms } }
                fn advance(p: task) { p.vtime += 10 }
                """);
        List<String> codes = codes("q.sched", """
                import "helpers.sched"
                policy q {
                  queue shared: vtime
                  on enqueue(p, enq_flags) { maybe_put(p) }
                  on dispatch(cpu, prev) { move shared to local }
                  on stopping(p, runnable) { advance(p) }
                  on running(p) { insert p into shared slice 5ms vtime p.vtime }
                }
                """);
        // maybe_put does not insert on every path: enqueue can leave the task nowhere.
        assertTrue(codes.contains("L001"), codes.toString());
        // advance() in the module writes p.vtime, so the queue's vtime grows.
        assertTrue(!codes.contains("L003"), codes.toString());
    }

    @Test void anImportThatDoesNotLoadKeepsWholeProgramRulesQuiet() throws Exception {
        List<String> codes = codes("r.sched", """
                import "missing.sched"
                policy r {
                  const UNUSED = 3
                  queue shared: fifo
                  on enqueue(p, enq_flags) { insert p into shared slice 5ms }
                  on dispatch(cpu, prev) { move shared to local }
                }
                """);
        assertEquals(List.of(), codes);
    }
}
