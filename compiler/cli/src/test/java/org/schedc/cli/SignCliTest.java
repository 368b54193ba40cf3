package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.testing.Cli;

/**
 * keygen, sign and the --trust refusals of run and upgrade on the host: each refusal happens before any bpf(2)
 * call, so no kernel is needed; a trusted object getting loaded (and refusals leaving a kernel untouched) is
 * RunInKernelTest's part.
 */
class SignCliTest {
    @TempDir Path dir;
    private Path obj;

    private static Cli.Result run(String... args) {
        Cli.Result r = Cli.run(args);
        Cli.assertNoStackTrace(r);
        return r;
    }

    @BeforeEach
    void keysAndASignedObject() {
        obj = dir.resolve("fifo.bpf.o");
        assertEquals(Main.OK, run("compile", MainCliTest.EXAMPLES.resolve("fifo.sched").toString(), "-o", obj.toString()).exit());
        assertEquals(Main.OK, run("keygen", dir.resolve("a.key").toString()).exit());
        assertEquals(Main.OK, run("keygen", dir.resolve("b.key").toString()).exit());
        Cli.Result s = run("sign", "--key", dir.resolve("a.key").toString(), obj.toString());
        assertEquals(Main.OK, s.exit(), s.toString());
        assertTrue(Files.exists(dir.resolve("fifo.bpf.o.sig")));
    }

    @Test
    void keygenWritesAPrivateKeyAndRefusesToReplaceOne() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a.key"))));
        Cli.Result again = run("keygen", dir.resolve("a.key").toString());
        assertEquals(Main.USAGE, again.exit(), again.toString());
        assertTrue(again.err().contains("error[E0004]"), again.toString());
    }

    @Test
    void refusalsComeBeforeTheKernel() throws Exception {
        Path tampered = dir.resolve("t.bpf.o");
        byte[] b = Files.readAllBytes(obj);
        b[b.length / 2] ^= 4;
        Files.write(tampered, b);
        Files.copy(dir.resolve("fifo.bpf.o.sig"), dir.resolve("t.bpf.o.sig"));
        Path unsigned = dir.resolve("u.bpf.o");
        Files.copy(obj, unsigned);
        String trustA = dir.resolve("a.key.pub").toString(), trustB = dir.resolve("b.key.pub").toString();
        refused(Main.INPUT_ERRORS, "E0922", "run", "--trust", trustA, tampered.toString());
        refused(Main.INPUT_ERRORS, "E0920", "run", "--trust", trustA, unsigned.toString());
        refused(Main.INPUT_ERRORS, "E0923", "run", "--trust", trustB, obj.toString());
        refused(Main.INPUT_ERRORS, "E0923", "upgrade", "--trust", trustB, obj.toString());
        refused(Main.INPUT_ERRORS, "E0925", "run", "--trust", trustA, MainCliTest.EXAMPLES.resolve("fifo.sched").toString());
        refused(Main.USAGE, "E0924", "run", "--trust", dir.resolve("none.pem").toString(), obj.toString());
        Files.writeString(dir.resolve("bad.sig"), "schedc-signature 1\nalgorithm RSA\n");
        refused(Main.INPUT_ERRORS, "E0921", "run", "--trust", trustA, "--signature", dir.resolve("bad.sig").toString(), obj.toString());
    }

    @Test
    void signRefusesWhatIsNotABpfObjectAndWritesNothing() throws Exception {
        Path text = dir.resolve("notes.bpf.o");
        Files.writeString(text, "not an object");
        Cli.Result r = run("sign", "--key", dir.resolve("a.key").toString(), text.toString());
        assertEquals(Main.USAGE, r.exit(), r.toString());
        assertTrue(r.err().contains("error[E0601]"), r.toString());
        assertFalse(Files.exists(dir.resolve("notes.bpf.o.sig")));
        Cli.Result noKey = run("sign", "--key", dir.resolve("a.key.pub").toString(), obj.toString());
        assertEquals(Main.USAGE, noKey.exit(), noKey.toString());
        assertTrue(noKey.err().contains("error[E0924]"), noKey.toString());
    }

    private static void refused(int exit, String code, String... args) {
        Cli.Result r = run(args);
        assertEquals(exit, r.exit(), r.toString());
        assertTrue(r.err().contains("error[" + code + "]"), r.toString());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertEquals("", r.out());
    }
}
