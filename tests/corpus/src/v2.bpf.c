/* verifier-sim v2 (issue 16): what real schedulers bring beside plain struct_ops code — programs of other types in
 * the same object, callbacks relocated through section symbols, open-coded iterators, on-stack argument arrays and
 * argument structs, kptrs in map values with RCU sections, queue maps, cgroup storage, __kconfig externs. */
#include "common.h"

#define KPTR __attribute__((btf_type_tag("kptr")))

u64 acc;
u64 arr[64];

#if defined(CASE_fentry_beside) || defined(CASE_syscall_beside)
ENQ_GLOBAL(v_enqueue)
#if defined(CASE_fentry_beside)
/* current scx headers add such a program to every scheduler: it is loaded, but not a struct_ops program */
SEC("fentry/bpf_scx_reg")
int BPF_PROG(v_on_reg, void *kdata)
{
	acc++;
	return 0;
}
#else
SEC("syscall")
int v_from_user(void *ctx)
{
	acc += 2;
	return 0;
}
#endif
OPS(.enqueue = (void *)v_enqueue);
#endif

#if defined(CASE_iter_sum) || defined(CASE_iter_no_destroy) || defined(CASE_iter_oob) || defined(CASE_iter_bounded_index)
ENQ_GLOBAL(v_enqueue)
SEC("struct_ops/v_dispatch")
void BPF_PROG(v_dispatch, s32 cpu, struct task_struct *prev)
{
	struct bpf_iter_num it;
	int *v;

	bpf_iter_num_new(&it, 0, 100);
	while ((v = bpf_iter_num_next(&it))) {
#if defined(CASE_iter_sum) || defined(CASE_iter_no_destroy)
		acc += *v;
#elif defined(CASE_iter_oob)
		arr[*v] += 1;			/* BUG: *v is not bounded for the verifier */
#else
		u32 i = *v;

		if (i < 64)
			arr[i] += 1;
#endif
	}
#if !defined(CASE_iter_no_destroy)
	bpf_iter_num_destroy(&it);
#endif
	/* BUG (iter_no_destroy): the iterator's reference is never released */
	scx_bpf_dsq_move_to_local(SCX_DSQ_GLOBAL);
}
OPS(.enqueue = (void *)v_enqueue, .dispatch = (void *)v_dispatch);
#endif

#if defined(CASE_err_array) || defined(CASE_err_array_short)
SEC("struct_ops/v_enqueue")
void BPF_PROG(v_enqueue, struct task_struct *p, u64 enq_flags)
{
	/* the shape the scx error macros build: a u64 array of mixed scalars and pointers, passed as memory */
	static char fmt[] = "task %s pid %d";
	u64 param[2];

	param[0] = (u64)p->comm;
	param[1] = p->pid;
	if (p->pid == 1)
#if defined(CASE_err_array)
		scx_bpf_error_bstr(fmt, param, sizeof(param));
#else
		scx_bpf_error_bstr(fmt, param, sizeof(param) + 512);	/* BUG: size beyond the frame */
#endif
	scx_bpf_dsq_insert(p, SCX_DSQ_GLOBAL, SCX_SLICE_DFL, enq_flags);
}
OPS(.enqueue = (void *)v_enqueue);
#endif

#if defined(CASE_vtime_args) || defined(CASE_vtime_args_short)
SEC("struct_ops/v_enqueue")
void BPF_PROG(v_enqueue, struct task_struct *p, u64 enq_flags)
{
#if defined(CASE_vtime_args)
	struct scx_bpf_dsq_insert_vtime_args args = {
		.dsq_id = MYDSQ, .slice = SCX_SLICE_DFL, .vtime = p->scx.dsq_vtime, .enq_flags = enq_flags,
	};
	__scx_bpf_dsq_insert_vtime(p, &args);
#else
	u32 small = MYDSQ;
	/* BUG: 4 bytes of stack passed where the kfunc reads a whole args struct */
	__scx_bpf_dsq_insert_vtime(p, (struct scx_bpf_dsq_insert_vtime_args *)&small);
#endif
}
SEC("struct_ops/v_dispatch")
void BPF_PROG(v_dispatch, s32 cpu, struct task_struct *prev)
{
	scx_bpf_dsq_move_to_local(MYDSQ);
}
SEC("struct_ops.s/v_init")
s32 BPF_PROG(v_init)
{
	return scx_bpf_create_dsq(MYDSQ, -1);
}
OPS(.enqueue = (void *)v_enqueue, .dispatch = (void *)v_dispatch, .init = (void *)v_init);
#endif

#if defined(CASE_kptr_mask) || defined(CASE_kptr_no_null_check) || defined(CASE_rcu_unlock_missing) || defined(CASE_kptr_direct_store)
struct mask_holder {
	struct bpf_cpumask KPTR *mask;
};
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct mask_holder);
} masks SEC(".maps");

