package org.schedc.object;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.schedc.bpf.asm.BpfFunction;
import org.schedc.bpf.asm.CoreRelocation;
import org.schedc.bpf.asm.LineEntry;
import org.schedc.bpf.asm.Relocation;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfEncoder;
import org.schedc.bpf.btf.BtfExt;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.elf.BpfObjectBuilder;
import org.schedc.codegen.CodeGenerator;
import org.schedc.codegen.KsymNames;
import org.schedc.ir.Ir;
import org.schedc.kabi.Kabi;
import org.schedc.lower.Lowering;
import org.schedc.sema.CheckedPolicy;
import org.schedc.sema.Symbols.GlobalInfo;

/** Turns lowered programs into a sched_ext BPF ELF object: code, BTF, BTF.ext and the ops variable. */
public final class ObjectAssembler {
    private static final int R_BPF_64_64 = 1, R_BPF_64_ABS64 = 2, R_BPF_64_32 = 10;
    private static final int OPS_NAME_LEN = 128;

    /** The finished object and its programs (for disassembly and tests). */
    public record Output(byte[] elf, List<ProgramCode> programs) {}

    public record ProgramCode(String callback, String section, boolean returnsValue, BpfFunction code) {}

    private final CheckedPolicy policy;
    private final Kabi kabi;
    private final TypeTable table = new TypeTable();

    public ObjectAssembler(CheckedPolicy policy) {
        this.policy = policy;
        this.kabi = policy.primary();
    }

    private List<org.schedc.diag.SourceFile> files = List.of();

    public Output assemble(Lowering.Result lowered) throws CodeGenerator.StackOverflow {
        files = lowered.files();
        // Every kernel field access must be known before local CO-RE types are laid out.
        CoreTypes core = new CoreTypes(table, kabi);
        for (Lowering.Program p : lowered.programs()) {
            for (Ir.Block b : p.function().blocks) for (Ir.Inst i : b.insts) {
                if (i instanceof Ir.Inst.LoadField lf) core.use(lf.field());
                if (i instanceof Ir.Inst.StoreField sf) core.use(sf.field());
                if (i instanceof Ir.Inst.Const c && c.enumerator() != null) core.useEnum(c.enumerator());
            }
        }
        core.freeze();
        List<ProgramCode> programs = new ArrayList<>();
        for (Lowering.Program p : lowered.programs()) {
            String section = (p.sleepable() ? "struct_ops.s/" : "struct_ops/") + p.callback();
            programs.add(new ProgramCode(p.callback(), section, p.returnsValue(), new CodeGenerator(p.function(), core).generate(symbolOf(p.callback()))));
        }
        return new Output(link(programs, lowered.strings(), lowered.stringsOffset()), programs);
    }

    private String symbolOf(String callback) { return policy.name() + "_" + callback; }

