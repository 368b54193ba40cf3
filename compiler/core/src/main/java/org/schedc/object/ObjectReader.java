package org.schedc.object;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schedc.bpf.asm.BpfFunction;
import org.schedc.bpf.asm.CoreReloKind;
import org.schedc.bpf.asm.CoreRelocation;
import org.schedc.bpf.asm.Disassembler;
import org.schedc.bpf.asm.LineEntry;
import org.schedc.bpf.asm.RelocKind;
import org.schedc.bpf.asm.Relocation;
import org.schedc.bpf.btf.BtfExt;
import org.schedc.bpf.btf.BtfExtReader;
import org.schedc.bpf.btf.BtfFormatException;
import org.schedc.bpf.elf.ElfFormatException;
import org.schedc.bpf.elf.ElfObject;
import org.schedc.bpf.elf.ElfReader;

/** Reads the programs of any BPF ELF object (schedc's or clang's) back into functions with their line info. */
public final class ObjectReader {
    private static final int SHT_PROGBITS = 1, SHF_EXECINSTR = 0x4, STT_SECTION = 3, STT_FUNC = 2;

    public record Program(String section, BpfFunction function, Map<Integer, String> lineTexts) {}

    private final List<Program> programs;

    private ObjectReader(List<Program> programs) { this.programs = programs; }

    public List<Program> programs() { return programs; }

    public static ObjectReader read(byte[] bytes) throws ElfFormatException, BtfFormatException {
        ElfObject elf = ElfReader.read(bytes);
        BtfExt ext = null;
        var btf = elf.section(".BTF");
        var btfExt = elf.section(".BTF.ext");
        if (btf.isPresent() && btfExt.isPresent()) ext = BtfExtReader.read(btfExt.get().data(), btf.get().data());
        Map<Integer, ElfObject.Section> byIndex = new HashMap<>();
        for (ElfObject.Section s : elf.sections()) byIndex.put(s.index(), s);
        List<Program> out = new ArrayList<>();
        for (ElfObject.Section s : elf.sections()) {
            if (s.type() != SHT_PROGBITS || (s.flags() & SHF_EXECINSTR) == 0 || s.data().length == 0) continue;
            if (s.data().length % 8 != 0) {
                throw new ElfFormatException("section '" + s.name() + "' holds code of " + s.data().length + " bytes, not a whole number of 8-byte instructions");
            }
            String symbol = s.name();
            for (ElfObject.Symbol sym : elf.symbols()) {
                if (sym.sectionIndex() == s.index() && sym.type() == STT_FUNC && sym.value() == 0) { symbol = sym.name(); break; }
            }
            List<Relocation> relocs = new ArrayList<>();
            for (ElfObject.Reloc r : elf.relocationsFor(s.name())) {
                if (r.symbolIndex() < 0 || r.symbolIndex() >= elf.symbols().size() || r.offset() % 8 != 0 || r.offset() >= s.data().length) continue;
                ElfObject.Symbol sym = elf.symbols().get(r.symbolIndex());
                String name = sym.type() == STT_SECTION && byIndex.containsKey(sym.sectionIndex()) ? byIndex.get(sym.sectionIndex()).name() : sym.name();
                RelocKind kind = r.type() == 1 ? RelocKind.LD_IMM64 : sym.sectionIndex() == 0 ? RelocKind.CALL_KFUNC : RelocKind.CALL_SUBPROG;
                relocs.add(new Relocation((int) (r.offset() / 8), kind, name));
            }
            List<LineEntry> lines = new ArrayList<>();
            Map<Integer, String> texts = new HashMap<>();
            List<CoreRelocation> core = new ArrayList<>();
            if (ext != null) {
                int lastSlot = -1;
                for (BtfExt.LineInfo li : ext.lineInfo().getOrDefault(s.name(), List.of())) {
                    int slot = li.insnByteOff() / 8;
                    if (slot <= lastSlot) continue;
                    lastSlot = slot;
                    lines.add(new LineEntry(slot, li.line(), li.column()));
                    texts.putIfAbsent(li.line(), li.lineText().strip());
                }
                for (BtfExt.CoreRelo c : ext.coreRelos().getOrDefault(s.name(), List.of())) {
                    CoreReloKind kind = null;
                    for (CoreReloKind k : CoreReloKind.values()) if (k.code() == c.kind()) kind = k;
                    if (kind != null && c.rootTypeId() > 0) core.add(new CoreRelocation(c.insnByteOff() / 8, c.rootTypeId(), c.accessString(), kind));
                }
            }
            out.add(new Program(s.name(), new BpfFunction(symbol, s.data(), relocs, lines, core), texts));
        }
        return new ObjectReader(out);
    }

    public String disassemble() {
        StringBuilder sb = new StringBuilder();
        for (Program p : programs) {
            sb.append(p.section()).append(" <").append(p.function().name()).append(">:\n");
            sb.append(Disassembler.disassemble(p.function(), line -> p.lineTexts().getOrDefault(line, "")));
            sb.append('\n');
        }
        return sb.toString();
    }
}
