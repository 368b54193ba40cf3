/* BPF-to-BPF calls: static subprograms, frames, stack across calls, recursion, depth. */
#include "common.h"

u64 acc;

#if defined(CASE_sub_simple) || defined(CASE_sub_nested3) || defined(CASE_sub_task_arg) || defined(CASE_sub_stack_ptr_arg) \
	|| defined(CASE_sub_returns_stack_ptr) || defined(CASE_sub_combined_stack) || defined(CASE_sub_stack_ok_split) \
	|| defined(CASE_sub_recursion) || defined(CASE_sub_depth9) || defined(CASE_sub_global_scalar) \
	|| defined(CASE_sub_map_value_arg) || defined(CASE_sub_null_arg_deref) || defined(CASE_sub_ref_leak_in_callee) \
	|| defined(CASE_sub_release_in_callee)

static NOINLINE u64 mix(u64 a, u64 b) { return (a * 31) ^ (b >> 3); }
static NOINLINE u64 mix2(u64 a) { return mix(a, a + 1) + 1; }
static NOINLINE u64 mix3(u64 a) { return mix2(a) * 7; }
static NOINLINE u64 weight_of(struct task_struct *t) { return t->scx.weight; }
static NOINLINE void fill(u64 *buf, int n) { for (int i = 0; i < 4 && i < n; i++) buf[i] = i; }
static NOINLINE u64 *leak_frame(u64 x) { u64 local[2] = { x, x }; u64 *q = local; asm volatile("" : "+r"(q)); return q; }
static NOINLINE u64 big_callee(u64 x)
{
	volatile u64 buf[40];			/* 320 bytes */
	buf[x & 31] = x;
	return buf[(x >> 5) & 31];
}
static NOINLINE u64 big_caller(u64 x)
{
	volatile u64 buf[30];			/* 240 bytes + callee's 320 > 512 */
	buf[x & 15] = big_callee(x);
	return buf[(x >> 4) & 15];
}
static NOINLINE u64 small_callee(u64 x)
{
	volatile u64 buf[16];
	buf[x & 15] = x;
	return buf[(x >> 4) & 15];
}
static NOINLINE u64 small_caller(u64 x)
{
	volatile u64 buf[16];
	buf[x & 15] = small_callee(x);
	return buf[(x >> 4) & 15];
}
static NOINLINE u64 rec(u64 n) { return n ? rec(n - 1) + 1 : 0; }
static NOINLINE u64 d9(u64 x) { return x + 9; }
static NOINLINE u64 d8(u64 x) { return d9(x) + 8; }
static NOINLINE u64 d7(u64 x) { return d8(x) + 7; }
static NOINLINE u64 d6(u64 x) { return d7(x) + 6; }
static NOINLINE u64 d5(u64 x) { return d6(x) + 5; }
static NOINLINE u64 d4(u64 x) { return d5(x) + 4; }
static NOINLINE u64 d3(u64 x) { return d4(x) + 3; }
static NOINLINE u64 d2(u64 x) { return d3(x) + 2; }
__attribute__((noinline)) u64 global_mix(u64 a, u64 b) { return a + b * 3; }
struct cnt { u64 n; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 64); __type(key, u32); __type(value, struct cnt); } cmap SEC(".maps");
static NOINLINE void bump(struct cnt *c) { c->n++; }
static NOINLINE void bump_nullable(struct cnt *c) { c->n++; }
static NOINLINE const struct cpumask *get_idle(void) { return scx_bpf_get_idle_cpumask(); }
static NOINLINE void put_idle(const struct cpumask *m) { scx_bpf_put_idle_cpumask(m); }

ENQ_GLOBAL(c_enqueue)
SEC("struct_ops/c_running")
void BPF_PROG(c_running, struct task_struct *p)
{
	u64 x = p->pid;
#if defined(CASE_sub_simple)
	acc += mix(x, 3);
#elif defined(CASE_sub_nested3)
	acc += mix3(x);
#elif defined(CASE_sub_task_arg)
	acc += weight_of(p);
#elif defined(CASE_sub_stack_ptr_arg)
	u64 buf[4];
	fill(buf, x & 7);
	acc += buf[0];
#elif defined(CASE_sub_returns_stack_ptr)
	acc += *leak_frame(x);			/* BUG: callee's frame is gone */
#elif defined(CASE_sub_combined_stack)
	acc += big_caller(x);			/* BUG: 8 + 240 + 320 bytes of stack */
#elif defined(CASE_sub_stack_ok_split)
	acc += small_caller(x);
#elif defined(CASE_sub_recursion)
	acc += rec(x & 3);			/* BUG: recursion */
#elif defined(CASE_sub_depth9)
	acc += d2(x);				/* BUG: 9 frames */
#elif defined(CASE_sub_global_scalar)
	acc += global_mix(x, 5);
#elif defined(CASE_sub_map_value_arg)
	u32 k = x;
	struct cnt *c = bpf_map_lookup_elem(&cmap, &k);
	if (c)
		bump(c);
#elif defined(CASE_sub_null_arg_deref)
	u32 k = x;
	struct cnt *c = bpf_map_lookup_elem(&cmap, &k);
	bump_nullable(c);			/* BUG: callee dereferences a maybe-NULL value */
#elif defined(CASE_sub_ref_leak_in_callee)
	const struct cpumask *m = get_idle();
	acc += bpf_cpumask_test_cpu(0, m);	/* BUG: never put */
#else
	const struct cpumask *m = get_idle();
	acc += bpf_cpumask_test_cpu(0, m);
	put_idle(m);
#endif
}
OPS(.enqueue = (void *)c_enqueue, .running = (void *)c_running);
#endif
