/* Hand-written C equivalent of examples/video.sched: decoder threads (by comm) get a short
 * slice and the high class; a waking decoder preempts its CPU unless that runs a decoder. */
#include "sched_lib.h"

#define DECODER 1
#define BACKGROUND 2
#define DECODER_SLICE (4 * NSEC_PER_MSEC)
#define OTHER_SLICE (5 * NSEC_PER_MSEC)

u64 decoder_preemptions = 0;

struct cpu_ctx { bool running_decoder; };
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct cpu_ctx);
} cpu_ctxs SEC(".maps");

static __always_inline u32 class_of(struct task_struct *p)
{
	u32 tag = tag_of(p);
	return tag == DECODER ? PRIO_HIGH : tag == BACKGROUND ? PRIO_LOW : PRIO_NORMAL;
}

static __always_inline u64 slice_of(struct task_struct *p)
{
	return tag_of(p) == DECODER ? DECODER_SLICE : OTHER_SLICE;
}

s32 STRUCT_OPS(video_select_cpu, select_cpu)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	s32 prev_cpu = ARG(s32, 1);
	s32 cpu = idle_select(p, prev_cpu, ARG(u64, 2));

	if (cpu >= 0) {
		scx_bpf_dsq_insert(p, SCX_DSQ_LOCAL, slice_of(p), 0);
		return cpu;
	}
	return prev_cpu;
}

void STRUCT_OPS(video_enqueue, enqueue)
{
	struct task_struct *p = ARG(struct task_struct *, 0);

	prio_enqueue(p, class_of(p), slice_of(p), ARG(u64, 1));
	if (tag_of(p) == DECODER && !idle_kick_any(p)) {
		s32 c = scx_bpf_task_cpu(p);
		u32 zero = 0;
		/* The DSL reads the other CPU's state; a per-CPU array needs bpf_map_lookup_percpu_elem. */
		struct cpu_ctx *cc = bpf_map_lookup_elem(&cpu_ctxs, &zero);
		if (cc && !cc->running_decoder) {
			decoder_preemptions++;
			scx_bpf_kick_cpu(c, SCX_KICK_PREEMPT);
		}
	}
}

void STRUCT_OPS(video_dispatch, dispatch)
{
	struct task_struct *prev = ARG(struct task_struct *, 1);
	u32 prev_class = PRIO_NONE;

	if (prev && still_runnable(prev))
		prev_class = class_of(prev);
	prio_dispatch(prev_class);
}

void STRUCT_OPS(video_running, running)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	u32 zero = 0;
	struct cpu_ctx *cc = bpf_map_lookup_elem(&cpu_ctxs, &zero);

	if (cc)
		cc->running_decoder = tag_of(p) == DECODER;
}

void STRUCT_OPS(video_enable, enable)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	struct task_ctx *c = task_ctx(p);

	if (!c)
		return;
	if (STARTS(p->comm, "decode") || STARTS(p->comm, "vdec") || STARTS(p->comm, "ffmpeg") || STARTS(p->comm, "gst"))
		c->tag = DECODER;
	else if (p->static_prio > 120)
		c->tag = BACKGROUND;
}

s32 STRUCT_OPS_SLEEPABLE(video_init, init)
{
	return prio_init();
}

SEC(".struct_ops.link")
struct sched_ext_ops video = {
	.select_cpu = (void *)video_select_cpu,
	.enqueue = (void *)video_enqueue,
	.dispatch = (void *)video_dispatch,
	.running = (void *)video_running,
	.enable = (void *)video_enable,
	.init = (void *)video_init,
	.timeout_ms = 5000,
	.name = "video",
};
