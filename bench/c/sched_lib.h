/* C counterparts of the stdlib modules (stdlib/src/main/sched) and of the DSL's tags, classify
 * rules, task/cpu state and counters, for the reference schedulers of the five examples that
 * import modules. Written as a sched_ext author would in C: a task-local storage map for tag and
 * state, classification at enable time, counters as plain globals. The classify rules on comm
 * prefixes are exact; `parent comm` reads real_parent->comm; `cgroup under "/X"` compares the
 * name of the task's default-hierarchy cgroup with X (a C author's shortcut: no ancestor walk). */
#ifndef SCHEDC_BENCH_LIB_H
#define SCHEDC_BENCH_LIB_H

#include "sched_common.h"

#define __always_inline inline __attribute__((always_inline))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name

static void *(*bpf_task_storage_get)(void *map, struct task_struct *task, void *value, u64 flags) = (void *)156;
static u64 (*bpf_ktime_get_ns)(void) = (void *)5;
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;
static u32 (*bpf_get_smp_processor_id)(void) = (void *)8;

extern s32 scx_bpf_dsq_nr_queued(u64 dsq_id) __ksym;
extern s32 scx_bpf_task_cpu(const struct task_struct *p) __ksym;

#define TASK_QUEUED 1 /* SCX_TASK_QUEUED */
#define NO_TAG 0

struct task_ctx {
	u32 tag;
	u64 started, avg_run, sleep_avg;
	bool boosted;
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct task_ctx);
} task_ctxs SEC(".maps");

static __always_inline struct task_ctx *task_ctx(struct task_struct *p)
{
	return bpf_task_storage_get(&task_ctxs, p, 0, 1 /* BPF_LOCAL_STORAGE_GET_F_CREATE */);
}

static __always_inline u32 tag_of(struct task_struct *p)
{
	struct task_ctx *c = task_ctx(p);
	return c ? c->tag : NO_TAG;
}

static __always_inline bool starts(const char *s, const char *prefix, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] != prefix[i])
			return false;
	return true;
}
#define STARTS(s, lit) starts((s), (lit), sizeof(lit) - 1)

/* idle_select */
static __always_inline s32 idle_select(struct task_struct *p, s32 prev_cpu, u64 wake_flags)
{
	bool is_idle = false;
	s32 cpu;

	if (scx_bpf_test_and_clear_cpu_idle(prev_cpu))
		return prev_cpu;
	cpu = scx_bpf_select_cpu_dfl(p, prev_cpu, wake_flags, &is_idle);
	if (is_idle)
		return cpu;
	return scx_bpf_pick_idle_cpu(p->cpus_ptr, 0);
}

static __always_inline bool idle_kick_any(struct task_struct *p)
{
	s32 cpu = scx_bpf_pick_idle_cpu(p->cpus_ptr, 0);
	if (cpu < 0)
		return false;
	scx_bpf_kick_cpu(cpu, 0);
	return true;
}

/* prio_classes */
#define PRIO_HIGH 0
#define PRIO_NORMAL 1
#define PRIO_LOW 2
#define PRIO_NONE 3
#define PRIO_GUARD (100 * NSEC_PER_MSEC)
#define PRIO_HIGH_DSQ 10
#define PRIO_NORMAL_DSQ 11
#define PRIO_LOW_DSQ 12
u64 prio_guard_turns = 0, prio_normal_served = 0, prio_low_served = 0;

static __always_inline void prio_enqueue(struct task_struct *p, u32 class, u64 slice, u64 enq_flags)
{
	if (p->nr_cpus_allowed == 1)
		scx_bpf_dsq_insert(p, SCX_DSQ_LOCAL, slice, enq_flags);
	else if (class == PRIO_HIGH)
		scx_bpf_dsq_insert(p, PRIO_HIGH_DSQ, slice, enq_flags);
	else if (class == PRIO_NORMAL)
		scx_bpf_dsq_insert(p, PRIO_NORMAL_DSQ, slice, enq_flags);
	else
		scx_bpf_dsq_insert(p, PRIO_LOW_DSQ, slice, enq_flags);
}

