package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.schedc.testsupport.Campaign;
import org.schedc.testsupport.Campaign.Outcome;
import org.schedc.testsupport.Campaign.Result;
import org.schedc.testing.Cli;
import org.schedc.testing.Compilation;

/**
 * Mutation campaign on the ELF reader: schedc's objects for the examples and the clang-built objects of the
 * harness and the verifier corpus, corrupted by one to six edits that aim at the structures a reader trusts
 * (header fields, section header offsets and sizes, string tables) as well as at random bytes, each run through
 * {@code verify} and {@code disasm}. A verdict (exit 0 or 1) or a clear refusal (exit 2 with a message) is fine;
 * exit 3, a stack trace or a hang is a finding.
 */
class ElfCampaignTest {
    private static final Duration PER_INPUT = Duration.ofSeconds(30);
    private static final List<byte[]> BASES = bases();

    private static List<byte[]> bases() {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(MainCliTest.EXAMPLES)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".sched")).sorted().toList()) {
                Compilation.Outcome o = Compilation.compile(p.getFileName().toString(), Files.readString(p), List.of());
                out.add(o.result().orElseThrow().output().elf());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path repo = MainCliTest.EXAMPLES.getParent();
        for (Path dir : List.of(repo.resolve("tests/kernel/reference"), repo.resolve("tests/corpus/obj"))) {
            try (Stream<Path> s = Files.list(dir)) {
                // every fourth corpus object: clang's and schedc's layouts, without reading 300 files per run
                List<Path> objs = s.filter(p -> p.toString().endsWith(".bpf.o")).sorted().toList();
                for (int i = 0; i < objs.size(); i += dir.endsWith("obj") ? 4 : 1) out.add(Files.readAllBytes(objs.get(i)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Test
    void corruptObjectsNeverCrashOrHangTheReader() {
        assertTrue(BASES.size() > 20, "too few base objects: " + BASES.size());
        Campaign.Report r = Campaign.run("elf-reader", PER_INPUT, ElfCampaignTest::trial);
        assertEquals(0, r.count(Outcome.CRASH) + r.count(Outcome.HANG), () -> r.summary() + "\n" + r.findings());
    }

    /** Inputs the campaign once found crashing (a Java exception's class name in verify's message); replayed every run. */
    @Test
    void foundCrashesStayFixed() throws IOException {
        for (long seed : new long[] {20790007130L, 20790008497L}) {
            Result r = trial(seed);
            assertTrue(r.outcome() != Outcome.CRASH && r.outcome() != Outcome.HANG, () -> "seed " + seed + ": " + r);
        }
    }

    static Result trial(long seed) throws IOException {
        Random rnd = new Random(seed);
        byte[] elf = corrupt(BASES.get(rnd.nextInt(BASES.size())), rnd);
        Path f = Files.createTempFile("schedc-campaign", ".bpf.o");
        try {
            Files.write(f, elf);
            Result verify = judge("verify", Cli.run("verify", f.toString()));
            Result disasm = judge("disasm", Cli.run("disasm", f.toString()));
            return verify.outcome().compareTo(disasm.outcome()) >= 0 ? verify : disasm;
        } finally {
            Files.deleteIfExists(f);
        }
    }

    static Result judge(String command, Cli.Result r) {
        if (r.exit() == Main.INTERNAL || Cli.hasStackTrace(r.all())) return new Result(Outcome.CRASH, command + ": " + r);
        if (r.exit() == Main.OK || r.exit() == Main.INPUT_ERRORS) return Result.of(Outcome.ACCEPTED);
        if (r.exit() == Main.USAGE && !r.err().isBlank()) return Result.of(Outcome.REFUSED);
        return new Result(Outcome.CRASH, command + ": unexpected exit or no message: " + r);
    }

    /** One to six edits; most aim at a field the reader uses to find the rest of the file. */
    static byte[] corrupt(byte[] original, Random rnd) {
        byte[] b = original.clone();
        ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        for (int k = 0, n = 1 + rnd.nextInt(6); k < n && b.length > 64; k++) {
            int shoff = (int) Math.min(Integer.MAX_VALUE, le.getLong(0x28) & 0x7fffffffL), shnum = le.getShort(0x3c) & 0xffff;
            switch (rnd.nextInt(9)) {
                case 0 -> b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                case 1 -> b[rnd.nextInt(b.length)] = (byte) (rnd.nextBoolean() ? 0 : 0xff);
                case 2 -> {
                    int at = rnd.nextInt(b.length - 4);
                    le.putInt(at, interesting(rnd));
                }
                case 3 -> { // an ELF header field: section headers' offset, count, entry size, string table index
                    int[] fields = {0x28, 0x3a, 0x3c, 0x3e};
                    int at = fields[rnd.nextInt(fields.length)];
                    if (at == 0x28) le.putLong(at, rnd.nextBoolean() ? interesting(rnd) : rnd.nextInt(b.length + 64));
                    else le.putShort(at, (short) interesting(rnd));
                }
                case 4 -> { // a section header's name, type, offset, size, link, info or entry size
                    if (shnum == 0 || shoff <= 0 || shoff + 64L * shnum > b.length) break;
                    int sh = shoff + 64 * rnd.nextInt(shnum);
                    int[] fields = {0, 4, 24, 32, 40, 44, 56};
                    int at = sh + fields[rnd.nextInt(fields.length)];
                    if (at == sh + 24 || at == sh + 32 || at == sh + 56) le.putLong(at, rnd.nextBoolean() ? interesting(rnd) : rnd.nextInt(b.length * 2 + 1));
                    else le.putInt(at, interesting(rnd));
                }
                case 5 -> { b = Arrays.copyOf(b, rnd.nextInt(b.length)); le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN); }
                case 6 -> { // zero a range
                    int at = rnd.nextInt(b.length), len = Math.min(b.length - at, 1 + rnd.nextInt(64));
                    Arrays.fill(b, at, at + len, (byte) 0);
                }
                case 7 -> { // copy a chunk over another (plausible-looking garbage)
                    int len = 1 + rnd.nextInt(Math.min(256, b.length / 2)), from = rnd.nextInt(b.length - len), to = rnd.nextInt(b.length - len);
                    System.arraycopy(b.clone(), from, b, to, len);
                }
                default -> { // random bytes in the instruction stream or BTF: anywhere after the header
                    int at = 64 + rnd.nextInt(b.length - 64);
                    b[at] = (byte) rnd.nextInt(256);
                }
            }
            if (b.length <= 64) break;
        }
        return b;
    }

    private static int interesting(Random rnd) {
        int[] values = {0, 1, -1, 0x7fffffff, 0x80000000, 0xffff, 0x10000, 8, 64, 0x7fff, 0x8000};
        return values[rnd.nextInt(values.length)] + (rnd.nextInt(4) == 0 ? rnd.nextInt(16) : 0);
    }
}
