package org.schedc.bpf.elf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an ET_REL EM_BPF ELF64 little-endian object as libbpf 1.5 expects (see bpf-object-notes.md).
 * Section order: null, .text, programs (in order added), data sections (in order added), .bss, license,
 * .rel* (in target order), .BTF, .BTF.ext, .symtab, .strtab. Symbols: null, section symbols of sections that
 * relocations name, local .text functions, then globals: programs, objects, externs (each in order added).
 * Misuse (unknown names, duplicates, offsets out of range) throws {@link IllegalArgumentException}.
 */
public final class BpfObjectBuilder {
    private record Program(String section, String symbol, byte[] code) {}

    private record TextFunction(String symbol, int offset, int size) {}

    private record ObjectSymbol(String name, String section, int offset, int size) {}

    private record Relocation(String target, long offset, int type, String symbol) {}

    private final Map<String, Program> programs = new LinkedHashMap<>();
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private final Map<String, TextFunction> textFunctions = new LinkedHashMap<>();
    private final Map<String, ByteArrayOutputStream> data = new LinkedHashMap<>();
    private long bssSize;
    private final List<ObjectSymbol> objects = new ArrayList<>();
    private final Map<String, Boolean> externs = new LinkedHashMap<>();
    private final List<Relocation> relocations = new ArrayList<>();
    private byte[] license;
    private byte[] btf;
    private byte[] btfExt;

    /** One program per section ("struct_ops/enqueue", "struct_ops.s/init"): an STT_FUNC STB_GLOBAL symbol of exact size. */
    public void addProgram(String section, String symbol, byte[] code) {
        if (programs.containsKey(section) || isReservedSection(section)) throw new IllegalArgumentException("section " + section + " is already used");
        requireCode(symbol, code);
        claimName(symbol);
        programs.put(section, new Program(section, symbol, code.clone()));
    }

    /** A static subprogram appended to .text (STT_FUNC, local binding); its offset is the sum of the previous sizes. */
    public void addTextFunction(String symbol, byte[] code) {
        requireCode(symbol, code);
        claimName(symbol);
        textFunctions.put(symbol, new TextFunction(symbol, text.size(), code.length));
        text.writeBytes(code);
    }

    /** Byte offset of a .text function. */
    public int textOffsetOf(String symbol) {
        TextFunction f = textFunctions.get(symbol);
        if (f == null) throw new IllegalArgumentException("no .text function " + symbol);
        return f.offset();
    }

    /** Appends bytes to a PROGBITS data section (".rodata", ".data", ".struct_ops.link", ".maps", ...), creating it. */
    public void addData(String section, byte[] bytes) {
        if (programs.containsKey(section) || isReservedSection(section) || section.equals(".bss")) {
            throw new IllegalArgumentException("section " + section + " cannot hold data");
        }
        data.computeIfAbsent(section, k -> new ByteArrayOutputStream()).writeBytes(bytes);
    }

    /** Current size of a data section (0 when absent): the offset the next addData will write at. */
    public int dataSize(String section) {
        ByteArrayOutputStream b = data.get(section);
        return b == null ? 0 : b.size();
    }

    /** Grows .bss (NOBITS) by {@code size} bytes. */
    public void addBss(int size) {
        if (size < 0) throw new IllegalArgumentException("negative .bss size " + size);
        bssSize += size;
    }

    /** STT_OBJECT STB_GLOBAL symbol for a map, a global or the ops variable. */
    public void addObjectSymbol(String name, String section, int offset, int size) {
        claimName(name);
        objects.add(new ObjectSymbol(name, section, offset, size));
    }

    /** Undefined STT_NOTYPE symbol (a kfunc), STB_WEAK when it may be absent. */
    public void addExternSymbol(String name, boolean weak) {
        claimName(name);
        externs.put(name, weak);
    }

    /**
     * A relocation in {@code ".rel" + targetSection}. {@code symbol} is a named symbol or a section name meaning that
     * section's STT_SECTION symbol. Types: 1 R_BPF_64_64, 2 R_BPF_64_ABS64, 10 R_BPF_64_32.
     */
    public void addRelocation(String targetSection, long byteOffset, int type, String symbol) {
        relocations.add(new Relocation(targetSection, byteOffset, type, symbol));
    }

