package org.schedc.sema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schedc.kabi.KfuncRules;

/**
 * Policy builtins: the one catalogue of their names, parameters, one-line docs and the kfuncs that implement
 * them (in order of preference). The checker picks the first candidate every target kernel has and checks the
 * caller against the kernel's callback rules; the language server's hover, completion and signature help read
 * the same entries, so a new builtin needs no second table. Argument and result types are checked in
 * {@code BuiltinSignatures}; docs/language.md section 10 is the user-facing table.
 */
public enum Builtin {
    DEFAULT_CPU("default_cpu", List.of("p", "prev_cpu", "wake_flags"), List.of("scx_bpf_select_cpu_dfl"),
            "the kernel's default CPU choice: `.cpu` (s32) and `.was_idle` (bool)"),
    PICK_IDLE_CPU("pick_idle_cpu", List.of("p"), List.of("scx_bpf_pick_idle_cpu"), "claims an idle CPU `p` may run on; negative when none"),
    /** {@code may_run_on(p, cpu)}: bpf_cpumask_test_cpu on the task's {@code cpus_ptr} (CO-RE read). */
    MAY_RUN_ON("may_run_on", List.of("p", "cpu"), List.of("bpf_cpumask_test_cpu"),
            "whether `p`'s affinity mask allows `cpu` (bool; false for a CPU id the machine does not have)"),
    TEST_IDLE_CPU("test_idle_cpu", List.of("cpu"), List.of("scx_bpf_test_and_clear_cpu_idle"), "claims `cpu` if it is idle"),
    KICK_CPU("kick_cpu", List.of("cpu"), List.of("scx_bpf_kick_cpu"), "makes `cpu` reschedule (wakes it when idle)"),
    PREEMPT_CPU("preempt_cpu", List.of("cpu"), List.of("scx_bpf_kick_cpu"), "as kick_cpu, and preempts the running task"),
    NOW("now", List.of(), List.of("scx_bpf_now"), "a nanosecond clock (u64)"),
    QUEUED("queued", List.of("queue"), List.of("scx_bpf_dsq_nr_queued"), "tasks waiting in a custom queue (s32)"),
    NR_CPUS("nr_cpus", List.of(), List.of("scx_bpf_nr_cpu_ids"), "number of possible CPU ids (u32)"),
    TASK_CPU("task_cpu", List.of("p"), List.of("scx_bpf_task_cpu"), "the CPU `p` is on or was last on (s32)"),
    ERROR("error", List.of("message"), List.of("scx_bpf_error_bstr"), "ends the scheduler with a message (a string literal without '%')"),
    MIN("min", List.of("a", "b"), List.of(), "the smaller of two integers"),
    MAX("max", List.of("a", "b"), List.of(), "the larger of two integers"),
    /** {@code starts_with(chars, "prefix")}: compared in 8/4/2/1-byte chunks. */
    STARTS_WITH("starts_with", List.of("chars", "prefix"), List.of(), "whether a u8 array begins with a string literal (bool)"),
    /** {@code cpu_state(cpu)}: another CPU's state block (bpf_map_lookup_percpu_elem). */
    CPU_STATE("cpu_state", List.of("cpu"), List.of(), "the `state cpu` block of another CPU"),
    /** Atomics on a shared integer (a global or a state field): {@code STX | ATOMIC}, see {@code AtomicTargets}. */
    ATOMIC_ADD("atomic_add", List.of("target", "value"), List.of(), "adds `value` to a global or state field atomically (other CPUs' updates are not lost)"),
    ATOMIC_FETCH_ADD("atomic_fetch_add", List.of("target", "value"), List.of(), "as atomic_add, and gives the value before the addition"),
    COMPARE_AND_SWAP("compare_and_swap", List.of("target", "expected", "new"), List.of(),
            "stores `new` if the target holds `expected`, atomically; gives the value it held (equal to `expected` when it stored)"),
    /** {@code insert p into Q ...} on a FIFO or built-in queue. */
    INSERT("insert", null, List.of("scx_bpf_dsq_insert___v2", "scx_bpf_dsq_insert"), "queues a task"),
    /** {@code insert p into Q ... vtime V} on a vtime queue. */
    INSERT_VTIME("insert", null, List.of("scx_bpf_dsq_insert_vtime"), "queues a task by vtime"),
    /** {@code move Q to local}. */
    MOVE_TO_LOCAL("move", null, List.of("scx_bpf_dsq_move_to_local___v2", "scx_bpf_dsq_move_to_local"), "moves a queue's first task to the local queue"),
    /** Queue creation in the generated init. */
    CREATE_QUEUE("queue", null, List.of("scx_bpf_create_dsq"), "creates a queue");

    private final String spelling;
    /** Null for constructs that are statements or generated code, not calls. */
    private final List<String> params;
    private final List<String> kfuncs;
    private final String doc;

    Builtin(String spelling, List<String> params, List<String> kfuncs, String doc) {
        this.spelling = spelling;
        this.params = params;
        this.kfuncs = kfuncs;
        this.doc = doc;
    }

    public String spelling() { return spelling; }
    /** The number of arguments of a callable builtin; -1 for statements and generated code. */
    public int arity() { return params == null ? -1 : params.size(); }
    public boolean isCallable() { return params != null; }
    /** Parameter names of a callable builtin (editor help and messages); empty for the others. */
    public List<String> params() { return params == null ? List.of() : params; }
    public List<String> kfuncs() { return kfuncs; }
    /** One line of Markdown saying what it does. */
    public String doc() { return doc; }

    /** {@code default_cpu(p, prev_cpu, wake_flags)}; just the keyword for the non-callable constructs. */
    public String signature() { return isCallable() ? spelling + "(" + String.join(", ", params) + ")" : spelling; }

    /**
     * The callbacks that may use it, from the kernel's rules on its preferred kfunc ({@code ["*"]}: any);
     * the checker reports a use elsewhere with the same list.
     */
    public List<String> allowedIn(KfuncRules rules) { return kfuncs.isEmpty() ? List.of("*") : rules.allowedCallbacks(kfuncs.getFirst()); }

    /** The builtins a policy can call by name, in declaration order. */
    public static List<Builtin> callables() {
        List<Builtin> out = new ArrayList<>();
        for (Builtin b : values()) if (b.isCallable()) out.add(b);
        return List.copyOf(out);
    }

    public static Optional<Builtin> callable(String name) {
        for (Builtin b : values()) if (b.isCallable() && b.spelling.equals(name)) return Optional.of(b);
        return Optional.empty();
    }
}
