package org.schedc.bpf.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfExt;
import org.schedc.bpf.btf.BtfExtReader;
import org.schedc.bpf.btf.BtfFormatException;
import org.schedc.bpf.btf.BtfReader;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.elf.Elf;
import org.schedc.bpf.elf.ElfFormatException;
import org.schedc.bpf.elf.ElfObject;
import org.schedc.bpf.elf.ElfReader;
import org.schedc.bpf.insn.Insn;

/**
 * Reads an ELF BPF object into {@link LoadedProgram}s the way libbpf prepares programs for the kernel, with the
 * map definitions and struct_ops variables a loader needs. Shared by verifier-sim and the kernel loader so both
 * see the same programs.
 */
public final class ObjectLoader {
    /** ld_imm64 src_reg of a function address (BPF_PSEUDO_FUNC). */
    private static final int PSEUDO_FUNC = 4;
    private static final int MAP_TYPE_HASH = 1, MAP_TYPE_ARRAY = 2, MAP_TYPE_PERCPU_ARRAY = 6, MAP_TYPE_TASK_STORAGE = 29;

    private final ElfObject elf;
    private final Btf btf;
    private final BtfExt ext;
    private final Map<Integer, MapRef> mapsBySymbol = new HashMap<>();
    private final Map<Integer, MapRef> dataBySection = new HashMap<>();
    private final Map<String, String> callbackBySymbol = new HashMap<>();
    /** Extern FUNCs and VARs the object's BTF declares: libbpf resolves an extern only through its BTF. */
    private final java.util.Set<String> btfExterns = new java.util.HashSet<>();
    /** __kconfig externs (VARs of the object's .kconfig DATASEC) and their sizes. */
    private final Map<String, Long> kconfigSizes = new HashMap<>();

    private ObjectLoader(ElfObject elf, Btf btf, BtfExt ext) {
        this.elf = elf;
        this.btf = btf;
        this.ext = ext;
    }

    /** The struct_ops programs to verify, and the object's other programs, which are not verified (and why). */
    public record Loaded(List<LoadedProgram> programs, List<SkippedProgram> skipped, List<MapDef> maps, List<StructOpsVar> structOps,
            ElfObject elf, Btf btf, BtfExt ext) {}

    /**
     * A map to create: {@code ref} as the verifier sees it, plus what BPF_MAP_CREATE needs ({@code keyTypeId}/
     * {@code valueTypeId} in the object's BTF, 0 when none; {@code initial} the contents of a global-data section,
     * null for BTF-defined maps; {@code pinning} 1 = LIBBPF_PIN_BY_NAME).
     */
    public record MapDef(MapRef ref, long flags, int keyTypeId, int valueTypeId, long mapExtra, int pinning, byte[] initial) {}

    /**
     * A struct_ops variable of {@code .struct_ops}/{@code .struct_ops.link}: its struct type in the object's BTF, its
     * bytes, and the program symbol each function-pointer member names.
     */
    public record StructOpsVar(String section, String name, int typeId, byte[] data, Map<String, String> programByMember, boolean link) {}

    private final List<MapDef> mapDefs = new ArrayList<>();
    private final List<StructOpsVar> opsVars = new ArrayList<>();

    public static Loaded load(byte[] bytes) throws ObjectFormatException {
        ElfObject elf;
        try {
            elf = ElfReader.read(bytes);
        } catch (ElfFormatException e) {
            throw new ObjectFormatException("not a BPF object: " + e.getMessage(), e);
        }
        ElfObject.Section btfSec = elf.section(".BTF").orElseThrow(() -> new ObjectFormatException("no .BTF section (struct_ops objects need BTF)"));
        Btf btf;
        BtfExt ext;
        try {
            btf = BtfReader.read(btfSec.data());
            var extSec = elf.section(".BTF.ext");
            ext = extSec.isPresent() ? BtfExtReader.read(extSec.get().data(), btfSec.data()) : new BtfExt(null, null, null);
        } catch (BtfFormatException e) {
            throw new ObjectFormatException("bad BTF: " + e.getMessage(), e);
        }
        ObjectLoader l = new ObjectLoader(elf, btf, ext);
        for (BtfType t : btf.types()) {
            if (t instanceof BtfType.Func f && f.linkage() == 2 || t instanceof BtfType.Var v && v.linkage() == 2) l.btfExterns.add(t.name());
        }
        l.readKconfig();
        l.readMaps();
        l.readOpsSlots();
        List<SkippedProgram> skipped = new ArrayList<>();
        return new Loaded(l.programs(skipped), skipped, List.copyOf(l.mapDefs), List.copyOf(l.opsVars), elf, btf, ext);
    }

