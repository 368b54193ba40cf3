#include "common.h"
u64 hist[64];
u64 total;
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 64); __type(key, u32); __type(value, u64); } percpu SEC(".maps");
static __noinline u64 sum_hist(void)
{
	u64 s = 0;
	for (int i = 0; i < 64; i++)
		s += hist[i];
	return s;
}
SEC("struct_ops/c2_enqueue")
void BPF_PROG(c2_enqueue, struct task_struct *p, u64 enq_flags)
{
	u32 cpu = bpf_get_smp_processor_id();
	hist[cpu & 63]++;
	u32 key = cpu % 64;
	u64 *v = bpf_map_lookup_elem(&percpu, &key);
	if (v)
		*v += 1;
	total = sum_hist();
	const struct cpumask *idle = scx_bpf_get_idle_cpumask();
	s32 c = scx_bpf_task_cpu(p);
	bool hit = bpf_cpumask_test_cpu(c, idle);
	scx_bpf_put_idle_cpumask(idle);
	struct task_struct *t = bpf_task_from_pid(p->pid);
	if (t) {
		if (t->prio < 120)
			enq_flags |= SCX_ENQ_HEAD;
		bpf_task_release(t);
	}
	scx_bpf_dsq_insert(p, SCX_DSQ_GLOBAL, hit ? SCX_SLICE_DFL / 2 : SCX_SLICE_DFL, enq_flags);
}
SEC(".struct_ops.link")
struct sched_ext_ops c2_ops = { .enqueue = (void *)c2_enqueue, .name = "c2" };
