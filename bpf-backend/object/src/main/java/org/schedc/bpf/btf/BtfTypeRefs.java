package org.schedc.bpf.btf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/** The type ids a type refers to, and rewriting them (used for validation, closures and renumbering). */
public final class BtfTypeRefs {
    private BtfTypeRefs() {}

    /** Referenced ids in a fixed order (may contain 0 = void). */
    public static int[] of(BtfType t) {
        return switch (t) {
            case BtfType.Int x -> new int[0];
            case BtfType.Float x -> new int[0];
            case BtfType.Fwd x -> new int[0];
            case BtfType.Enum x -> new int[0];
            case BtfType.Enum64 x -> new int[0];
            case BtfType.Ptr x -> new int[] {x.type()};
            case BtfType.Array x -> new int[] {x.elemType(), x.indexType()};
            case BtfType.Struct x -> x.members().stream().mapToInt(BtfType.Member::type).toArray();
            case BtfType.Union x -> x.members().stream().mapToInt(BtfType.Member::type).toArray();
            case BtfType.Typedef x -> new int[] {x.type()};
            case BtfType.Volatile x -> new int[] {x.type()};
            case BtfType.Const x -> new int[] {x.type()};
            case BtfType.Restrict x -> new int[] {x.type()};
            case BtfType.TypeTag x -> new int[] {x.type()};
            case BtfType.Func x -> new int[] {x.type()};
            case BtfType.FuncProto x -> {
                int[] r = new int[x.params().size() + 1];
                r[0] = x.returnType();
                for (int i = 0; i < x.params().size(); i++) r[i + 1] = x.params().get(i).type();
                yield r;
            }
            case BtfType.Var x -> new int[] {x.type()};
            case BtfType.Datasec x -> x.vars().stream().mapToInt(BtfType.SecVar::type).toArray();
            case BtfType.DeclTag x -> new int[] {x.type()};
        };
    }

    /** The same type with every referenced id passed through {@code map}. */
    public static BtfType remap(BtfType t, IntUnaryOperator map) {
        return switch (t) {
            case BtfType.Int x -> x;
            case BtfType.Float x -> x;
            case BtfType.Fwd x -> x;
            case BtfType.Enum x -> x;
            case BtfType.Enum64 x -> x;
            case BtfType.Ptr x -> new BtfType.Ptr(x.name(), map.applyAsInt(x.type()));
            case BtfType.Array x -> new BtfType.Array(x.name(), map.applyAsInt(x.elemType()),
                    map.applyAsInt(x.indexType()), x.nelems());
            case BtfType.Struct x -> new BtfType.Struct(x.name(), x.size(), remapMembers(x.members(), map));
            case BtfType.Union x -> new BtfType.Union(x.name(), x.size(), remapMembers(x.members(), map));
            case BtfType.Typedef x -> new BtfType.Typedef(x.name(), map.applyAsInt(x.type()));
            case BtfType.Volatile x -> new BtfType.Volatile(x.name(), map.applyAsInt(x.type()));
            case BtfType.Const x -> new BtfType.Const(x.name(), map.applyAsInt(x.type()));
            case BtfType.Restrict x -> new BtfType.Restrict(x.name(), map.applyAsInt(x.type()));
            case BtfType.TypeTag x -> new BtfType.TypeTag(x.name(), map.applyAsInt(x.type()));
            case BtfType.Func x -> new BtfType.Func(x.name(), map.applyAsInt(x.type()), x.linkage());
            case BtfType.FuncProto x -> {
                List<BtfType.Param> ps = new ArrayList<>();
                for (BtfType.Param p : x.params()) ps.add(new BtfType.Param(p.name(), map.applyAsInt(p.type())));
                yield new BtfType.FuncProto(x.name(), map.applyAsInt(x.returnType()), ps);
            }
            case BtfType.Var x -> new BtfType.Var(x.name(), map.applyAsInt(x.type()), x.linkage());
            case BtfType.Datasec x -> {
                List<BtfType.SecVar> vs = new ArrayList<>();
                for (BtfType.SecVar v : x.vars()) vs.add(new BtfType.SecVar(map.applyAsInt(v.type()), v.offset(), v.size()));
                yield new BtfType.Datasec(x.name(), x.size(), vs);
            }
            case BtfType.DeclTag x -> new BtfType.DeclTag(x.name(), map.applyAsInt(x.type()), x.componentIdx());
        };
    }

    private static List<BtfType.Member> remapMembers(List<BtfType.Member> ms, IntUnaryOperator map) {
        List<BtfType.Member> out = new ArrayList<>(ms.size());
        for (BtfType.Member m : ms) out.add(new BtfType.Member(m.name(), map.applyAsInt(m.type()), m.bitOffset(), m.bitfieldSize()));
        return out;
    }
}
