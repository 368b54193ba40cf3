package org.schedc.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.schedc.testing.Cli;
import org.schedc.testing.Compilation;
import org.schedc.testing.Golden;

/**
 * Regression suite for diagnostics the compiler once got wrong (all fixed): each test states the correct
 * behaviour; inputs in src/test/resources/diagnostics-regressions. Code generation has
 * its own suite, {@link CodegenRegressionTest}.
 */
class DiagnosticRegressionTest {
    static final Path DIR = Golden.RESOURCES.resolve("diagnostics-regressions");

    private static Compilation.Outcome compile(String name) throws IOException {
        return Compilation.compile(name, Files.readString(DIR.resolve(name)), List.of());
    }

    private static Set<String> positions(Compilation.Outcome o) {
        Set<String> out = new TreeSet<>();
        o.diagnostics().forEach(d -> out.add(d.span().line() + ":" + d.span().column() + " " + d.code()));
        return out;
    }

    @Test
    void unknownCallbackIsReported() throws IOException {
        assertEquals(Set.of("5:6 E0203"), positions(compile("E0203-unknown-callback.sched")));
    }

    @Test
    void callbackMissingOnOneKernelIsReported() throws IOException {
        Compilation.Outcome o = compile("E0203-callback-missing-on-one-kernel.sched");
        assertEquals(1, o.diagnostics().size(), o::golden);
        assertTrue(Set.of("E0203", "E0401").contains(o.codes().getFirst()), o::golden);
        assertEquals(11, o.diagnostics().getFirst().span().line());
        assertTrue(o.diagnostics().getFirst().message().contains("7.2.13"), o::golden);
    }

    @Test
    void indirectRecursionIsReported() throws IOException {
        Compilation.Outcome o = compile("mutual-recursion.sched");
        assertFalse(o.succeeded());
        assertTrue(o.codes().contains("E0208"), o::golden);
        Cli.Result r = Cli.run("compile", DIR.resolve("mutual-recursion.sched").toString(), "-o",
                Path.of(System.getProperty("java.io.tmpdir"), "schedc-mutual-recursion.bpf.o").toString());
        assertEquals(1, r.exit(), r::toString);
    }

    @Test
    void declaredTypeOfLetAndGlobalIsChecked() throws IOException {
        Compilation.Outcome o = compile("let-declared-type-ignored.sched");
        Set<Integer> lines = new TreeSet<>();
        o.diagnostics().forEach(d -> lines.add(d.span().line()));
        assertEquals(Set.of(4, 6, 7, 8, 9), lines, o::golden);
        assertTrue(positions(o).containsAll(Set.of("4:19 E0303", "6:17 E0303", "8:18 E0303")), o::golden);
    }

    @Test
    void tooManyHandlerParamsNamesTheParameters() throws IOException {
        Compilation.Outcome o = Compilation.compile("t.sched",
                Files.readString(Golden.REPO.resolve("compiler/core/src/test/resources/diagnostics").resolve("E0207-too-many-handler-params.sched")), List.of());
        assertFalse(o.diagnostics().getFirst().message().contains("(: "), o::golden);
        assertTrue(o.diagnostics().getFirst().message().contains("p: task"), o::golden);
    }

    /** Issue 14 item 7: error recovery inside a call left a bare name and a parenthesis; sema's complaints about them were noise. */
    @Test
    void unterminatedStringDoesNotCascade() throws IOException {
        Compilation.Outcome o = Compilation.compile("t.sched", Files.readString(Golden.REPO.resolve("compiler/core/src/test/resources/diagnostics").resolve("E0102-unterminated-string.sched")), List.of());
        assertFalse(o.codes().contains("E0201"), o::golden);
        assertFalse(o.codes().contains("E0316"), o::golden);
        assertTrue(o.codes().contains("E0102"), o::golden);
    }

    @Test
    void invalidAssignTargetIsReportedOnce() throws IOException {
        Compilation.Outcome o = Compilation.compile("t.sched", Files.readString(Golden.REPO.resolve("compiler/core/src/test/resources/diagnostics").resolve("E0108-invalid-assign-target.sched")), List.of());
        assertEquals(List.of("E0108"), o.codes(), o::golden);
    }

    /** A global with a type globals cannot have is still declared: its uses are not each "unknown name". */
    @Test
    void aGlobalOfTheWrongTypeIsReportedOnceNotAtEveryUse() {
        Compilation.Outcome o = Compilation.compile("policy t {\n  var flag: bool\n  queue q: fifo\n  on enqueue(p, enq_flags) {\n    flag = true\n    if flag { insert p into q slice 1ms }\n  }\n  on dispatch(cpu, prev) {\n    move q to local\n  }\n}\n");
        assertEquals(List.of("E0313"), o.codes(), o::golden);
    }
}
