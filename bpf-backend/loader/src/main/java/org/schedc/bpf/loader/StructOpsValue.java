package org.schedc.bpf.loader;

import java.util.ArrayList;
import java.util.List;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.link.ObjectLoader.StructOpsVar;

/**
 * The value written into the struct_ops map, laid out as the kernel's {@code bpf_struct_ops_sched_ext_ops}: the
 * object's data members (name, timeout_ms, flags...) copied to the kernel's offsets of the same names, and one
 * program slot per function-pointer member the object fills (the kernel reads a program fd from that u64).
 * A member the kernel lacks is an error unless the object leaves it zero, as libbpf does.
 */
public record StructOpsValue(String name, byte[] bytes, List<Slot> slots) {
    /** Program {@code program} serves member {@code member} (index {@code index}); its fd goes at {@code offset}. */
    public record Slot(String member, int index, long offset, String program) {}

    public static StructOpsValue build(KernelTarget k, Btf objectBtf, StructOpsVar var) throws LoadException {
        if (!(objectBtf.type(var.typeId()) instanceof BtfType.Struct local) || !local.name().equals(KernelTarget.OPS)) {
            throw LoadException.input("E0904", "struct_ops variable " + var.name() + " is not a struct " + KernelTarget.OPS
                    + ": not a sched_ext scheduler");
        }
        byte[] value = new byte[k.valueSize()];
        List<Slot> slots = new ArrayList<>();
        for (BtfType.Member lm : local.members()) {
            long lOff = lm.bitOffset() / 8;
            long lSize = objectBtf.sizeOf(lm.type());
            int index = k.memberIndex(lm.name());
            String prog = var.programByMember().get(lm.name());
            if (index < 0) {
                if (prog != null || !zero(var.data(), lOff, lSize)) {
                    throw LoadException.input("E0905", "struct_ops " + var.name() + ": member " + lm.name()
                            + " is set but this kernel's sched_ext_ops has no such member");
                }
                continue;
            }
            BtfType.Member km = k.ops().members().get(index);
            long kOff = k.dataOffset() + km.bitOffset() / 8;
            if (isFuncPtr(k.btf(), km.type())) {
                if (prog != null) slots.add(new Slot(lm.name(), index, kOff, prog));
                else if (!zero(var.data(), lOff, lSize)) {
                    throw LoadException.input("E0905", "struct_ops " + var.name() + ": member " + lm.name() + " holds data, not a program");
                }
                continue;
            }
            if (prog != null) {
                throw LoadException.input("E0905", "struct_ops " + var.name() + ": member " + lm.name() + " is not a callback in this kernel");
            }
            long kSize = k.btf().sizeOf(km.type());
            if (kSize != lSize) {
                throw LoadException.input("E0905", "struct_ops " + var.name() + ": member " + lm.name() + " is " + lSize
                        + " bytes in the object but " + kSize + " in this kernel");
            }
            if (lOff + lSize > var.data().length) throw LoadException.input("E0905", "struct_ops " + var.name() + ": data shorter than its type");
            System.arraycopy(var.data(), (int) lOff, value, (int) kOff, (int) lSize);
        }
        return new StructOpsValue(var.name(), value, List.copyOf(slots));
    }

    /** The value with program fds in their slots. */
    public byte[] withFds(java.util.Map<String, Integer> fdByProgram) {
        byte[] out = bytes.clone();
        for (Slot s : slots) {
            long fd = fdByProgram.get(s.program());
            for (int i = 0; i < 8; i++) out[(int) s.offset() + i] = (byte) (fd >>> (8 * i));
        }
        return out;
    }

    /** The scheduler name the object sets (sched_ext_ops.name), as the kernel will report it in root/ops. */
    public static String opsName(Btf objectBtf, StructOpsVar var) {
        if (objectBtf.type(var.typeId()) instanceof BtfType.Struct s) {
            for (BtfType.Member m : s.members()) {
                if (!m.name().equals("name")) continue;
                int off = (int) (m.bitOffset() / 8), end = off;
                while (end < var.data().length && end < off + objectBtf.sizeOf(m.type()) && var.data()[end] != 0) end++;
                return new String(var.data(), off, end - off, java.nio.charset.StandardCharsets.US_ASCII);
            }
        }
        return var.name();
    }

    private static boolean isFuncPtr(Btf btf, int typeId) {
        int r = btf.resolve(typeId);
        if (r == 0 || !(btf.type(r) instanceof BtfType.Ptr p)) return false;
        int t = btf.resolve(p.type());
        return t != 0 && btf.type(t) instanceof BtfType.FuncProto;
    }

    private static boolean zero(byte[] d, long off, long size) {
        for (long i = off; i < off + size && i < d.length; i++) if (d[(int) i] != 0) return false;
        return true;
    }
}
