package org.schedc.bpf.loader;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.TreeMap;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;
import org.schedc.bpf.link.CoreRelocator;
import org.schedc.bpf.link.Externs;
import org.schedc.bpf.link.LoadedProgram;
import org.schedc.bpf.link.SlotReloc;

/**
 * Turns a linked program into the bytes BPF_PROG_LOAD takes, as libbpf does: CO-RE relocations against the
 * kernel's BTF ({@link CoreRelocator}, shared with verifier-sim), then every relocated slot: map references to
 * BPF_PSEUDO_MAP_FD / BPF_PSEUDO_MAP_VALUE with the map's fd, kfunc calls to BPF_PSEUDO_KFUNC_CALL with the
 * kernel's FUNC id, ksyms to BPF_PSEUDO_BTF_ID, subprogram calls and callbacks to pc-relative offsets. A weak
 * extern the kernel lacks becomes 0 (ksym) or a poisoned call (kfunc), which the verifier only rejects if reached.
 */
public final class ProgramPatcher {
    static final int PSEUDO_MAP_FD = 1, PSEUDO_MAP_VALUE = 2, PSEUDO_BTF_ID = 3, PSEUDO_FUNC = 4;
    static final int PSEUDO_CALL = 1, PSEUDO_KFUNC_CALL = 2;

    /** Final instructions plus func_info (8-byte records) and line_info (16-byte records) in combined slots. */
    public record Patched(Insn[] insns, byte[] funcInfo, byte[] lineInfo) {
        public byte[] insnBytes() {
            byte[] out = new byte[insns.length * Insn.SIZE];
            for (int i = 0; i < insns.length; i++) insns[i].encode(out, i * Insn.SIZE);
            return out;
        }
    }

    private ProgramPatcher() {}

    /** {@code mapFds}: fd by map name ({@code MapRef.name()}: the BTF map's name or the data section's). */
    public static Patched patch(LoadedProgram prog, Btf kernel, Map<String, Integer> mapFds, BtfSanitizer btf) throws LoadException {
        LoadedProgram p = CoreRelocator.apply(prog, kernel);
        Insn[] in = p.insns().clone();
        for (var e : new TreeMap<>(p.relocs()).entrySet()) {
            int pc = e.getKey();
            Insn i = in[pc];
            switch (e.getValue()) {
                case SlotReloc.LoadMap m -> ldImm64(in, pc, PSEUDO_MAP_FD, fd(mapFds, m.map().name(), prog), 0);
                case SlotReloc.LoadData d -> ldImm64(in, pc, PSEUDO_MAP_VALUE, fd(mapFds, d.map().name(), prog), (int) d.offset());
                case SlotReloc.LoadKsym k -> {
                    var id = prog.objectBtf().find(k.name(), BtfType.Func.class).isPresent()
                            ? Externs.kernelFunc(k.name(), prog.objectBtf(), kernel) : Externs.kernelVar(k.name(), kernel);
                    if (id.isPresent()) ldImm64(in, pc, PSEUDO_BTF_ID, id.getAsInt(), 0);
                    else if (k.weak()) ldImm64(in, pc, 0, 0, 0);
                    else throw unresolved(prog, k.name(), "ksym");
                }
                case SlotReloc.CallKfunc k -> {
                    var id = Externs.kernelFunc(k.name(), prog.objectBtf(), kernel);
                    if (id.isPresent()) in[pc] = new Insn(i.opcode(), 0, PSEUDO_KFUNC_CALL, 0, id.getAsInt());
                    else if (k.weak()) in[pc] = new Insn(Opcodes.BPF_JMP | Opcodes.BPF_CALL, 0, 0, 0, CoreRelocator.POISON_HELPER);
                    else throw unresolved(prog, k.name(), "kfunc");
                }
                case SlotReloc.CallSubprog c -> in[pc] = new Insn(i.opcode(), 0, PSEUDO_CALL, 0, c.target() - pc - 1);
                case SlotReloc.LoadFunc f -> ldImm64(in, pc, PSEUDO_FUNC, f.target() - pc - 1, 0);
                case SlotReloc.Unmodelled u -> throw LoadException.input("E0906", "program " + prog.symbol() + ": instruction " + pc
                        + " uses " + u.what() + ", which this loader does not support");
            }
        }
        return new Patched(in, funcInfo(p), lineInfo(p, btf));
    }

    private static void ldImm64(Insn[] in, int pc, int src, int lo, int hi) {
        Insn i = in[pc];
        in[pc] = new Insn(i.opcode(), i.dst(), src, 0, lo);
        in[pc + 1] = new Insn(0, 0, 0, 0, hi);
    }

    private static int fd(Map<String, Integer> fds, String map, LoadedProgram p) throws LoadException {
        Integer fd = fds.get(map);
        if (fd == null) throw LoadException.input("E0906", "program " + p.symbol() + " refers to map " + map + ", which the object does not define");
        return fd;
    }

    private static LoadException unresolved(LoadedProgram p, String name, String what) {
        return LoadException.input("E0907", "program " + p.symbol() + ": " + what + " " + name
                + " does not exist in the running kernel (or its prototype differs) and is not weak");
    }

    private static byte[] funcInfo(LoadedProgram p) {
        ByteBuffer b = ByteBuffer.allocate(p.funcs().size() * 8).order(ByteOrder.LITTLE_ENDIAN);
        p.funcs().stream().sorted(java.util.Comparator.comparingInt(LoadedProgram.Func::slot)).forEach(f -> b.putInt(f.slot()).putInt(f.typeId()));
        return b.array();
    }

    /** One record per slot (the kernel wants strictly increasing insn_off), the first entry for a slot wins. */
    private static byte[] lineInfo(LoadedProgram p, BtfSanitizer btf) {
        TreeMap<Integer, LoadedProgram.Line> bySlot = new TreeMap<>();
        for (LoadedProgram.Line l : p.lines()) bySlot.putIfAbsent(l.slot(), l);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        for (LoadedProgram.Line l : bySlot.values()) {
            b.clear();
            b.putInt(l.slot()).putInt(btf.stringOffset(l.location().file())).putInt(btf.stringOffset(l.location().lineText()))
                    .putInt(l.location().line() << 10 | Math.min(1023, l.location().column()));
            out.writeBytes(b.array());
        }
        return out.toByteArray();
    }
}
