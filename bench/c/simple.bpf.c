/* Hand-written C equivalent of examples/simple.sched (scx_simple's weighted vtime mode). */
#include "sched_common.h"

#define SLICE (20 * NSEC_PER_MSEC)
#define SHARED_DSQ 0

u64 vtime_now = 0;

s32 STRUCT_OPS(simple_select_cpu, select_cpu)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	s32 prev_cpu = ARG(s32, 1);
	u64 wake_flags = ARG(u64, 2);
	bool is_idle = false;
	s32 cpu = scx_bpf_select_cpu_dfl(p, prev_cpu, wake_flags, &is_idle);

	if (is_idle)
		scx_bpf_dsq_insert(p, SCX_DSQ_LOCAL, SLICE, 0);
	return cpu;
}

void STRUCT_OPS(simple_enqueue, enqueue)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	u64 enq_flags = ARG(u64, 1);
	u64 vtime = p->scx.dsq_vtime;

	/* A task that slept long must not bank more than one slice of credit. */
	if ((s64)(vtime - (vtime_now - SLICE)) < 0)
		vtime = vtime_now - SLICE;
	scx_bpf_dsq_insert_vtime(p, SHARED_DSQ, SLICE, vtime, enq_flags);
}

void STRUCT_OPS(simple_dispatch, dispatch)
{
	scx_bpf_dsq_move_to_local(SHARED_DSQ);
}

void STRUCT_OPS(simple_running, running)
{
	struct task_struct *p = ARG(struct task_struct *, 0);

	if ((s64)(vtime_now - p->scx.dsq_vtime) < 0)
		vtime_now = p->scx.dsq_vtime;
}

void STRUCT_OPS(simple_stopping, stopping)
{
	struct task_struct *p = ARG(struct task_struct *, 0);

	scx_bpf_task_set_dsq_vtime(p, p->scx.dsq_vtime + (SLICE - p->scx.slice) * 100 / p->scx.weight);
}

void STRUCT_OPS(simple_enable, enable)
{
	struct task_struct *p = ARG(struct task_struct *, 0);

	scx_bpf_task_set_dsq_vtime(p, vtime_now);
}

s32 STRUCT_OPS_SLEEPABLE(simple_init, init)
{
	s32 ret = scx_bpf_create_dsq(SHARED_DSQ, -1);

	if (ret < 0)
		return ret;
	return 0;
}

SEC(".struct_ops.link")
struct sched_ext_ops simple = {
	.select_cpu = (void *)simple_select_cpu,
	.enqueue = (void *)simple_enqueue,
	.dispatch = (void *)simple_dispatch,
	.running = (void *)simple_running,
	.stopping = (void *)simple_stopping,
	.enable = (void *)simple_enable,
	.init = (void *)simple_init,
	.timeout_ms = 5000,
	.name = "simple",
};
