import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Writes bytecode mutants of BPF objects for the verifier agreement corpus: each mutant carries one
 * change a policy author or a compiler bug could make (a dropped null check, a removed release, a
 * widened mask, a loosened bound, a kfunc call swapped for another, a stack access moved out of the
 * frame, a write into ctx, an uninitialised register, an exit turned into a self-loop). Mutations keep
 * every instruction in place, so relocations, func_info and line_info stay valid.
 *
 * Usage: java Mutator.java OUT_DIR OBJ...   (single-file program; no dependencies)
 */
public final class Mutator {
    private static final int PER_KIND = 2;   // sites mutated per kind and object, at most one per program

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java Mutator.java OUT_DIR OBJ...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Set<String> seen = new HashSet<>();
        int written = 0;
        for (int i = 1; i < args.length; i++) {
            Path in = Path.of(args[i]);
            byte[] original = Files.readAllBytes(in);
            seen.add(sha(original));
            String base = in.getFileName().toString().replace(".bpf.o", "");
            for (Mutant m : mutants(original)) {
                if (!seen.add(sha(m.bytes()))) continue;
                Files.write(out.resolve("m_" + base + "_" + m.name() + ".bpf.o"), m.bytes());
                written++;
            }
        }
        System.out.println("mutants: " + written);
    }

    record Mutant(String name, byte[] bytes) {}

    record Section(int index, String name, int type, long flags, int offset, int size, int link, int info) {
        boolean isProgram() {
            return type == 1 && (flags & 4) != 0 && size > 0;
        }
    }

    /** The ELF64 little-endian section table, symbol names and relocations needed to find call sites. */
    static final class Elf {
        final byte[] b;
        final ByteBuffer buf;
        final List<Section> sections = new ArrayList<>();
        final int shoff;

        Elf(byte[] bytes) {
            b = bytes;
            buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (bytes.length < 64 || buf.getInt(0) != 0x464c457f || bytes[4] != 2 || bytes[5] != 1) throw new IllegalArgumentException("not an ELF64 LE object");
            shoff = (int) buf.getLong(0x28);
            int shnum = buf.getShort(0x3c) & 0xffff;
            int shstrndx = buf.getShort(0x3e) & 0xffff;
            int strOff = (int) buf.getLong(shoff + shstrndx * 64 + 0x18);
            for (int i = 0; i < shnum; i++) {
                int h = shoff + i * 64;
                sections.add(new Section(i, cstr(strOff + buf.getInt(h)), buf.getInt(h + 4), buf.getLong(h + 8),
                        (int) buf.getLong(h + 0x18), (int) buf.getLong(h + 0x20), buf.getInt(h + 0x28), buf.getInt(h + 0x2c)));
            }
        }

        String cstr(int at) {
            int e = at;
            while (b[e] != 0) e++;
            return new String(b, at, e - at);
        }

        Section symtab() {
            return sections.stream().filter(s -> s.type() == 2).findFirst().orElseThrow();
        }

        String symbolName(int sym) {
            Section st = symtab();
            int strOff = sections.get(st.link()).offset();
            return cstr(strOff + buf.getInt(st.offset() + sym * 24));
        }

        int symbolIndex(String name) {
            Section st = symtab();
            for (int i = 1; i < st.size() / 24; i++) if (symbolName(i).equals(name)) return i;
            return -1;
        }

        Section relFor(Section prog) {
            return sections.stream().filter(s -> s.type() == 9 && s.info() == prog.index()).findFirst().orElse(null);
        }

        /** Relocation entry offset (file position) for the instruction at byte offset insnOff of prog, or -1. */
        int relAt(Section prog, int insnOff) {
            Section rel = relFor(prog);
            if (rel == null) return -1;
            for (int r = 0; r < rel.size() / 16; r++) {
                int at = rel.offset() + r * 16;
                if (buf.getLong(at) == insnOff) return at;
            }
            return -1;
        }
    }

    static List<Mutant> mutants(byte[] original) {
        Elf elf = new Elf(original);
        List<Mutant> out = new ArrayList<>();
        List<String> kfuncs = new ArrayList<>();
        Section st = elf.symtab();
        for (int i = 1; i < st.size() / 24; i++) {
            int at = st.offset() + i * 24;
            if (elf.buf.getShort(at + 6) == 0 && (elf.b[at + 4] >> 4) != 0 && !elf.symbolName(i).isEmpty()) kfuncs.add(elf.symbolName(i));
        }
        int[] total = new int[16];
        for (Section prog : elf.sections) {
            if (!prog.isProgram()) continue;
            String p = prog.name().replaceAll("^struct_ops(\\.s)?/", "").replaceAll("[^A-Za-z0-9_]", "_");
            int[] count = new int[16];
            for (int kind = 0; kind < 16; kind++) count[kind] = total[kind] >= PER_KIND ? PER_KIND : 0;
            int n = prog.size() / 8;
            for (int k = 0; k < n; k++) {
                int at = prog.offset() + k * 8;
                int op = elf.b[at] & 0xff, dst = elf.b[at + 1] & 0x0f, src = (elf.b[at + 1] >> 4) & 0x0f;
                short off = elf.buf.getShort(at + 2);
                int imm = elf.buf.getInt(at + 4);
                // 0: drop a null check (jeq/jne reg, 0)
                if ((op == 0x15 || op == 0x55) && imm == 0 && count[0] < 1) {
                    byte[] m = original.clone();
                    put(m, at, 0x05, 0, op == 0x15 ? 0 : off, 0);   // jeq: never skip; jne: always take the use path
                    out.add(new Mutant(p + "_nonull" + ++count[0], m));
                }
                // 1: widen a power-of-two mask
                if ((op == 0x57 || op == 0x54) && imm > 0 && (imm & (imm + 1)) == 0 && imm < 0x3fffffff && count[1] < 1) {
                    byte[] m = original.clone();
                    put(m, at, op, elf.b[at + 1], off, imm * 2 + 1);
                    out.add(new Mutant(p + "_widen" + ++count[1], m));
                }
                // 2: loosen an upper bound by one
                if ((op == 0x25 || op == 0x35 || op == 0xa5 || op == 0xb5 || op == 0x26 || op == 0x36 || op == 0xa6 || op == 0xb6)
                        && imm > 0 && imm < 0x10000 && count[2] < 1) {
                    byte[] m = original.clone();
                    put(m, at, op, elf.b[at + 1], off, imm + 1);
                    out.add(new Mutant(p + "_bound" + ++count[2], m));
                }
                // 3: move a stack access 512 bytes down, out of the frame
                boolean mem = (op & 0x07) == 1 || (op & 0x07) == 2 || (op & 0x07) == 3;
                if (mem && (op & 0xe0) == 0x60 && ((op & 7) == 1 ? src : dst) == 10 && off > -512 && count[3] < 1) {
                    byte[] m = original.clone();
                    put(m, at, op, elf.b[at + 1], (short) (off - 512), imm);
                    out.add(new Mutant(p + "_stackoob" + ++count[3], m));
                }
                // 4: turn a ctx argument load into a store (ctx is read-only)
                if (op == 0x79 && src == 1 && k < 4 && count[4] < 1) {
                    byte[] m = original.clone();
                    put(m, at, 0x7b, 1 | (dst << 4), off, 0);
                    out.add(new Mutant(p + "_ctxwrite" + ++count[4], m));
                }
                // 5: leave a callee-saved register uninitialised
                if ((op == 0xb7 || op == 0xbf) && dst >= 6 && dst <= 9 && count[5] < 1) {
                    byte[] m = original.clone();
                    put(m, at, 0x05, 0, 0, 0);
                    out.add(new Mutant(p + "_uninit" + ++count[5], m));
                }
                // 6: an exit becomes a self-loop
                if (op == 0x95 && count[6] < 1) {
                    byte[] m = original.clone();
                    put(m, at, 0x05, 0, -1, 0);
                    out.add(new Mutant(p + "_selfloop" + ++count[6], m));
                }
                // 7: remove a release / 8: swap the kfunc for another one of the object
                if (op == 0x85 && src == 1) {
                    int rel = elf.relAt(prog, k * 8);
                    if (rel < 0) continue;
                    String callee = elf.symbolName((int) (elf.buf.getLong(rel + 8) >>> 32));
                    if ((callee.contains("put_") || callee.contains("release")) && count[7] < 1) {
                        byte[] m = dropRelocation(elf, prog, rel);
                        put(m, at, 0xb7, 0, 0, 0);   // r0 = 0 where the release call was
                        out.add(new Mutant(p + "_norelease" + ++count[7], m));
                    }
                    for (String other : kfuncs) {
                        if (other.equals(callee) || count[8] >= 1 || !swapWorthy(callee, other)) continue;
                        byte[] m = original.clone();
                        ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN).putLong(rel + 8, ((long) elf.symbolIndex(other) << 32) | 10);
                        out.add(new Mutant(p + "_swap_" + other.replace("scx_bpf_", "") + ++count[8], m));
                    }
                }
                // 9: a constant divisor becomes zero
                if ((op == 0x37 || op == 0x34 || op == 0x97 || op == 0x94) && count[9] < 1) {
                    byte[] m = original.clone();
                    put(m, at, op, elf.b[at + 1], off, 0);
                    out.add(new Mutant(p + "_divzero" + ++count[9], m));
                }
            }
            for (int kind = 0; kind < 16; kind++) if (count[kind] < PER_KIND) total[kind] += count[kind];
        }
        return out;
    }

    /** Calls whose swap changes which callback may run them or the argument types. */
    private static boolean swapWorthy(String callee, String other) {
        return other.contains("move_to_local") || other.contains("select_cpu_dfl") || other.contains("create_dsq")
                || other.contains("insert") || other.contains("get_idle");
    }

    private static void put(byte[] m, int at, int op, int regs, int off, int imm) {
        ByteBuffer w = ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN);
        m[at] = (byte) op;
        m[at + 1] = (byte) regs;
        w.putShort(at + 2, (short) off);
        w.putInt(at + 4, imm);
    }

    /** Removes one relocation entry: the last entry takes its place and the section shrinks by 16 bytes. */
    private static byte[] dropRelocation(Elf elf, Section prog, int relEntry) {
        byte[] m = elf.b.clone();
        Section rel = elf.relFor(prog);
        int last = rel.offset() + rel.size() - 16;
        System.arraycopy(m, last, m, relEntry, 16);
        ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN).putLong(elf.shoff + rel.index() * 64 + 0x20, rel.size() - 16);
        return m;
    }

    private static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
