package org.schedc.sema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task fields the language names itself: the shorthands ({@code p.vtime} is {@code p.scx.dsq_vtime},
 * docs/language.md section 9) and the only task_struct fields a sched_ext program may write, with the setter
 * kfuncs newer kernels want instead of direct stores. The checker resolves and checks with these, and the
 * language server offers and explains the same entries; there is no other table.
 */
public final class TaskFields {
    /** {@code p.name} for {@code p.path...}, when the kernel's task_struct has no member {@code name} itself. */
    public record Shorthand(String name, List<String> path) {
        public String dotted() { return String.join(".", path); }
        public boolean writable() { return TaskFields.writable(path); }
    }

    /** In the order editors offer them. */
    private static final List<Shorthand> SHORTHANDS = List.of(
            new Shorthand("slice", List.of("scx", "slice")),
            new Shorthand("vtime", List.of("scx", "dsq_vtime")),
            new Shorthand("weight", List.of("scx", "weight")));

    /** Writable path → the kfunc that sets it (kernels that have these warn about direct writes). */
    private static final Map<List<String>, String> WRITABLE = Map.of(
            List.of("scx", "slice"), "scx_bpf_task_set_slice",
            List.of("scx", "dsq_vtime"), "scx_bpf_task_set_dsq_vtime");

    private TaskFields() {}

    public static List<Shorthand> shorthands() { return SHORTHANDS; }

    public static Optional<Shorthand> shorthand(String name) {
        return SHORTHANDS.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Whether a policy may assign the task field at {@code path} (aliases expanded). */
    public static boolean writable(List<String> path) { return WRITABLE.containsKey(path); }

    /** The setter kfunc of a writable task field. */
    public static Optional<String> setter(List<String> path) { return Optional.ofNullable(WRITABLE.get(path)); }
}
