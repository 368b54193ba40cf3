package org.schedc.bpf.link;

import java.util.OptionalInt;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;

/** How libbpf resolves an object's extern kfuncs and ksyms against the kernel's BTF (one rule for model and loader). */
public final class Externs {
    private Externs() {}

    /** The kernel name an extern looks for: libbpf drops a "___flavor" suffix at the LAST "___" ("f___a___b" → "f___a"). */
    public static String essentialName(String objectName) {
        int flavor = objectName.lastIndexOf("___");
        return flavor > 0 ? objectName.substring(0, flavor) : objectName;
    }

    /**
     * The kernel FUNC id an extern kfunc resolves to: same essential name, a FUNC_PROTO type and, when the object's
     * BTF declares the extern, a compatible prototype ({@link KfuncProtoCompat}); empty when unresolved.
     */
    public static OptionalInt kernelFunc(String objectName, Btf objectBtf, Btf kernel) {
        var id = kernel.find(essentialName(objectName), BtfType.Func.class);
        if (id.isEmpty() || !(kernel.type(((BtfType.Func) kernel.type(id.getAsInt())).type()) instanceof BtfType.FuncProto)) return OptionalInt.empty();
        if (objectBtf != null) {
            var local = objectBtf.find(objectName, BtfType.Func.class);
            if (local.isPresent() && !KfuncProtoCompat.compatible(objectBtf, local.getAsInt(), kernel, id.getAsInt())) return OptionalInt.empty();
        }
        return id;
    }

    /** The kernel VAR id of a typed or typeless ksym ({@code extern const struct rq runqueues __ksym}); empty when absent. */
    public static OptionalInt kernelVar(String objectName, Btf kernel) {
        return kernel.find(essentialName(objectName), BtfType.Var.class);
    }
}
