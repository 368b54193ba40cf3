/* Arithmetic and helper-call rules: division by zero (defined in BPF), shifts,
 * pointer arithmetic, helpers that struct_ops may or may not call. */
#include "common.h"

u64 acc;
u64 tbl[8];
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 64); __type(key, u32); __type(value, u64); } hm SEC(".maps");

ENQ_GLOBAL(a_enqueue)

SEC("struct_ops/a_running")
void BPF_PROG(a_running, struct task_struct *p)
{
	u64 x = p->pid, y = p->scx.weight;
#if defined(CASE_div_by_reg_zero)
	acc = x / (y - y + (x & 1));		/* divisor may be 0: BPF defines x/0 = 0 */
#elif defined(CASE_mod_by_reg)
	acc = x % (y & 3);
#elif defined(CASE_div_by_imm_zero)
	asm volatile("%0 /= 0" : "+r"(x));	/* BUG: constant zero divisor is refused */
	acc = x;
#elif defined(CASE_sdiv_reg)
	acc = (x * 3) / (y + 1);
#elif defined(CASE_shift_by_reg)
	acc = x << (y & 63);
#elif defined(CASE_shift_imm_64)
	asm volatile("%0 <<= 64" : "+r"(x));	/* BUG: shift count out of range */
	acc = x;
#elif defined(CASE_shift32_imm_32)
	asm volatile("w1 = 7; w1 <<= 32; %0 = r1" : "=r"(x) :: "r1");	/* BUG: 32-bit shift by 32 */
	acc = x;
#elif defined(CASE_alu32_bounds)
	u32 i = (u32)x * 7;
	tbl[i & 7] += 1;
#elif defined(CASE_bswap_index)
	u64 i = __builtin_bswap64(x) >> 61;
	tbl[i] += 1;
#elif defined(CASE_neg_index)
	s64 i = -(s64)(x & 7);
	tbl[i + 7] += 1;
#elif defined(CASE_neg_index_bad)
	s64 i = -(s64)(x & 7);
	tbl[i + 8] += 1;			/* BUG: i + 8 reaches 8 */
#elif defined(CASE_xor_mask)
	tbl[(x ^ y) & 7] += 1;
#elif defined(CASE_mapptr_arith)
	u32 k = x;
	u64 *v = bpf_map_lookup_elem(&hm, &k);
	asm volatile("%0 += 8" : "+r"(v));	/* BUG: arithmetic on a maybe-NULL pointer */
	if (v)
		*v = 1;
#elif defined(CASE_helper_ktime)
	acc += bpf_ktime_get_ns();
#elif defined(CASE_helper_prandom)
	tbl[bpf_get_prandom_u32() & 7]++;
#elif defined(CASE_helper_smp_id)
	tbl[bpf_get_smp_processor_id() & 7]++;
#elif defined(CASE_helper_printk)
	bpf_printk("pid %d", (int)x);
#elif defined(CASE_helper_probe_read)
	u64 v = 0;
	bpf_probe_read_kernel(&v, sizeof(v), &p->se.vruntime);
	acc += v;
#elif defined(CASE_helper_current_task)
	struct task_struct *c = (void *)bpf_get_current_task();
	acc += c != 0;
#elif defined(CASE_helper_btf_current)
	struct task_struct *c = bpf_get_current_task_btf();
	acc += c->scx.weight;
#elif defined(CASE_helper_skb_load)
	asm volatile("r1 = 0; r2 = 0; r3 = r10; r3 += -8; r4 = 8; call 26" ::: "r0", "r1", "r2", "r3", "r4", "r5", "memory");	/* BUG: socket-buffer helper */
#elif defined(CASE_helper_unknown_id)
	asm volatile("call 999" ::: "r0", "r1", "r2", "r3", "r4", "r5");	/* BUG: no such helper */
#elif defined(CASE_helper_map_update_bad_key)
	u64 v = 1;
	asm volatile("r1 = %[m] ll; r2 = 0; r3 = %[v]; r4 = 0; call 2" :: [m] "i"(&hm), [v] "r"(&v) : "r0", "r1", "r2", "r3", "r4", "r5", "memory");	/* BUG: NULL key */
#elif defined(CASE_helper_map_value_as_key)
	u32 k = x;
	u64 *v = bpf_map_lookup_elem(&hm, &k);
	if (v)
		bpf_map_delete_elem(&hm, v);	/* a map value is valid key memory */
#elif defined(CASE_helper_lookup_null_map)
	asm volatile("r1 = 0; r2 = r10; r2 += -8; r3 = 0; *(u64 *)(r10 - 8) = r3; call 1" ::: "r0", "r1", "r2", "r3", "r4", "r5", "memory");	/* BUG: map argument is 0 */
#elif defined(CASE_helper_get_stack)
	u64 buf[4];
	long n = bpf_get_stack(ctx, buf, sizeof(buf), 0);
	acc += n > 0 ? buf[0] : 0;
#else
#error no case
#endif
}
OPS(.enqueue = (void *)a_enqueue, .running = (void *)a_running);
