package org.schedc.bpf.link;

import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;

/**
 * libbpf's prototype check when it resolves a kfunc extern against the kernel (bpf_core_types_are_compat): same
 * parameter count, and after modifiers and typedefs every parameter and the return type have the same BTF kind,
 * following pointers; structs, unions, enums and forward declarations match by kind alone, integers of any size
 * match. So a {@code struct task_struct *} parameter that the object only forward-declares (FWD) does not match the
 * kernel's STRUCT, and the extern stays unresolved (a weak one becomes 0 and its calls are poisoned).
 */
public final class KfuncProtoCompat {
    private static final int MAX_DEPTH = 32;

    private KfuncProtoCompat() {}

    public static boolean compatible(Btf local, int localId, Btf target, int targetId) {
        return compat(local, localId, target, targetId, 0);
    }

    private static boolean compat(Btf local, int localId, Btf target, int targetId, int depth) {
        if (depth > MAX_DEPTH) return false;
        int l = local.resolve(localId), t = target.resolve(targetId);
        if (l == 0 || t == 0) return l == t; // void only matches void
        BtfType lt = local.type(l), tt = target.type(t);
        if (isEnum(lt) && isEnum(tt)) return true;
        if (lt.getClass() != tt.getClass()) return false;
        return switch (lt) {
            case BtfType.Struct s -> true;
            case BtfType.Union u -> true;
            case BtfType.Fwd f -> true;
            case BtfType.Enum e -> true;
            case BtfType.Enum64 e -> true;
            case BtfType.Int i -> i.bitOffset() == 0 && ((BtfType.Int) tt).bitOffset() == 0;
            case BtfType.Float f -> true;
            case BtfType.Ptr p -> compat(local, p.type(), target, ((BtfType.Ptr) tt).type(), depth + 1);
            case BtfType.Array a -> compat(local, a.elemType(), target, ((BtfType.Array) tt).elemType(), depth + 1);
            case BtfType.FuncProto fp -> {
                BtfType.FuncProto tp = (BtfType.FuncProto) tt;
                if (fp.params().size() != tp.params().size()) yield false;
                for (int i = 0; i < fp.params().size(); i++) {
                    if (!compat(local, fp.params().get(i).type(), target, tp.params().get(i).type(), depth + 1)) yield false;
                }
                yield compat(local, fp.returnType(), target, tp.returnType(), depth + 1);
            }
            case BtfType.Func f -> compat(local, f.type(), target, ((BtfType.Func) tt).type(), depth + 1);
            case BtfType.Typedef x -> false;
            case BtfType.Volatile x -> false;
            case BtfType.Const x -> false;
            case BtfType.Restrict x -> false;
            case BtfType.TypeTag x -> false;
            case BtfType.Var x -> false;
            case BtfType.Datasec x -> false;
            case BtfType.DeclTag x -> false;
        };
    }

    private static boolean isEnum(BtfType t) {
        return t instanceof BtfType.Enum || t instanceof BtfType.Enum64;
    }
}