    /** The "license" section, NUL-terminated. */
    public void setLicense(String license) {
        this.license = (license + "\0").getBytes(StandardCharsets.UTF_8);
    }

    /** .BTF and .BTF.ext ({@code btfExt} may be null). */
    public void setBtf(byte[] btf, byte[] btfExt) {
        this.btf = btf == null ? null : btf.clone();
        this.btfExt = btfExt == null ? null : btfExt.clone();
    }

    private final Map<String, String> claimedNames = new HashMap<>();

    private void claimName(String symbol) {
        if (symbol == null || symbol.isEmpty()) throw new IllegalArgumentException("symbol name must not be empty");
        if (claimedNames.putIfAbsent(symbol, symbol) != null) throw new IllegalArgumentException("duplicate symbol " + symbol);
    }

    private static void requireCode(String symbol, byte[] code) {
        if (code.length == 0 || code.length % 8 != 0) {
            throw new IllegalArgumentException("code of " + symbol + " must be a non-empty multiple of 8 bytes, got " + code.length);
        }
    }

    private static boolean isReservedSection(String s) {
        return s.equals(".text") || s.equals("license") || s.equals(".BTF") || s.equals(".BTF.ext") || s.equals(".symtab")
                || s.equals(".strtab") || s.startsWith(".rel");
    }

