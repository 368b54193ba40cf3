/* Reference sched_ext scheduler for the kernel-harness self-test.
 * Global FIFO: every task goes to SCX_DSQ_GLOBAL with the default slice; with no
 * ops.dispatch the kernel itself moves tasks from the global queue to the CPUs.
 * Built with HARNESS_REF_BAD it calls scx_bpf_dsq_move_to_local() from enqueue,
 * which the verifier rejects ("calling kernel function ... is not allowed").
 * Build with build.sh; the compiled objects are committed so tests need no clang. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

char _license[] SEC("license") = "GPL";

#ifdef HARNESS_REF_BAD
#define REF_NAME "harness_ref_bad"
#else
#define REF_NAME "harness_ref"
#endif

SEC("struct_ops/harness_ref_enqueue")
void BPF_PROG(harness_ref_enqueue, struct task_struct *p, u64 enq_flags)
{
#ifdef HARNESS_REF_BAD
	scx_bpf_dsq_move_to_local(SCX_DSQ_GLOBAL);
#endif
	scx_bpf_dsq_insert(p, SCX_DSQ_GLOBAL, SCX_SLICE_DFL, enq_flags);
}

SEC(".struct_ops.link")
struct sched_ext_ops harness_ref_ops = {
	.enqueue = (void *)harness_ref_enqueue,
	.name = REF_NAME,
};
