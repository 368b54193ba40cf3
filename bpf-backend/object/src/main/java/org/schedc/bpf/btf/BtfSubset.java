package org.schedc.bpf.btf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * KABI snapshot extractor: copies the transitive closure of selected kernel types into a small {@link Btf}.
 *
 * <p>A struct/union reached only through pointers and not selected becomes an empty struct/union of size 0 with
 * the same name and kind (enough for kfunc prototype checks), which keeps the closure small. Array elements,
 * struct members and prototype parameters taken by value keep their full definition.
 *
 * <p>Output order: breadth-first discovery order from the roots, which are taken in this order: {@code structs}
 * sorted by name, {@code structMembers} keys sorted by name, {@code typedefs} sorted by name, enums matching
 * {@code enumValuePrefixes} by increasing kernel id, then funcs ({@code funcs} and prefix matches) sorted by name.
 * Missing names are skipped ({@link #missing} lists them); members absent from a struct are ignored.
 */
public final class BtfSubset {
    /**
     * @param structs           structs/unions kept with all members
     * @param structMembers     structs/unions kept with only these members (size and offsets unchanged)
     * @param funcs             FUNCs by exact name
     * @param funcPrefixes      FUNCs whose name starts with one of these, e.g. "scx_bpf_"
     * @param enumValuePrefixes ENUM/ENUM64 types having a value with one of these prefixes, e.g. "SCX_"
     * @param typedefs          typedefs by name
     */
    public record Selection(Set<String> structs, Map<String, Set<String>> structMembers, Set<String> funcs,
            List<String> funcPrefixes, List<String> enumValuePrefixes, Set<String> typedefs) {
        public Selection {
            structs = Set.copyOf(structs);
            structMembers = Map.copyOf(structMembers);
            funcs = Set.copyOf(funcs);
            funcPrefixes = List.copyOf(funcPrefixes);
            enumValuePrefixes = List.copyOf(enumValuePrefixes);
            typedefs = Set.copyOf(typedefs);
        }
    }

    private enum Depth { STUB, FULL }

    private final Btf full;
    private final Selection sel;
    private final Map<Integer, Depth> visited = new HashMap<>();
    private final List<Integer> order = new ArrayList<>();
    private final Deque<int[]> queue = new ArrayDeque<>();

    private BtfSubset(Btf full, Selection sel) {
        this.full = full;
        this.sel = sel;
    }

    public static Btf extract(Btf full, Selection sel) {
        return new BtfSubset(full, sel).run();
    }

    /** Selected struct, typedef and func names (exact names only) that {@code full} lacks, sorted. */
    public static List<String> missing(Btf full, Selection sel) {
        Set<String> out = new TreeSet<>();
        for (String s : sel.structs()) if (findAggregate(full, s) == 0) out.add("struct " + s);
        for (String s : sel.structMembers().keySet()) if (findAggregate(full, s) == 0) out.add("struct " + s);
        for (String s : sel.typedefs()) if (full.find(s, BtfType.Typedef.class).isEmpty()) out.add("typedef " + s);
        for (String s : sel.funcs()) if (full.find(s, BtfType.Func.class).isEmpty()) out.add("func " + s);
        return List.copyOf(out);
    }

    private Btf run() {
        for (int id : roots()) enqueue(id, Depth.FULL);
        while (!queue.isEmpty()) {
            int[] item = queue.poll();
            expand(item[0], item[1] == 1 ? Depth.FULL : Depth.STUB);
        }
        Map<Integer, Integer> newIds = new HashMap<>();
        for (int i = 0; i < order.size(); i++) newIds.put(order.get(i), i + 1);
        List<BtfType> out = new ArrayList<>(order.size());
        for (int oldId : order) {
            BtfType t = shape(oldId, visited.get(oldId));
            out.add(BtfTypeRefs.remap(t, id -> id == 0 ? 0 : newIds.get(id)));
        }
        return new Btf(out);
    }

    private List<Integer> roots() {
        Set<Integer> roots = new LinkedHashSet<>();
        for (String s : new TreeSet<>(sel.structs())) addIfFound(roots, findAggregate(full, s));
        for (String s : new TreeSet<>(sel.structMembers().keySet())) addIfFound(roots, findAggregate(full, s));
        for (String s : new TreeSet<>(sel.typedefs())) full.find(s, BtfType.Typedef.class).ifPresent(roots::add);
        if (!sel.enumValuePrefixes().isEmpty()) {
            for (int id = 1; id <= full.count(); id++) {
                List<BtfType.EnumValue> values = switch (full.type(id)) {
                    case BtfType.Enum e -> e.values();
                    case BtfType.Enum64 e -> e.values();
                    default -> List.of();
                };
                if (values.stream().anyMatch(v -> startsWithAny(v.name(), sel.enumValuePrefixes()))) roots.add(id);
            }
        }
        Set<String> funcNames = new TreeSet<>(sel.funcs());
        if (!sel.funcPrefixes().isEmpty()) {
            for (BtfType t : full.types()) {
                if (t instanceof BtfType.Func f && startsWithAny(f.name(), sel.funcPrefixes())) funcNames.add(f.name());
            }
        }
        for (String f : funcNames) full.find(f, BtfType.Func.class).ifPresent(roots::add);
        return List.copyOf(roots);
    }

    private static void addIfFound(Set<Integer> roots, int id) {
        if (id != 0) roots.add(id);
    }

    /** A Struct, else a Union, with that name; 0 when neither exists. Prefers a definition with members. */
    private static int findAggregate(Btf btf, String name) {
        for (int id : btf.findAll(name, BtfType.Struct.class)) if (!((BtfType.Struct) btf.type(id)).members().isEmpty()) return id;
        for (int id : btf.findAll(name, BtfType.Union.class)) if (!((BtfType.Union) btf.type(id)).members().isEmpty()) return id;
        return btf.find(name, BtfType.Struct.class).orElse(btf.find(name, BtfType.Union.class).orElse(0));
    }

    private static boolean startsWithAny(String s, List<String> prefixes) {
        for (String p : prefixes) if (s.startsWith(p)) return true;
        return false;
    }

    private void enqueue(int id, Depth depth) {
        if (id == 0) return;
        Depth seen = visited.get(id);
        if (seen == Depth.FULL || seen == depth) return;
        if (seen == null) order.add(id);
        visited.put(id, depth);
        queue.add(new int[] {id, depth == Depth.FULL ? 1 : 0});
    }

    private boolean selected(BtfType t) {
        return sel.structs().contains(t.name()) || sel.structMembers().containsKey(t.name());
    }

    /** Follows the references of a visited type; pointers downgrade to STUB, by-value uses are FULL. */
    private void expand(int id, Depth depth) {
        BtfType t = full.type(id);
        switch (t) {
            case BtfType.Struct s -> {
                if (depth == Depth.FULL || selected(s)) keptMembers(s.name(), s.members()).forEach(m -> enqueue(m.type(), Depth.FULL));
            }
            case BtfType.Union u -> {
                if (depth == Depth.FULL || selected(u)) keptMembers(u.name(), u.members()).forEach(m -> enqueue(m.type(), Depth.FULL));
            }
            case BtfType.Ptr p -> enqueue(p.type(), Depth.STUB);
            case BtfType.Array a -> {
                enqueue(a.elemType(), Depth.FULL);
                enqueue(a.indexType(), Depth.FULL);
            }
            case BtfType.Typedef x -> enqueue(x.type(), depth);
            case BtfType.Volatile x -> enqueue(x.type(), depth);
            case BtfType.Const x -> enqueue(x.type(), depth);
            case BtfType.Restrict x -> enqueue(x.type(), depth);
            case BtfType.TypeTag x -> enqueue(x.type(), depth);
            case BtfType.Int x -> {}
            case BtfType.Float x -> {}
            case BtfType.Fwd x -> {}
            case BtfType.Enum x -> {}
            case BtfType.Enum64 x -> {}
            case BtfType.Func f -> enqueue(f.type(), Depth.FULL);
            case BtfType.FuncProto p -> {
                enqueue(p.returnType(), Depth.FULL);
                p.params().forEach(x -> enqueue(x.type(), Depth.FULL));
            }
            case BtfType.Var v -> enqueue(v.type(), Depth.FULL);
            case BtfType.Datasec d -> d.vars().forEach(v -> enqueue(v.type(), Depth.FULL));
            case BtfType.DeclTag d -> enqueue(d.type(), Depth.FULL);
        }
    }

    private List<BtfType.Member> keptMembers(String structName, List<BtfType.Member> members) {
        Set<String> allow = sel.structs().contains(structName) ? null : sel.structMembers().get(structName);
        if (allow == null) return members;
        return members.stream().filter(m -> allow.contains(m.name())).toList();
    }

    /** The output form of a visited type: stubs for pointer-only aggregates, member allowlists applied. */
    private BtfType shape(int id, Depth depth) {
        BtfType t = full.type(id);
        boolean stub = depth == Depth.STUB && !selected(t);
        return switch (t) {
            case BtfType.Struct s -> stub ? new BtfType.Struct(s.name(), 0, List.of())
                    : new BtfType.Struct(s.name(), s.size(), keptMembers(s.name(), s.members()));
            case BtfType.Union u -> stub ? new BtfType.Union(u.name(), 0, List.of())
                    : new BtfType.Union(u.name(), u.size(), keptMembers(u.name(), u.members()));
            default -> t;
        };
    }
}
