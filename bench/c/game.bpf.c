/* Hand-written C equivalent of examples/game.sched: render and foreground tasks in the high
 * class with short slices, background (nice > 0) in the low class (prio_classes). */
#include "sched_lib.h"

#define RENDER 1
#define FOREGROUND 2
#define BACKGROUND 3
#define RENDER_SLICE (2 * NSEC_PER_MSEC)
#define FOREGROUND_SLICE (4 * NSEC_PER_MSEC)
#define OTHER_SLICE (10 * NSEC_PER_MSEC)

u64 render_wakeups = 0;

static __always_inline u32 class_of(struct task_struct *p)
{
	u32 tag = tag_of(p);
	return tag == RENDER || tag == FOREGROUND ? PRIO_HIGH : tag == BACKGROUND ? PRIO_LOW : PRIO_NORMAL;
}

static __always_inline u64 slice_of(struct task_struct *p)
{
	u32 tag = tag_of(p);
	return tag == RENDER ? RENDER_SLICE : tag == FOREGROUND ? FOREGROUND_SLICE : OTHER_SLICE;
}

s32 STRUCT_OPS(game_select_cpu, select_cpu)
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

void STRUCT_OPS(game_enqueue, enqueue)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	u32 tag = tag_of(p);

	if (tag == RENDER)
		render_wakeups++;
	prio_enqueue(p, class_of(p), slice_of(p), ARG(u64, 1));
	if (tag == RENDER || tag == FOREGROUND)
		idle_kick_any(p);
}

void STRUCT_OPS(game_dispatch, dispatch)
{
	struct task_struct *prev = ARG(struct task_struct *, 1);
	u32 prev_class = PRIO_NONE;

	if (prev && still_runnable(prev))
		prev_class = class_of(prev);
	prio_dispatch(prev_class);
}

void STRUCT_OPS(game_enable, enable)
{
	struct task_struct *p = ARG(struct task_struct *, 0);
	struct task_ctx *c = task_ctx(p);

	if (!c)
		return;
	if (STARTS(p->comm, "RenderThread") || STARTS(p->comm, "render"))
		c->tag = RENDER;
	else if (STARTS(p->real_parent->comm, "game") || STARTS(p->cgroups->dfl_cgrp->kn->name, "game"))
		c->tag = FOREGROUND;
	else if (p->static_prio > 120)
		c->tag = BACKGROUND;
}

s32 STRUCT_OPS_SLEEPABLE(game_init, init)
{
	return prio_init();
}

SEC(".struct_ops.link")
struct sched_ext_ops game = {
	.select_cpu = (void *)game_select_cpu,
	.enqueue = (void *)game_enqueue,
	.dispatch = (void *)game_dispatch,
	.enable = (void *)game_enable,
	.init = (void *)game_init,
	.timeout_ms = 5000,
	.name = "game",
};
