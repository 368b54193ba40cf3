/* Hand-written C equivalent of examples/colocation.sched (stdlib colocation): online work
 * first, offline work (by comm) when the online queue is empty or after COLO_GUARD of waiting,
 * with wait-time counters. */
#include "sched_lib.h"

#define ONLINE 1
#define OFFLINE 2
#define COLO_ONLINE_SLICE (10 * NSEC_PER_MSEC)
#define COLO_OFFLINE_SLICE (2 * NSEC_PER_MSEC)
#define COLO_GUARD (100 * NSEC_PER_MSEC)
#define ONLINE_DSQ 30
#define OFFLINE_DSQ 31

u64 colo_guard_turns = 0, colo_wait_within_guard = 0, colo_wait_within_2guard = 0, colo_wait_over_2guard = 0;
u64 colo_offline_served = 0;

static __always_inline bool serve_offline(u64 t)
{
	u64 waited;

	if (!scx_bpf_dsq_move_to_local(OFFLINE_DSQ))
		return false;
	waited = t - colo_offline_served;
	if ((s64)waited <= (s64)COLO_GUARD)
		colo_wait_within_guard++;
	else if (waited <= 2 * COLO_GUARD)
		colo_wait_within_2guard++;
	else
		colo_wait_over_2guard++;
	colo_offline_served = t;
	return true;
}

s32 STRUCT_OPS(colocation_select_cpu, select_cpu)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	s32 prev_cpu = ARG(s32, 1);
	s32 cpu;

	if (tag_of(p) == OFFLINE)
		return prev_cpu;
	cpu = idle_select(p, prev_cpu, ARG(u64, 2));
	if (cpu >= 0) {
		scx_bpf_dsq_insert(p, SCX_DSQ_LOCAL, COLO_ONLINE_SLICE, 0);
		return cpu;
	}
	return prev_cpu;
}

void STRUCT_OPS(colocation_enqueue, enqueue)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	u64 enq_flags = ARG(u64, 1);
	bool offline = tag_of(p) == OFFLINE;
	u64 slice = offline ? COLO_OFFLINE_SLICE : COLO_ONLINE_SLICE;

	if (p->nr_cpus_allowed == 1)
		scx_bpf_dsq_insert(p, SCX_DSQ_LOCAL, slice, enq_flags);
	else
		scx_bpf_dsq_insert(p, offline ? OFFLINE_DSQ : ONLINE_DSQ, slice, enq_flags);
}

void STRUCT_OPS(colocation_dispatch, dispatch)
{
	struct task_struct *prev = ARG(struct task_struct *, 1);
	bool keep_prev = prev && still_runnable(prev) && tag_of(prev) != OFFLINE;
	u64 t = bpf_ktime_get_ns();

	if (colo_offline_served == 0)
		colo_offline_served = t;
	if (scx_bpf_dsq_nr_queued(OFFLINE_DSQ) == 0) {
		colo_offline_served = t;
	} else if ((s64)(t - colo_offline_served) > (s64)COLO_GUARD) {
		if (serve_offline(t)) {
			colo_guard_turns++;
			return;
		}
	}
	if (scx_bpf_dsq_move_to_local(ONLINE_DSQ))
		return;
	if (keep_prev)
		return;
	serve_offline(t);
}

void STRUCT_OPS(colocation_enable, enable)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	struct task_ctx *c = task_ctx(p);

	if (!c)
		return;
	if (STARTS(p->comm, "offline") || STARTS(p->comm, "batch"))
		c->tag = OFFLINE;
	else if (STARTS(p->comm, "online"))
		c->tag = ONLINE;
}

s32 STRUCT_OPS_SLEEPABLE(colocation_init, init)
{
	s32 ret = scx_bpf_create_dsq(ONLINE_DSQ, -1);
	if (ret < 0)
		return ret;
	return scx_bpf_create_dsq(OFFLINE_DSQ, -1);
}

SEC(".struct_ops.link")
struct sched_ext_ops colocation = {
	.select_cpu = (void *)colocation_select_cpu,
	.enqueue = (void *)colocation_enqueue,
	.dispatch = (void *)colocation_dispatch,
	.enable = (void *)colocation_enable,
	.init = (void *)colocation_init,
	.timeout_ms = 5000,
	.name = "colocation",
};