    private List<LoadedProgram> programs(List<SkippedProgram> skipped) throws ObjectFormatException {
        List<LoadedProgram> out = new ArrayList<>();
        for (ElfObject.Section s : elf.sections()) {
            if ((s.flags() & Elf.SHF_EXECINSTR) == 0 || s.type() != Elf.SHT_PROGBITS) continue;
            if (s.name().equals(".text")) continue;
            boolean sleepable = s.name().startsWith("struct_ops.s/");
            String symbol = s.name();
            for (ElfObject.Symbol sym : elf.symbols()) {
                if (sym.sectionIndex() == s.index() && sym.type() == Elf.STT_FUNC && sym.value() == 0) symbol = sym.name();
            }
            if (!sleepable && !s.name().startsWith("struct_ops/")) {
                // Objects built against current scx headers carry fentry/syscall/tracing programs beside the
                // scheduler; their program types are not modelled, so they are named, not judged.
                int slash = s.name().indexOf('/');
                String type = slash > 0 ? s.name().substring(0, slash) : s.name();
                skipped.add(new SkippedProgram(s.name(), symbol, "program type '" + type + "' is not struct_ops: not verified"));
                continue;
            }
            if (s.data().length % 8 != 0 || s.data().length == 0) {
                throw new ObjectFormatException("program section " + s.name() + " has " + s.data().length + " bytes, not a positive multiple of 8");
            }
            String callback = callbackBySymbol.get(symbol);
            if (callback != null && callback.isEmpty()) callback = s.name().substring(s.name().indexOf('/') + 1);
            out.add(new ProgramLinker(s, symbol, callback, sleepable).link());
        }
        return out;
    }

    /** Combines one program with the .text subprograms it calls; resolves relocations slot by slot. */
    private final class ProgramLinker {
        private final ElfObject.Section section;
        private final String symbol;
        private final String callback;
        private final boolean sleepable;
        private final List<Insn> code = new ArrayList<>();
        private final List<Integer> originText = new ArrayList<>(); // text slot of each combined slot, -1 for the main program
        private final Map<Integer, SlotReloc> relocs = new HashMap<>();
        private final Map<Integer, Integer> appendedTextFunctions = new LinkedHashMap<>(); // text start slot -> combined start
        private final List<LoadedProgram.Line> lines = new ArrayList<>();
        private final List<LoadedProgram.CoreRelo> core = new ArrayList<>();
        private final List<LoadedProgram.Func> funcs = new ArrayList<>();

        ProgramLinker(ElfObject.Section section, String symbol, String callback, boolean sleepable) {
            this.section = section;
            this.symbol = symbol;
            this.callback = callback;
            this.sleepable = sleepable;
        }

        LoadedProgram link() throws ObjectFormatException {
            byte[] d = section.data();
            for (int p = 0; p < d.length; p += 8) { code.add(Insn.decode(d, p)); originText.add(-1); }
            int mainLength = code.size();
            addLines(section.name(), 0, 0, mainLength);
            addFuncs(section.name(), 0, 0, mainLength);
            addCore(section.name(), 0, 0, mainLength);
            Map<Integer, ElfObject.Reloc> mainRelocs = relocsBySlot(section.name(), mainLength);
            Map<Integer, ElfObject.Reloc> textRelocs = elf.section(".text").isPresent()
                    ? relocsBySlot(".text", elf.section(".text").get().data().length / 8) : Map.of();
            for (int pc = 0; pc < code.size(); pc++) { // code grows as subprograms are appended
                int origin = originText.get(pc);
                ElfObject.Reloc r = origin < 0 ? mainRelocs.get(pc) : textRelocs.get(origin);
                Insn insn = code.get(pc);
                if (r != null) relocs.put(pc, resolve(pc, insn, r, origin));
                else if (insn.opcode() == 0x85 && insn.src() == 1 && origin >= 0) relocs.put(pc, new SlotReloc.CallSubprog(appendText(origin + insn.imm() + 1, pc)));
                else if (insn.opcode() == 0x85 && insn.src() == 1 && pc + 1L + insn.imm() >= 0 && pc + 1L + insn.imm() < mainLength) {
                    relocs.put(pc, new SlotReloc.CallSubprog(pc + 1 + insn.imm())); // static function inside the program's own section
                }
            }
            return new LoadedProgram(section.name(), symbol, callback, sleepable, code.toArray(new Insn[0]), mainLength, relocs, lines, btf, core, btfExterns, List.copyOf(funcs));
        }

