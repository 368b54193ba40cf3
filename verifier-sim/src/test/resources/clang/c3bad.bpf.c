#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 16); __type(key, u32); __type(value, u64); } m SEC(".maps");
SEC("struct_ops/c3_enqueue")
void BPF_PROG(c3_enqueue, struct task_struct *p, u64 enq_flags)
{
	u32 k = p->pid;
	u64 *v = bpf_map_lookup_elem(&m, &k);
	*v += 1;
	scx_bpf_dsq_insert(p, SCX_DSQ_GLOBAL, SCX_SLICE_DFL, enq_flags);
}
SEC(".struct_ops.link")
struct sched_ext_ops c3_ops = { .enqueue = (void *)c3_enqueue, .name = "c3" };
