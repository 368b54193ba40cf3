package org.schedc.bpf.loader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfFormatException;
import org.schedc.bpf.btf.BtfReader;
import org.schedc.bpf.btf.BtfType;

/**
 * The kernel facts a sched_ext load needs, from the kernel's BTF: {@code struct sched_ext_ops} (programs attach to
 * it by member index) and the struct_ops map value type {@code struct bpf_struct_ops_sched_ext_ops}, whose
 * {@code data} member holds the ops (the kernel names it "bpf_struct_ops_" + the struct's name).
 */
public record KernelTarget(Btf btf, int opsTypeId, BtfType.Struct ops, int valueTypeId, int valueSize, long dataOffset) {
    public static final Path VMLINUX = Path.of("/sys/kernel/btf/vmlinux");
    static final String OPS = "sched_ext_ops", VALUE = "bpf_struct_ops_sched_ext_ops";

    /** The running kernel ({@code /sys/kernel/btf/vmlinux}). */
    public static KernelTarget running() throws LoadException {
        return of(VMLINUX);
    }

    public static KernelTarget of(Path btfFile) throws LoadException {
        Btf btf;
        try {
            btf = BtfReader.readFileLazy(btfFile); // a load touches a few hundred of its 100k+ types
        } catch (IOException e) {
            throw LoadException.io("E0902", "cannot read the kernel's BTF " + btfFile + ": " + e.getMessage()
                    + " (a kernel with CONFIG_DEBUG_INFO_BTF is needed)");
        } catch (BtfFormatException e) {
            throw LoadException.io("E0902", "bad kernel BTF " + btfFile + ": " + e.getMessage());
        }
        return of(btf, btfFile.toString());
    }

    static KernelTarget of(Btf btf, String where) throws LoadException {
        var ops = btf.find(OPS, BtfType.Struct.class);
        var value = btf.find(VALUE, BtfType.Struct.class);
        if (ops.isEmpty() || value.isEmpty()) {
            throw LoadException.io("E0903", "the kernel has no sched_ext (no struct " + (ops.isEmpty() ? OPS : VALUE) + " in " + where + ")");
        }
        BtfType.Struct v = (BtfType.Struct) btf.type(value.getAsInt());
        long data = -1;
        for (BtfType.Member m : v.members()) if (m.name().equals("data")) data = m.bitOffset() / 8;
        if (data < 0) throw LoadException.io("E0903", "struct " + VALUE + " in " + where + " has no 'data' member");
        return new KernelTarget(btf, ops.getAsInt(), (BtfType.Struct) btf.type(ops.getAsInt()), value.getAsInt(), v.size(), data);
    }

    /** Index of member {@code name} in {@code struct sched_ext_ops} (a program's expected_attach_type), -1 if none. */
    public int memberIndex(String name) {
        List<BtfType.Member> ms = ops.members();
        for (int i = 0; i < ms.size(); i++) if (ms.get(i).name().equals(name)) return i;
        return -1;
    }
}