static __always_inline bool still_runnable(struct task_struct *prev)
{
	return prev->scx.flags & TASK_QUEUED;
}

static __always_inline bool prio_dispatch(u32 prev_class)
{
	u64 t = bpf_ktime_get_ns();

	if (scx_bpf_dsq_nr_queued(PRIO_LOW_DSQ) == 0) {
		prio_low_served = t;
	} else if ((s64)(t - prio_low_served) > (s64)PRIO_GUARD) {
		if (scx_bpf_dsq_move_to_local(PRIO_LOW_DSQ)) {
			prio_low_served = t;
			prio_guard_turns++;
			return true;
		}
	}
	if (scx_bpf_dsq_nr_queued(PRIO_NORMAL_DSQ) == 0) {
		prio_normal_served = t;
	} else if ((s64)(t - prio_normal_served) > (s64)PRIO_GUARD) {
		if (scx_bpf_dsq_move_to_local(PRIO_NORMAL_DSQ)) {
			prio_normal_served = t;
			prio_guard_turns++;
			return true;
		}
	}
	if (scx_bpf_dsq_move_to_local(PRIO_HIGH_DSQ))
		return true;
	if (prev_class <= PRIO_HIGH)
		return false;
	if (scx_bpf_dsq_move_to_local(PRIO_NORMAL_DSQ)) {
		prio_normal_served = t;
		return true;
	}
	if (prev_class <= PRIO_NORMAL)
		return false;
	if (scx_bpf_dsq_move_to_local(PRIO_LOW_DSQ)) {
		prio_low_served = t;
		return true;
	}
	return false;
}

static __always_inline s32 prio_init(void)
{
	s32 ret = scx_bpf_create_dsq(PRIO_HIGH_DSQ, -1);
	if (ret < 0)
		return ret;
	ret = scx_bpf_create_dsq(PRIO_NORMAL_DSQ, -1);
	if (ret < 0)
		return ret;
	return scx_bpf_create_dsq(PRIO_LOW_DSQ, -1);
}

/* vtime_fair */
#define FAIR_MAX_LEAD_SLICES 8
#define FAIR_DSQ 20
u64 fair_vtime_now = 0;

static __always_inline void fair_enqueue(struct task_struct *p, u64 slice, u64 enq_flags)
{
	u64 vt = p->scx.dsq_vtime;

	if ((s64)(vt - fair_vtime_now + slice) < 0)
		vt = fair_vtime_now - slice;
	else if ((s64)(vt - fair_vtime_now) > (s64)(FAIR_MAX_LEAD_SLICES * slice))
		vt = fair_vtime_now + FAIR_MAX_LEAD_SLICES * slice;
	scx_bpf_dsq_insert_vtime(p, FAIR_DSQ, slice, vt, enq_flags);
}

static __always_inline void fair_running(struct task_struct *p)
{
	if ((s64)(fair_vtime_now - p->scx.dsq_vtime) < 0)
		fair_vtime_now = p->scx.dsq_vtime;
}

static __always_inline void fair_stopping(struct task_struct *p, u64 slice)
{
	if (p->scx.slice < slice)
		scx_bpf_task_set_dsq_vtime(p, p->scx.dsq_vtime + (slice - p->scx.slice) * 100 / p->scx.weight);
}

/* latency_boost */
#define BOOST_SLICE (2 * NSEC_PER_MSEC)
#define BOOST_RUN_LIMIT (2 * NSEC_PER_MSEC)
#define BOOST_SLEEP_SHARE 512
#define BOOST_DSQ 21

static __always_inline u64 boost_avg_run(u64 avg_run, u64 started)
{
	u64 ran = bpf_ktime_get_ns() - started;
	if ((s64)ran < 0)
		return avg_run - (avg_run >> 3);
	return avg_run - (avg_run >> 3) + (ran >> 3);
}

static __always_inline u64 boost_sleep_avg(u64 sleep_avg, bool runnable)
{
	if (runnable)
		return sleep_avg - (sleep_avg >> 3);
	return sleep_avg - (sleep_avg >> 3) + (1024 >> 3);
}

#endif