    private byte[] link(List<ProgramCode> programs, byte[] strings, int stringsOffset) {
        BpfObjectBuilder elf = new BpfObjectBuilder();
        int intId = table.intType("int", 4, true);
        int u64Id = table.add(new BtfType.Int("unsigned long long", 8, 0, 0, 64));
        int ctxPtr = table.add(new BtfType.Ptr("", u64Id));

        // Programs: global FUNCs taking the u64 argument array, as the kernel's struct_ops trampoline passes it.
        Map<String, Integer> funcIds = new LinkedHashMap<>();
        Set<String> kfuncs = new LinkedHashSet<>();
        Set<String> existenceTested = new LinkedHashSet<>();
        for (ProgramCode p : programs) {
            int proto = table.add(new BtfType.FuncProto("", p.returnsValue() ? intId : 0, List.of(new BtfType.Param("ctx", ctxPtr))));
            funcIds.put(p.section(), table.addUnique(new BtfType.Func(p.code().name(), proto, 1)));
            elf.addProgram(p.section(), p.code().name(), p.code().code());
            for (Relocation r : p.code().relocations()) {
                long offset = (long) r.slot() * 8;
                switch (r.kind()) {
                    case CALL_KFUNC -> {
                        kfuncs.add(r.symbol());
                        elf.addRelocation(p.section(), offset, R_BPF_64_32, r.symbol());
                    }
                    case LD_IMM64 -> {
                        existenceTested.add(r.symbol()); // a kfunc's address loaded: its existence is tested
                        elf.addRelocation(p.section(), offset, R_BPF_64_64, r.symbol());
                    }
                    case CALL_SUBPROG -> throw new IllegalStateException("subprogram calls are not generated");
                }
            }
        }

        // kfunc externs: prototypes copied from the kernel (structs emptied), listed in DATASEC .ksyms.
        List<BtfType.SecVar> ksyms = new ArrayList<>();
        Map<Kabi, Map<Integer, Integer>> memo = new HashMap<>();
        for (String k : kfuncs) {
            // A variant some target lacks may be absent: weak, so libbpf loads the object and writes 0 for it.
            // Its prototype comes from a target that has it.
            String kernelName = KsymNames.kernelName(k);
            Kabi owner = policy.targets().stream().filter(t -> t.kfunc(kernelName).isPresent()).findFirst().orElseThrow();
            int localProto = table.importShallow(owner.btf(), owner.kfunc(kernelName).getAsInt(), memo.computeIfAbsent(owner, x -> new HashMap<>()));
            int func = table.addUnique(new BtfType.Func(k, localProto, 2));
            ksyms.add(new BtfType.SecVar(func, 0, 0));
            elf.addExternSymbol(k, existenceTested.contains(k));
        }

        // Globals in .bss/.data; error() strings follow the .data globals (see Lowering.Result).
        List<BtfType.SecVar> bss = new ArrayList<>(), data = new ArrayList<>();
        int bssSize = 0, dataSize = 0;
        PolicyMaps maps = new PolicyMaps(table, intId);
        for (GlobalInfo g : policy.globals()) {
            int type = maps.valueType(g.type());
            int var = table.addUnique(new BtfType.Var(g.name(), type, 1));
            BtfType.SecVar sv = new BtfType.SecVar(var, g.offset(), g.size());
            if (g.section().equals(".bss")) { bss.add(sv); bssSize = Math.max(bssSize, g.offset() + g.size()); }
            else { data.add(sv); dataSize = Math.max(dataSize, g.offset() + g.size()); }
        }
        if (bssSize > 0) {
            elf.addBss(bssSize);
            for (GlobalInfo g : policy.globals()) if (g.section().equals(".bss")) elf.addObjectSymbol(g.name(), ".bss", g.offset(), g.size());
        }
        int stringsVar = 0;
        if (strings.length > 0) {
            int charId = table.add(new BtfType.Int("char", 1, 2, 0, 8));
            int arr = table.add(new BtfType.Array("", charId, intId, strings.length));
            stringsVar = table.addUnique(new BtfType.Var("__schedc_strings", arr, 0));
            data.add(new BtfType.SecVar(stringsVar, stringsOffset, strings.length));
            dataSize = stringsOffset + strings.length;
        }
        if (dataSize > 0) {
            ByteBuffer buf = ByteBuffer.allocate(dataSize).order(ByteOrder.LITTLE_ENDIAN);
            if (strings.length > 0) buf.put(stringsOffset, strings);
            for (GlobalInfo g : policy.globals()) {
                if (!g.section().equals(".data")) continue;
                long v = g.init().longValue();
                for (int i = 0; i < g.size(); i++) buf.put(g.offset() + i, (byte) (v >>> (8 * i)));
            }
            elf.addData(".data", buf.array());
            for (GlobalInfo g : policy.globals()) if (g.section().equals(".data")) elf.addObjectSymbol(g.name(), ".data", g.offset(), g.size());
        }
        // The ops variable: a local sched_ext_ops with just the members we set, at the primary kernel's offsets.
        String opsVar = policy.name();
        OptionalInt kernelOps = kabi.struct("sched_ext_ops");
        int opsSize = (int) kabi.btf().sizeOf(kernelOps.orElseThrow());
        ByteBuffer ops = ByteBuffer.allocate(opsSize).order(ByteOrder.LITTLE_ENDIAN);
        TreeMap<Long, BtfType.Member> members = new TreeMap<>();
        int voidProto = table.add(new BtfType.FuncProto("", 0, List.of()));
        int fnPtr = table.add(new BtfType.Ptr("", voidProto));
        List<Object[]> opsRelocs = new ArrayList<>();
        for (ProgramCode p : programs) {
            Kabi.FieldInfo m = kabi.member(kernelOps.getAsInt(), p.callback()).orElseThrow().getLast();
            members.put(m.byteOffset() * 8, new BtfType.Member(p.callback(), fnPtr, (int) (m.byteOffset() * 8), 0));
            opsRelocs.add(new Object[] {m.byteOffset(), p.code().name()});
        }
        dataMember(members, ops, kernelOps.getAsInt(), "name", name -> {
            byte[] bytes = policy.name().getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < Math.min(bytes.length, OPS_NAME_LEN - 1); i++) ops.put((int) (name + i), bytes[i]);
        }, table.add(new BtfType.Array("", table.add(new BtfType.Int("char", 1, 2, 0, 8)), intId, OPS_NAME_LEN)));
        if (policy.timeoutMs() > 0) {
            dataMember(members, ops, kernelOps.getAsInt(), "timeout_ms", off -> ops.putInt((int) (long) off, (int) policy.timeoutMs()),
                    table.add(new BtfType.Int("unsigned int", 4, 0, 0, 32)));
        }
        if (policy.opsFlags() != 0) {
            dataMember(members, ops, kernelOps.getAsInt(), "flags", off -> ops.putLong((int) (long) off, policy.opsFlags()), u64Id);
        }
        int opsStruct = table.addUnique(new BtfType.Struct("sched_ext_ops", opsSize, List.copyOf(members.values())));
        int opsVarId = table.addUnique(new BtfType.Var(opsVar, opsStruct, 1));
        elf.addData(".struct_ops.link", ops.array());
        elf.addObjectSymbol(opsVar, ".struct_ops.link", 0, opsSize);
        for (Object[] r : opsRelocs) elf.addRelocation(".struct_ops.link", (Long) r[0], R_BPF_64_ABS64, (String) r[1]);

