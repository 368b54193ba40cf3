package org.schedc.kabi;

import java.util.Map;

/**
 * Reference-tracking flags of the kfuncs schedc and typical sched_ext schedulers call. Kernel BTF does not carry them:
 * the kernel keeps KF_ACQUIRE/KF_RELEASE/KF_RET_NULL in BTF_ID_FLAGS sets (.BTF_ids of vmlinux), and the only kfunc
 * DECL_TAG pahole emits is "bpf_kfunc". So they are hard-coded from kernel/sched/ext*.c and kernel/bpf/helpers.c.
 */
public enum KfuncFlags {
    NONE, ACQUIRE, ACQUIRE_RET_NULL, RELEASE, RET_NULL;

    private static final Map<String, KfuncFlags> TABLE = Map.ofEntries(
            Map.entry("scx_bpf_get_idle_cpumask", ACQUIRE),
            Map.entry("scx_bpf_get_idle_smtmask", ACQUIRE),
            Map.entry("scx_bpf_get_idle_cpumask_node", ACQUIRE),
            Map.entry("scx_bpf_get_idle_smtmask_node", ACQUIRE),
            Map.entry("scx_bpf_get_online_cpumask", ACQUIRE),
            Map.entry("scx_bpf_get_possible_cpumask", ACQUIRE),
            Map.entry("scx_bpf_put_idle_cpumask", RELEASE),
            Map.entry("scx_bpf_put_cpumask", RELEASE),
            Map.entry("scx_bpf_task_cgroup", ACQUIRE),
            Map.entry("scx_bpf_cpu_rq", RET_NULL),
            Map.entry("scx_bpf_cpu_curr", RET_NULL),
            Map.entry("scx_bpf_dsq_peek", RET_NULL),
            Map.entry("bpf_task_acquire", ACQUIRE_RET_NULL),
            Map.entry("bpf_task_from_pid", ACQUIRE_RET_NULL),
            Map.entry("bpf_task_release", RELEASE),
            Map.entry("bpf_cgroup_release", RELEASE),
            Map.entry("bpf_cgroup_acquire", ACQUIRE_RET_NULL),
            Map.entry("bpf_cgroup_from_id", ACQUIRE_RET_NULL),
            Map.entry("bpf_cgroup_ancestor", ACQUIRE_RET_NULL),
            Map.entry("bpf_cpumask_create", ACQUIRE_RET_NULL),
            Map.entry("bpf_cpumask_acquire", ACQUIRE),
            Map.entry("bpf_cpumask_release", RELEASE));

    public static KfuncFlags of(String kfunc) { return TABLE.getOrDefault(kfunc, NONE); }

    public boolean acquires() { return this == ACQUIRE || this == ACQUIRE_RET_NULL; }

    public boolean mayReturnNull() { return this == ACQUIRE_RET_NULL || this == RET_NULL; }
}
