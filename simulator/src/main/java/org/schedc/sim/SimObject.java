package org.schedc.sim;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfReader;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.elf.ElfObject;
import org.schedc.bpf.elf.ElfReader;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.link.CoreRelocator;
import org.schedc.bpf.link.LoadedProgram;
import org.schedc.bpf.link.MapRef;
import org.schedc.bpf.link.ObjectFormatException;
import org.schedc.bpf.link.ObjectLoader;
import org.schedc.bpf.link.SlotReloc;

/**
 * A sched_ext object loaded for simulation: verifier-sim's {@link ObjectLoader} links the programs as libbpf does and
 * {@link CoreRelocator} patches them against the kernel BTF; here every relocated slot is resolved to concrete values
 * (map handles, global data addresses, kfunc names) and the {@code sched_ext_ops} settings are read.
 */
final class SimObject {
    final Map<String, SimProgram> callbacks = new LinkedHashMap<>();
    final Map<String, SimMap> maps = new LinkedHashMap<>();
    final Map<Long, SimMap> byHandle = new LinkedHashMap<>();
    String opsName = "";
    long timeoutMs;

    static SimObject load(byte[] bytes, Btf kernel, Memory mem, int cpus) throws ObjectFormatException {
        ObjectLoader.Loaded loaded;
        ElfObject elf;
        Btf btf;
        try {
            loaded = ObjectLoader.load(bytes);
            elf = ElfReader.read(bytes);
            btf = BtfReader.read(elf.section(".BTF").orElseThrow().data());
        } catch (ObjectFormatException e) {
            throw e;
        } catch (Exception e) {
            throw new ObjectFormatException("malformed object: " + e.getMessage(), e);
        }
        SimObject o = new SimObject();
        o.readOps(elf, btf);
        for (LoadedProgram raw : loaded.programs()) {
            if (raw.callback() == null) continue; // a struct_ops program no ops member names never runs
            LoadedProgram p = CoreRelocator.apply(raw, kernel);
            o.callbacks.put(p.callback(), o.resolve(p, elf, mem, cpus));
        }
        if (o.callbacks.isEmpty()) throw new ObjectFormatException("no sched_ext_ops callback program in the object");
        return o;
    }

    private SimProgram resolve(LoadedProgram p, ElfObject elf, Memory mem, int cpus) {
        Insn[] code = p.insns();
        long[] imm = new long[code.length];
        int[] calls = new int[code.length];
        String[] kfuncs = new String[code.length];
        java.util.Arrays.fill(calls, -1);
        for (int pc = 0; pc < code.length; pc++) {
            Insn in = code[pc];
            if (in.isLdImm64() && pc + 1 < code.length) imm[pc] = (in.imm() & 0xffff_ffffL) | (long) code[pc + 1].imm() << 32;
            SlotReloc r = p.relocs().get(pc);
            if (r == null) continue;
            switch (r) {
                case SlotReloc.LoadMap m -> imm[pc] = map(m.map(), elf, mem, cpus).handle;
                case SlotReloc.LoadData d -> imm[pc] = map(d.map(), elf, mem, cpus).dataBase() + d.offset();
                case SlotReloc.LoadKsym k -> imm[pc] = 0; // kfunc-existence tests: present kfuncs are called, below
                case SlotReloc.CallKfunc k -> kfuncs[pc] = flavourless(k.name());
                case SlotReloc.CallSubprog s -> calls[pc] = s.target();
                case SlotReloc.LoadFunc f -> imm[pc] = 0;
                case SlotReloc.Unmodelled u -> kfuncs[pc] = "<" + u.what() + ">";
            }
        }
        return new SimProgram(p.symbol(), p.callback(), code, imm, calls, kfuncs);
    }

    static String flavourless(String name) {
        int i = name.indexOf("___");
        return i > 0 ? name.substring(0, i) : name;
    }

    private SimMap map(MapRef ref, ElfObject elf, Memory mem, int cpus) {
        SimMap m = maps.get(ref.name());
        if (m != null) return m;
        if (ref.kind() == MapRef.Kind.GLOBAL_DATA) {
            byte[] init = elf.section(ref.name()).map(ElfObject.Section::data).orElse(null);
            if (ref.name().startsWith(".bss")) init = null;
            m = SimMap.globalData(mem, ref.name(), init, ref.valueSize(), ref.readOnly());
        } else {
            m = new SimMap(mem, ref.name(), ref.type(), ref.keySize(), ref.valueSize(), ref.maxEntries(), cpus);
        }
        maps.put(ref.name(), m);
        byHandle.put(m.handle, m);
        return m;
    }

    /** The ops name and watchdog timeout from the {@code sched_ext_ops} value in {@code .struct_ops[.link]}. */
    private void readOps(ElfObject elf, Btf btf) {
        for (String secName : new String[] {".struct_ops.link", ".struct_ops"}) {
            var sec = elf.section(secName);
            if (sec.isEmpty()) continue;
            for (BtfType t : btf.types()) {
                if (!(t instanceof BtfType.Datasec ds) || !ds.name().equals(secName)) continue;
                for (BtfType.SecVar sv : ds.vars()) {
                    if (!(btf.type(sv.type()) instanceof BtfType.Var v) || !(btf.type(btf.resolve(v.type())) instanceof BtfType.Struct st)) continue;
                    byte[] d = sec.get().data();
                    for (BtfType.Member mb : st.members()) {
                        int at = sv.offset() + (int) (mb.bitOffset() / 8);
                        if (mb.name().equals("timeout_ms") && at + 4 <= d.length) {
                            timeoutMs = (d[at] & 0xffL) | (d[at + 1] & 0xffL) << 8 | (d[at + 2] & 0xffL) << 16 | (d[at + 3] & 0xffL) << 24;
                        }
                        if (mb.name().equals("name") && at < d.length) {
                            int end = at;
                            while (end < d.length && end < at + 128 && d[end] != 0) end++;
                            opsName = new String(d, at, end - at, StandardCharsets.UTF_8);
                        }
                    }
                    return;
                }
            }
        }
    }
}