        private SlotReloc resolve(int pc, Insn insn, ElfObject.Reloc r, int origin) throws ObjectFormatException {
            if (r.symbolIndex() <= 0 || r.symbolIndex() >= elf.symbols().size()) {
                throw new ObjectFormatException("program " + symbol + ": relocation at insn " + pc + " against unknown symbol #" + r.symbolIndex());
            }
            ElfObject.Symbol sym = elf.symbols().get(r.symbolIndex());
            boolean undefined = sym.sectionIndex() == Elf.SHN_UNDEF;
            if (insn.opcode() == 0x85) {
                if (undefined) return new SlotReloc.CallKfunc(sym.name(), sym.bind() == Elf.STB_WEAK);
                ElfObject.Section target = sectionAt(sym.sectionIndex());
                if (target == null || !target.name().equals(".text")) {
                    throw new ObjectFormatException("program " + symbol + ": call at insn " + pc + " relocated against " + sym.name() + " outside .text");
                }
                return new SlotReloc.CallSubprog(appendText((int) (sym.value() / 8) + insn.imm() + 1, pc));
            }
            if (insn.opcode() != 0x18) {
                throw new ObjectFormatException("program " + symbol + ": relocation at insn " + pc + " on an instruction that is neither ld_imm64 nor call");
            }
            if (undefined && kconfigSizes.containsKey(sym.name())) {
                // libbpf backs __kconfig externs with a frozen .kconfig map whose values it reads from the running
                // kernel's config: read-only, contents unknown here (a superset of what the kernel sees)
                MapRef kc = new MapRef(".kconfig:" + sym.name(), MapRef.Kind.GLOBAL_DATA, MAP_TYPE_ARRAY, 4, kconfigSizes.get(sym.name()), 1, MapRef.UNKNOWN_CONTENTS);
                return new SlotReloc.LoadData(kc, insn.imm());
            }
            if (undefined) return new SlotReloc.LoadKsym(sym.name(), sym.bind() == Elf.STB_WEAK);
            ElfObject.Section symSec = sectionAt(sym.sectionIndex());
            // libbpf turns an ld_imm64 against code into BPF_PSEUDO_FUNC (clang leaves src_reg 0)
            if (insn.src() == PSEUDO_FUNC || symSec != null && (symSec.flags() & Elf.SHF_EXECINSTR) != 0) return funcPointer(pc, insn, sym, origin);
            MapRef map = mapsBySymbol.get(sym.index());
            if (map != null) return new SlotReloc.LoadMap(map);
            MapRef data = dataBySection.get(sym.sectionIndex());
            if (data != null) {
                long base = sym.type() == Elf.STT_SECTION ? 0 : sym.value();
                return new SlotReloc.LoadData(data, base + insn.imm());
            }
            ElfObject.Section target = sectionAt(sym.sectionIndex());
            if (target != null && target.name().startsWith(".addr_space.")) {
                return new SlotReloc.Unmodelled("an arena global (" + target.name() + ")");
            }
            throw new ObjectFormatException("program " + symbol + ": relocation at insn " + pc + " against symbol " + sym.name()
                    + " which is neither a map, global data nor an extern");
        }

        /**
         * A callback's address. clang relocates it against the function's symbol or, for a static function, against
         * the unnamed section symbol with the byte offset in the immediate; libbpf resolves both to the callee at
         * (symbol value + imm) / 8 and appends it like a called subprogram.
         */
        private SlotReloc funcPointer(int pc, Insn insn, ElfObject.Symbol sym, int origin) throws ObjectFormatException {
            ElfObject.Section target = sectionAt(sym.sectionIndex());
            long byteOff = sym.value() + insn.imm();
            if (byteOff % 8 != 0) throw new ObjectFormatException("program " + symbol + ": function pointer at insn " + pc + " is not on an instruction");
            int slot = (int) (byteOff / 8);
            if (target != null && target.name().equals(".text")) return new SlotReloc.LoadFunc(appendText(slot, pc));
            if (target == section && origin < 0 && slot >= 0 && slot < section.data().length / 8) return new SlotReloc.LoadFunc(slot);
            throw new ObjectFormatException("program " + symbol + ": function pointer at insn " + pc + " points outside .text");
        }

