package org.schedc.verifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schedc.bpf.asm.BpfFunction;
import org.schedc.bpf.asm.LineEntry;
import org.schedc.bpf.asm.Relocation;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfEncoder;
import org.schedc.bpf.btf.BtfExt;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.elf.BpfObjectBuilder;
import org.schedc.bpf.elf.Elf;

/** Builds struct_ops objects around hand-written programs, shaped like the compiler's output. */
final class TestObject {
    private record Prog(String callback, boolean sleepable, BpfFunction code) {}

    private record MapDef(String name, int type, int valueSize, int maxEntries) {}

    private final List<Prog> programs = new ArrayList<>();
    private final List<BpfFunction> text = new ArrayList<>();
    private final Map<String, byte[]> data = new LinkedHashMap<>();
    private final Map<String, String> globals = new HashMap<>(); // symbol -> section
    private final List<MapDef> maps = new ArrayList<>();
    private final Set<String> weak = new LinkedHashSet<>();
    private boolean attach = true;

    static byte[] single(String callback, BpfFunction code) { return new TestObject().program(callback, code).build(); }

    TestObject program(String callback, BpfFunction code) { return program(callback, false, code); }

    TestObject program(String callback, boolean sleepable, BpfFunction code) {
        programs.add(new Prog(callback, sleepable, code));
        return this;
    }

    TestObject text(BpfFunction f) { text.add(f); return this; }

    /** A global variable {@code symbol} occupying a whole data section. */
    TestObject global(String section, String symbol, byte[] bytes) {
        data.put(section, bytes);
        globals.put(symbol, section);
        return this;
    }

    TestObject arrayMap(String name, int valueSize, int maxEntries) { maps.add(new MapDef(name, 2, valueSize, maxEntries)); return this; }

    TestObject hashMap(String name, int valueSize) { maps.add(new MapDef(name, 1, valueSize, 64)); return this; }

    TestObject weakKfunc(String name) { weak.add(name); return this; }

    /** Leaves the programs out of the ops variable (libbpf then has no member for them). */
    TestObject detached() { attach = false; return this; }