ENQ_GLOBAL(v_enqueue)
SEC("struct_ops/v_select_cpu")
s32 BPF_PROG(v_select_cpu, struct task_struct *p, s32 prev_cpu, u64 wake_flags)
{
	u32 zero = 0;
	struct mask_holder *h = bpf_map_lookup_elem(&masks, &zero);
	struct bpf_cpumask *m;
	s32 cpu = prev_cpu;

	if (!h)
		return cpu;
	bpf_rcu_read_lock();
	m = h->mask;
#if defined(CASE_kptr_no_null_check)
	if (bpf_cpumask_test_cpu(prev_cpu, (const struct cpumask *)m))	/* BUG: m may be NULL */
		cpu = prev_cpu;
#else
	if (m && bpf_cpumask_test_cpu(prev_cpu, (const struct cpumask *)m))
		cpu = prev_cpu;
#endif
#if !defined(CASE_rcu_unlock_missing)
	bpf_rcu_read_unlock();
#endif
	/* BUG (rcu_unlock_missing): the RCU read section is still held at exit */
	return cpu;
}
SEC("struct_ops.s/v_init")
s32 BPF_PROG(v_init)
{
	u32 zero = 0;
	struct mask_holder *h = bpf_map_lookup_elem(&masks, &zero);
	struct bpf_cpumask *m, *old;

	if (!h)
		return -1;
	m = bpf_cpumask_create();
	if (!m)
		return -1;
	bpf_cpumask_set_cpu(0, m);
#if defined(CASE_kptr_direct_store)
	h->mask = m;				/* BUG: a referenced kptr is stored only with bpf_kptr_xchg */
	return 0;
#else
	old = bpf_kptr_xchg(&h->mask, m);
	if (old)
		bpf_cpumask_release(old);
	return 0;
#endif
}
OPS(.enqueue = (void *)v_enqueue, .select_cpu = (void *)v_select_cpu, .init = (void *)v_init);
#endif

#if defined(CASE_queue_map) || defined(CASE_queue_lookup)
struct {
	__uint(type, BPF_MAP_TYPE_QUEUE);
	__uint(max_entries, 64);
	__type(value, s32);
} pids SEC(".maps");

SEC("struct_ops/v_enqueue")
void BPF_PROG(v_enqueue, struct task_struct *p, u64 enq_flags)
{
	s32 pid = p->pid;
#if defined(CASE_queue_map)
	bpf_map_push_elem(&pids, &pid, 0);
	if (!bpf_map_pop_elem(&pids, &pid))
		acc += pid;
#else
	s32 *q = bpf_map_lookup_elem(&pids, &pid);	/* BUG: queues have no lookup */
	if (q)
		acc += *q;
#endif
	scx_bpf_dsq_insert(p, SCX_DSQ_GLOBAL, SCX_SLICE_DFL, enq_flags);
}
OPS(.enqueue = (void *)v_enqueue);
#endif

#if defined(CASE_cgrp_storage) || defined(CASE_cgrp_storage_on_task)
struct {
	__uint(type, BPF_MAP_TYPE_CGRP_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} cgc SEC(".maps");

ENQ_GLOBAL(v_enqueue)
SEC("struct_ops/v_cgroup_init")
s32 BPF_PROG(v_cgroup_init, struct cgroup *cgrp, struct scx_cgroup_init_args *args)
{
#if defined(CASE_cgrp_storage)
	u64 *c = bpf_cgrp_storage_get(&cgc, cgrp, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
#else
	u64 *c = bpf_task_storage_get(&cgc, bpf_get_current_task_btf(), 0, 0);	/* BUG: not a task storage map */
#endif
	if (c)
		*c = 1;
	return 0;
}
OPS(.enqueue = (void *)v_enqueue, .cgroup_init = (void *)v_cgroup_init);
#endif

#if defined(CASE_kconfig) || defined(CASE_kconfig_write)
extern int LINUX_KERNEL_VERSION __kconfig;

SEC("struct_ops/v_enqueue")
void BPF_PROG(v_enqueue, struct task_struct *p, u64 enq_flags)
{
#if defined(CASE_kconfig_write)
	LINUX_KERNEL_VERSION = 0;		/* BUG: the .kconfig map is frozen */
#endif
	if (LINUX_KERNEL_VERSION >= 0x70200)
		acc++;
	scx_bpf_dsq_insert(p, SCX_DSQ_GLOBAL, SCX_SLICE_DFL, enq_flags);
}
OPS(.enqueue = (void *)v_enqueue);
#endif

#if defined(CASE_timer_cb)
struct tmr {
	struct bpf_timer t;
};
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct tmr);
} timers SEC(".maps");

/* static: clang relocates its address against the .text section symbol */
static int tick(void *map, int *key, struct tmr *t)
{
	acc++;
	return 0;
}

ENQ_GLOBAL(v_enqueue)
SEC("struct_ops.s/v_init")
s32 BPF_PROG(v_init)
{
	u32 zero = 0;
	struct tmr *t = bpf_map_lookup_elem(&timers, &zero);

	if (!t)
		return -1;
	bpf_timer_init(&t->t, &timers, 1 /* CLOCK_MONOTONIC */);
	bpf_timer_set_callback(&t->t, tick);
	return bpf_timer_start(&t->t, 1000000, 0);
}
OPS(.enqueue = (void *)v_enqueue, .init = (void *)v_init);
#endif
