#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, u32); __type(value, u64); } counts SEC(".maps");
u64 vtime_now;
SEC("struct_ops/c1_select_cpu")
s32 BPF_PROG(c1_select_cpu, struct task_struct *p, s32 prev_cpu, u64 wake_flags)
{
	bool is_idle = false;
	s32 cpu = scx_bpf_select_cpu_dfl(p, prev_cpu, wake_flags, &is_idle);
	if (is_idle)
		scx_bpf_dsq_insert(p, SCX_DSQ_LOCAL, SCX_SLICE_DFL, 0);
	return cpu;
}
SEC("struct_ops/c1_enqueue")
void BPF_PROG(c1_enqueue, struct task_struct *p, u64 enq_flags)
{
	u32 pid = p->pid;
	u64 one = 1, *c = bpf_map_lookup_elem(&counts, &pid);
	if (c)
		__sync_fetch_and_add(c, 1);
	else
		bpf_map_update_elem(&counts, &pid, &one, BPF_ANY);
	u64 vt = p->scx.dsq_vtime;
	if ((s64)(vt - vtime_now) < -(s64)SCX_SLICE_DFL)
		vt = vtime_now - SCX_SLICE_DFL;
	scx_bpf_dsq_insert_vtime(p, DSQ, SCX_SLICE_DFL, vt, enq_flags);
}
SEC("struct_ops/c1_dispatch")
void BPF_PROG(c1_dispatch, s32 cpu, struct task_struct *prev)
{
	for (int i = 0; i < 4; i++) {
		if (scx_bpf_dsq_move_to_local(DSQ))
			return;
	}
	if (prev && prev->scx.slice == 0)
		prev->scx.slice = SCX_SLICE_DFL;
}
SEC("struct_ops/c1_running")
void BPF_PROG(c1_running, struct task_struct *p)
{
	if ((s64)(vtime_now - p->scx.dsq_vtime) < 0)
		vtime_now = p->scx.dsq_vtime;
}
SEC("struct_ops/c1_stopping")
void BPF_PROG(c1_stopping, struct task_struct *p, bool runnable)
{
	p->scx.dsq_vtime += (SCX_SLICE_DFL - p->scx.slice) * 100 / p->scx.weight;
}
SEC("struct_ops.s/c1_init")
s32 BPF_PROG(c1_init)
{
	return scx_bpf_create_dsq(DSQ, -1);
}
SEC(".struct_ops.link")
struct sched_ext_ops c1_ops = {
	.select_cpu = (void *)c1_select_cpu, .enqueue = (void *)c1_enqueue, .dispatch = (void *)c1_dispatch,
	.running = (void *)c1_running, .stopping = (void *)c1_stopping, .init = (void *)c1_init, .name = "c1",
};
