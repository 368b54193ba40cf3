package org.schedc.bpf.loader;

import java.util.ArrayList;
import java.util.List;
import org.schedc.bpf.elf.ElfObject;
import org.schedc.bpf.link.LoadedProgram;
import org.schedc.bpf.link.ObjectFormatException;
import org.schedc.bpf.link.ObjectLoader;

/**
 * What loading an object into a given kernel will do, decided without touching the kernel: the maps to create,
 * the struct_ops programs to load (each with its sched_ext_ops member index) and the struct_ops value. Everything
 * wrong with the object for that kernel is found here, before any bpf(2) call.
 */
public record LoadPlan(String objectName, ObjectLoader.Loaded object, List<ObjectLoader.MapDef> maps, List<Program> programs,
        ObjectLoader.StructOpsVar ops, StructOpsValue value, String opsName, String license) {
    /** A program to load: expected_attach_type {@code memberIndex}, BPF_F_SLEEPABLE when {@code sleepable}. */
    public record Program(LoadedProgram linked, String member, int memberIndex) {}

    public static LoadPlan of(String objectName, byte[] bytes, KernelTarget kernel) throws LoadException {
        ObjectLoader.Loaded obj;
        try {
            obj = ObjectLoader.load(bytes);
        } catch (ObjectFormatException e) {
            throw LoadException.input("E0901", objectName + ": " + e.getMessage());
        }
        List<ObjectLoader.StructOpsVar> vars = obj.structOps();
        if (vars.isEmpty()) throw LoadException.input("E0904", objectName + ": no .struct_ops.link variable: not a sched_ext scheduler");
        if (vars.size() > 1) throw LoadException.input("E0904", objectName + ": " + vars.size() + " struct_ops variables; one scheduler per object");
        ObjectLoader.StructOpsVar ops = vars.getFirst();
        if (!ops.link()) {
            throw LoadException.input("E0904", objectName + ": struct_ops variable " + ops.name()
                    + " is in .struct_ops; only .struct_ops.link (registered through a BPF link) is supported");
        }
        StructOpsValue value = StructOpsValue.build(kernel, obj.btf(), ops);
        List<Program> programs = new ArrayList<>();
        for (StructOpsValue.Slot s : value.slots()) {
            LoadedProgram p = obj.programs().stream().filter(x -> x.symbol().equals(s.program())).findFirst()
                    .orElseThrow(() -> LoadException.input("E0904", objectName + ": struct_ops member " + s.member()
                            + " names " + s.program() + ", which is not a struct_ops program of the object"));
            programs.add(new Program(p, s.member(), s.index()));
        }
        return new LoadPlan(objectName, obj, obj.maps(), List.copyOf(programs), ops, value, StructOpsValue.opsName(obj.btf(), ops), license(obj.elf()));
    }

    private static String license(ElfObject elf) {
        return elf.section("license").map(s -> {
            int n = 0;
            while (n < s.data().length && s.data()[n] != 0) n++;
            return new String(s.data(), 0, n, java.nio.charset.StandardCharsets.US_ASCII);
        }).orElse("");
    }
}
