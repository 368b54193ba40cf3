/* Which callback may call which sched_ext kfunc, and sleepable-only kfuncs. */
#include "common.h"

#if defined(CASE_move_to_local_in_enqueue) || defined(CASE_create_dsq_in_enqueue) || defined(CASE_insert_in_enqueue) \
	|| defined(CASE_select_dfl_in_enqueue) || defined(CASE_kick_in_enqueue) || defined(CASE_now_in_enqueue) \
	|| defined(CASE_dispatch_cancel_in_enqueue) || defined(CASE_nr_queued_in_enqueue) || defined(CASE_vtime_insert_in_enqueue)
SEC("struct_ops/k_enqueue")
void BPF_PROG(k_enqueue, struct task_struct *p, u64 enq_flags)
{
#if defined(CASE_move_to_local_in_enqueue)
	scx_bpf_dsq_move_to_local(SCX_DSQ_GLOBAL);	/* BUG: dispatch only */
#elif defined(CASE_create_dsq_in_enqueue)
	scx_bpf_create_dsq(MYDSQ, -1);			/* BUG: sleepable callbacks only */
#elif defined(CASE_select_dfl_in_enqueue)
	bool idle = false;
	s32 cpu = scx_bpf_select_cpu_dfl(p, scx_bpf_task_cpu(p), 0, &idle);
	if (idle)
		scx_bpf_kick_cpu(cpu, SCX_KICK_IDLE);
#elif defined(CASE_kick_in_enqueue)
	scx_bpf_kick_cpu(scx_bpf_task_cpu(p), SCX_KICK_IDLE);
#elif defined(CASE_now_in_enqueue)
	p->scx.dsq_vtime = scx_bpf_now();
#elif defined(CASE_dispatch_cancel_in_enqueue)
	scx_bpf_dispatch_cancel();			/* BUG: dispatch only */
#elif defined(CASE_nr_queued_in_enqueue)
	if (scx_bpf_dsq_nr_queued(SCX_DSQ_GLOBAL) > 10)
		enq_flags |= SCX_ENQ_HEAD;
#elif defined(CASE_vtime_insert_in_enqueue)
	scx_bpf_dsq_insert_vtime(p, MYDSQ, SCX_SLICE_DFL, p->scx.dsq_vtime, enq_flags);
	return;
#endif
	scx_bpf_dsq_insert(p, SCX_DSQ_GLOBAL, SCX_SLICE_DFL, enq_flags);
}
#if defined(CASE_vtime_insert_in_enqueue)
SEC("struct_ops/k_dispatch")
void BPF_PROG(k_dispatch, s32 cpu, struct task_struct *prev) { scx_bpf_dsq_move_to_local(MYDSQ); }
SEC("struct_ops.s/k_init")
s32 BPF_PROG(k_init) { return scx_bpf_create_dsq(MYDSQ, -1); }
OPS(.enqueue = (void *)k_enqueue, .dispatch = (void *)k_dispatch, .init = (void *)k_init);
#else
OPS(.enqueue = (void *)k_enqueue);
#endif
#endif

#if defined(CASE_select_dfl_in_dispatch) || defined(CASE_insert_in_dispatch) || defined(CASE_nr_slots_in_dispatch) \
	|| defined(CASE_move_to_local_in_dispatch) || defined(CASE_create_dsq_in_dispatch)
ENQ_GLOBAL(k_enqueue2)
SEC("struct_ops/k_dispatch2")
void BPF_PROG(k_dispatch2, s32 cpu, struct task_struct *prev)
{
#if defined(CASE_select_dfl_in_dispatch)
	bool idle;
	if (prev)
		scx_bpf_select_cpu_dfl(prev, cpu, 0, &idle);	/* BUG: select_cpu/enqueue only */
#elif defined(CASE_insert_in_dispatch)
	if (prev && (prev->scx.flags & SCX_TASK_QUEUED))
		scx_bpf_dsq_insert(prev, SCX_DSQ_LOCAL, SCX_SLICE_DFL, 0);
#elif defined(CASE_nr_slots_in_dispatch)
	if (scx_bpf_dispatch_nr_slots() > 0)
		scx_bpf_dsq_move_to_local(SCX_DSQ_GLOBAL);
#elif defined(CASE_move_to_local_in_dispatch)
	scx_bpf_dsq_move_to_local(SCX_DSQ_GLOBAL);
#else
	scx_bpf_create_dsq(MYDSQ, -1);			/* BUG: not sleepable */
#endif
}
OPS(.enqueue = (void *)k_enqueue2, .dispatch = (void *)k_dispatch2);
#endif

