package org.schedc.bpf.link;

import java.util.ArrayList;
import java.util.List;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;

/**
 * Kernel-object pointers stored in map values ({@code struct bpf_cpumask __kptr *mask;}): the kernel finds them by the
 * "kptr" / "kptr_untrusted" BTF type tags of the value type (btf_parse_fields) and gives loads of them pointer types.
 */
public final class KptrFields {
    private static final int MAX_DEPTH = 8;

    private KptrFields() {}

    /** Kptr fields inside a value of object-BTF type {@code typeId}, offsets from the value start. */
    public static List<MapRef.Kptr> ofType(Btf btf, int typeId) {
        List<MapRef.Kptr> out = new ArrayList<>();
        try {
            walk(btf, typeId, 0, out, 0);
        } catch (IllegalArgumentException e) {
            return List.of(); // malformed BTF: the kernel would refuse the map; other checks report the object
        }
        return List.copyOf(out);
    }

    /** Kptr fields among the variables of a global-data section's DATASEC. */
    public static List<MapRef.Kptr> ofDatasec(Btf btf, BtfType.Datasec ds) {
        List<MapRef.Kptr> out = new ArrayList<>();
        try {
            for (BtfType.SecVar sv : ds.vars()) {
                if (btf.type(sv.type()) instanceof BtfType.Var v) walk(btf, v.type(), sv.offset(), out, 0);
            }
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        return List.copyOf(out);
    }

    private static void walk(Btf btf, int typeId, long base, List<MapRef.Kptr> out, int depth) {
        if (depth > MAX_DEPTH || typeId == 0) return;
        int cur = stripModifiers(btf, typeId);
        BtfType t = btf.type(cur);
        if (t instanceof BtfType.Ptr p) {
            String tag = null;
            int target = p.type();
            while (target != 0 && btf.type(target) instanceof BtfType.TypeTag tt) { tag = tt.name(); target = tt.type(); }
            if (tag != null && (tag.equals("kptr") || tag.equals("kptr_untrusted") || tag.equals("percpu_kptr"))) {
                int r = btf.resolve(target);
                out.add(new MapRef.Kptr(base, r == 0 ? "" : btf.type(r).name(), !tag.equals("kptr_untrusted"), tag.equals("percpu_kptr")));
            }
            return;
        }
        if (t instanceof BtfType.Struct s) {
            for (BtfType.Member m : s.members()) if (m.bitfieldSize() == 0) walk(btf, m.type(), base + m.bitOffset() / 8, out, depth + 1);
        } else if (t instanceof BtfType.Array a && a.nelems() > 0 && a.nelems() <= 64) {
            long elem = btf.sizeOf(a.elemType());
            for (int i = 0; i < a.nelems(); i++) walk(btf, a.elemType(), base + i * elem, out, depth + 1);
        }
    }

    private static int stripModifiers(Btf btf, int id) {
        int cur = id;
        for (int i = 0; i < 32 && cur != 0; i++) {
            BtfType t = btf.type(cur);
            if (t instanceof BtfType.Typedef x) cur = x.type();
            else if (t instanceof BtfType.Volatile x) cur = x.type();
            else if (t instanceof BtfType.Const x) cur = x.type();
            else if (t instanceof BtfType.Restrict x) cur = x.type();
            else return cur;
        }
        return cur;
    }
}
