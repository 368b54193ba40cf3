/* Acquire/release pairs: idle cpumasks, task references, bpf_cpumask objects. */
#include "common.h"

#if defined(CASE_idle_get_put) || defined(CASE_idle_get_no_put) || defined(CASE_idle_put_one_branch) \
	|| defined(CASE_idle_double_put) || defined(CASE_smt_get_put) || defined(CASE_idle_use_after_put) \
	|| defined(CASE_idle_put_wrong_ptr) || defined(CASE_online_get_put) || defined(CASE_idle_get_put_loop)
SEC("struct_ops/r_enqueue")
void BPF_PROG(r_enqueue, struct task_struct *p, u64 enq_flags)
{
	const struct cpumask *idle = scx_bpf_get_idle_cpumask();
	s32 cpu = -1;
#if defined(CASE_idle_get_put)
	if (bpf_cpumask_test_cpu(0, idle))
		cpu = 0;
	scx_bpf_put_idle_cpumask(idle);
#elif defined(CASE_idle_get_no_put)
	if (bpf_cpumask_test_cpu(0, idle))	/* BUG: never put back */
		cpu = 0;
#elif defined(CASE_idle_put_one_branch)
	if (bpf_cpumask_test_cpu(0, idle)) {
		cpu = 0;
		scx_bpf_put_idle_cpumask(idle);	/* BUG: only on this branch */
	}
#elif defined(CASE_idle_double_put)
	scx_bpf_put_idle_cpumask(idle);
	scx_bpf_put_idle_cpumask(idle);		/* BUG: released twice */
#elif defined(CASE_smt_get_put)
	const struct cpumask *smt = scx_bpf_get_idle_smtmask();
	if (bpf_cpumask_intersects(idle, smt))
		cpu = bpf_cpumask_first_and(idle, smt);
	scx_bpf_put_idle_cpumask(smt);
	scx_bpf_put_idle_cpumask(idle);
#elif defined(CASE_idle_use_after_put)
	scx_bpf_put_idle_cpumask(idle);
	if (bpf_cpumask_test_cpu(0, idle))	/* BUG: used after release */
		cpu = 0;
#elif defined(CASE_idle_put_wrong_ptr)
	scx_bpf_put_idle_cpumask(p->cpus_ptr);	/* BUG: releases what was never acquired */
	scx_bpf_put_idle_cpumask(idle);
#elif defined(CASE_online_get_put)
	const struct cpumask *on = scx_bpf_get_online_cpumask();
	cpu = bpf_cpumask_weight(on) > 1 ? 1 : 0;
	scx_bpf_put_cpumask(on);
	scx_bpf_put_idle_cpumask(idle);
#else
	for (int i = 0; i < 8; i++)
		if (bpf_cpumask_test_cpu(i, idle)) { cpu = i; break; }
	scx_bpf_put_idle_cpumask(idle);
#endif
	scx_bpf_dsq_insert(p, SCX_DSQ_GLOBAL, SCX_SLICE_DFL, enq_flags);
	if (cpu >= 0)
		scx_bpf_kick_cpu(cpu, SCX_KICK_IDLE);
}
OPS(.enqueue = (void *)r_enqueue);
#endif

#if defined(CASE_task_acq_rel) || defined(CASE_task_acq_no_rel) || defined(CASE_task_acq_unchecked) \
	|| defined(CASE_task_rel_unowned) || defined(CASE_task_acq_rel_twice) || defined(CASE_task_from_pid_rel) \
	|| defined(CASE_task_from_pid_no_rel)
ENQ_GLOBAL(r_enqueue2)
SEC("struct_ops/r_running")
void BPF_PROG(r_running, struct task_struct *p)
{
#if defined(CASE_task_acq_rel)
	struct task_struct *t = bpf_task_acquire(p);
	if (t)
		bpf_task_release(t);
#elif defined(CASE_task_acq_no_rel)
	struct task_struct *t = bpf_task_acquire(p);
	if (t && t->pid == 1)			/* BUG: reference leaked */
		scx_bpf_kick_cpu(0, SCX_KICK_IDLE);
#elif defined(CASE_task_acq_unchecked)
	struct task_struct *t = bpf_task_acquire(p);
	bpf_task_release(t);			/* BUG: may be NULL */
#elif defined(CASE_task_rel_unowned)
	bpf_task_release(p);			/* BUG: not a reference we own */
#elif defined(CASE_task_acq_rel_twice)
	struct task_struct *t = bpf_task_acquire(p);
	if (t) {
		bpf_task_release(t);
		bpf_task_release(t);		/* BUG: released twice */
	}
#elif defined(CASE_task_from_pid_rel)
	struct task_struct *t = bpf_task_from_pid(1);
	if (t) {
		if (t->scx.weight > 100)
			scx_bpf_kick_cpu(0, SCX_KICK_IDLE);
		bpf_task_release(t);
	}
#else
	struct task_struct *t = bpf_task_from_pid(1);
	if (t && t->scx.weight > 100)		/* BUG: leaked */
		scx_bpf_kick_cpu(0, SCX_KICK_IDLE);
#endif
}
OPS(.enqueue = (void *)r_enqueue2, .running = (void *)r_running);
#endif

#if defined(CASE_cpumask_create_rel) || defined(CASE_cpumask_create_leak) || defined(CASE_cpumask_create_unchecked)
ENQ_GLOBAL(r_enqueue3)
SEC("struct_ops.s/r_init")
s32 BPF_PROG(r_init)
{
	struct bpf_cpumask *m = bpf_cpumask_create();
#if defined(CASE_cpumask_create_rel)
	if (!m)
		return -12;
	bpf_cpumask_set_cpu(0, m);
	bpf_cpumask_release(m);
#elif defined(CASE_cpumask_create_leak)
	if (!m)
		return -12;
	bpf_cpumask_set_cpu(0, m);		/* BUG: never released */
#else
	bpf_cpumask_set_cpu(0, m);		/* BUG: may be NULL */
	bpf_cpumask_release(m);
#endif
	return 0;
}
OPS(.enqueue = (void *)r_enqueue3, .init = (void *)r_init);
#endif
