package org.schedc.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;
import org.schedc.kabi.Kabi;
import org.schedc.sema.TaskFields;

/**
 * Member names for completion after {@code x.a.}: text being typed has no attribution yet, so the members
 * come from the kernel's BTF as written so far. Types of completed code come from the checker, never from here.
 */
final class KernelMembers {
    private KernelMembers() {}

    /** A member and its C type (as the kernel's BTF spells it). */
    record Member(String name, String cType) {}

    /** Members of the struct that {@code root.path} leads to (through pointers), shorthands first at the task root. */
    static List<Member> after(Kabi k, String root, List<String> path) {
        OptionalInt at = k.struct(root);
        if (at.isEmpty()) return List.of();
        Btf btf = k.btf();
        int current = at.getAsInt();
        for (String step : path) {
            var m = k.member(current, step);
            if (m.isEmpty()) return List.of();
            current = btf.resolve(m.get().getLast().typeId());
            if (btf.type(current) instanceof BtfType.Ptr ptr) current = btf.resolve(ptr.type());
            if (!(btf.type(current) instanceof BtfType.Struct || btf.type(current) instanceof BtfType.Union)) return List.of();
        }
        List<Member> out = new ArrayList<>();
        // Offered first after `p.`: sema's task shorthands, the ones the checker resolves.
        if (path.isEmpty() && root.equals("task_struct")) {
            for (TaskFields.Shorthand s : TaskFields.shorthands()) out.add(new Member(s.name(), "task shorthand for " + s.dotted() + (s.writable() ? " (writable)" : "")));
        }
        for (String name : k.memberNames(current)) {
            var m = k.member(current, name);
            out.add(new Member(name, m.map(f -> btf.describe(f.getLast().typeId())).orElse("")));
        }
        return out;
    }
}