        /** Appends the .text function containing {@code textSlot} if needed; returns the callee's combined index. */
        private int appendText(int textSlot, int pc) throws ObjectFormatException {
            ElfObject.Section text = elf.section(".text").orElse(null);
            int textLen = text == null ? 0 : text.data().length / 8;
            if (textSlot < 0 || textSlot >= textLen) {
                throw new ObjectFormatException("program " + symbol + ": call at insn " + pc + " targets .text slot " + textSlot + " outside .text");
            }
            int start = 0, end = textLen;
            for (ElfObject.Symbol s : elf.symbols()) {
                if (s.sectionIndex() != text.index() || s.type() != Elf.STT_FUNC) continue;
                int fs = (int) (s.value() / 8), fe = (int) ((s.value() + s.size()) / 8);
                if (fs <= textSlot && textSlot < fe) { start = fs; end = fe; }
            }
            Integer at = appendedTextFunctions.get(start);
            if (at == null) {
                at = code.size();
                appendedTextFunctions.put(start, at);
                byte[] d = text.data();
                for (int s = start; s < end; s++) { code.add(Insn.decode(d, s * 8)); originText.add(s); }
                addLines(".text", start, at, end - start);
                addFuncs(".text", start, at, end - start);
                addCore(".text", start, at, end - start);
            }
            return at + (textSlot - start);
        }

        private void addLines(String sec, int fromSlot, int combinedStart, int count) {
            for (BtfExt.LineInfo li : ext.lineInfo().getOrDefault(sec, List.of())) {
                int slot = li.insnByteOff() / 8;
                if (slot >= fromSlot && slot < fromSlot + count) {
                    lines.add(new LoadedProgram.Line(combinedStart + slot - fromSlot,
                            new SourceLocation(li.fileName(), li.line(), li.column(), li.lineText())));
                }
            }
        }

        private void addFuncs(String sec, int fromSlot, int combinedStart, int count) {
            for (BtfExt.FuncInfo fi : ext.funcInfo().getOrDefault(sec, List.of())) {
                int slot = fi.insnByteOff() / 8;
                if (slot >= fromSlot && slot < fromSlot + count) funcs.add(new LoadedProgram.Func(combinedStart + slot - fromSlot, fi.typeId()));
            }
        }

        private void addCore(String sec, int fromSlot, int combinedStart, int count) {
            for (BtfExt.CoreRelo r : ext.coreRelos().getOrDefault(sec, List.of())) {
                int slot = r.insnByteOff() / 8;
                if (slot >= fromSlot && slot < fromSlot + count && r.insnByteOff() % 8 == 0) {
                    core.add(new LoadedProgram.CoreRelo(combinedStart + slot - fromSlot, r.rootTypeId(), r.accessString(), r.kind()));
                }
            }
        }

        private Map<Integer, ElfObject.Reloc> relocsBySlot(String sec, int length) throws ObjectFormatException {
            Map<Integer, ElfObject.Reloc> out = new HashMap<>();
            for (ElfObject.Reloc r : elf.relocationsFor(sec)) {
                if (r.offset() % 8 != 0 || r.offset() / 8 >= length || r.offset() < 0) {
                    throw new ObjectFormatException("section " + sec + ": relocation at byte " + r.offset() + " is not on an instruction");
                }
                out.put((int) (r.offset() / 8), r);
            }
            return out;
        }
    }

    private ElfObject.Section sectionAt(int index) {
        return index > 0 && index < elf.sections().size() ? elf.sections().get(index) : null;
    }

    private void readKconfig() {
        for (BtfType t : btf.types()) {
            if (!(t instanceof BtfType.Datasec ds) || !ds.name().equals(".kconfig")) continue;
            for (BtfType.SecVar sv : ds.vars()) {
                try {
                    if (btf.type(sv.type()) instanceof BtfType.Var v) kconfigSizes.put(v.name(), Math.max(1, btf.sizeOf(v.type())));
                } catch (IllegalArgumentException e) {
                    // a malformed entry stays an ordinary extern, which then fails to resolve
                }
            }
        }
    }

