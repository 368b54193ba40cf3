package org.schedc.object;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;
import org.schedc.codegen.CodeGenerator;
import org.schedc.ir.Ir;
import org.schedc.kabi.Kabi;

/**
 * The object's local copies of the kernel structs a policy reads, holding only the members it uses
 * (at the primary kernel's offsets). CO-RE access strings index these local members, and libbpf
 * re-targets each access to the running kernel's layout by member name.
 */
final class CoreTypes implements CodeGenerator.CoreSites {
    /** A local struct: kernel member index → its local member (nested struct or imported leaf). */
    private final class LocalStruct {
        final int kernelId;
        final int localId;
        final TreeMap<Integer, Object> members = new TreeMap<>(); // value: LocalStruct or Integer (kernel leaf type id)
        LocalStruct(int kernelId) {
            this.kernelId = kernelId;
            this.localId = table.reserve();
        }
    }

    private final TypeTable table;
    private final Kabi kabi;
    private final Map<Integer, LocalStruct> structs = new HashMap<>();
    private final Map<Ir.FieldRef, List<Integer>> kernelPaths = new HashMap<>();
    private final Map<Ir.FieldRef, Site> sites = new HashMap<>();
    /** Kernel enum type id → the enumerators used from it, in first-use order. */
    private final Map<Integer, java.util.LinkedHashSet<String>> enums = new java.util.LinkedHashMap<>();
    private final Map<String, Site> enumSites = new HashMap<>();
    private boolean frozen;

    CoreTypes(TypeTable table, Kabi kabi) {
        this.table = table;
        this.kabi = kabi;
    }

    /** Records a field access; call for every access before {@link #freeze()}. */
    void use(Ir.FieldRef field) {
        if (frozen) throw new IllegalStateException("CO-RE types already frozen");
        if (kernelPaths.containsKey(field)) return;
        Btf btf = kabi.btf();
        int rootKernel = kabi.struct(field.rootStruct()).orElseThrow();
        LocalStruct current = local(rootKernel);
        java.util.ArrayList<Integer> indexes = new java.util.ArrayList<>();
        List<String> path = field.path();
        // Trailing "[k]" steps index into an array member (char arrays copied in chunks): they go into
        // the access string as array indexes, encoded here as -(k + 1).
        int named = path.size();
        while (named > 0 && Ir.FieldRef.isIndex(path.get(named - 1))) named--;
        // The member chain is sema's resolution of the named steps (anonymous members included): no BTF walk here.
        List<Kabi.FieldInfo> chain = field.chain();
        for (int h = 0; h < chain.size(); h++) {
            Kabi.FieldInfo hop = chain.get(h);
            indexes.add(hop.memberIndex());
            int memberType = btf.resolve(hop.typeId());
            if (h == chain.size() - 1) current.members.putIfAbsent(hop.memberIndex(), hop.typeId());
            else current = (LocalStruct) current.members.computeIfAbsent(hop.memberIndex(), k -> local(memberType));
        }
        for (int step = named; step < path.size(); step++) indexes.add(-(Ir.FieldRef.index(path.get(step)) + 1));
        kernelPaths.put(field, indexes);
    }

    /** Records a use of a kernel enum constant; call for every use before {@link #freeze()}. */
    void useEnum(String enumerator) {
        if (frozen) throw new IllegalStateException("CO-RE types already frozen");
        int kernelEnum = kabi.enumTypeOf(enumerator).orElseThrow(() -> new IllegalStateException("no enum declares " + enumerator));
        enums.computeIfAbsent(kernelEnum, k -> new java.util.LinkedHashSet<>()).add(enumerator);
    }

    private LocalStruct local(int kernelId) {
        return structs.computeIfAbsent(kernelId, LocalStruct::new);
    }

