package org.schedc.object;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;

/** The object's own BTF, built up type by type; equal types are shared, ids start at 1. */
final class TypeTable {
    private final List<BtfType> types = new ArrayList<>();
    private final Map<BtfType, Integer> ids = new HashMap<>();

    int add(BtfType t) {
        Integer id = ids.get(t);
        if (id != null) return id;
        types.add(t);
        ids.put(t, types.size());
        return types.size();
    }

    /** Adds without sharing (functions, variables and the ops struct must be distinct). */
    int addUnique(BtfType t) {
        types.add(t);
        return types.size();
    }

    /** A slot filled later: struct types that refer to themselves or each other. */
    int reserve() {
        types.add(null);
        return types.size();
    }

    void set(int id, BtfType t) {
        types.set(id - 1, t);
        ids.putIfAbsent(t, id);
    }

    BtfType get(int id) { return types.get(id - 1); }

    int intType(String name, int size, boolean signed) {
        return add(new BtfType.Int(name, size, signed ? 1 : 0, 0, size * 8));
    }

    Btf build() {
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) == null) throw new IllegalStateException("BTF type " + (i + 1) + " reserved but never set");
        }
        return new Btf(List.copyOf(types));
    }

    /**
     * Copies a kernel type for a kfunc prototype. Structs and unions become empty ones of the same
     * name: libbpf compares prototypes by kind after following pointers, not by layout.
     */
    int importShallow(Btf src, int id, Map<Integer, Integer> memo) {
        if (id == 0) return 0;
        Integer done = memo.get(id);
        if (done != null) return done;
        BtfType t = src.type(id);
        int result = switch (t) {
            case BtfType.Int i -> add(i);
            case BtfType.Float f -> add(f);
            case BtfType.Ptr p -> add(new BtfType.Ptr("", importShallow(src, p.type(), memo)));
            case BtfType.Const c -> add(new BtfType.Const("", importShallow(src, c.type(), memo)));
            case BtfType.Volatile v -> add(new BtfType.Volatile("", importShallow(src, v.type(), memo)));
            case BtfType.Restrict r -> add(new BtfType.Restrict("", importShallow(src, r.type(), memo)));
            case BtfType.TypeTag tt -> importShallow(src, tt.type(), memo);
            case BtfType.Typedef td -> add(new BtfType.Typedef(td.name(), importShallow(src, td.type(), memo)));
            case BtfType.Struct s -> add(new BtfType.Struct(s.name(), s.size(), List.of()));
            case BtfType.Union u -> add(new BtfType.Union(u.name(), u.size(), List.of()));
            case BtfType.Fwd f -> add(new BtfType.Struct(f.name(), 0, List.of()));
            case BtfType.Enum e -> add(new BtfType.Enum(e.name(), e.size(), e.signed(), e.values()));
            case BtfType.Enum64 e -> add(new BtfType.Enum64(e.name(), e.size(), e.signed(), e.values()));
            case BtfType.Array a -> add(new BtfType.Array("", importShallow(src, a.elemType(), memo), intType("int", 4, true), a.nelems()));
            case BtfType.FuncProto fp -> {
                List<BtfType.Param> params = new ArrayList<>();
                for (BtfType.Param p : fp.params()) params.add(new BtfType.Param(p.name(), importShallow(src, p.type(), memo)));
                yield add(new BtfType.FuncProto("", importShallow(src, fp.returnType(), memo), params));
            }
            case BtfType.Func f -> throw new IllegalArgumentException("cannot import a FUNC as a type");
            case BtfType.Var v -> throw new IllegalArgumentException("cannot import a VAR as a type");
            case BtfType.Datasec d -> throw new IllegalArgumentException("cannot import a DATASEC as a type");
            case BtfType.DeclTag d -> throw new IllegalArgumentException("cannot import a DECL_TAG as a type");
        };
        memo.put(id, result);
        return result;
    }
}
