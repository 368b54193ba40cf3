/* Null checks: dispatch's nullable prev, map lookups, nullable kfunc results.
 * One case per build (-DCASE_x); reject cases carry one deliberate bug. */
#include "common.h"

struct val { u64 runs; u64 vtime; u32 cpu; u32 pad; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 256); __type(key, u32); __type(value, struct val); } hmap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 8); __type(key, u32); __type(value, u64); } amap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, u32); __type(value, u64); } pcpu SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_TASK_STORAGE); __uint(map_flags, BPF_F_NO_PREALLOC); __type(key, int); __type(value, u64); } tstore SEC(".maps");

ENQ_GLOBAL(n_enqueue)

#if defined(CASE_prev_checked) || defined(CASE_prev_unchecked) || defined(CASE_prev_checked_late)
SEC("struct_ops/n_dispatch")
void BPF_PROG(n_dispatch, s32 cpu, struct task_struct *prev)
{
#if defined(CASE_prev_checked)
	if (prev && prev->scx.slice == 0)
		prev->scx.slice = SCX_SLICE_DFL;
#elif defined(CASE_prev_unchecked)
	if (prev->scx.slice == 0)	/* BUG: prev is NULL when the CPU was idle */
		scx_bpf_kick_cpu(cpu, SCX_KICK_IDLE);
#else
	u64 s = prev->scx.slice;	/* BUG: read before the check below */
	if (prev && s == 0)
		scx_bpf_kick_cpu(cpu, SCX_KICK_IDLE);
#endif
}
OPS(.enqueue = (void *)n_enqueue, .dispatch = (void *)n_dispatch);
#endif

#if defined(CASE_hash_checked) || defined(CASE_hash_unchecked) || defined(CASE_hash_checked_other) \
	|| defined(CASE_hash_update_only) || defined(CASE_hash_unchecked_write)
SEC("struct_ops/n_running")
void BPF_PROG(n_running, struct task_struct *p)
{
	u32 pid = p->pid;
	struct val *v = bpf_map_lookup_elem(&hmap, &pid);
#if defined(CASE_hash_checked)
	if (!v) {
		struct val init = { .runs = 1 };
		bpf_map_update_elem(&hmap, &pid, &init, BPF_ANY);
		return;
	}
	v->runs++;
#elif defined(CASE_hash_unchecked)
	v->runs++;			/* BUG: hash lookups may miss */
#elif defined(CASE_hash_checked_other)
	struct val *w = bpf_map_lookup_elem(&hmap, &pid);
	if (w)
		v->runs++;		/* BUG: checked w, used v */
#elif defined(CASE_hash_update_only)
	struct val init = { .runs = 1 };
	if (!v)
		bpf_map_update_elem(&hmap, &pid, &init, BPF_NOEXIST);
#else
	v->cpu = bpf_get_smp_processor_id();	/* BUG: write through a maybe-NULL value */
#endif
}
OPS(.enqueue = (void *)n_enqueue, .running = (void *)n_running);
#endif

#if defined(CASE_array_const_key) || defined(CASE_array_var_key_unchecked) || defined(CASE_array_var_key_checked) \
	|| defined(CASE_array_key_out_of_range) || defined(CASE_percpu_const_key)
SEC("struct_ops/n_stopping")
void BPF_PROG(n_stopping, struct task_struct *p, bool runnable)
{
#if defined(CASE_array_const_key)
	u32 k = 3;
	u64 *c = bpf_map_lookup_elem(&amap, &k);	/* constant in-range key: never NULL */
	*c += 1;
#elif defined(CASE_array_var_key_unchecked)
	u32 k = p->pid & 7;
	u64 *c = bpf_map_lookup_elem(&amap, &k);
	*c += 1;				/* BUG: a variable key needs a check */
#elif defined(CASE_array_var_key_checked)
	u32 k = p->pid & 7;
	u64 *c = bpf_map_lookup_elem(&amap, &k);
	if (c)
		*c += 1;
#elif defined(CASE_array_key_out_of_range)
	u32 k = 8;
	u64 *c = bpf_map_lookup_elem(&amap, &k);
	*c += 1;				/* BUG: key 8 of 8 entries misses */
#else
	u32 k = 0;
	u64 *c = bpf_map_lookup_elem(&pcpu, &k);
	*c += 1;
#endif
}
OPS(.enqueue = (void *)n_enqueue, .stopping = (void *)n_stopping);
#endif

#if defined(CASE_task_storage_checked) || defined(CASE_task_storage_unchecked)
SEC("struct_ops/n_runnable")
void BPF_PROG(n_runnable, struct task_struct *p, u64 enq_flags)
{
	u64 *s = bpf_task_storage_get(&tstore, p, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
#if defined(CASE_task_storage_checked)
	if (s)
		*s += 1;
#else
	*s += 1;				/* BUG: creation can fail */
#endif
}
OPS(.enqueue = (void *)n_enqueue, .runnable = (void *)n_runnable);
#endif

#if defined(CASE_peek_checked) || defined(CASE_peek_unchecked) || defined(CASE_cpu_curr_unchecked) || defined(CASE_cpu_curr_checked)
SEC("struct_ops/n_dispatch2")
void BPF_PROG(n_dispatch2, s32 cpu, struct task_struct *prev)
{
#if defined(CASE_peek_checked)
	struct task_struct *t = scx_bpf_dsq_peek(SCX_DSQ_GLOBAL);
	if (t && t->scx.weight > 100)
		scx_bpf_kick_cpu(cpu, SCX_KICK_IDLE);
#elif defined(CASE_peek_unchecked)
	struct task_struct *t = scx_bpf_dsq_peek(SCX_DSQ_GLOBAL);
	if (t->scx.weight > 100)		/* BUG: the queue may be empty */
		scx_bpf_kick_cpu(cpu, SCX_KICK_IDLE);
#elif defined(CASE_cpu_curr_checked)
	struct task_struct *t = scx_bpf_cpu_curr(cpu);
	if (t && t->pid == 1)
		scx_bpf_kick_cpu(cpu, SCX_KICK_IDLE);
#else
	struct task_struct *t = scx_bpf_cpu_curr(cpu);
	if (t->pid == 1)			/* BUG: may be NULL */
		scx_bpf_kick_cpu(cpu, SCX_KICK_IDLE);
#endif
}
OPS(.enqueue = (void *)n_enqueue, .dispatch = (void *)n_dispatch2);
#endif
