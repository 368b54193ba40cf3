/* Complete small schedulers (all accepted): FIFO, weighted vtime, per-CPU queues, idle
 * picking, with switches that change the generated code's shape. */
#include "common.h"

#ifndef NQ
#define NQ 4
#endif
u64 vtime_now;
u64 stats[4];
struct tctx { u64 last_run; u64 runtime; s32 cpu; u32 flags; };
struct { __uint(type, BPF_MAP_TYPE_TASK_STORAGE); __uint(map_flags, BPF_F_NO_PREALLOC); __type(key, int); __type(value, struct tctx); } tctx SEC(".maps");

SEC("struct_ops/s_select_cpu")
s32 BPF_PROG(s_select_cpu, struct task_struct *p, s32 prev_cpu, u64 wake_flags)
{
#ifdef IDLE_SCAN
	const struct cpumask *idle = scx_bpf_get_idle_cpumask();
	s32 cpu = prev_cpu;
	if (!bpf_cpumask_test_cpu(prev_cpu, idle)) {
		s32 c = bpf_cpumask_any_and_distribute(idle, p->cpus_ptr);
		if (c < scx_bpf_nr_cpu_ids())
			cpu = c;
	}
	scx_bpf_put_idle_cpumask(idle);
	if (scx_bpf_test_and_clear_cpu_idle(cpu))
		scx_bpf_dsq_insert(p, SCX_DSQ_LOCAL, SCX_SLICE_DFL, 0);
	return cpu;
#else
	bool idle = false;
	s32 cpu = scx_bpf_select_cpu_dfl(p, prev_cpu, wake_flags, &idle);
	if (idle) {
		__sync_fetch_and_add(&stats[0], 1);
		scx_bpf_dsq_insert(p, SCX_DSQ_LOCAL, SCX_SLICE_DFL, 0);
	}
	return cpu;
#endif
}

SEC("struct_ops/s_enqueue")
void BPF_PROG(s_enqueue, struct task_struct *p, u64 enq_flags)
{
	__sync_fetch_and_add(&stats[1], 1);
#if defined(VTIME)
	u64 vt = p->scx.dsq_vtime;
	if ((s64)(vt - vtime_now) < -(s64)SCX_SLICE_DFL)
		vt = vtime_now - SCX_SLICE_DFL;
	scx_bpf_dsq_insert_vtime(p, MYDSQ, SCX_SLICE_DFL, vt, enq_flags);
#elif defined(PERCPU_Q)
	u64 q = MYDSQ + ((u32)p->pid % NQ);
	scx_bpf_dsq_insert(p, q, SCX_SLICE_DFL, enq_flags);
#else
	scx_bpf_dsq_insert(p, MYDSQ, SCX_SLICE_DFL, enq_flags);
#endif
}

SEC("struct_ops/s_dispatch")
void BPF_PROG(s_dispatch, s32 cpu, struct task_struct *prev)
{
#if defined(PERCPU_Q)
	for (int i = 0; i < NQ; i++)
		if (scx_bpf_dsq_move_to_local(MYDSQ + ((u32)(cpu + i) % NQ)))
			return;
#else
	if (scx_bpf_dsq_move_to_local(MYDSQ))
		return;
#endif
	if (prev && (prev->scx.flags & SCX_TASK_QUEUED))
		prev->scx.slice = SCX_SLICE_DFL;
}

SEC("struct_ops/s_running")
void BPF_PROG(s_running, struct task_struct *p)
{
#ifdef TASK_CTX
	struct tctx *t = bpf_task_storage_get(&tctx, p, 0, 0);
	if (t) {
		t->last_run = scx_bpf_now();
		t->cpu = scx_bpf_task_cpu(p);
	}
#endif
	if ((s64)(vtime_now - p->scx.dsq_vtime) < 0)
		vtime_now = p->scx.dsq_vtime;
}

SEC("struct_ops/s_stopping")
void BPF_PROG(s_stopping, struct task_struct *p, bool runnable)
{
#ifdef TASK_CTX
	struct tctx *t = bpf_task_storage_get(&tctx, p, 0, 0);
	if (t)
		t->runtime += scx_bpf_now() - t->last_run;
#endif
	p->scx.dsq_vtime += (SCX_SLICE_DFL - p->scx.slice) * 100 / p->scx.weight;
}

SEC("struct_ops/s_enable")
void BPF_PROG(s_enable, struct task_struct *p)
{
	p->scx.dsq_vtime = vtime_now;
}

SEC("struct_ops/s_init_task")
s32 BPF_PROG(s_init_task, struct task_struct *p, struct scx_init_task_args *args)
{
#ifdef TASK_CTX
	if (!bpf_task_storage_get(&tctx, p, 0, BPF_LOCAL_STORAGE_GET_F_CREATE))
		return -12;
#endif
	return 0;
}

SEC("struct_ops.s/s_init")
s32 BPF_PROG(s_init)
{
#if defined(PERCPU_Q)
	for (int i = 0; i < NQ; i++) {
		s32 r = scx_bpf_create_dsq(MYDSQ + i, -1);
		if (r)
			return r;
	}
	return 0;
#else
	return scx_bpf_create_dsq(MYDSQ, -1);
#endif
}

SEC("struct_ops/s_exit")
void BPF_PROG(s_exit, struct scx_exit_info *ei)
{
	stats[2] = ei->kind;
}

OPS(.select_cpu = (void *)s_select_cpu, .enqueue = (void *)s_enqueue, .dispatch = (void *)s_dispatch,
    .running = (void *)s_running, .stopping = (void *)s_stopping, .enable = (void *)s_enable,
    .init_task = (void *)s_init_task, .init = (void *)s_init, .exit = (void *)s_exit);
