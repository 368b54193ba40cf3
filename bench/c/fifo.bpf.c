/* Hand-written C equivalent of examples/fifo.sched: one global FIFO queue. */
#include "sched_common.h"

#define SLICE (5 * NSEC_PER_MSEC)
#define MAIN_DSQ 0 /* schedc numbers queues in declaration order */

void STRUCT_OPS(fifo_enqueue, enqueue)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	u64 enq_flags = ARG(u64, 1);

	scx_bpf_dsq_insert(p, MAIN_DSQ, SLICE, enq_flags);
}

void STRUCT_OPS(fifo_dispatch, dispatch)
{
	scx_bpf_dsq_move_to_local(MAIN_DSQ);
}

s32 STRUCT_OPS_SLEEPABLE(fifo_init, init)
{
	s32 ret = scx_bpf_create_dsq(MAIN_DSQ, -1);

	if (ret < 0)
		return ret;
	return 0;
}

SEC(".struct_ops.link")
struct sched_ext_ops fifo = {
	.enqueue = (void *)fifo_enqueue,
	.dispatch = (void *)fifo_dispatch,
	.init = (void *)fifo_init,
	.timeout_ms = 5000,
	.name = "fifo",
};