    byte[] build() {
        List<BtfType> t = new ArrayList<>();
        t.add(new BtfType.Int("int", 4, 1, 0, 32));                                         // 1
        t.add(new BtfType.Int("unsigned long long", 8, 0, 0, 64));                          // 2
        t.add(new BtfType.Ptr("", 2));                                                      // 3
        t.add(new BtfType.FuncProto("", 1, List.of(new BtfType.Param("ctx", 3))));          // 4
        t.add(new BtfType.Ptr("", 4));                                                      // 5 function pointer
        t.add(new BtfType.Int("__ARRAY_SIZE_TYPE__", 4, 0, 0, 32));                         // 6
        t.add(new BtfType.Int("char", 1, 1, 0, 8));                                         // 7
        t.add(new BtfType.FuncProto("", 1, List.of()));                                     // 8
        Map<String, Integer> progFunc = new HashMap<>();
        Map<String, List<BtfExt.FuncInfo>> funcInfo = new LinkedHashMap<>();
        Map<String, List<BtfExt.LineInfo>> lineInfo = new LinkedHashMap<>();
        for (Prog p : programs) {
            t.add(new BtfType.Func(symbol(p), 4, 1));
            progFunc.put(symbol(p), t.size());
            funcInfo.put(section(p), List.of(new BtfExt.FuncInfo(0, t.size())));
            if (!p.code().lines().isEmpty()) lineInfo.put(section(p), lines(p.code()));
        }
        List<BtfExt.FuncInfo> textFuncs = new ArrayList<>();
        List<BtfExt.LineInfo> textLines = new ArrayList<>();
        int textOff = 0;
        for (BpfFunction f : text) {
            t.add(new BtfType.Func(f.name(), 8, 0));
            textFuncs.add(new BtfExt.FuncInfo(textOff * 8, t.size()));
            for (BtfExt.LineInfo li : lines(f)) textLines.add(new BtfExt.LineInfo(li.insnByteOff() + textOff * 8, li.fileName(), li.lineText(), li.line(), li.column()));
            textOff += f.slotCount();
        }
        if (!text.isEmpty()) {
            funcInfo.put(".text", textFuncs);
            if (!textLines.isEmpty()) lineInfo.put(".text", textLines);
        }
        List<BtfType.Member> members = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) members.add(new BtfType.Member(programs.get(i).callback(), 5, 64 * i, 0));
        members.add(new BtfType.Member("name", addType(t, new BtfType.Array("", 7, 6, 128)), 64 * programs.size(), 0));
        int opsSize = 8 * programs.size() + 128;
        int opsStruct = addType(t, new BtfType.Struct("sched_ext_ops", opsSize, members));
        int opsVar = addType(t, new BtfType.Var("test_ops", opsStruct, 1));
        t.add(new BtfType.Datasec(".struct_ops.link", opsSize, List.of(new BtfType.SecVar(opsVar, 0, opsSize))));
        List<BtfType.SecVar> mapVars = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            MapDef m = maps.get(i);
            int typeArr = addType(t, new BtfType.Array("", 1, 6, m.type()));
            int maxArr = addType(t, new BtfType.Array("", 1, 6, m.maxEntries()));
            int valArr = addType(t, new BtfType.Array("", 7, 6, m.valueSize()));
            int def = addType(t, new BtfType.Struct("", 32, List.of(
                    new BtfType.Member("type", addType(t, new BtfType.Ptr("", typeArr)), 0, 0),
                    new BtfType.Member("max_entries", addType(t, new BtfType.Ptr("", maxArr)), 64, 0),
                    new BtfType.Member("key", addType(t, new BtfType.Ptr("", 1)), 128, 0),
                    new BtfType.Member("value", addType(t, new BtfType.Ptr("", valArr)), 192, 0))));
            mapVars.add(new BtfType.SecVar(addType(t, new BtfType.Var(m.name(), def, 1)), 32 * i, 32));
        }
        if (!maps.isEmpty()) t.add(new BtfType.Datasec(".maps", 32 * maps.size(), mapVars));
        List<BtfType.SecVar> ksyms = new ArrayList<>();
        for (String name : externNames()) ksyms.add(new BtfType.SecVar(addType(t, new BtfType.Func(name, externProto(t, name), 2)), 0, 0));
        if (!ksyms.isEmpty()) t.add(new BtfType.Datasec(".ksyms", 0, ksyms));
        BtfEncoder.Encoded enc = BtfEncoder.encode(new Btf(t), new BtfExt(funcInfo, lineInfo, Map.of()));

        BpfObjectBuilder b = new BpfObjectBuilder();
        Set<String> externs = new LinkedHashSet<>();
        for (Prog p : programs) b.addProgram(section(p), symbol(p), p.code().code());
        for (BpfFunction f : text) b.addTextFunction(f.name(), f.code());
        byte[] ops = new byte[opsSize];
        byte[] name = "schedc_vtest".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, ops, 8 * programs.size(), name.length);
        b.addData(".struct_ops.link", ops);
        b.addObjectSymbol("test_ops", ".struct_ops.link", 0, opsSize);
        for (var e : data.entrySet()) {
            if (e.getKey().equals(".bss")) b.addBss(e.getValue().length);
            else b.addData(e.getKey(), e.getValue());
        }
        globals.forEach((sym, sec) -> b.addObjectSymbol(sym, sec, 0, data.get(sec).length));
        if (!maps.isEmpty()) {
            b.addData(".maps", new byte[32 * maps.size()]);
            for (int i = 0; i < maps.size(); i++) b.addObjectSymbol(maps.get(i).name(), ".maps", 32 * i, 32);
        }
        for (Prog p : programs) relocate(b, section(p), 0, p.code(), externs);
        int off = 0;
        for (BpfFunction f : text) { relocate(b, ".text", off, f, externs); off += f.slotCount(); }
        for (String e : externs) b.addExternSymbol(e, weak.contains(e));
        if (attach) for (int i = 0; i < programs.size(); i++) b.addRelocation(".struct_ops.link", 8L * i, Elf.R_BPF_64_ABS64, symbol(programs.get(i)));
        b.setLicense("GPL");
        b.setBtf(enc.btf(), enc.btfExt());
        return b.build();
    }

    private static int addType(List<BtfType> t, BtfType type) { t.add(type); return t.size(); }

    /** Every kfunc the programs call or test, as libbpf needs a BTF prototype for each extern. */
    private Set<String> externNames() {
        Set<String> out = new LinkedHashSet<>();
        List<BpfFunction> all = new ArrayList<>(text);
        programs.forEach(p -> all.add(p.code()));
        for (BpfFunction f : all) {
            for (Relocation r : f.relocations()) {
                boolean local = globals.containsKey(r.symbol()) || maps.stream().anyMatch(m -> m.name().equals(r.symbol()))
                        || text.stream().anyMatch(x -> x.name().equals(r.symbol()));
                if (!local && r.kind() != org.schedc.bpf.asm.RelocKind.CALL_SUBPROG) out.add(r.symbol());
            }
        }
        return out;
    }

    /** A prototype shaped like the kernel's (libbpf compares kinds after following pointers; empty structs are fine). */
    private static int externProto(List<BtfType> t, String name) {
        Btf k = Kernels.snapshot72();
        var id = k.find(name, BtfType.Func.class);
        if (id.isEmpty()) return addType(t, new BtfType.FuncProto("", 0, List.of()));
        BtfType.FuncProto kp = (BtfType.FuncProto) k.type(((BtfType.Func) k.type(id.getAsInt())).type());
        List<BtfType.Param> params = new ArrayList<>();
        for (BtfType.Param p : kp.params()) params.add(new BtfType.Param(p.name(), localType(t, k, p.type())));
        return addType(t, new BtfType.FuncProto("", localType(t, k, kp.returnType()), params));
    }

    private static int localType(List<BtfType> t, Btf k, int kernelType) {
        int r = k.resolve(kernelType);
        if (r == 0) return 0;
        return switch (k.type(r)) {
            case BtfType.Ptr p -> {
                int target = k.resolve(p.type());
                BtfType tt = target == 0 ? null : k.type(target);
                int local = tt instanceof BtfType.Struct || tt instanceof BtfType.Union ? structStub(t, tt.name()) : target == 0 ? 0 : 1;
                yield addType(t, new BtfType.Ptr("", local));
            }
            case BtfType.Int i -> i.size() == 8 ? 2 : 1;
            default -> k.sizeOf(r) == 8 ? 2 : 1;
        };
    }

    private static int structStub(List<BtfType> t, String name) {
        for (int i = 0; i < t.size(); i++) if (t.get(i) instanceof BtfType.Struct s && s.name().equals(name) && s.size() == 0) return i + 1;
        return addType(t, new BtfType.Struct(name, 0, List.of()));
    }

    private void relocate(BpfObjectBuilder b, String section, int slotBase, BpfFunction f, Set<String> externs) {
        for (Relocation r : f.relocations()) {
            long at = 8L * (slotBase + r.slot());
            switch (r.kind()) {
                case LD_IMM64 -> {
                    boolean known = globals.containsKey(r.symbol()) || maps.stream().anyMatch(m -> m.name().equals(r.symbol()));
                    if (!known) externs.add(r.symbol());
                    b.addRelocation(section, at, Elf.R_BPF_64_64, r.symbol());
                }
                case CALL_KFUNC -> { externs.add(r.symbol()); b.addRelocation(section, at, Elf.R_BPF_64_32, r.symbol()); }
                case CALL_SUBPROG -> b.addRelocation(section, at, Elf.R_BPF_64_32, r.symbol());
            }
        }
    }

    private static List<BtfExt.LineInfo> lines(BpfFunction f) {
        List<BtfExt.LineInfo> out = new ArrayList<>();
        for (LineEntry l : f.lines()) out.add(new BtfExt.LineInfo(l.slot() * 8, "test.sched", "line " + l.line(), l.line(), l.column()));
        return out;
    }

    private static String section(Prog p) { return (p.sleepable() ? "struct_ops.s/" : "struct_ops/") + p.callback(); }

    private static String symbol(Prog p) { return "test_" + p.callback(); }
}