        List<BtfType.SecVar> mapVars = maps.write(policy, elf);

        // DATASECs last: they refer to the variables above. Exact sizes and offsets, as the static linker writes them.
        if (!mapVars.isEmpty()) table.addUnique(new BtfType.Datasec(".maps", maps.sectionSize(), mapVars));
        table.addUnique(new BtfType.Datasec(".struct_ops.link", opsSize, List.of(new BtfType.SecVar(opsVarId, 0, opsSize))));
        if (!ksyms.isEmpty()) table.addUnique(new BtfType.Datasec(".ksyms", 0, ksyms));
        if (bssSize > 0) table.addUnique(new BtfType.Datasec(".bss", bssSize, bss));
        if (dataSize > 0) table.addUnique(new BtfType.Datasec(".data", dataSize, data));

        Btf btf = table.build();
        BtfEncoder.Encoded encoded = BtfEncoder.encode(btf, btfExt(programs, funcIds));
        elf.setBtf(encoded.btf(), encoded.btfExt());
        elf.setLicense("GPL");
        return elf.build();
    }

    private void dataMember(TreeMap<Long, BtfType.Member> members, ByteBuffer ops, int opsId, String name,
                            java.util.function.LongConsumer write, int type) {
        Kabi.FieldInfo m = kabi.member(opsId, name).orElseThrow(() -> new IllegalStateException("sched_ext_ops has no " + name)).getLast();
        members.put(m.byteOffset() * 8, new BtfType.Member(name, type, (int) (m.byteOffset() * 8), 0));
        write.accept(m.byteOffset());
    }

    private BtfExt btfExt(List<ProgramCode> programs, Map<String, Integer> funcIds) {
        Map<String, List<BtfExt.FuncInfo>> funcInfo = new LinkedHashMap<>();
        Map<String, List<BtfExt.LineInfo>> lineInfo = new LinkedHashMap<>();
        Map<String, List<BtfExt.CoreRelo>> coreRelos = new LinkedHashMap<>();
        for (ProgramCode p : programs) {
            funcInfo.put(p.section(), List.of(new BtfExt.FuncInfo(0, funcIds.get(p.section()))));
            List<BtfExt.LineInfo> lines = new ArrayList<>();
            List<LineEntry> entries = new ArrayList<>(p.code().lines());
            // The kernel wants the first instruction of every function covered by line info.
            if (entries.isEmpty() || entries.getFirst().slot() != 0) entries.addFirst(new LineEntry(0, handlerLine(p.callback()), 1));
            for (LineEntry e : entries) {
                // Line numbers carry their file (code inlined from a module points at the module).
                org.schedc.diag.SourceFile file = files.get(e.line() / Lowering.LINE_FILE_STRIDE);
                int line = Lowering.Result.lineOf(e.line());
                lines.add(new BtfExt.LineInfo(e.slot() * 8, file.path(), file.lineText(line), line, Math.min(e.column(), 1023)));
            }
            lineInfo.put(p.section(), lines);
            List<BtfExt.CoreRelo> relos = new ArrayList<>();
            for (CoreRelocation c : p.code().coreRelocations()) {
                relos.add(new BtfExt.CoreRelo(c.slot() * 8, c.rootTypeId(), c.accessString(), c.kind().code()));
            }
            if (!relos.isEmpty()) coreRelos.put(p.section(), relos);
        }
        return new BtfExt(funcInfo, lineInfo, coreRelos);
    }

    private int handlerLine(String callback) {
        return policy.handlers().stream().filter(h -> h.callback().equals(callback)).findFirst()
                .map(h -> h.decl().span().line())
                // The generated init creates the queues: point it at the first queue declaration.
                .orElse(policy.queues().isEmpty() ? 1 : policy.queues().getFirst().declared().line());
    }
}
