/* Stack and map-value accesses: bounds, alignment, initialisation, read-only data.
 * Some bugs are written in BPF assembly because clang would refuse or fold the C. */
#include "common.h"

u64 table[16];
const volatile u64 limits[4] = { 1, 2, 3, 4 };
struct big { u64 a[8]; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 64); __type(key, u32); __type(value, struct big); } bmap SEC(".maps");

ENQ_GLOBAL(m_enqueue)

SEC("struct_ops/m_running")
void BPF_PROG(m_running, struct task_struct *p)
{
	u32 pid = p->pid;
#if defined(CASE_global_index_masked)
	table[pid & 15]++;
#elif defined(CASE_global_index_wide_mask)
	table[pid & 31]++;			/* BUG: 32 slots indexed, 16 exist */
#elif defined(CASE_global_index_checked)
	if (pid < 16)
		table[pid]++;
#elif defined(CASE_global_index_off_by_one)
	if (pid <= 16)
		table[pid]++;			/* BUG: 16 is one past the end */
#elif defined(CASE_global_index_signed_check)
	s32 i = (s32)pid - 100;
	if (i < 16)
		table[i]++;			/* BUG: negative i passes the check */
#elif defined(CASE_global_index_signed_both)
	s32 i = (s32)pid - 100;
	if (i >= 0 && i < 16)
		table[i]++;
#elif defined(CASE_rodata_read)
	table[0] += limits[pid & 3];
#elif defined(CASE_rodata_write)
	asm volatile("r1 = %[lim] ll; r2 = 5; *(u64 *)(r1 + 0) = r2" :: [lim] "i"(&limits) : "r1", "r2", "memory");	/* BUG: .rodata is frozen */
#elif defined(CASE_mapval_in_bounds)
	struct big *b = bpf_map_lookup_elem(&bmap, &pid);
	if (b)
		b->a[pid & 7] = 1;
#elif defined(CASE_mapval_past_end)
	struct big *b = bpf_map_lookup_elem(&bmap, &pid);
	if (b)
		b->a[pid & 15] = 1;		/* BUG: value has 8 slots */
#elif defined(CASE_mapval_negative)
	struct big *b = bpf_map_lookup_elem(&bmap, &pid);
	if (b)
		asm volatile("*(u64 *)(%0 - 8) = %1" :: "r"(b), "r"(1ULL) : "memory");	/* BUG: before the value */
#elif defined(CASE_mapval_var_unbounded)
	struct big *b = bpf_map_lookup_elem(&bmap, &pid);
	if (b) {
		u64 i = p->scx.dsq_vtime;
		*((u8 *)b + i) = 1;		/* BUG: offset has no bound */
	}
#elif defined(CASE_stack_array_masked)
	u64 buf[8] = {};
	buf[pid & 7] = 1;
	table[1] = buf[3];
#elif defined(CASE_stack_array_wide)
	u64 buf[8] = {};
	buf[pid & 15] = 1;			/* BUG: past the 64-byte array */
	table[1] = buf[(pid >> 4) & 7];
#elif defined(CASE_stack_read_above_fp)
	u64 v;
	asm volatile("%0 = *(u64 *)(r10 + 8)" : "=r"(v));	/* BUG: above the frame */
	table[2] = v;
#elif defined(CASE_stack_below_512)
	asm volatile("r1 = 1; *(u64 *)(r10 - 520) = r1" ::: "r1", "memory");	/* BUG: below the 512-byte frame */
#elif defined(CASE_stack_misaligned)
	asm volatile("r1 = 1; *(u64 *)(r10 - 12) = r1" ::: "r1", "memory");	/* BUG: stack is always strictly aligned */
#elif defined(CASE_stack_uninit_read)
	u64 v;
	asm volatile("%0 = *(u64 *)(r10 - 16)" : "=r"(v));	/* root may read uninitialised stack */
	table[3] = v;
#elif defined(CASE_stack_uninit_key)
	asm volatile("r2 = r10; r2 += -8; r1 = %[m] ll; call 1" :: [m] "i"(&bmap) : "r0", "r1", "r2", "r3", "r4", "r5", "memory");	/* key bytes never written: allowed for root */
#elif defined(CASE_uninit_reg)
	u64 v;
	asm volatile("%0 = r7" : "=r"(v));	/* BUG: r7 never written in this program */
	table[3] = v;
#elif defined(CASE_fp_write)
	asm volatile("r10 = 0" ::: "memory");	/* BUG: frame pointer is read-only */
#elif defined(CASE_spill_fill_ptr)
	struct big *b = bpf_map_lookup_elem(&bmap, &pid);
	asm volatile("*(u64 *)(r10 - 8) = %0; %0 = *(u64 *)(r10 - 8)" : "+r"(b) :: "memory");
	if (b)
		b->a[0] = 2;
#elif defined(CASE_spill_partial_ptr)
	struct big *b = bpf_map_lookup_elem(&bmap, &pid);
	if (b)
		asm volatile("*(u64 *)(r10 - 8) = %0; %0 = *(u32 *)(r10 - 8); *(u64 *)(%0 + 0) = r1" : "+r"(b) :: "memory");	/* BUG: half a pointer is a scalar */
#elif defined(CASE_stack_var_offset_read)
	u64 buf[4] = { 1, 2, 3, 4 };
	u64 v = buf[pid & 3];			/* variable-offset stack read, in bounds */
	table[4] = v;
#else
#error no case
#endif
}
OPS(.enqueue = (void *)m_enqueue, .running = (void *)m_running);
