package org.schedc.bpf.elf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Strict ELF64 little-endian reader: checks the magic, class, byte order, machine and the bounds of every header,
 * section, symbol, relocation and string, and reports the first problem with its location.
 */
public final class ElfReader {
    private final byte[] d;

    private ElfReader(byte[] d) {
        this.d = d;
    }

    /** A BPF relocatable object: ET_REL, EM_BPF. */
    public static ElfObject read(byte[] bytes) throws ElfFormatException {
        return new ElfReader(bytes).parse(true);
    }

    /** Any ELF64 little-endian file (e.g. a vmlinux), with the same bounds checks; used to find a .BTF section. */
    public static ElfObject readAnyMachine(byte[] bytes) throws ElfFormatException {
        return new ElfReader(bytes).parse(false);
    }

    private ElfObject parse(boolean bpfObject) throws ElfFormatException {
        if (d.length < Elf.EHDR_SIZE) throw new ElfFormatException("ELF header truncated: " + d.length + " bytes, need 64");
        if (d[0] != 0x7f || d[1] != 'E' || d[2] != 'L' || d[3] != 'F') throw new ElfFormatException("not an ELF file (bad magic at byte 0)");
        if (d[4] != 2) throw new ElfFormatException("ELF class " + d[4] + " at byte 4: only ELF64 (2) is supported");
        if (d[5] != 1) throw new ElfFormatException("ELF data encoding " + d[5] + " at byte 5: only little-endian (1) is supported");
        if (d[6] != 1) throw new ElfFormatException("ELF ident version " + d[6] + " at byte 6, expected 1");
        int type = LittleEndian.u16(d, 16);
        int machine = LittleEndian.u16(d, 18);
        if (bpfObject && type != Elf.ET_REL) throw new ElfFormatException("ELF type " + type + " at byte 16: expected ET_REL (1)");
        if (bpfObject && machine != Elf.EM_BPF) throw new ElfFormatException("ELF machine " + machine + " at byte 18: expected EM_BPF (247)");
        long shoff = LittleEndian.u64(d, 40);
        int shentsize = LittleEndian.u16(d, 58);
        int shnum = LittleEndian.u16(d, 60);
        int shstrndx = LittleEndian.u16(d, 62);
        if (shnum == 0) {
            if (shoff != 0) throw new ElfFormatException("extended section numbering (e_shnum 0, e_shoff " + shoff + ") is not supported");
            return new ElfObject(List.of(), List.of());
        }
        if (shentsize != Elf.SHDR_SIZE) throw new ElfFormatException("section header size " + shentsize + " at byte 58, expected 64");
        if (shoff < Elf.EHDR_SIZE || shoff > d.length || (long) shnum * Elf.SHDR_SIZE > d.length - shoff) {
            throw new ElfFormatException("section headers at " + shoff + " (" + shnum + " x 64 bytes) exceed the file size " + d.length);
        }
        if (shstrndx >= shnum) throw new ElfFormatException("section name table index " + shstrndx + " is not below e_shnum " + shnum);

        long[][] raw = new long[shnum][];
        for (int i = 0; i < shnum; i++) raw[i] = sectionHeader((int) shoff + i * Elf.SHDR_SIZE, i);
        if (raw[shstrndx][1] != Elf.SHT_STRTAB) throw new ElfFormatException("section name table (section " + shstrndx + ") is not SHT_STRTAB");

        List<ElfObject.Section> sections = new ArrayList<>(shnum);
        for (int i = 0; i < shnum; i++) {
            long[] h = raw[i];
            String name = string(raw[shstrndx], h[0], "name of section " + i);
            boolean hasData = h[1] != Elf.SHT_NOBITS && h[1] != Elf.SHT_NULL;
            byte[] data = hasData ? Arrays.copyOfRange(d, (int) h[4], (int) (h[4] + h[5])) : new byte[0];
            sections.add(new ElfObject.Section(i, name, (int) h[1], h[2], data, h[5], (int) h[6], (int) h[7], h[8], h[9]));
        }

        List<ElfObject.Symbol> symbols = symbols(sections, raw);
        checkRelocations(sections, symbols);
        return new ElfObject(sections, symbols);
    }

    /** name, type, flags, addr, offset, size, link, info, addralign, entsize. */
    private long[] sectionHeader(int p, int index) throws ElfFormatException {
        long[] h = {LittleEndian.u32(d, p), LittleEndian.u32(d, p + 4), LittleEndian.u64(d, p + 8), LittleEndian.u64(d, p + 16),
            LittleEndian.u64(d, p + 24), LittleEndian.u64(d, p + 32), LittleEndian.u32(d, p + 40), LittleEndian.u32(d, p + 44),
            LittleEndian.u64(d, p + 48), LittleEndian.u64(d, p + 56)};
        if (h[1] != Elf.SHT_NOBITS && h[1] != Elf.SHT_NULL) {
            long off = h[4], size = h[5];
            if (off < 0 || size < 0 || off > d.length || size > d.length - off) {
                throw new ElfFormatException("section " + index + " data [" + Long.toUnsignedString(off) + ", +" + Long.toUnsignedString(size)
                        + ") exceeds the file size " + d.length);
            }
        }
        return h;
    }

