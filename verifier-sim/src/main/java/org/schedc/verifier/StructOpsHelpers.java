package org.schedc.verifier;

import java.util.Map;
import java.util.Set;

/**
 * The helpers a sched_ext (struct_ops) program may call when loaded by root: sched_ext's get_func_proto gives task
 * storage and otherwise the kernel's base set (bpf_base_func_proto, including its CAP_BPF and CAP_PERFMON parts).
 * Every other helper is refused with "program of this type cannot use helper". Ids are the uapi helper numbers.
 */
final class StructOpsHelpers {
    static final int GET_CURRENT_TASK_BTF = 158;

    private static final Map<Integer, String> ALLOWED = Map.ofEntries(
            Map.entry(1, "bpf_map_lookup_elem"), Map.entry(2, "bpf_map_update_elem"), Map.entry(3, "bpf_map_delete_elem"),
            Map.entry(5, "bpf_ktime_get_ns"), Map.entry(6, "bpf_trace_printk"), Map.entry(7, "bpf_get_prandom_u32"),
            Map.entry(8, "bpf_get_smp_processor_id"), Map.entry(12, "bpf_tail_call"), Map.entry(35, "bpf_get_current_task"),
            Map.entry(42, "bpf_get_numa_node_id"), Map.entry(87, "bpf_map_push_elem"), Map.entry(88, "bpf_map_pop_elem"),
            Map.entry(89, "bpf_map_peek_elem"), Map.entry(93, "bpf_spin_lock"), Map.entry(94, "bpf_spin_unlock"),
            Map.entry(112, "bpf_probe_read_user"), Map.entry(113, "bpf_probe_read_kernel"), Map.entry(114, "bpf_probe_read_user_str"),
            Map.entry(115, "bpf_probe_read_kernel_str"), Map.entry(118, "bpf_jiffies64"), Map.entry(125, "bpf_ktime_get_boot_ns"),
            Map.entry(130, "bpf_ringbuf_output"), Map.entry(131, "bpf_ringbuf_reserve"), Map.entry(132, "bpf_ringbuf_submit"),
            Map.entry(133, "bpf_ringbuf_discard"), Map.entry(134, "bpf_ringbuf_query"), Map.entry(149, "bpf_snprintf_btf"),
            Map.entry(153, "bpf_per_cpu_ptr"), Map.entry(154, "bpf_this_cpu_ptr"), Map.entry(156, "bpf_task_storage_get"),
            Map.entry(157, "bpf_task_storage_delete"), Map.entry(GET_CURRENT_TASK_BTF, "bpf_get_current_task_btf"),
            Map.entry(164, "bpf_for_each_map_elem"), Map.entry(165, "bpf_snprintf"), Map.entry(169, "bpf_timer_init"),
            Map.entry(170, "bpf_timer_set_callback"), Map.entry(171, "bpf_timer_start"), Map.entry(172, "bpf_timer_cancel"),
            Map.entry(175, "bpf_task_pt_regs"), Map.entry(177, "bpf_trace_vprintk"), Map.entry(181, "bpf_loop"),
            Map.entry(182, "bpf_strncmp"), Map.entry(194, "bpf_kptr_xchg"), Map.entry(195, "bpf_map_lookup_percpu_elem"),
            Map.entry(197, "bpf_dynptr_from_mem"), Map.entry(198, "bpf_ringbuf_reserve_dynptr"), Map.entry(199, "bpf_ringbuf_submit_dynptr"),
            Map.entry(200, "bpf_ringbuf_discard_dynptr"), Map.entry(201, "bpf_dynptr_read"), Map.entry(202, "bpf_dynptr_write"),
            Map.entry(203, "bpf_dynptr_data"), Map.entry(208, "bpf_ktime_get_tai_ns"), Map.entry(209, "bpf_user_ringbuf_drain"),
            Map.entry(210, "bpf_cgrp_storage_get"), Map.entry(211, "bpf_cgrp_storage_delete")); // in the base set since 6.x: scx_flatcg loads on 7.2.13/7.3.4

    /** Names of refused helpers that sched_ext code plausibly reaches for (others print as "helper"). */
    private static final Map<Integer, String> OTHERS = Map.of(
            4, "bpf_probe_read", 14, "bpf_get_current_pid_tgid", 16, "bpf_get_current_comm", 26, "bpf_skb_load_bytes",
            67, "bpf_get_stack", 27, "bpf_get_stackid", 25, "bpf_perf_event_output");

    private StructOpsHelpers() {}

    static boolean allowed(int id) {
        return ALLOWED.containsKey(id);
    }

    static String name(int id) {
        return ALLOWED.getOrDefault(id, OTHERS.getOrDefault(id, "helper"));
    }

    static Set<Integer> allowedIds() {
        return ALLOWED.keySet();
    }
}
