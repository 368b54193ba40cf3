package org.schedc.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;
import org.schedc.kabi.Kabi;

/**
 * Kernel struct fields as policies see them: the path {@code p.a.b} from a root struct, with the
 * task shorthands ({@code p.vtime} is {@code p.scx.dsq_vtime}), resolved in one kernel's BTF.
 */
final class KernelFields {
    /** The checker's task shorthands (docs/language.md section 9). */
    static final Map<String, List<String>> TASK_ALIASES = Map.of(
            "vtime", List.of("scx", "dsq_vtime"),
            "slice", List.of("scx", "slice"),
            "weight", List.of("scx", "weight"));

    private KernelFields() {}

    /** A field found in one kernel: its C type and byte offset inside the struct that holds it (embedded structs added up). */
    record Found(String kernel, List<String> path, String cType, long offset, String container, int typeId) {}

    /** The path as the checker expands it: a task shorthand unless task_struct has a member of that name. */
    static List<String> expand(Kabi k, String root, List<String> written) {
        if (written.isEmpty() || !root.equals("task_struct") || !TASK_ALIASES.containsKey(written.getFirst())) return written;
        OptionalInt task = k.struct("task_struct");
        if (task.isPresent() && k.member(task.getAsInt(), written.getFirst()).isPresent()) return written;
        List<String> out = new ArrayList<>(TASK_ALIASES.get(written.getFirst()));
        out.addAll(written.subList(1, written.size()));
        return out;
    }

    static Optional<Found> find(Kabi k, String root, List<String> written) {
        OptionalInt rootId = k.struct(root);
        if (rootId.isEmpty() || written.isEmpty()) return Optional.empty();
        List<String> path = expand(k, root, written);
        Btf btf = k.btf();
        int current = rootId.getAsInt();
        String container = root;
        long offset = 0;
        int typeId = 0;
        for (int i = 0; i < path.size(); i++) {
            Optional<List<Kabi.FieldInfo>> m = k.member(current, path.get(i));
            if (m.isEmpty()) return Optional.empty();
            for (Kabi.FieldInfo f : m.get()) offset += f.byteOffset();
            typeId = m.get().getLast().typeId();
            int resolved = btf.resolve(typeId);
            if (i < path.size() - 1 && btf.type(resolved) instanceof BtfType.Ptr ptr) {
                // Through a pointer: the next offset is inside the pointed-to struct.
                resolved = btf.resolve(ptr.type());
                container = btf.type(resolved).name();
                offset = 0;
            }
            current = resolved;
        }
        return Optional.of(new Found(k.name(), path, btf.describe(typeId), offset, container, typeId));
    }

    /** Member names of the struct that {@code root.path} leads to (root itself for an empty path), shorthands first at the task root. */
    static List<String> membersAfter(Kabi k, String root, List<String> written) {
        OptionalInt rootId = k.struct(root);
        if (rootId.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        if (written.isEmpty()) {
            if (root.equals("task_struct")) out.addAll(TASK_ALIASES.keySet().stream().sorted().toList());
            out.addAll(k.memberNames(rootId.getAsInt()));
            return out;
        }
        Optional<Found> f = find(k, root, written);
        if (f.isEmpty()) return List.of();
        Btf btf = k.btf();
        int t = btf.resolve(f.get().typeId());
        if (btf.type(t) instanceof BtfType.Ptr ptr) t = btf.resolve(ptr.type());
        BtfType type = btf.type(t);
        if (type instanceof BtfType.Struct || type instanceof BtfType.Union) out.addAll(k.memberNames(t));
        return out;
    }

    /** The struct a callback parameter points to (e.g. task_struct), when it is a struct pointer. */
    static Optional<String> pointee(Btf btf, int typeId) {
        int t = btf.resolve(typeId);
        if (t == 0 || !(btf.type(t) instanceof BtfType.Ptr p)) return Optional.empty();
        int target = btf.resolve(p.type());
        if (target == 0) return Optional.empty();
        BtfType tt = btf.type(target);
        return tt instanceof BtfType.Struct || tt instanceof BtfType.Union || tt instanceof BtfType.Fwd ? Optional.of(tt.name()) : Optional.empty();
    }
}
