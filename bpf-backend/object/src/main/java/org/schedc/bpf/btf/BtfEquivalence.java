package org.schedc.bpf.btf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a type in one BTF has the same layout and names as a type in another: same kinds, names, sizes,
 * member offsets and bitfields, element counts, enum values, all the way down (type ids may differ). Used to
 * decide whether a running policy's map can be handed to a new object (hot upgrade): the bytes in the map must
 * mean the same thing to both. Cycles through pointers are assumed equal while they are being compared.
 */
public final class BtfEquivalence {
    private final Btf a, b;
    private final Set<Long> assumed = new HashSet<>();

    private BtfEquivalence(Btf a, Btf b) {
        this.a = a;
        this.b = b;
    }

    public static boolean same(Btf a, int idA, Btf b, int idB) {
        return new BtfEquivalence(a, b).eq(idA, idB);
    }

    private boolean eq(int x, int y) {
        if (x == 0 || y == 0) return x == y;
        if (!assumed.add((long) x << 32 | y)) return true;
        BtfType s = a.type(x), t = b.type(y);
        if (s.getClass() != t.getClass() || !s.name().equals(t.name())) return false;
        return switch (s) {
            case BtfType.Int i -> i.equals(t);
            case BtfType.Float f -> f.equals(t);
            case BtfType.Fwd f -> f.equals(t);
            case BtfType.Ptr p -> eq(p.type(), ((BtfType.Ptr) t).type());
            case BtfType.Array r -> r.nelems() == ((BtfType.Array) t).nelems() && eq(r.elemType(), ((BtfType.Array) t).elemType());
            case BtfType.Struct st -> st.size() == ((BtfType.Struct) t).size() && members(st.members(), ((BtfType.Struct) t).members());
            case BtfType.Union u -> u.size() == ((BtfType.Union) t).size() && members(u.members(), ((BtfType.Union) t).members());
            case BtfType.Enum e -> e.equals(t);
            case BtfType.Enum64 e -> e.equals(t);
            case BtfType.Typedef d -> eq(d.type(), ((BtfType.Typedef) t).type());
            case BtfType.Volatile v -> eq(v.type(), ((BtfType.Volatile) t).type());
            case BtfType.Const c -> eq(c.type(), ((BtfType.Const) t).type());
            case BtfType.Restrict r -> eq(r.type(), ((BtfType.Restrict) t).type());
            case BtfType.TypeTag g -> eq(g.type(), ((BtfType.TypeTag) t).type());
            case BtfType.Func f -> f.linkage() == ((BtfType.Func) t).linkage() && eq(f.type(), ((BtfType.Func) t).type());
            case BtfType.FuncProto f -> protos(f, (BtfType.FuncProto) t);
            case BtfType.Var v -> v.linkage() == ((BtfType.Var) t).linkage() && eq(v.type(), ((BtfType.Var) t).type());
            case BtfType.Datasec d -> datasecs(d, (BtfType.Datasec) t);
            case BtfType.DeclTag g -> g.componentIdx() == ((BtfType.DeclTag) t).componentIdx() && eq(g.type(), ((BtfType.DeclTag) t).type());
        };
    }

    private boolean members(List<BtfType.Member> m, List<BtfType.Member> n) {
        if (m.size() != n.size()) return false;
        for (int i = 0; i < m.size(); i++) {
            BtfType.Member p = m.get(i), q = n.get(i);
            if (!p.name().equals(q.name()) || p.bitOffset() != q.bitOffset() || p.bitfieldSize() != q.bitfieldSize() || !eq(p.type(), q.type())) return false;
        }
        return true;
    }

    private boolean protos(BtfType.FuncProto f, BtfType.FuncProto g) {
        if (f.params().size() != g.params().size() || !eq(f.returnType(), g.returnType())) return false;
        for (int i = 0; i < f.params().size(); i++) if (!eq(f.params().get(i).type(), g.params().get(i).type())) return false;
        return true;
    }

    private boolean datasecs(BtfType.Datasec d, BtfType.Datasec e) {
        if (d.size() != e.size() || d.vars().size() != e.vars().size()) return false;
        for (int i = 0; i < d.vars().size(); i++) {
            BtfType.SecVar v = d.vars().get(i), w = e.vars().get(i);
            if (v.offset() != w.offset() || v.size() != w.size() || !eq(v.type(), w.type())) return false;
        }
        return true;
    }
}
