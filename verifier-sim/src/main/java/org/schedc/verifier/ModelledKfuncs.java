package org.schedc.verifier;

import java.util.Set;
import org.schedc.kabi.KfuncRules;

/**
 * The kfuncs whose verifier treatment this model knows: the argument kinds the generic kfunc check handles (scalars,
 * trusted/RCU struct pointers, memory with a size, structs of scalars as memory), the reference flags in
 * {@link org.schedc.kabi.KfuncFlags} and, for sched_ext's own, the per-callback sets of kfunc-rules.txt. Any other
 * kfunc may take an iterator, a dynptr, a graph root/node, a kptr or a callback, or carry flags (KF_SLEEPABLE,
 * KF_DESTRUCTIVE, KF_RET_NULL...) the model would miss; a call to one is refused as not modelled instead of being
 * accepted on a guess, since a false accept tells a user that a scheduler loads when the kernel refuses it.
 */
final class ModelledKfuncs {
    /** Callable from any sched_ext callback (scx_kfunc_ids_any and the idle-cpumask set), generic argument rules. */
    private static final Set<String> PLAIN = Set.of(
            "scx_bpf_task_running", "scx_bpf_cpuperf_cap", "scx_bpf_cpuperf_cur", "scx_bpf_cpuperf_set", "scx_bpf_nr_node_ids",
            "scx_bpf_cpu_node", "scx_bpf_pick_idle_cpu_node", "scx_bpf_pick_any_cpu", "scx_bpf_pick_any_cpu_node",
            "scx_bpf_destroy_dsq", "scx_bpf_dump_bstr", "scx_bpf_events",
            "scx_bpf_get_idle_cpumask", "scx_bpf_get_idle_smtmask", "scx_bpf_get_idle_cpumask_node", "scx_bpf_get_idle_smtmask_node",
            "scx_bpf_get_online_cpumask", "scx_bpf_get_possible_cpumask", "scx_bpf_put_idle_cpumask", "scx_bpf_put_cpumask",
            "scx_bpf_task_cgroup", "scx_bpf_cpu_rq", "scx_bpf_cpu_curr", "scx_bpf_dsq_peek",
            "bpf_task_acquire", "bpf_task_from_pid", "bpf_task_release",
            "bpf_cgroup_acquire", "bpf_cgroup_release", "bpf_cgroup_from_id", "bpf_cgroup_ancestor",
            "bpf_cpumask_create", "bpf_cpumask_acquire", "bpf_cpumask_release",
            "bpf_cpumask_test_cpu", "bpf_cpumask_set_cpu", "bpf_cpumask_clear_cpu", "bpf_cpumask_test_and_set_cpu",
            "bpf_cpumask_test_and_clear_cpu", "bpf_cpumask_first", "bpf_cpumask_first_zero", "bpf_cpumask_first_and",
            "bpf_cpumask_empty", "bpf_cpumask_full", "bpf_cpumask_weight", "bpf_cpumask_and", "bpf_cpumask_or", "bpf_cpumask_xor",
            "bpf_cpumask_intersects", "bpf_cpumask_subset", "bpf_cpumask_equal", "bpf_cpumask_clear", "bpf_cpumask_setall",
            "bpf_cpumask_copy", "bpf_cpumask_any_distribute", "bpf_cpumask_any_and_distribute",
            "bpf_rcu_read_lock", "bpf_rcu_read_unlock", IterStep.NEW, IterStep.NEXT, IterStep.DESTROY);

    private ModelledKfuncs() {}

    /** True when {@code kernelName} (flavour already stripped) is modelled: listed here or in the per-callback rules. */
    static boolean modelled(String kernelName, KfuncRules rules) {
        return PLAIN.contains(kernelName) || rules.knows(kernelName);
    }
}
