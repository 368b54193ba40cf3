/* Context and kernel-struct rules: read-only ctx, argument slots, task_struct writes, ctx arithmetic. */
#include "common.h"

u64 sink;

SEC("struct_ops/x_enqueue")
void BPF_PROG(x_enqueue, struct task_struct *p, u64 enq_flags)
{
#if defined(CASE_ctx_write)
	asm volatile("r2 = 0; *(u64 *)(%0 + 8) = r2" :: "r"(ctx) : "r2", "memory");	/* BUG: ctx is read-only */
#elif defined(CASE_ctx_read_past_args)
	u64 v;
	asm volatile("%0 = *(u64 *)(%1 + 16)" : "=r"(v) : "r"(ctx));	/* BUG: enqueue has two arguments */
	sink = v;
#elif defined(CASE_ctx_read_misaligned)
	u64 v;
	asm volatile("%0 = *(u32 *)(%1 + 4)" : "=r"(v) : "r"(ctx));	/* BUG: half of an argument slot */
	sink = v;
#elif defined(CASE_ctx_var_arith)
	u64 v, i = enq_flags & 8;
	asm volatile("r3 = %1; r3 += %2; %0 = *(u64 *)(r3 + 0)" : "=r"(v) : "r"(ctx), "r"(i) : "r3");	/* BUG: variable ctx offset */
	sink = v;
#elif defined(CASE_ctx_const_arith)
	u64 v;
	asm volatile("r3 = %1; r3 += 8; %0 = *(u64 *)(r3 + 0)" : "=r"(v) : "r"(ctx) : "r3");	/* constant offset folds */
	sink = v;
#elif defined(CASE_ctx_atomic)
	asm volatile("r2 = 1; lock *(u64 *)(%0 + 8) += r2" :: "r"(ctx) : "r2", "memory");	/* BUG: atomic on ctx */
#elif defined(CASE_task_write_slice)
	p->scx.slice = SCX_SLICE_DFL / 2;
#elif defined(CASE_task_write_vtime)
	p->scx.dsq_vtime += 1000;
#elif defined(CASE_task_write_prio)
	p->prio = 120;				/* BUG: only scx.slice/dsq_vtime/disallow are writable */
#elif defined(CASE_task_write_weight)
	p->scx.weight = 100;			/* BUG: weight is read-only */
#elif defined(CASE_task_read_past_end)
	u64 v;
	asm volatile("%0 = *(u64 *)(%1 + 16000)" : "=r"(v) : "r"(p));	/* BUG: beyond task_struct */
	sink = v;
#elif defined(CASE_task_var_offset)
	u64 v, i = enq_flags & 8;
	asm volatile("r3 = %1; r3 += %2; %0 = *(u64 *)(r3 + 0)" : "=r"(v) : "r"(p), "r"(i) : "r3");	/* BUG: variable offset into a kernel struct */
	sink = v;
#elif defined(CASE_task_atomic)
	asm volatile("r2 = 1; lock *(u64 *)(%0 + 0) += r2" :: "r"(&p->scx.dsq_vtime) : "r2", "memory");	/* BUG: atomic on a kernel struct */
#elif defined(CASE_task_read_chain)
	sink = p->real_parent->pid + p->group_leader->tgid;
#elif defined(CASE_task_untrusted_to_kfunc)
	struct task_struct *parent = p->real_parent;	/* rcu/untrusted pointer */
	scx_bpf_kick_cpu(scx_bpf_task_cpu(parent), SCX_KICK_IDLE);
#elif defined(CASE_scalar_deref)
	u64 v;
	asm volatile("r3 = %1; %0 = *(u64 *)(r3 + 0)" : "=r"(v) : "r"(enq_flags) : "r3");	/* BUG: a number is not a pointer */
	sink = v;
#elif defined(CASE_ptr_mul)
	u64 v;
	asm volatile("r3 = %1; r3 *= 2; %0 = r3" : "=r"(v) : "r"(p) : "r3");	/* BUG: pointer multiplication */
	sink = v;
#elif defined(CASE_ptr_to_map_value)
	sink = (u64)p;				/* root may store a kernel pointer into a map value */
#elif defined(CASE_ptr_compare)
	if (p == (void *)ctx)			/* pointer comparison is allowed for root */
		sink = 1;
#else
#error no case
#endif
	scx_bpf_dsq_insert(p, SCX_DSQ_GLOBAL, SCX_SLICE_DFL, enq_flags);
}
OPS(.enqueue = (void *)x_enqueue);
