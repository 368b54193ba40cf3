/* Hand-written C equivalent of examples/reading.sched: vtime fairness (vtime_fair), wake-ups
 * stay on their previous CPU, and a backlog of READ_BACKLOG waiting tasks kicks an idle CPU. */
#include "sched_lib.h"

#define READ_SLICE (10 * NSEC_PER_MSEC)
#define READ_BACKLOG 2

u64 backlog_kicks = 0;

s32 STRUCT_OPS(reading_select_cpu, select_cpu)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	s32 prev_cpu = ARG(s32, 1);

	if (scx_bpf_test_and_clear_cpu_idle(prev_cpu))
		scx_bpf_dsq_insert(p, SCX_DSQ_LOCAL, READ_SLICE, 0);
	return prev_cpu;
}

void STRUCT_OPS(reading_enqueue, enqueue)
{
	struct task_struct *p = ARG(struct task_struct *, 0);

	fair_enqueue(p, READ_SLICE, ARG(u64, 1));
	if (scx_bpf_dsq_nr_queued(FAIR_DSQ) >= READ_BACKLOG && idle_kick_any(p))
		backlog_kicks++;
}

void STRUCT_OPS(reading_dispatch, dispatch)
{
	scx_bpf_dsq_move_to_local(FAIR_DSQ);
}

void STRUCT_OPS(reading_running, running)
{
	fair_running(ARG(struct task_struct *, 0));
}

void STRUCT_OPS(reading_stopping, stopping)
{
	fair_stopping(ARG(struct task_struct *, 0), READ_SLICE);
}

void STRUCT_OPS(reading_enable, enable)
{
	scx_bpf_task_set_dsq_vtime(ARG(struct task_struct *, 0), fair_vtime_now);
}

s32 STRUCT_OPS_SLEEPABLE(reading_init, init)
{
	return scx_bpf_create_dsq(FAIR_DSQ, -1);
}

SEC(".struct_ops.link")
struct sched_ext_ops reading = {
	.select_cpu = (void *)reading_select_cpu,
	.enqueue = (void *)reading_enqueue,
	.dispatch = (void *)reading_dispatch,
	.running = (void *)reading_running,
	.stopping = (void *)reading_stopping,
	.enable = (void *)reading_enable,
	.init = (void *)reading_init,
	.timeout_ms = 5000,
	.name = "reading",
};
