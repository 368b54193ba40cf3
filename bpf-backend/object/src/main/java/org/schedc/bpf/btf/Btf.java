package org.schedc.bpf.btf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/** An immutable BTF type graph. Ids are 1-based positions; 0 is void. */
public final class Btf {
    private final List<BtfType> types;
    private final Function<String, int[]> idsByName;
    private static final int[] NONE = new int[0];

    /** @throws IllegalArgumentException when a type refers to an id beyond the list */
    public Btf(List<BtfType> typesFromId1) {
        this.types = List.copyOf(typesFromId1);
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < types.size(); i++) {
            BtfType t = types.get(i);
            for (int ref : BtfTypeRefs.of(t)) {
                if (ref < 0 || ref > types.size()) {
                    throw new IllegalArgumentException("type id " + (i + 1) + " (" + t.name() + ") refers to type id "
                            + Integer.toUnsignedString(ref) + " but there are only " + types.size() + " types");
                }
            }
            if (!t.name().isEmpty()) byName.computeIfAbsent(t.name(), k -> new ArrayList<>(1)).add(i + 1);
        }
        Map<String, int[]> index = HashMap.newHashMap(byName.size());
        byName.forEach((k, v) -> index.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.idsByName = k -> index.getOrDefault(k, NONE);
    }

    /** Types decoded on demand ({@link BtfReader#readLazy}). */
    Btf(LazyTypes lazy) {
        this.types = lazy;
        this.idsByName = lazy::idsNamed;
    }

    /** Number of types, excluding void. */
    public int count() {
        return types.size();
    }

    /** The types from id 1 in order. */
    public List<BtfType> types() {
        return types;
    }

    /** @throws IllegalArgumentException unless {@code 1 <= id <= count()} */
    public BtfType type(int id) {
        if (id < 1 || id > types.size()) {
            throw new IllegalArgumentException("no BTF type id " + id + " (valid: 1.." + types.size() + ")");
        }
        return types.get(id - 1);
    }

    /** First type with that exact name and kind. */
    public OptionalInt find(String name, Class<? extends BtfType> kind) {
        for (int id : idsByName.apply(name)) {
            if (kind.isInstance(types.get(id - 1))) return OptionalInt.of(id);
        }
        return OptionalInt.empty();
    }

    /** All types with that exact name and kind, by increasing id. */
    public List<Integer> findAll(String name, Class<? extends BtfType> kind) {
        List<Integer> out = new ArrayList<>();
        for (int id : idsByName.apply(name)) {
            if (kind.isInstance(types.get(id - 1))) out.add(id);
        }
        return out;
    }

    // Walks are bounded by the type count: a longer chain can only be a cycle.

    /** Skips Typedef/Volatile/Const/Restrict/TypeTag; returns 0 for void. */
    public int resolve(int id) {
        int cur = id;
        for (int steps = 0; steps <= types.size(); steps++) {
            if (cur == 0) return 0;
            int next = switch (type(cur)) {
                case BtfType.Typedef t -> t.type();
                case BtfType.Volatile t -> t.type();
                case BtfType.Const t -> t.type();
                case BtfType.Restrict t -> t.type();
                case BtfType.TypeTag t -> t.type();
                default -> -1;
            };
            if (next < 0) return cur;
            cur = next;
        }
        throw new IllegalArgumentException("BTF modifier cycle through type id " + id);
    }

    /** Byte size of a type (pointer 8, array elem*n, ...). */
    public long sizeOf(int id) {
        long factor = 1;
        int cur = id;
        for (int steps = 0; steps <= types.size(); steps++) {
            if (cur == 0) throw new IllegalArgumentException("void has no size");
            BtfType t = type(cur);
            switch (t) {
                case BtfType.Int x -> { return factor * x.size(); }
                case BtfType.Float x -> { return factor * x.size(); }
                case BtfType.Ptr x -> { return factor * 8; }
                case BtfType.Struct x -> { return factor * Integer.toUnsignedLong(x.size()); }
                case BtfType.Union x -> { return factor * Integer.toUnsignedLong(x.size()); }
                case BtfType.Enum x -> { return factor * x.size(); }
                case BtfType.Enum64 x -> { return factor * x.size(); }
                case BtfType.Datasec x -> { return factor * Integer.toUnsignedLong(x.size()); }
                case BtfType.Array x -> {
                    factor *= Integer.toUnsignedLong(x.nelems());
                    cur = x.elemType();
                }
                case BtfType.Typedef x -> cur = x.type();
                case BtfType.Volatile x -> cur = x.type();
                case BtfType.Const x -> cur = x.type();
                case BtfType.Restrict x -> cur = x.type();
                case BtfType.TypeTag x -> cur = x.type();
                case BtfType.Var x -> cur = x.type();
                case BtfType.Fwd x -> throw new IllegalArgumentException(
                        "incomplete type " + describe(cur) + " (id " + cur + ") has no size");
                case BtfType.Func x -> throw new IllegalArgumentException("function " + x.name() + " has no size");
                case BtfType.FuncProto x -> throw new IllegalArgumentException("function prototype (id " + cur + ") has no size");
                case BtfType.DeclTag x -> throw new IllegalArgumentException("decl tag (id " + cur + ") has no size");
            }
        }
        throw new IllegalArgumentException("BTF type cycle through type id " + id);
    }

    /** C-like spelling, e.g. "struct task_struct *", "u64", "char[16]"; for messages and hover text. */
    public String describe(int id) {
        return new BtfDescriber(this).describe(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Btf b && b.types.equals(types);
    }

    @Override
    public int hashCode() {
        return types.hashCode();
    }

    @Override
    public String toString() {
        return "Btf[" + types.size() + " types]";
    }
}
