package org.schedc.sema;

import java.util.List;

/**
 * Policy builtins and the kfuncs that implement them, in order of preference. The checker picks
 * the first candidate every target kernel has and checks the caller against the kernel's callback rules.
 */
public enum Builtin {
    DEFAULT_CPU("default_cpu", 3, List.of("scx_bpf_select_cpu_dfl")),
    PICK_IDLE_CPU("pick_idle_cpu", 1, List.of("scx_bpf_pick_idle_cpu")),
    TEST_IDLE_CPU("test_idle_cpu", 1, List.of("scx_bpf_test_and_clear_cpu_idle")),
    KICK_CPU("kick_cpu", 1, List.of("scx_bpf_kick_cpu")),
    PREEMPT_CPU("preempt_cpu", 1, List.of("scx_bpf_kick_cpu")),
    NOW("now", 0, List.of("scx_bpf_now")),
    QUEUED("queued", 1, List.of("scx_bpf_dsq_nr_queued")),
    NR_CPUS("nr_cpus", 0, List.of("scx_bpf_nr_cpu_ids")),
    TASK_CPU("task_cpu", 1, List.of("scx_bpf_task_cpu")),
    ERROR("error", 1, List.of("scx_bpf_error_bstr")),
    MIN("min", 2, List.of()),
    MAX("max", 2, List.of()),
    /** {@code starts_with(chars, "prefix")}: compared in 8/4/2/1-byte chunks. */
    STARTS_WITH("starts_with", 2, List.of()),
    /** {@code cpu_state(cpu)}: another CPU's state block (bpf_map_lookup_percpu_elem). */
    CPU_STATE("cpu_state", 1, List.of()),
    /** {@code insert p into Q ...} on a FIFO or built-in queue. */
    INSERT("insert", -1, List.of("scx_bpf_dsq_insert___v2", "scx_bpf_dsq_insert")),
    /** {@code insert p into Q ... vtime V} on a vtime queue. */
    INSERT_VTIME("insert", -1, List.of("scx_bpf_dsq_insert_vtime")),
    /** {@code move Q to local}. */
    MOVE_TO_LOCAL("move", -1, List.of("scx_bpf_dsq_move_to_local___v2", "scx_bpf_dsq_move_to_local")),
    /** Queue creation in the generated init. */
    CREATE_QUEUE("queue", -1, List.of("scx_bpf_create_dsq"));

    private final String spelling;
    private final int arity;
    private final List<String> kfuncs;

    Builtin(String spelling, int arity, List<String> kfuncs) {
        this.spelling = spelling;
        this.arity = arity;
        this.kfuncs = kfuncs;
    }

    public String spelling() { return spelling; }
    public int arity() { return arity; }
    public List<String> kfuncs() { return kfuncs; }

    public static java.util.Optional<Builtin> callable(String name) {
        for (Builtin b : values()) if (b.arity >= 0 && b.spelling.equals(name)) return java.util.Optional.of(b);
        return java.util.Optional.empty();
    }
}
