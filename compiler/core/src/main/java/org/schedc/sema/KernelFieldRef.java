package org.schedc.sema;

import java.util.List;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.kabi.Kabi;

/**
 * A kernel field path such as {@code p.vtime} resolved once, in every target kernel. Aliases are already
 * expanded ({@code p.vtime} has path {@code [scx, dsq_vtime]}); the path stays inside embedded structs, so a
 * pointer member ends one reference and the next field starts another from that pointer.
 *
 * @param base       the kernel pointer expression the path starts from ({@code p})
 * @param rootStruct the struct {@code base} points to ({@code task_struct})
 * @param path       member names from the root, anonymous members not included
 * @param type       the value's type on the primary target (the others agree in kind)
 * @param access     how the policy uses it at this node
 * @param setter     the kfunc that writes it when every target has one and the callback may call it
 * @param layouts    per target kernel, in target order (the first is the primary)
 */
public record KernelFieldRef(Ast.Expr base, String rootStruct, List<String> path, Type type, Access access,
        Optional<String> setter, List<Layout> layouts) {

    public enum Access { READ, WRITE, READ_WRITE }

    /**
     * One kernel's member chain: a step per member from {@code rootStruct}, anonymous struct/union members
     * included; {@code byteOffset} is their sum (the value's offset from the pointer) and {@code typeId} the
     * final member's BTF type in that kernel.
     */
    public record Layout(String kernel, List<Kabi.FieldInfo> chain, long byteOffset, int typeId) {}

    public Layout primary() { return layouts.getFirst(); }

    /** Where a walk of a member path through one kernel's BTF ended. */
    public sealed interface Walk {
        /** Every step was a member; the value is not a bit-field. */
        record Found(Layout layout) implements Walk {}
        /** The kernel has no struct named as the root. */
        record NoStruct() implements Walk {}
        /** {@code path[step]} is not a member of the struct {@code structId} reached before it. */
        record NoMember(int step, int structId) implements Walk {}
        /** {@code path[step]} is a bit-field (policies cannot address it). */
        record BitField(int step) implements Walk {}
    }

    /**
     * The one walk of a kernel field path: member by member from {@code rootStruct} in {@code k}'s BTF, through
     * anonymous members. Sema resolves every field the policy names with it (once per target, into a
     * {@link KernelFieldRef}); lowering walks with it only the paths it generates itself (classification's
     * pid/comm/cgroup reads, pick_idle_cpu's cpus_ptr), which no policy expression names.
     */
    public static Walk walk(Kabi k, String rootStruct, List<String> path) {
        java.util.OptionalInt rootId = k.struct(rootStruct);
        if (rootId.isEmpty()) return new Walk.NoStruct();
        List<Kabi.FieldInfo> chain = new java.util.ArrayList<>();
        int current = rootId.getAsInt();
        int typeId = 0;
        for (int step = 0; step < path.size(); step++) {
            Optional<List<Kabi.FieldInfo>> m = k.member(current, path.get(step));
            if (m.isEmpty()) return new Walk.NoMember(step, current);
            chain.addAll(m.get());
            typeId = m.get().getLast().typeId();
            if (m.get().getLast().bitfieldSize() != 0) return new Walk.BitField(step);
            current = k.btf().resolve(typeId);
        }
        return new Walk.Found(new Layout(k.name(), List.copyOf(chain), chain.stream().mapToLong(Kabi.FieldInfo::byteOffset).sum(), typeId));
    }

    /** The dotted path as the policy means it, e.g. {@code scx.dsq_vtime}. */
    public String dotted() { return String.join(".", path); }

    KernelFieldRef withAccess(Access a, Optional<String> s) { return new KernelFieldRef(base, rootStruct, path, type, a, s, layouts); }
}
