package org.schedc.bpf.link;

import java.util.List;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

/**
 * Applies a program's CO-RE relocations against the kernel BTF as libbpf does before loading: field offsets/sizes,
 * existence tests, type and enum value queries. A relocation that cannot be resolved poisons its instruction
 * (libbpf's "call 0xbad2310"), which the verifier rejects only if a path reaches it.
 */
public final class CoreRelocator {
    public static final int POISON_HELPER = 0xbad2310;

    private final Btf local;
    private final Btf target;

    private CoreRelocator(Btf local, Btf target) {
        this.local = local;
        this.target = target;
    }

    public static LoadedProgram apply(LoadedProgram prog, Btf kernel) {
        if (prog.coreRelos().isEmpty()) return prog;
        Insn[] insns = prog.insns().clone();
        CoreRelocator r = new CoreRelocator(prog.objectBtf(), kernel);
        for (LoadedProgram.CoreRelo c : prog.coreRelos()) r.patch(insns, c);
        return prog.withInsns(insns);
    }

    /** Field location in the target kernel: byte offset and size, or null when the field does not exist. */
    private record Field(long offset, long size, boolean signed, long localSize) {}

    private void patch(Insn[] insns, LoadedProgram.CoreRelo c) {
        Long value;
        Field field = null;
        try {
            switch (c.kind()) {
                case 0, 1, 2, 3 -> {
                    field = resolveField(c.rootTypeId(), c.access());
                    value = switch (c.kind()) {
                        case 0 -> field == null ? null : field.offset();
                        case 1 -> field == null ? null : field.size();
                        case 2 -> field == null ? 0L : 1L;
                        default -> field == null ? null : (field.signed() ? 1L : 0L);
                    };
                }
                case 6 -> value = (long) c.rootTypeId();
                case 7, 8, 9, 12 -> {
                    int t = targetType(c.rootTypeId());
                    value = switch (c.kind()) {
                        case 7 -> t == 0 ? null : (long) t;
                        case 8, 12 -> t == 0 ? 0L : 1L;
                        default -> t == 0 ? null : target.sizeOf(t);
                    };
                }
                case 10, 11 -> {
                    Long v = enumValue(c.rootTypeId(), c.access());
                    value = c.kind() == 10 ? (Long) (v == null ? 0L : 1L) : v;
                }
                default -> value = null; // bitfield shifts and unknown kinds: not modelled, poison
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            value = null;
        }
        int slot = c.slot();
        if (slot < 0 || slot >= insns.length) return;
        Insn old = insns[slot];
        if (value == null) {
            insns[slot] = new Insn(Opcodes.BPF_JMP | Opcodes.BPF_CALL, 0, 0, 0, POISON_HELPER);
            return;
        }
        int cls = Opcodes.cls(old.opcode());
        long v = value;
        switch (cls) {
            case Opcodes.BPF_LDX, Opcodes.BPF_ST, Opcodes.BPF_STX -> {
                int opcode = old.opcode();
                // libbpf resizes the access only when the field's size differs between the object's and the kernel's
                // BTF (an access of another size to a same-sized field, e.g. 4 bytes of a char array, stays as is)
                if (c.kind() == 0 && field != null && field.size() != field.localSize() && field.size() != Opcodes.sizeBytes(opcode) && (field.size() == 1 || field.size() == 2
                        || field.size() == 4 || field.size() == 8)) {
                    int sz = switch ((int) field.size()) { case 1 -> Opcodes.BPF_B; case 2 -> Opcodes.BPF_H; case 4 -> Opcodes.BPF_W; default -> Opcodes.BPF_DW; };
                    opcode = (opcode & ~0x18) | sz;
                }
                if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) insns[slot] = new Insn(opcode, old.dst(), old.src(), (int) v, old.imm());
                else insns[slot] = new Insn(Opcodes.BPF_JMP | Opcodes.BPF_CALL, 0, 0, 0, POISON_HELPER);
            }
            case Opcodes.BPF_LD -> {
                insns[slot] = new Insn(old.opcode(), old.dst(), old.src(), old.off(), (int) v);
                if (slot + 1 < insns.length) insns[slot + 1] = new Insn(0, 0, 0, 0, (int) (v >>> 32));
            }
            default -> insns[slot] = new Insn(old.opcode(), old.dst(), old.src(), old.off(), (int) v);
        }
    }

    private static String essential(String name) {
        int i = name.indexOf("___");
        return i > 0 ? name.substring(0, i) : name;
    }

    private int targetType(int localId) {
        int r = local.resolve(localId);
        BtfType lt = local.type(r);
        String name = essential(lt.name());
        if (name.isEmpty()) return 0;
        return target.find(name, lt.getClass()).orElse(0); // the first of that kind and name, by the name index
    }

    private Field resolveField(int rootLocal, String access) {
        String[] parts = access.split(":");
        int lt = local.resolve(rootLocal);
        int tt = targetType(rootLocal);
        if (tt == 0) return null;
        tt = target.resolve(tt);
        long offset = Long.parseLong(parts[0]) * target.sizeOf(tt);
        for (int i = 1; i < parts.length; i++) {
            int idx = Integer.parseInt(parts[i]);
            BtfType l = local.type(lt);
            if (l instanceof BtfType.Array la) {
                if (!(target.type(tt) instanceof BtfType.Array ta)) return null;
                lt = local.resolve(la.elemType());
                tt = target.resolve(ta.elemType());
                offset += idx * target.sizeOf(tt);
                continue;
            }
            List<BtfType.Member> lm = members(local, lt);
            if (lm == null || idx >= lm.size()) return null;
            BtfType.Member m = lm.get(idx);
            lt = local.resolve(m.type());
            if (m.name().isEmpty()) continue; // anonymous member: the named lookup below searches through it
            long[] found = new long[2];
            if (!findMember(tt, m.name(), 0, found, 0)) return null;
            offset += found[0] / 8;
            tt = target.resolve((int) found[1]);
        }
        return new Field(offset, target.sizeOf(tt), BtfShapes.signed(target.type(tt)), local.sizeOf(lt));
    }

    private static List<BtfType.Member> members(Btf btf, int id) { return BtfShapes.members(btf.type(id)); }

    /** Finds member {@code name} in {@code typeId}, descending into anonymous members; out = {bit offset, type id}. */
    private boolean findMember(int typeId, String name, long base, long[] out, int depth) {
        List<BtfType.Member> ms = members(target, typeId);
        if (ms == null || depth > 16) return false;
        for (BtfType.Member m : ms) {
            if (m.name().equals(name)) { out[0] = base + m.bitOffset(); out[1] = m.type(); return true; }
        }
        for (BtfType.Member m : ms) {
            if (m.name().isEmpty() && findMember(target.resolve(m.type()), name, base + m.bitOffset(), out, depth + 1)) return true;
        }
        return false;
    }

    private Long enumValue(int rootLocal, String access) {
        int lt = local.resolve(rootLocal);
        int idx = Integer.parseInt(access.split(":")[0]);
        List<BtfType.EnumValue> lv = BtfShapes.enumValues(local.type(lt));
        if (lv == null || idx >= lv.size()) return null;
        String valueName = lv.get(idx).name();
        int tt = targetType(rootLocal);
        if (tt == 0) return null;
        List<BtfType.EnumValue> tv = BtfShapes.enumValues(target.type(target.resolve(tt)));
        if (tv == null) return null;
        for (BtfType.EnumValue v : tv) if (v.name().equals(valueName)) return v.value();
        return null;
    }
}