    private String string(long[] strtab, long off, String what) throws ElfFormatException {
        long size = strtab[5];
        if (off >= size) throw new ElfFormatException(what + ": string offset " + off + " outside its string table (size " + size + ")");
        int start = (int) (strtab[4] + off);
        int limit = (int) (strtab[4] + size);
        int end = start;
        while (end < limit && d[end] != 0) end++;
        if (end == limit) throw new ElfFormatException(what + ": string at offset " + off + " is not NUL-terminated");
        return new String(d, start, end - start, StandardCharsets.UTF_8);
    }

    private List<ElfObject.Symbol> symbols(List<ElfObject.Section> sections, long[][] raw) throws ElfFormatException {
        ElfObject.Section symtab = null;
        for (ElfObject.Section s : sections) {
            if (s.type() == Elf.SHT_SYMTAB) {
                if (symtab != null) throw new ElfFormatException("more than one symbol table (sections " + symtab.index() + " and " + s.index() + ")");
                symtab = s;
            }
        }
        if (symtab == null) return List.of();
        String where = "symbol table (section " + symtab.index() + ")";
        if (symtab.entsize() != Elf.SYM_SIZE) throw new ElfFormatException(where + ": entry size " + symtab.entsize() + ", expected 24");
        if (symtab.size() % Elf.SYM_SIZE != 0) throw new ElfFormatException(where + ": size " + symtab.size() + " is not a multiple of 24");
        int link = symtab.link();
        if (link <= 0 || link >= sections.size() || sections.get(link).type() != Elf.SHT_STRTAB) {
            throw new ElfFormatException(where + ": sh_link " + Integer.toUnsignedString(link) + " is not a string table section");
        }
        byte[] t = symtab.data();
        int n = t.length / Elf.SYM_SIZE;
        List<ElfObject.Symbol> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int p = i * Elf.SYM_SIZE;
            String name = string(raw[link], LittleEndian.u32(t, p), "name of symbol " + i);
            int info = t[p + 4] & 0xff;
            int shndx = LittleEndian.u16(t, p + 6);
            if (shndx == Elf.SHN_XINDEX) throw new ElfFormatException("symbol " + i + " (" + name + "): extended section index is not supported");
            if (shndx < Elf.SHN_LORESERVE && shndx >= sections.size()) {
                throw new ElfFormatException("symbol " + i + " (" + name + "): section index " + shndx + " is not below " + sections.size());
            }
            out.add(new ElfObject.Symbol(i, name, info & 0xf, info >>> 4, shndx, LittleEndian.u64(t, p + 8), LittleEndian.u64(t, p + 16)));
        }
        return out;
    }

    private static void checkRelocations(List<ElfObject.Section> sections, List<ElfObject.Symbol> symbols) throws ElfFormatException {
        for (ElfObject.Section s : sections) {
            if (s.type() != Elf.SHT_REL) continue;
            String where = "relocation section " + s.index() + " (" + s.name() + ")";
            if (s.entsize() != Elf.REL_SIZE) throw new ElfFormatException(where + ": entry size " + s.entsize() + ", expected 16");
            if (s.size() % Elf.REL_SIZE != 0) throw new ElfFormatException(where + ": size " + s.size() + " is not a multiple of 16");
            if (s.link() <= 0 || s.link() >= sections.size() || sections.get(s.link()).type() != Elf.SHT_SYMTAB) {
                throw new ElfFormatException(where + ": sh_link " + Integer.toUnsignedString(s.link()) + " is not the symbol table");
            }
            if (s.info() <= 0 || s.info() >= sections.size()) {
                throw new ElfFormatException(where + ": target section " + Integer.toUnsignedString(s.info()) + " does not exist");
            }
            long targetSize = sections.get(s.info()).size();
            List<ElfObject.Reloc> relocs = ElfObject.decodeRelocations(s.data());
            for (int i = 0; i < relocs.size(); i++) {
                ElfObject.Reloc r = relocs.get(i);
                if (r.symbolIndex() < 0 || r.symbolIndex() >= symbols.size()) {
                    throw new ElfFormatException(where + " entry " + i + ": symbol index " + Integer.toUnsignedString(r.symbolIndex())
                            + " is not below " + symbols.size());
                }
                if (r.offset() < 0 || r.offset() >= targetSize) {
                    throw new ElfFormatException(where + " entry " + i + ": offset " + Long.toUnsignedString(r.offset())
                            + " is outside the target section (size " + targetSize + ")");
                }
            }
        }
    }
}
