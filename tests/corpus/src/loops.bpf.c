/* Loops: bounded ones the verifier walks, unbounded and infinite ones it refuses, bpf_loop. */
#include "common.h"

u64 acc;
u64 arr[64];

ENQ_GLOBAL(l_enqueue)

#if defined(CASE_bpf_loop_ok) || defined(CASE_bpf_loop_bad_cb_oob)
static long loop_cb(u64 i, void *data)
{
#if defined(CASE_bpf_loop_bad_cb_oob)
	arr[i & 127] += 1;			/* BUG: 64 entries */
#else
	arr[i & 63] += 1;
#endif
	return 0;
}
#endif

SEC("struct_ops/l_stopping")
void BPF_PROG(l_stopping, struct task_struct *p, bool runnable)
{
	u32 n = p->pid;
#if defined(CASE_loop_16)
#pragma clang loop unroll(disable)
	for (int i = 0; i < 16; i++)
		acc += i * n;
#elif defined(CASE_loop_1000)
#pragma clang loop unroll(disable)
	for (int i = 0; i < 1000; i++)
		acc += i ^ n;
#elif defined(CASE_loop_64_index)
#pragma clang loop unroll(disable)
	for (int i = 0; i < 64; i++)
		arr[i] += n;
#elif defined(CASE_loop_65_index)
	u64 *a = arr;
#pragma clang loop unroll(disable)
	for (int i = 0; i < 65; i++) {
		asm volatile("" : "+r"(a));
		a[i] += n;			/* BUG: last iteration is past the end */
	}
#elif defined(CASE_loop_unbounded)
#pragma clang loop unroll(disable)
	for (u32 i = 0; i < n; i++)		/* BUG: pid bounds the loop, not the verifier */
		acc += i;
#elif defined(CASE_loop_bounded_by_mask)
	u32 m = n & 31;
#pragma clang loop unroll(disable)
	for (u32 i = 0; i < m; i++)
		acc += i;
#elif defined(CASE_loop_while_down)
	u32 m = n & 7;
	while (m) {
		acc += m;
		m--;
	}
#elif defined(CASE_loop_infinite)
	asm volatile("r1 = 0; l_%=: r1 = 0; goto l_%=" ::: "r1");	/* BUG: never terminates */
#elif defined(CASE_loop_nested)
#pragma clang loop unroll(disable)
	for (int i = 0; i < 8; i++)
#pragma clang loop unroll(disable)
		for (int j = 0; j < 8; j++)
			arr[(i * 8 + j) & 63] += n;
#elif defined(CASE_loop_cpus)
	u32 ncpu = scx_bpf_nr_cpu_ids();
#pragma clang loop unroll(disable)
	for (u32 c = 0; c < ncpu && c < 64; c++)
		if (scx_bpf_dsq_nr_queued(SCX_DSQ_LOCAL_ON | c) > 0)
			acc++;
#elif defined(CASE_loop_big_path_explosion)
	u64 x = n;
#pragma clang loop unroll(disable)
	for (int i = 0; i < 10000; i++) {
		if (x & 1) x = x * 3 + 1; else x >>= 1;
		arr[x & 63]++;
	}
#elif defined(CASE_bpf_loop_ok) || defined(CASE_bpf_loop_bad_cb_oob)
	bpf_loop(n & 255, loop_cb, NULL, 0);
#else
#error no case
#endif
}
OPS(.enqueue = (void *)l_enqueue, .stopping = (void *)l_stopping);
