package org.schedc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.testing.Cli;
import org.schedc.testing.Golden;

/** {@code schedc check} end to end: golden text and JSON reports, exit codes, --output, usage errors. */
class CheckCommandTest {
    static final Path DIR = Golden.RESOURCES.resolve("lint/check");
    static final String CLEAN = DIR.resolve("clean.sched").toString();
    static final String WARNINGS = DIR.resolve("warnings.sched").toString();
    static final String ERRORS = DIR.resolve("errors.sched").toString();

    @Test
    void textReportGolden() {
        Cli.Result r = Cli.run("check", CLEAN, WARNINGS, ERRORS);
        Cli.assertNoStackTrace(r);
        assertEquals(1, r.exit(), r::toString);
        Golden.check(DIR.resolve("report.txt"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void jsonReportGolden() {
        Cli.Result r = Cli.run("check", "--format", "json", "--base", DIR.toString(), CLEAN, WARNINGS, ERRORS);
        Cli.assertNoStackTrace(r);
        assertEquals(1, r.exit(), r::toString);
        Golden.check(DIR.resolve("report.json"), r.out());
    }

    @Test
    void exitZeroWhenCleanOrOnlyWarnings() {
        Cli.Result clean = Cli.run("check", CLEAN);
        assertEquals(0, clean.exit(), clean::toString);
        assertEquals("0 errors, 0 warnings, 0 notes in 1 file\n", clean.out());
        Cli.Result warnings = Cli.run("check", WARNINGS);
        assertEquals(0, warnings.exit(), warnings::toString);
        assertTrue(warnings.out().contains("warning[L006]"), warnings::toString);
    }

    @Test
    void exitTwoForAMissingFileButTheOthersAreStillReported() {
        Cli.Result r = Cli.run("check", ERRORS, DIR.resolve("missing.sched").toString());
        Cli.assertNoStackTrace(r);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("missing.sched: error[E0001]"), r::toString);
        assertTrue(r.out().contains("error[L001]"), r::toString);
    }

    @Test
    void usageErrorsExitTwo() {
        for (String[] args : new String[][] {{"check"}, {"check", "--format", "xml", CLEAN}, {"check", "--kernel", "1.0", CLEAN}}) {
            Cli.Result r = Cli.run(args);
            Cli.assertNoStackTrace(r);
            assertEquals(2, r.exit(), r::toString);
        }
    }

    @Test
    void outputGoesToTheFileOnly(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("report.sarif");
        Cli.Result r = Cli.run("check", "--format", "sarif", "--output", out.toString(), WARNINGS);
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.out());
        assertTrue(Files.readString(out).contains("\"ruleId\": \"L006\""));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void kernelOptionSelectsTargets() {
        Cli.Result r = Cli.run("check", "--kernel", "7.2", "--kernel", "7.3", CLEAN);
        assertEquals(0, r.exit(), r::toString);
    }
}