    /** Writes the local struct types and computes every access string. */
    void freeze() {
        frozen = true;
        Btf btf = kabi.btf();
        Map<Integer, Integer> memo = new HashMap<>();
        for (LocalStruct s : structs.values()) {
            BtfType kernel = btf.type(s.kernelId);
            List<BtfType.Member> kernelMembers = switch (kernel) {
                case BtfType.Struct st -> st.members();
                case BtfType.Union u -> u.members();
                default -> throw new IllegalStateException("not a struct: " + kernel);
            };
            java.util.ArrayList<BtfType.Member> members = new java.util.ArrayList<>();
            for (Map.Entry<Integer, Object> e : s.members.entrySet()) {
                BtfType.Member km = kernelMembers.get(e.getKey());
                int type = e.getValue() instanceof LocalStruct ls ? ls.localId : leafType(btf, (Integer) e.getValue(), memo);
                members.add(new BtfType.Member(km.name(), type, km.bitOffset(), km.bitfieldSize()));
            }
            table.set(s.localId, switch (kernel) {
                case BtfType.Union u -> new BtfType.Union(u.name(), u.size(), List.copyOf(members));
                default -> new BtfType.Struct(kernel.name(), (int) btf.sizeOf(s.kernelId), List.copyOf(members));
            });
        }
        // Local enums hold just the used enumerators; libbpf matches enum and enumerator by name, so the
        // access string is the enumerator's index in the local copy.
        for (Map.Entry<Integer, java.util.LinkedHashSet<String>> e : enums.entrySet()) {
            List<String> used = List.copyOf(e.getValue());
            BtfType kernel = btf.type(e.getKey());
            int localId = switch (kernel) {
                case BtfType.Enum en -> table.add(new BtfType.Enum(en.name(), en.size(), en.signed(),
                        en.values().stream().filter(v -> used.contains(v.name())).toList()));
                case BtfType.Enum64 en -> table.add(new BtfType.Enum64(en.name(), en.size(), en.signed(),
                        en.values().stream().filter(v -> used.contains(v.name())).toList()));
                default -> throw new IllegalStateException("not an enum: " + kernel);
            };
            List<String> order = (switch (kernel) {
                case BtfType.Enum en -> en.values();
                case BtfType.Enum64 en -> en.values();
                default -> List.<BtfType.EnumValue>of();
            }).stream().map(BtfType.EnumValue::name).filter(used::contains).toList();
            for (String name : used) enumSites.put(name, new Site(localId, Integer.toString(order.indexOf(name))));
        }
        for (Map.Entry<Ir.FieldRef, List<Integer>> e : kernelPaths.entrySet()) {
            LocalStruct current = structs.get(kabi.struct(e.getKey().rootStruct()).orElseThrow());
            int root = current.localId;
            StringBuilder access = new StringBuilder("0");
            for (int kernelIndex : e.getValue()) {
                if (kernelIndex < 0) {
                    access.append(':').append(-kernelIndex - 1);
                    continue;
                }
                access.append(':').append(current.members.headMap(kernelIndex).size());
                if (current.members.get(kernelIndex) instanceof LocalStruct next) current = next;
            }
            sites.put(e.getKey(), new Site(root, access.toString()));
        }
    }

    /** Leaf member types: pointers to structs point at the local copy when there is one, else at an empty struct. */
    private int leafType(Btf btf, int kernelType, Map<Integer, Integer> memo) {
        int resolved = btf.resolve(kernelType);
        if (btf.type(resolved) instanceof BtfType.Ptr p) {
            int target = btf.resolve(p.type());
            LocalStruct ls = structs.get(target);
            if (ls != null) return table.add(new BtfType.Ptr("", ls.localId));
        }
        return table.importShallow(btf, kernelType, memo);
    }

    @Override
    public Site enumSite(String enumerator) {
        Site s = enumSites.get(enumerator);
        if (s == null) throw new IllegalStateException("enumerator " + enumerator + " was not registered before code generation");
        return s;
    }

    @Override
    public Site site(Ir.FieldRef field) {
        Site s = sites.get(field);
        if (s == null) throw new IllegalStateException("field " + field + " was not registered before code generation");
        return s;
    }
}
