/* Hand-written C equivalent of examples/interactive.sched: a short FIFO queue for raised
 * priority and CPU-pinned tasks, served first; a weighted vtime queue for the rest. */
#include "sched_common.h"

#define FAST_SLICE (3 * NSEC_PER_MSEC)
#define FAIR_SLICE (20 * NSEC_PER_MSEC)
#define NICE_0_PRIO 120
#define FAST_DSQ 0
#define FAIR_DSQ 1

u64 vtime_now = 0;
u64 fast_inserts = 0;
u64 fair_inserts = 0;

static bool is_interactive(s32 prio, s32 nr_cpus)
{
	return prio < NICE_0_PRIO || nr_cpus == 1;
}

s32 STRUCT_OPS(interactive_select_cpu, select_cpu)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	s32 prev_cpu = ARG(s32, 1);
	u64 wake_flags = ARG(u64, 2);
	bool is_idle = false;
	s32 cpu;

	if (scx_bpf_test_and_clear_cpu_idle(prev_cpu)) {
		scx_bpf_dsq_insert(p, SCX_DSQ_LOCAL, FAST_SLICE, 0);
		return prev_cpu;
	}
	cpu = scx_bpf_select_cpu_dfl(p, prev_cpu, wake_flags, &is_idle);
	if (is_idle)
		scx_bpf_dsq_insert(p, SCX_DSQ_LOCAL, FAIR_SLICE, 0);
	return cpu;
}

void STRUCT_OPS(interactive_enqueue, enqueue)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	u64 enq_flags = ARG(u64, 1);
	u64 vtime;

	if (is_interactive(p->prio, p->nr_cpus_allowed)) {
		fast_inserts += 1;
		scx_bpf_dsq_insert(p, FAST_DSQ, FAST_SLICE, enq_flags);
		/* Wake an idle CPU so the latency-sensitive task need not wait for a tick. */
		s32 idle = scx_bpf_pick_idle_cpu(p->cpus_ptr, 0);
		if (idle >= 0)
			scx_bpf_kick_cpu(idle, 0);
		return;
	}
	fair_inserts += 1;
	vtime = p->scx.dsq_vtime;
	if ((s64)(vtime - vtime_now + FAIR_SLICE) < 0)
		vtime = vtime_now - FAIR_SLICE;
	scx_bpf_dsq_insert_vtime(p, FAIR_DSQ, FAIR_SLICE, vtime, enq_flags);
}

void STRUCT_OPS(interactive_dispatch, dispatch)
{
	if (!scx_bpf_dsq_move_to_local(FAST_DSQ))
		scx_bpf_dsq_move_to_local(FAIR_DSQ);
}

void STRUCT_OPS(interactive_running, running)
{
	struct task_struct *p = ARG(struct task_struct *, 0);

	if ((s64)(vtime_now - p->scx.dsq_vtime) < 0)
		vtime_now = p->scx.dsq_vtime;
}

void STRUCT_OPS(interactive_stopping, stopping)
{
	struct task_struct *p = ARG(struct task_struct *, 0);

	scx_bpf_task_set_dsq_vtime(p, p->scx.dsq_vtime +
				      (FAIR_SLICE - p->scx.slice) * 100 / p->scx.weight);
}

void STRUCT_OPS(interactive_enable, enable)
{
	struct task_struct *p = ARG(struct task_struct *, 0);

	scx_bpf_task_set_dsq_vtime(p, vtime_now);
}

s32 STRUCT_OPS_SLEEPABLE(interactive_init, init)
{
	s32 ret = scx_bpf_create_dsq(FAST_DSQ, -1);

	if (ret < 0)
		return ret;
	ret = scx_bpf_create_dsq(FAIR_DSQ, -1);
	if (ret < 0)
		return ret;
	return 0;
}

SEC(".struct_ops.link")
struct sched_ext_ops interactive = {
	.select_cpu = (void *)interactive_select_cpu,
	.enqueue = (void *)interactive_enqueue,
	.dispatch = (void *)interactive_dispatch,
	.running = (void *)interactive_running,
	.stopping = (void *)interactive_stopping,
	.enable = (void *)interactive_enable,
	.init = (void *)interactive_init,
	.timeout_ms = 10000,
	.name = "interactive",
};
