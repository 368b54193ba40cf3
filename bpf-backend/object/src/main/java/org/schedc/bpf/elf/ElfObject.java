package org.schedc.bpf.elf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A read ELF relocatable object. Sections are by index (index 0 is the null section); so are symbols. */
public record ElfObject(List<Section> sections, List<Symbol> symbols) {

    public ElfObject {
        sections = List.copyOf(sections);
        symbols = List.copyOf(symbols);
    }

    /** {@code data} is empty for NOBITS sections; {@code size} is the header's size. */
    public record Section(int index, String name, int type, long flags, byte[] data, long size, int link, int info, long align,
            long entsize) {}

    public record Symbol(int index, String name, int type, int bind, int sectionIndex, long value, long size) {}

    public record Reloc(long offset, int type, int symbolIndex) {}

    /** First section with that name. */
    public Optional<Section> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Entries of the SHT_REL section {@code ".rel" + targetSectionName}; empty when there is none. */
    public List<Reloc> relocationsFor(String targetSectionName) {
        Optional<Section> rel = sections.stream()
                .filter(s -> s.type() == Elf.SHT_REL && s.name().equals(".rel" + targetSectionName))
                .findFirst();
        if (rel.isEmpty()) return List.of();
        return decodeRelocations(rel.get().data());
    }

    /** Bounds were checked by {@link ElfReader}, so this only decodes. */
    static List<Reloc> decodeRelocations(byte[] d) {
        List<Reloc> out = new ArrayList<>(d.length / Elf.REL_SIZE);
        for (int p = 0; p + Elf.REL_SIZE <= d.length; p += Elf.REL_SIZE) {
            long info = LittleEndian.u64(d, p + 8);
            out.add(new Reloc(LittleEndian.u64(d, p), (int) info, (int) (info >>> 32)));
        }
        return out;
    }
}