    /** Deterministic object bytes. */
    public byte[] build() {
        List<ElfSectionDraft> secs = new ArrayList<>();
        secs.add(new ElfSectionDraft("", Elf.SHT_NULL, 0, new byte[0], 0, 0));
        if (!textFunctions.isEmpty()) {
            secs.add(new ElfSectionDraft(".text", Elf.SHT_PROGBITS, Elf.SHF_ALLOC | Elf.SHF_EXECINSTR, text.toByteArray(), 8, 0));
        }
        for (Program p : programs.values()) {
            secs.add(new ElfSectionDraft(p.section(), Elf.SHT_PROGBITS, Elf.SHF_ALLOC | Elf.SHF_EXECINSTR, p.code(), 8, 0));
        }
        data.forEach((name, bytes) -> secs.add(new ElfSectionDraft(name, Elf.SHT_PROGBITS, dataFlags(name), bytes.toByteArray(), 8, 0)));
        if (bssSize > 0) {
            ElfSectionDraft bss = new ElfSectionDraft(".bss", Elf.SHT_NOBITS, Elf.SHF_ALLOC | Elf.SHF_WRITE, new byte[0], 8, 0);
            bss.size = bssSize;
            secs.add(bss);
        }
        if (license != null) secs.add(new ElfSectionDraft("license", Elf.SHT_PROGBITS, Elf.SHF_ALLOC | Elf.SHF_WRITE, license, 1, 0));
        Map<String, Integer> sectionIndex = new HashMap<>();
        for (int i = 0; i < secs.size(); i++) sectionIndex.put(secs.get(i).name, i);

        // Symbols: null, section symbols (locals), .text functions (locals), then globals.
        ElfStrings strtab = new ElfStrings();
        List<long[]> syms = new ArrayList<>(); // name offset, info, shndx, value, size
        Map<String, Integer> symIndex = new HashMap<>();
        syms.add(new long[] {0, 0, 0, 0, 0});
        for (int i = 1; i < secs.size(); i++) {
            String name = secs.get(i).name;
            boolean named = relocations.stream().anyMatch(r -> r.symbol().equals(name) && !claimedNames.containsKey(name));
            if (named) {
                symIndex.put("\0section:" + name, syms.size());
                syms.add(new long[] {0, info(Elf.STB_LOCAL, Elf.STT_SECTION), i, 0, 0});
            }
        }
        for (TextFunction f : textFunctions.values()) {
            symIndex.put(f.symbol(), syms.size());
            syms.add(new long[] {strtab.add(f.symbol()), info(Elf.STB_LOCAL, Elf.STT_FUNC), sectionIndex.get(".text"), f.offset(), f.size()});
        }
        int firstGlobal = syms.size();
        for (Program p : programs.values()) {
            symIndex.put(p.symbol(), syms.size());
            syms.add(new long[] {strtab.add(p.symbol()), info(Elf.STB_GLOBAL, Elf.STT_FUNC), sectionIndex.get(p.section()), 0, p.code().length});
        }
        for (ObjectSymbol o : objects) {
            Integer sec = sectionIndex.get(o.section());
            if (sec == null) throw new IllegalArgumentException("object symbol " + o.name() + " is in missing section " + o.section());
            long secSize = secs.get(sec).size;
            if (o.offset() < 0 || o.size() < 0 || (long) o.offset() + o.size() > secSize) {
                throw new IllegalArgumentException("object symbol " + o.name() + " [" + o.offset() + ", +" + o.size()
                        + ") exceeds section " + o.section() + " (size " + secSize + ")");
            }
            symIndex.put(o.name(), syms.size());
            syms.add(new long[] {strtab.add(o.name()), info(Elf.STB_GLOBAL, Elf.STT_OBJECT), sec, o.offset(), o.size()});
        }
        externs.forEach((name, weak) -> {
            symIndex.put(name, syms.size());
            syms.add(new long[] {strtab.add(name), info(weak ? Elf.STB_WEAK : Elf.STB_GLOBAL, Elf.STT_NOTYPE), Elf.SHN_UNDEF, 0, 0});
        });

        // Relocation sections, grouped by target in section order.
        int symtabIndex = secs.size() + relocationTargetCount(secs) + (btf != null ? 1 : 0) + (btfExt != null ? 1 : 0);
        List<ElfSectionDraft> rels = new ArrayList<>();
        for (int i = 1; i < secs.size(); i++) {
            String target = secs.get(i).name;
            List<Relocation> rs = relocations.stream().filter(r -> r.target().equals(target)).toList();
            if (rs.isEmpty()) continue;
            byte[] out = new byte[rs.size() * Elf.REL_SIZE];
            for (int k = 0; k < rs.size(); k++) {
                Relocation r = rs.get(k);
                Integer sym = symIndex.containsKey(r.symbol()) ? symIndex.get(r.symbol()) : symIndex.get("\0section:" + r.symbol());
                if (sym == null) throw new IllegalArgumentException("relocation in " + target + " against unknown symbol " + r.symbol());
                long width = r.type() == Elf.R_BPF_64_ABS64 ? 8 : 4;
                if (r.offset() < 0 || r.offset() + width > secs.get(i).size) {
                    throw new IllegalArgumentException("relocation offset " + r.offset() + " outside section " + target);
                }
                LittleEndian.put64(out, k * Elf.REL_SIZE, r.offset());
                LittleEndian.put64(out, k * Elf.REL_SIZE + 8, (long) sym << 32 | Integer.toUnsignedLong(r.type()));
            }
            ElfSectionDraft rel = new ElfSectionDraft(".rel" + target, Elf.SHT_REL, Elf.SHF_INFO_LINK, out, 8, Elf.REL_SIZE);
            rel.link = symtabIndex;
            rel.info = i;
            rels.add(rel);
        }
        for (Relocation r : relocations) {
            if (!sectionIndex.containsKey(r.target()) || r.target().isEmpty()) {
                throw new IllegalArgumentException("relocation target section " + r.target() + " does not exist");
            }
        }
        secs.addAll(rels);
        if (btf != null) secs.add(new ElfSectionDraft(".BTF", Elf.SHT_PROGBITS, 0, btf, 4, 0));
        if (btfExt != null) secs.add(new ElfSectionDraft(".BTF.ext", Elf.SHT_PROGBITS, 0, btfExt, 4, 0));

        byte[] symBytes = new byte[syms.size() * Elf.SYM_SIZE];
        for (int i = 0; i < syms.size(); i++) {
            long[] s = syms.get(i);
            int p = i * Elf.SYM_SIZE;
            LittleEndian.put32(symBytes, p, s[0]);
            symBytes[p + 4] = (byte) s[1];
            LittleEndian.put16(symBytes, p + 6, (int) s[2]);
            LittleEndian.put64(symBytes, p + 8, s[3]);
            LittleEndian.put64(symBytes, p + 16, s[4]);
        }
        ElfSectionDraft symtab = new ElfSectionDraft(".symtab", Elf.SHT_SYMTAB, 0, symBytes, 8, Elf.SYM_SIZE);
        symtab.link = symtabIndex + 1;
        symtab.info = firstGlobal;
        secs.add(symtab);
        ElfSectionDraft strSec = new ElfSectionDraft(".strtab", Elf.SHT_STRTAB, 0, null, 1, 0);
        secs.add(strSec);
        for (ElfSectionDraft s : secs) s.nameOffset = s.name.isEmpty() ? 0 : strtab.add(s.name);
        strSec.bytes = strtab.bytes();
        strSec.size = strSec.bytes.length;
        return serialize(secs, secs.size() - 1);
    }