    private void readMaps() {
        Map<String, BtfType.Struct> mapDefs = new HashMap<>();
        for (BtfType t : btf.types()) {
            if (t instanceof BtfType.Datasec ds && ds.name().equals(".maps")) {
                for (BtfType.SecVar sv : ds.vars()) {
                    if (btf.type(sv.type()) instanceof BtfType.Var v && btf.type(btf.resolve(v.type())) instanceof BtfType.Struct st) {
                        mapDefs.put(v.name(), st);
                    }
                }
            }
        }
        for (ElfObject.Section s : elf.sections()) {
            String n = s.name();
            boolean data = n.startsWith(".data") || n.startsWith(".bss") || n.startsWith(".rodata") || n.equals(".kconfig");
            if (data && (s.flags() & Elf.SHF_ALLOC) != 0) {
                byte[] ro = n.startsWith(".rodata") ? s.data() : null;
                List<MapRef.Kptr> kptrs = List.of();
                for (BtfType t : btf.types()) if (t instanceof BtfType.Datasec ds && ds.name().equals(n)) kptrs = KptrFields.ofDatasec(btf, ds);
                MapRef ref = new MapRef(n, MapRef.Kind.GLOBAL_DATA, MAP_TYPE_ARRAY, 4, s.size(), 1, ro, kptrs);
                dataBySection.put(s.index(), ref);
                int dsId = 0;
                for (int id = 1; id <= btf.count(); id++) if (btf.type(id) instanceof BtfType.Datasec ds && ds.name().equals(n)) dsId = id;
                // .bss is SHT_NOBITS: zeros; a read-only section is frozen after it is filled (BPF_F_RDONLY_PROG)
                byte[] init = s.type() == Elf.SHT_NOBITS ? new byte[(int) s.size()] : s.data();
                if (!n.equals(".kconfig")) this.mapDefs.add(new MapDef(ref, n.startsWith(".rodata") ? 0x80 : 0, 0, dsId, 0, 0, init));
            }
        }
        elf.section(".maps").ifPresent(maps -> {
            for (ElfObject.Symbol sym : elf.symbols()) {
                if (sym.sectionIndex() != maps.index() || sym.type() == Elf.STT_SECTION) continue;
                BtfType.Struct def = mapDefs.get(sym.name());
                MapRef ref = def == null ? new MapRef(sym.name(), MapRef.Kind.OTHER, 0, 0, 0, 0, null) : mapOf(sym.name(), def);
                mapsBySymbol.put(sym.index(), ref);
                if (def != null) this.mapDefs.add(mapDef(ref, def));
            }
        });
    }

    private MapRef mapOf(String name, BtfType.Struct def) {
        long type = 0, maxEntries = 0, keySize = 0, valueSize = 0;
        List<MapRef.Kptr> kptrs = List.of();
        for (BtfType.Member m : def.members()) {
            if (m.name().equals("value") && btf.type(btf.resolve(m.type())) instanceof BtfType.Ptr vp) kptrs = KptrFields.ofType(btf, vp.type());
            long n = arrayLenBehindPtr(m.type());
            switch (m.name()) {
                case "type" -> type = n;
                case "max_entries" -> maxEntries = n;
                case "key_size" -> keySize = n;
                case "value_size" -> valueSize = n;
                case "key" -> keySize = pointeeSize(m.type());
                case "value" -> valueSize = pointeeSize(m.type());
                default -> { }
            }
        }
        // a per-CPU array behaves like an array for the verifier (constant in-range keys always hit); per-CPU and LRU
        // hashes like a hash (lookups may miss)
        MapRef.Kind kind = switch ((int) type) {
            case MAP_TYPE_ARRAY, MAP_TYPE_PERCPU_ARRAY -> MapRef.Kind.ARRAY;
            case MAP_TYPE_HASH, 5, 9, 10 -> MapRef.Kind.HASH;
            case MAP_TYPE_TASK_STORAGE -> MapRef.Kind.TASK_STORAGE;
            case 32 -> MapRef.Kind.CGRP_STORAGE;
            case 22, 23 -> MapRef.Kind.QUEUE_STACK;
            default -> MapRef.Kind.OTHER;
        };
        return new MapRef(name, kind, (int) type, (int) keySize, valueSize, maxEntries, null, kptrs);
    }

