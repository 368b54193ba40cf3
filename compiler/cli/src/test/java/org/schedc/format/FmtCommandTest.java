package org.schedc.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.testing.Cli;

/** {@code schedc fmt}: rewriting, --check, --stdout, refusal on syntax errors, exit codes, atomic writes. */
class FmtCommandTest {
    private static final String MESSY = "policy p {\n on tick(p){let x=1}\n}\n";
    private static final String TIDY = "policy p {\n  on tick(p) { let x = 1 }\n}\n";

    @Test
    void rewritesOnlyFilesThatChangeAndKeepsPermissions(@TempDir Path tmp) throws IOException {
        Path messy = Files.writeString(tmp.resolve("messy.sched"), MESSY);
        Path tidy = Files.writeString(tmp.resolve("tidy.sched"), TIDY);
        Files.setPosixFilePermissions(messy, PosixFilePermissions.fromString("rw-rw----"));
        long tidyModified = Files.getLastModifiedTime(tidy).toMillis();
        Cli.Result r = Cli.run("fmt", messy.toString(), tidy.toString());
        Cli.assertNoStackTrace(r);
        assertEquals(0, r.exit(), r::toString);
        assertEquals(messy + "\n", r.out(), "lists the rewritten files");
        assertEquals(TIDY, Files.readString(messy));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(messy)));
        assertEquals(tidyModified, Files.getLastModifiedTime(tidy).toMillis(), "an unchanged file is not rewritten");
        try (var files = Files.list(tmp)) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void checkListsFilesThatWouldChangeAndExitsOne(@TempDir Path tmp) throws IOException {
        Path messy = Files.writeString(tmp.resolve("messy.sched"), MESSY);
        Path tidy = Files.writeString(tmp.resolve("tidy.sched"), TIDY);
        Cli.Result r = Cli.run("fmt", "--check", messy.toString(), tidy.toString());
        assertEquals(1, r.exit(), r::toString);
        assertEquals(messy + "\n", r.out());
        assertEquals(MESSY, Files.readString(messy), "--check changes nothing");
        assertEquals(0, Cli.run("fmt", "--check", tidy.toString()).exit());
    }

    @Test
    void stdoutPrintsWithoutWriting(@TempDir Path tmp) throws IOException {
        Path messy = Files.writeString(tmp.resolve("messy.sched"), MESSY);
        Cli.Result r = Cli.run("fmt", "--stdout", messy.toString());
        assertEquals(0, r.exit(), r::toString);
        assertEquals(TIDY, r.out());
        assertEquals(MESSY, Files.readString(messy));
    }

    @Test
    void syntaxErrorsLeaveTheFileAloneAndExitOne(@TempDir Path tmp) throws IOException {
        String broken = "policy p {\n on tick(p){let x=}\n}\n";
        Path bad = Files.writeString(tmp.resolve("bad.sched"), broken);
        Cli.Result r = Cli.run("fmt", bad.toString());
        Cli.assertNoStackTrace(r);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("error[E01"), r::toString);
        assertEquals(broken, Files.readString(bad));
    }

    @Test
    void usageAndIoErrorsExitTwo(@TempDir Path tmp) throws IOException {
        Path tidy = Files.writeString(tmp.resolve("tidy.sched"), TIDY);
        assertEquals(2, Cli.run("fmt").exit());
        assertEquals(2, Cli.run("fmt", "--check", "--stdout", tidy.toString()).exit());
        Cli.Result missing = Cli.run("fmt", tmp.resolve("missing.sched").toString());
        Cli.assertNoStackTrace(missing);
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("error[E0001]"), missing::toString);
    }
}
