package org.schedc.bpf.elf;

import java.util.HexFormat;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfFormatException;
import org.schedc.bpf.btf.BtfReader;

/** A stable textual listing of an object, for golden files and failure messages. */
final class ElfListing {
    private ElfListing() {}

    static String of(ElfObject o) throws BtfFormatException {
        StringBuilder sb = new StringBuilder();
        for (ElfObject.Section s : o.sections()) {
            sb.append(String.format("section %d %-22s type=%d flags=0x%x size=%d link=%d info=%d align=%d entsize=%d%n",
                    s.index(), "'" + s.name() + "'", s.type(), s.flags(), s.size(), s.link(), s.info(), s.align(), s.entsize()));
            boolean listBytes = s.type() == Elf.SHT_PROGBITS && !s.name().startsWith(".BTF") && s.data().length <= 160;
            if (listBytes) sb.append("  bytes ").append(HexFormat.of().formatHex(s.data())).append('\n');
        }
        for (ElfObject.Symbol y : o.symbols()) {
            sb.append(String.format("symbol %d '%s' type=%d bind=%d shndx=%d value=%d size=%d%n",
                    y.index(), y.name(), y.type(), y.bind(), y.sectionIndex(), y.value(), y.size()));
        }
        for (ElfObject.Section s : o.sections()) {
            if (s.type() != Elf.SHT_REL) continue;
            String target = o.sections().get(s.info()).name();
            for (ElfObject.Reloc r : o.relocationsFor(target)) {
                sb.append(String.format("reloc %s +%d type=%d sym=%d%n", target, r.offset(), r.type(), r.symbolIndex()));
            }
        }
        if (o.section(".BTF").isPresent()) {
            Btf btf = BtfReader.read(o.section(".BTF").get().data());
            for (int id = 1; id <= btf.count(); id++) {
                sb.append("btf ").append(id).append(' ').append(btf.type(id)).append('\n');
            }
        }
        return sb.toString();
    }
}