    private MapDef mapDef(MapRef ref, BtfType.Struct def) {
        long flags = 0, extra = 0;
        int pinning = 0, key = 0, value = 0;
        for (BtfType.Member m : def.members()) {
            switch (m.name()) {
                case "map_flags" -> flags = arrayLenBehindPtr(m.type());
                case "map_extra" -> extra = arrayLenBehindPtr(m.type());
                case "pinning" -> pinning = (int) arrayLenBehindPtr(m.type());
                case "key" -> key = pointee(m.type());
                case "value" -> value = pointee(m.type());
                default -> { }
            }
        }
        return new MapDef(ref, flags, key, value, extra, pinning, null);
    }

    private int pointee(int typeId) {
        try {
            return btf.type(btf.resolve(typeId)) instanceof BtfType.Ptr p ? p.type() : 0;
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    private long arrayLenBehindPtr(int typeId) {
        try {
            if (btf.type(btf.resolve(typeId)) instanceof BtfType.Ptr p && btf.type(btf.resolve(p.type())) instanceof BtfType.Array a) {
                return Integer.toUnsignedLong(a.nelems());
            }
        } catch (IllegalArgumentException e) {
            return 0;
        }
        return 0;
    }

    private long pointeeSize(int typeId) {
        try {
            if (btf.type(btf.resolve(typeId)) instanceof BtfType.Ptr p) return btf.sizeOf(p.type());
        } catch (IllegalArgumentException e) {
            return 0;
        }
        return 0;
    }

    /** Maps each program symbol to the sched_ext_ops member whose function pointer relocation names it. */
    private void readOpsSlots() {
        for (String secName : List.of(".struct_ops", ".struct_ops.link")) {
            var sec = elf.section(secName);
            if (sec.isEmpty()) continue;
            BtfType.Datasec ds = null;
            for (BtfType t : btf.types()) if (t instanceof BtfType.Datasec d && d.name().equals(secName)) ds = d;
            Map<Integer, Map<String, String>> byVar = new LinkedHashMap<>();
            for (ElfObject.Reloc r : elf.relocationsFor(secName)) {
                if (r.symbolIndex() <= 0 || r.symbolIndex() >= elf.symbols().size()) continue;
                String prog = elf.symbols().get(r.symbolIndex()).name();
                String member = ds == null ? null : memberAt(ds, r.offset());
                callbackBySymbol.put(prog, member == null ? "" : member); // "" = referenced, member unknown
                if (member != null) byVar.computeIfAbsent(varAt(ds, r.offset()), k -> new LinkedHashMap<>()).put(member, prog);
            }
            if (ds != null) addOpsVars(sec.get(), ds, byVar);
        }
    }

    private void addOpsVars(ElfObject.Section sec, BtfType.Datasec ds, Map<Integer, Map<String, String>> byVar) {
        for (int i = 0; i < ds.vars().size(); i++) {
            BtfType.SecVar sv = ds.vars().get(i);
            if (!(btf.type(sv.type()) instanceof BtfType.Var v)) continue;
            byte[] data = sec.data().length >= (long) sv.offset() + sv.size()
                    ? java.util.Arrays.copyOfRange(sec.data(), sv.offset(), sv.offset() + sv.size()) : new byte[sv.size()];
            opsVars.add(new StructOpsVar(sec.name(), v.name(), btf.resolve(v.type()), data, Map.copyOf(byVar.getOrDefault(i, Map.of())),
                    sec.name().equals(".struct_ops.link")));
        }
    }

    private int varAt(BtfType.Datasec ds, long offset) {
        for (int i = 0; i < ds.vars().size(); i++) {
            BtfType.SecVar sv = ds.vars().get(i);
            if (offset >= sv.offset() && offset < (long) sv.offset() + sv.size()) return i;
        }
        return -1;
    }

    private String memberAt(BtfType.Datasec ds, long offset) {
        for (BtfType.SecVar sv : ds.vars()) {
            if (offset < sv.offset() || offset >= (long) sv.offset() + sv.size()) continue;
            try {
                if (btf.type(sv.type()) instanceof BtfType.Var v && btf.type(btf.resolve(v.type())) instanceof BtfType.Struct st) {
                    long rel = (offset - sv.offset()) * 8;
                    for (BtfType.Member m : st.members()) if (m.bitOffset() == rel) return m.name();
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
