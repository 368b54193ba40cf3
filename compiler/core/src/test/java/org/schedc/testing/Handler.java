package org.schedc.testing;

import java.util.List;

/**
 * The callbacks a generated policy may implement (docs/language.md section 4), their parameters and result,
 * the task parameter when there is one, and the builtins that need a particular callback.
 */
enum Handler {
    SELECT_CPU("select_cpu", List.of("p", "prev_cpu", "wake_flags"), List.of(Ty.TASK, Ty.S32, Ty.U64), Ty.S32),
    ENQUEUE("enqueue", List.of("p", "enq_flags"), List.of(Ty.TASK, Ty.U64), null),
    DISPATCH("dispatch", List.of("cpu", "prev"), List.of(Ty.S32, Ty.OPAQUE), null),
    RUNNABLE("runnable", List.of("p", "enq_flags"), List.of(Ty.TASK, Ty.U64), null),
    RUNNING("running", List.of("p"), List.of(Ty.TASK), null),
    STOPPING("stopping", List.of("p", "runnable"), List.of(Ty.TASK, Ty.BOOL), null),
    QUIESCENT("quiescent", List.of("p", "deq_flags"), List.of(Ty.TASK, Ty.U64), null),
    TICK("tick", List.of("p"), List.of(Ty.TASK), null),
    ENABLE("enable", List.of("p"), List.of(Ty.TASK), null),
    INIT_TASK("init_task", List.of("p", "args"), List.of(Ty.TASK, Ty.OPAQUE), Ty.S32),
    UPDATE_IDLE("update_idle", List.of("cpu", "idle"), List.of(Ty.S32, Ty.BOOL), null),
    CPU_ONLINE("cpu_online", List.of("cpu"), List.of(Ty.S32), null),
    DEQUEUE("dequeue", List.of("p", "deq_flags"), List.of(Ty.TASK, Ty.U64), null),
    SET_WEIGHT("set_weight", List.of("p", "weight"), List.of(Ty.TASK, Ty.U32), null),
    DISABLE("disable", List.of("p"), List.of(Ty.TASK), null),
    EXIT_TASK("exit_task", List.of("p", "args"), List.of(Ty.TASK, Ty.OPAQUE), null),
    CPU_OFFLINE("cpu_offline", List.of("cpu"), List.of(Ty.S32), null),
    INIT("init", List.of(), List.of(), Ty.S32),
    EXIT("exit", List.of("info"), List.of(Ty.OPAQUE), null),
    /** A policy function: the builtins it calls are checked at each call site, so it uses none that need a callback. */
    FUNCTION("fn", List.of(), List.of(), null);

    private final String callback;
    private final List<String> params;
    private final List<Ty> types;
    private final Ty result;

    Handler(String callback, List<String> params, List<Ty> types, Ty result) {
        this.callback = callback;
        this.params = params;
        this.types = types;
        this.result = result;
    }

    String callback() { return callback; }
    List<String> params() { return params; }
    List<Ty> types() { return types; }
    Ty result() { return result; }

    /** The task parameter's name, or null. */
    String task() { return types.isEmpty() || types.getFirst() != Ty.TASK ? null : params.getFirst(); }

    /** A CPU id parameter (s32) the handler receives, or null. */
    String cpu() {
        for (int i = 0; i < params.size(); i++) if (types.get(i) == Ty.S32 && params.get(i).contains("cpu")) return params.get(i);
        return null;
    }

    /** Callbacks that run on a task's way through the scheduler, where writing its slice or vtime is meaningful. */
    boolean mayWriteTaskTime() { return this == ENQUEUE || this == RUNNING || this == STOPPING || this == TICK || this == RUNNABLE || this == SELECT_CPU; }

    /** sched_ext callbacks that may call the idle-claiming kfuncs (not the unlocked init/exit). */
    boolean mayClaimIdle() { return this != INIT && this != EXIT && this != FUNCTION; }

    /**
     * Where a generated policy kicks CPUs: where real schedulers do. A kick from update_idle or the task
     * transitions livelocks a guest (idle, kick, wake, idle...: the kernel's RCU stall detector ejects it).
     */
    boolean mayKick() { return this == ENQUEUE || this == SELECT_CPU || this == DISPATCH; }

    /**
     * Whether a body may return early: not where it would lose the task (enqueue, dispatch), and not in callbacks
     * whose result the kernel checks (init, init_task: an error fails the load), where only 0 is returned.
     */
    boolean mayReturnEarly() { return this != ENQUEUE && this != DISPATCH; }

    /** The value an early return gives in a callback whose result the kernel uses. */
    String safeResult() {
        return switch (this) {
            case SELECT_CPU -> "prev_cpu";
            case INIT, INIT_TASK -> "0";
            case ENQUEUE, DISPATCH, RUNNABLE, RUNNING, STOPPING, QUIESCENT, TICK, ENABLE, UPDATE_IDLE, CPU_ONLINE, EXIT, DEQUEUE,
                 SET_WEIGHT, DISABLE, EXIT_TASK, CPU_OFFLINE, FUNCTION -> null;
        };
    }
}
