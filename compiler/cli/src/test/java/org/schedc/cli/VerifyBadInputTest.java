package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `schedc verify` on unusable input: truncated or corrupt ELF, wrong machine, no BTF, an unknown program
 * type only (no struct_ops program), unknown kernels and missing files all exit 2 with one clear message, never a stack trace, and in
 * bounded time. Starts from the harness's clang-built reference object.
 */
class VerifyBadInputTest {
    private static final Path REPO = Path.of(System.getProperty("user.dir")).getParent().getParent();
    private static final Path GOOD = REPO.resolve("tests/kernel/reference/harness_ref.bpf.o");
    private static final Duration BOUND = Duration.ofSeconds(20);

    record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        return assertTimeoutPreemptively(BOUND, () -> {
            StringWriter out = new StringWriter(), err = new StringWriter();
            int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Result(code, out.toString(), err.toString());
        });
    }

    private static Result verifyBytes(Path dir, byte[] bytes) throws IOException {
        Path f = Files.createTempFile(dir, "bad", ".bpf.o");
        Files.write(f, bytes);
        return run("verify", f.toString());
    }

    private static void assertUnusable(Result r, String expectedInMessage) {
        assertEquals(2, r.code(), r.toString());
        assertTrue(!r.err().contains("\tat ") && !r.err().contains("Exception"), "stack trace or exception name: " + r.err());
        assertTrue(r.err().toLowerCase().contains(expectedInMessage.toLowerCase()), "message should mention '" + expectedInMessage + "': " + r.err());
    }

    @Test
    void referenceObjectIsUsable() {
        assertEquals(0, run("verify", GOOD.toString()).code());
    }

    /** Found by the ELF campaign: a code section whose size is not whole instructions made disasm exit 3. */
    @Test
    void codeThatIsNotWholeInstructionsIsUnusableForVerifyAndDisasm(@TempDir Path dir) throws IOException {
        byte[] b = Files.readAllBytes(GOOD);
        ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int shoff = (int) le.getLong(0x28), shentsize = le.getShort(0x3a), shnum = le.getShort(0x3c);
        boolean cut = false;
        for (int i = 0; i < shnum && !cut; i++) {
            int sh = shoff + i * shentsize;
            if (le.getInt(sh + 4) == 1 && (le.getLong(sh + 8) & 0x4) != 0 && le.getLong(sh + 32) > 8) {
                le.putLong(sh + 32, le.getLong(sh + 32) - 3);
                cut = true;
            }
        }
        assertTrue(cut, "the reference object has a code section");
        Path f = Files.write(dir.resolve("cut.bpf.o"), b);
        assertUnusable(run("verify", f.toString()), "8");
        assertUnusable(run("disasm", f.toString()), "8-byte instructions");
    }

    @Test
    void wrongMachineIsUnusable(@TempDir Path dir) throws IOException {
        byte[] b = Files.readAllBytes(GOOD);
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putShort(18, (short) 62); // EM_X86_64
        assertUnusable(verifyBytes(dir, b), "machine");
    }

    @Test
    void bigEndianObjectIsUnusable(@TempDir Path dir) throws IOException {
        byte[] b = Files.readAllBytes(GOOD);
        b[5] = 2; // ELFDATA2MSB
        assertUnusable(verifyBytes(dir, b), "error");
    }

    @Test
    void objectWithoutBtfIsUnusable(@TempDir Path dir) throws IOException {
        assertUnusable(verifyBytes(dir, renameSection(Files.readAllBytes(GOOD), ".BTF", ".XTF")), "BTF");
    }

    @Test
    void unknownProgramTypeIsUnusable(@TempDir Path dir) throws IOException {
        // same length, so the section table stays intact: "struct_ops/..." becomes "tracepoint/..."; with no
        // struct_ops program left nothing would be judged (programs of other types beside struct_ops ones are only
        // listed as skipped: VerifierSim's V2ObjectsTest)
        assertUnusable(verifyBytes(dir, renameSection(Files.readAllBytes(GOOD), "struct_ops/", "tracepoint/")), "program type");
    }

    @Test
    void emptyFileIsUnusable(@TempDir Path dir) throws IOException {
        assertUnusable(verifyBytes(dir, new byte[0]), "error");
    }

    @Test
    void missingFileAndDirectoryAreUnusable(@TempDir Path dir) {
        assertUnusable(run("verify", dir.resolve("nope.bpf.o").toString()), "nope.bpf.o");
        assertUnusable(run("verify", dir.toString()), "error");
    }

    @Test
    void unknownKernelIsUnusable() {
        assertUnusable(run("verify", GOOD.toString(), "--kernel", "9.9.9"), "9.9.9");
    }

    @Property(tries = 40)
    void everyTruncationIsUnusable(@ForAll @IntRange(min = 0, max = 100_000) int cut) throws IOException {
        Path dir = Files.createTempDirectory("verify-bad");
        byte[] b = Files.readAllBytes(GOOD);
        Result r = verifyBytes(dir, Arrays.copyOf(b, cut % b.length));
        assertUnusable(r, "error");
    }

    @Property(tries = 60)
    void corruptBytesNeverCrash(@ForAll @IntRange(min = 0, max = 1 << 20) int at, @ForAll byte value, @ForAll @IntRange(min = 1, max = 8) int count)
            throws IOException {
        Path dir = Files.createTempDirectory("verify-bad");
        byte[] b = Files.readAllBytes(GOOD);
        for (int i = 0; i < count; i++) b[(at + i * 977) % b.length] = (byte) (value + i);
        Result r = verifyBytes(dir, b);
        assertTrue(r.code() >= 0 && r.code() <= 2, r.toString());
        assertTrue(!r.err().contains("\tat ") && !r.out().contains("sim-internal"), r.toString());
    }

    /**
     * Renames (same length, in place) every section whose name starts with {@code from}. Names are found through the
     * section headers because clang shares string tails ("struct_ops/x" inside ".relstruct_ops/x").
     */
    private static byte[] renameSection(byte[] b, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.US_ASCII), t = to.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int shoff = (int) buf.getLong(0x28), shnum = buf.getShort(0x3c) & 0xffff, shstrndx = buf.getShort(0x3e) & 0xffff;
        int strOff = (int) buf.getLong(shoff + shstrndx * 64 + 0x18);
        boolean renamed = false;
        for (int s = 0; s < shnum; s++) {
            int at = strOff + buf.getInt(shoff + s * 64);
            if (at + f.length <= b.length && Arrays.equals(b, at, at + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, b, at, t.length);
                renamed = true;
            }
        }
        assertTrue(renamed, "no section named " + from + "*");
        return b;
    }
}
