#include "common.h"
u64 table[16];
SEC("struct_ops/c4_enqueue")
void BPF_PROG(c4_enqueue, struct task_struct *p, u64 enq_flags)
{
	const struct cpumask *idle = scx_bpf_get_idle_cpumask();
	table[p->pid & 31]++;
	if (p->prio > 100)
		scx_bpf_put_idle_cpumask(idle);
	scx_bpf_dsq_insert(p, SCX_DSQ_GLOBAL, SCX_SLICE_DFL, enq_flags);
}
SEC(".struct_ops.link")
struct sched_ext_ops c4_ops = { .enqueue = (void *)c4_enqueue, .name = "c4" };
