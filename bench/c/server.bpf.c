/* Hand-written C equivalent of examples/server.sched: request threads (by comm) and tasks
 * with short runs and frequent sleeps go to a boosted FIFO (latency_boost), the rest share a
 * vtime queue (vtime_fair); per-task run/sleep averages in task-local storage. */
#include "sched_lib.h"

#define REQUEST 1
#define SERVER_SLICE (10 * NSEC_PER_MSEC)

u64 boosts = 0;

static __always_inline bool wants_boost(struct task_struct *p, struct task_ctx *c)
{
	if (c->tag == REQUEST)
		return c->avg_run <= BOOST_RUN_LIMIT;
	return c->avg_run <= BOOST_RUN_LIMIT && c->sleep_avg >= BOOST_SLEEP_SHARE;
}

s32 STRUCT_OPS(server_select_cpu, select_cpu)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	s32 prev_cpu = ARG(s32, 1);
	s32 cpu = idle_select(p, prev_cpu, ARG(u64, 2));

	if (cpu >= 0) {
		struct task_ctx *c = task_ctx(p);
		if (c)
			c->boosted = false;
		scx_bpf_dsq_insert(p, SCX_DSQ_LOCAL, SERVER_SLICE, 0);
		return cpu;
	}
	return prev_cpu;
}

void STRUCT_OPS(server_enqueue, enqueue)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	u64 enq_flags = ARG(u64, 1);
	struct task_ctx *c = task_ctx(p);

	if (c && wants_boost(p, c)) {
		boosts++;
		c->boosted = true;
		scx_bpf_dsq_insert(p, BOOST_DSQ, BOOST_SLICE, enq_flags);
		idle_kick_any(p);
		return;
	}
	if (c)
		c->boosted = false;
	fair_enqueue(p, SERVER_SLICE, enq_flags);
}

void STRUCT_OPS(server_dispatch, dispatch)
{
	if (!scx_bpf_dsq_move_to_local(BOOST_DSQ))
		scx_bpf_dsq_move_to_local(FAIR_DSQ);
}

void STRUCT_OPS(server_running, running)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	struct task_ctx *c = task_ctx(p);

	if (c)
		c->started = bpf_ktime_get_ns();
	fair_running(p);
}

void STRUCT_OPS(server_stopping, stopping)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	bool runnable = ARG(bool, 1);
	struct task_ctx *c = task_ctx(p);

	if (!c)
		return;
	c->avg_run = boost_avg_run(c->avg_run, c->started);
	c->sleep_avg = boost_sleep_avg(c->sleep_avg, runnable);
	fair_stopping(p, c->boosted ? BOOST_SLICE : SERVER_SLICE);
}

void STRUCT_OPS(server_enable, enable)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	struct task_ctx *c = task_ctx(p);

	scx_bpf_task_set_dsq_vtime(p, fair_vtime_now);
	if (c && (STARTS(p->comm, "req") || STARTS(p->comm, "http")))
		c->tag = REQUEST;
}

s32 STRUCT_OPS_SLEEPABLE(server_init, init)
{
	s32 ret = scx_bpf_create_dsq(BOOST_DSQ, -1);
	if (ret < 0)
		return ret;
	return scx_bpf_create_dsq(FAIR_DSQ, -1);
}

SEC(".struct_ops.link")
struct sched_ext_ops server = {
	.select_cpu = (void *)server_select_cpu,
	.enqueue = (void *)server_enqueue,
	.dispatch = (void *)server_dispatch,
	.running = (void *)server_running,
	.stopping = (void *)server_stopping,
	.enable = (void *)server_enable,
	.init = (void *)server_init,
	.timeout_ms = 5000,
	.name = "server",
};
