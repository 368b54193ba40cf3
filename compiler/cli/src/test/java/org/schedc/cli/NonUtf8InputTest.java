package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.diag.SourceFile;
import org.schedc.testing.Cli;

/**
 * Issue 14 item 5: a policy that is not UTF-8 is an error in the input (exit 1, E0002 at the first bad
 * byte's line:col, with the usual source line and caret), counted in check's summary, for compile,
 * check and fmt alike; never an I/O error without a position.
 */
class NonUtf8InputTest {
    /** Line 3, column 14 holds a Latin-1 'é' (0xE9), which is not UTF-8. */
    private static final String TEXT = "// caf\u00e9 is fine in UTF-8\npolicy p {\n  const NAME_x\u00e9 = 1\n}\n";

    @TempDir Path dir;

    private Path latin1() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int line3 = TEXT.indexOf("  const");
        b.writeBytes(TEXT.substring(0, line3).getBytes(StandardCharsets.UTF_8)); // the first é is valid UTF-8
        b.writeBytes(TEXT.substring(line3).getBytes(StandardCharsets.ISO_8859_1));
        return Files.write(dir.resolve("latin1.sched"), b.toByteArray());
    }

    private static Cli.Result run(String... args) {
        Cli.Result r = Cli.run(args);
        Cli.assertNoStackTrace(r);
        return r;
    }

    private static void atTheBadByte(Cli.Result r, Path src) {
        assertEquals(Main.INPUT_ERRORS, r.exit(), r::toString);
        assertTrue(r.all().contains(src + ":3:15: error[E0002]: not UTF-8 text: byte 0xE9"), r::toString);
        assertTrue(r.all().contains("    " + "  const NAME_x\uFFFD = 1\n" + "    " + " ".repeat(14) + "^\n"), r::toString);
    }

    @Test
    void compileReportsTheFirstBadByteAsAnInputError() throws IOException {
        Path src = latin1();
        Path out = dir.resolve("x.o");
        Cli.Result r = run("compile", src.toString(), "-o", out.toString());
        atTheBadByte(r, src);
        assertFalse(Files.exists(out));
    }

    @Test
    void checkCountsItInTheSummary() throws IOException {
        Path src = latin1();
        Cli.Result r = run("check", src.toString());
        atTheBadByte(r, src);
        assertTrue(r.out().contains("1 error"), r::toString);
        assertFalse(r.out().contains("0 errors"), r::toString);
    }

    @Test
    void checkSarifCarriesTheFinding() throws IOException {
        Path src = latin1();
        Cli.Result r = run("check", "--format", "sarif", "--base", dir.toString(), src.toString());
        assertEquals(Main.INPUT_ERRORS, r.exit(), r::toString);
        assertTrue(r.out().contains("\"ruleId\": \"E0002\""), r::toString);
        assertTrue(r.out().contains("\"startLine\": 3"), r::toString);
    }

    @Test
    void fmtLeavesTheFileAndExitsOne() throws IOException {
        Path src = latin1();
        byte[] before = Files.readAllBytes(src);
        for (String[] args : new String[][] {{"fmt", src.toString()}, {"fmt", "--check", src.toString()}, {"fmt", "--stdout", src.toString()}}) {
            Cli.Result r = run(args);
            atTheBadByte(r, src);
            assertEquals("", r.out(), r::toString);
        }
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(Files.readAllBytes(src)));
    }

    @Test
    void aTruncatedSequenceAtTheEndIsFoundToo() {
        byte[] bytes = "policy p {}\n\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        SourceFile.NotUtf8 e = assertThrows(SourceFile.NotUtf8.class, () -> SourceFile.fromUtf8("t.sched", cut));
        assertEquals(2, e.at().line());
        assertEquals(1, e.at().column());
        assertEquals(12, e.byteOffset());
        assertEquals(0xC3, e.byteValue());
    }

    @Test
    void validUtf8IsDecodedExactly() throws SourceFile.NotUtf8 {
        String text = "// \u00e9\u4e2d\uD83D\uDE00\npolicy p {}\n";
        assertEquals(text, SourceFile.fromUtf8("ok.sched", text.getBytes(StandardCharsets.UTF_8)).text());
    }
}