#if defined(CASE_create_dsq_in_init_sleepable) || defined(CASE_create_dsq_in_init_not_sleepable) \
	|| defined(CASE_insert_in_init_task) || defined(CASE_move_to_local_in_running) || defined(CASE_kick_in_running) \
	|| defined(CASE_select_dfl_in_running) || defined(CASE_sleepable_enqueue)
#if defined(CASE_sleepable_enqueue)
SEC("struct_ops.s/k_enqueue3")			/* BUG: enqueue may not sleep */
void BPF_PROG(k_enqueue3, struct task_struct *p, u64 enq_flags)
{ scx_bpf_dsq_insert(p, SCX_DSQ_GLOBAL, SCX_SLICE_DFL, enq_flags); }
#else
ENQ_GLOBAL(k_enqueue3)
#endif
#if defined(CASE_create_dsq_in_init_sleepable)
SEC("struct_ops.s/k_init3")
s32 BPF_PROG(k_init3) { return scx_bpf_create_dsq(MYDSQ, -1); }
#else
SEC("struct_ops/k_init3")
s32 BPF_PROG(k_init3)
{
#if defined(CASE_create_dsq_in_init_not_sleepable)
	return scx_bpf_create_dsq(MYDSQ, -1);		/* BUG: section is not struct_ops.s */
#else
	return 0;
#endif
}
#endif
SEC("struct_ops/k_init_task")
s32 BPF_PROG(k_init_task, struct task_struct *p, struct scx_init_task_args *args)
{
#if defined(CASE_insert_in_init_task)
	scx_bpf_dsq_insert(p, SCX_DSQ_GLOBAL, SCX_SLICE_DFL, 0);	/* BUG: not from init_task */
#endif
	return 0;
}
SEC("struct_ops/k_running3")
void BPF_PROG(k_running3, struct task_struct *p)
{
#if defined(CASE_move_to_local_in_running)
	scx_bpf_dsq_move_to_local(SCX_DSQ_GLOBAL);	/* BUG: dispatch only */
#elif defined(CASE_kick_in_running)
	scx_bpf_kick_cpu(scx_bpf_task_cpu(p), SCX_KICK_IDLE);
#elif defined(CASE_select_dfl_in_running)
	bool idle;
	scx_bpf_select_cpu_dfl(p, 0, 0, &idle);	/* BUG: select_cpu/enqueue only */
#endif
}
OPS(.enqueue = (void *)k_enqueue3, .init = (void *)k_init3, .init_task = (void *)k_init_task, .running = (void *)k_running3);
#endif

#if defined(CASE_select_cpu_dfl_ok) || defined(CASE_select_cpu_insert_local) || defined(CASE_select_cpu_bad_ret)
SEC("struct_ops/k_select_cpu")
s32 BPF_PROG(k_select_cpu, struct task_struct *p, s32 prev_cpu, u64 wake_flags)
{
	bool idle = false;
	s32 cpu = scx_bpf_select_cpu_dfl(p, prev_cpu, wake_flags, &idle);
#if defined(CASE_select_cpu_insert_local)
	if (idle)
		scx_bpf_dsq_insert(p, SCX_DSQ_LOCAL, SCX_SLICE_DFL, 0);
#endif
#if defined(CASE_select_cpu_bad_ret)
	u64 r;
	asm volatile("%0 = %1" : "=r"(r) : "r"(p));
	return (s32)r;				/* truncated pointer is a scalar: allowed */
#else
	return cpu;
#endif
}
ENQ_GLOBAL(k_enqueue4)
OPS(.select_cpu = (void *)k_select_cpu, .enqueue = (void *)k_enqueue4);
#endif