    private int relocationTargetCount(List<ElfSectionDraft> secs) {
        return (int) secs.stream().filter(s -> relocations.stream().anyMatch(r -> r.target().equals(s.name))).count();
    }

    private static byte[] serialize(List<ElfSectionDraft> secs, int shstrndx) {
        long off = Elf.EHDR_SIZE;
        for (ElfSectionDraft s : secs) {
            if (s.type == Elf.SHT_NULL || s.type == Elf.SHT_NOBITS) continue;
            off = alignUp(off, s.align);
            s.offset = off;
            off += s.bytes.length;
        }
        long shoff = alignUp(off, 8);
        byte[] out = new byte[Math.toIntExact(shoff + (long) secs.size() * Elf.SHDR_SIZE)];
        out[0] = 0x7f;
        out[1] = 'E';
        out[2] = 'L';
        out[3] = 'F';
        out[4] = 2; // ELFCLASS64
        out[5] = 1; // little-endian
        out[6] = 1; // EV_CURRENT
        LittleEndian.put16(out, 16, Elf.ET_REL);
        LittleEndian.put16(out, 18, Elf.EM_BPF);
        LittleEndian.put32(out, 20, 1);
        LittleEndian.put64(out, 40, shoff);
        LittleEndian.put16(out, 52, Elf.EHDR_SIZE);
        LittleEndian.put16(out, 58, Elf.SHDR_SIZE);
        LittleEndian.put16(out, 60, secs.size());
        LittleEndian.put16(out, 62, shstrndx);
        for (int i = 0; i < secs.size(); i++) {
            ElfSectionDraft s = secs.get(i);
            if (s.type != Elf.SHT_NULL && s.type != Elf.SHT_NOBITS) System.arraycopy(s.bytes, 0, out, (int) s.offset, s.bytes.length);
            int p = (int) shoff + i * Elf.SHDR_SIZE;
            if (s.type == Elf.SHT_NULL) continue;
            LittleEndian.put32(out, p, s.nameOffset);
            LittleEndian.put32(out, p + 4, s.type);
            LittleEndian.put64(out, p + 8, s.flags);
            LittleEndian.put64(out, p + 24, s.type == Elf.SHT_NOBITS ? alignUp(off, 8) : s.offset);
            LittleEndian.put64(out, p + 32, s.size);
            LittleEndian.put32(out, p + 40, s.link);
            LittleEndian.put32(out, p + 44, s.info);
            LittleEndian.put64(out, p + 48, s.align);
            LittleEndian.put64(out, p + 56, s.entsize);
        }
        return out;
    }

    private static long alignUp(long v, long align) {
        return align <= 1 ? v : (v + align - 1) / align * align;
    }

    private static long dataFlags(String section) {
        // Read-only data must not be writable: libbpf freezes .rodata maps.
        return section.startsWith(".rodata") ? Elf.SHF_ALLOC : Elf.SHF_ALLOC | Elf.SHF_WRITE;
    }

    private static int info(int bind, int type) {
        return bind << 4 | type;
    }
}
