/* Weak kfunc externs and existence checks (the scx compat pattern), flavoured names,
 * kfuncs one kernel lacks, and kfuncs no kernel has. */
#include "common.h"

extern void scx_bpf_no_such_kfunc(u64 x) __ksym;			/* strong: must resolve */
extern void scx_bpf_no_such_weak(u64 x) __ksym __weak;
extern void scx_bpf_kick_cpu___compat(s32 cpu, u64 flags) __ksym __weak;	/* flavour stripped at the last ___ */
extern void scx_bpf_kick_cpu___a___b(s32 cpu, u64 flags) __ksym __weak;	/* only ___b is stripped: no such kfunc */
extern u64 scx_bpf_kick_cpu___bad_proto(u64 a, u64 b, u64 c) __ksym __weak;	/* prototype mismatch: treated as missing */
extern u32 scx_bpf_sub_caps(void) __ksym __weak;			/* hypothetical prototype of a 7.3-only kfunc */

u64 acc;

SEC("struct_ops/w_enqueue")
void BPF_PROG(w_enqueue, struct task_struct *p, u64 enq_flags)
{
#if defined(CASE_v2_insert_compat)
	if (KSYM_EXISTS(scx_bpf_dsq_insert___v2))
		scx_bpf_dsq_insert___v2(p, SCX_DSQ_GLOBAL, SCX_SLICE_DFL, enq_flags);
	else
		scx_bpf_dsq_insert(p, SCX_DSQ_GLOBAL, SCX_SLICE_DFL, enq_flags);
	return;
#elif defined(CASE_cpu_rq_guarded)
	if (KSYM_EXISTS(scx_bpf_cpu_rq)) {
		struct rq *rq = scx_bpf_cpu_rq(0);
		if (rq)
			acc += rq->nr_running;
	}
#elif defined(CASE_cpu_rq_unguarded)
	struct rq *rq = scx_bpf_cpu_rq(0);	/* BUG on 7.3: gone there */
	if (rq)
		acc += rq->nr_running;
#elif defined(CASE_missing_strong)
	scx_bpf_no_such_kfunc(1);		/* BUG: not in any kernel */
#elif defined(CASE_missing_weak_guarded)
	if (KSYM_EXISTS(scx_bpf_no_such_weak))
		scx_bpf_no_such_weak(1);
#elif defined(CASE_missing_weak_unguarded)
	scx_bpf_no_such_weak(1);		/* BUG: poisoned call is reachable */
#elif defined(CASE_flavour_kick)
	scx_bpf_kick_cpu___compat(0, SCX_KICK_IDLE);
#elif defined(CASE_flavour_two_suffixes)
	if (KSYM_EXISTS(scx_bpf_kick_cpu___a___b))
		scx_bpf_kick_cpu___a___b(0, SCX_KICK_IDLE);
#elif defined(CASE_flavour_two_suffixes_unguarded)
	scx_bpf_kick_cpu___a___b(0, SCX_KICK_IDLE);	/* BUG: resolves as scx_bpf_kick_cpu___a, which does not exist */
#elif defined(CASE_bad_proto_guarded)
	if (KSYM_EXISTS(scx_bpf_kick_cpu___bad_proto))
		acc += scx_bpf_kick_cpu___bad_proto(1, 2, 3);
#elif defined(CASE_bad_proto_unguarded)
	acc += scx_bpf_kick_cpu___bad_proto(1, 2, 3);	/* BUG: incompatible prototype */
#elif defined(CASE_new_kfunc_guarded)
	if (KSYM_EXISTS(scx_bpf_sub_caps))
		acc += scx_bpf_sub_caps();
#elif defined(CASE_exists_inverted)
	if (!KSYM_EXISTS(scx_bpf_cpu_rq))
		acc += scx_bpf_cpu_rq(0) != 0;	/* BUG on 7.3: the call sits on the path where it is missing */
#else
#error no case
#endif
	scx_bpf_dsq_insert(p, SCX_DSQ_GLOBAL, SCX_SLICE_DFL, enq_flags);
}
OPS(.enqueue = (void *)w_enqueue);
