package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.testing.Cli;

/** Issue 14 item 6: {@code compile --asm} shows the code verifier-sim refused, then the rejection; nothing is written. */
class AsmOnRefusalTest {
    /** Refused by verifier-sim while the open bug it shows is open; when fixed, put another refused policy here. */
    static final String REFUSED = org.schedc.driver.OpenCodegenBugsTest.LOST_NULL_CHECK_POLICY;


    @TempDir Path dir;

    @org.junit.jupiter.api.Tag("open-bug")
    @org.junit.jupiter.api.Disabled("its refused policy was the lost-null-check one (issue 14 item 2), which now compiles; needs another policy verifier-sim refuses")
    @Test
    void theRefusedCodeIsListedThenTheRejection() throws IOException {
        Path src = Files.writeString(dir.resolve("nul.sched"), REFUSED);
        Path out = dir.resolve("nul.bpf.o");
        Cli.Result r = Cli.run("compile", "--asm", src.toString(), "-o", out.toString());
        Cli.assertNoStackTrace(r);
        assertEquals(Main.INPUT_ERRORS, r.exit(), r::toString);
        Matcher m = Pattern.compile("error\\[E0701\\]: kernel \\S+ would reject (struct_ops/\\w+) at instruction (\\d+)").matcher(r.err());
        assertTrue(m.find(), () -> "the policy must still be refused by verifier-sim (see the comment on REFUSED):\n" + r);
        String section = m.group(1);
        int insn = Integer.parseInt(m.group(2));
        assertTrue(r.out().contains("verifier-sim refused this object"), r::toString);
        assertTrue(r.out().contains("struct_ops/enqueue:\n"), "every program is listed: " + r);
        int at = r.out().indexOf(section + ":\n");
        assertTrue(at >= 0, () -> "the refused program is listed:\n" + r);
        String program = r.out().substring(at);
        assertTrue(Pattern.compile("(?m)^\\s+" + insn + ": ").matcher(program).find(), () -> "instruction " + insn + " is in the listing:\n" + r);
        assertTrue(program.contains("; if k and (prev.scx.flags & 1) != 0 {"), "with the DSL lines beside the code: " + r);
        assertFalse(Files.exists(out), "a refused object is never written");
    }

    @Test
    void otherErrorsListNothing() throws IOException {
        Path src = Files.writeString(dir.resolve("bad.sched"), REFUSED.replace("slice 5ms", "slice nope"));
        Cli.Result r = Cli.run("compile", "--asm", src.toString(), "-o", dir.resolve("bad.o").toString());
        assertEquals(Main.INPUT_ERRORS, r.exit(), r::toString);
        assertEquals("", r.out(), "a policy that does not check has no code to show");
        assertFalse(r.err().contains("E0701"), r::toString);
    }
}
