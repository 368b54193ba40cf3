package org.schedc.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schedc.sema.Builtin;

/**
 * Callable builtins for completion and hover, from {@link Builtin} so new builtins show up; the
 * parameter names and one-line docs below are editor help only (a builtin without them gets arg1..argN).
 */
final class Builtins {
    private record Help(List<String> params, String doc) {}

    private static final Map<String, Help> HELP = Map.ofEntries(
            Map.entry("default_cpu", new Help(List.of("p", "prev_cpu", "wake_flags"), "the kernel's default CPU choice: `.cpu` (s32) and `.was_idle` (bool)")),
            Map.entry("pick_idle_cpu", new Help(List.of("p"), "claims an idle CPU `p` may run on; negative when none")),
            Map.entry("test_idle_cpu", new Help(List.of("cpu"), "claims `cpu` if it is idle")),
            Map.entry("kick_cpu", new Help(List.of("cpu"), "makes `cpu` reschedule (wakes it when idle)")),
            Map.entry("preempt_cpu", new Help(List.of("cpu"), "as kick_cpu, and preempts the running task")),
            Map.entry("now", new Help(List.of(), "a nanosecond clock (u64)")),
            Map.entry("queued", new Help(List.of("queue"), "tasks waiting in a custom queue (s32)")),
            Map.entry("nr_cpus", new Help(List.of(), "number of possible CPU ids (u32)")),
            Map.entry("task_cpu", new Help(List.of("p"), "the CPU `p` is on or was last on (s32)")),
            Map.entry("error", new Help(List.of("message"), "ends the scheduler with a message (a string literal without '%')")),
            Map.entry("min", new Help(List.of("a", "b"), "the smaller of two integers")),
            Map.entry("max", new Help(List.of("a", "b"), "the larger of two integers")));

    private Builtins() {}

    static List<Builtin> callable() {
        List<Builtin> out = new ArrayList<>();
        for (Builtin b : Builtin.values()) if (b.arity() >= 0) out.add(b);
        return out;
    }

    static Optional<Builtin> named(String name) { return Builtin.callable(name); }

    static List<String> params(Builtin b) {
        Help h = HELP.get(b.spelling());
        if (h != null && h.params().size() == b.arity()) return h.params();
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= b.arity(); i++) out.add("arg" + i);
        return out;
    }

    static String doc(Builtin b) {
        Help h = HELP.get(b.spelling());
        return h == null ? "" : h.doc();
    }

    static String signature(Builtin b) {
        return b.spelling() + "(" + String.join(", ", params(b)) + ")";
    }

    static String snippet(Builtin b) {
        List<String> ps = params(b);
        StringBuilder s = new StringBuilder(b.spelling()).append('(');
        for (int i = 0; i < ps.size(); i++) s.append(i == 0 ? "" : ", ").append("${").append(i + 1).append(':').append(ps.get(i)).append('}');
        return s.append(')').toString();
    }
}
