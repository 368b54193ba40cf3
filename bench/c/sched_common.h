/* Minimal helpers for the hand-written reference schedulers of the benchmark.
 * Deliberately not the scx common headers: only what the examples need (sched_lib.h adds the
 * stdlib modules, tags and task state for the five that import modules), so the
 * comparison measures clang's code generation, not a library's extra logic.
 * vmlinux.h is generated at bench time from the kit's 7.2.13 BTF (see build.sh). */
#ifndef SCHEDC_BENCH_COMMON_H
#define SCHEDC_BENCH_COMMON_H

#include "vmlinux.h"

#define SEC(name) __attribute__((section(name), used))

/* A sched_ext callback as libbpf loads it: one program taking the u64 argument array.
 * Arguments are read explicitly with ARG(), as schedc's programs do. */
#define STRUCT_OPS(fn, callback) SEC("struct_ops/" #callback) fn(unsigned long long *ctx)
#define STRUCT_OPS_SLEEPABLE(fn, callback) SEC("struct_ops.s/" #callback) fn(unsigned long long *ctx)
#define ARG(type, i) ((type)ctx[i])

/* The kfuncs the examples call. vmlinux.h already declares them (weak); repeating the
 * prototypes here keeps the C files honest about which kernel functions they use. */
extern s32 scx_bpf_create_dsq(u64 dsq_id, s32 node) __ksym;
extern void scx_bpf_dsq_insert(struct task_struct *p, u64 dsq_id, u64 slice, u64 enq_flags) __ksym;
extern void scx_bpf_dsq_insert_vtime(struct task_struct *p, u64 dsq_id, u64 slice, u64 vtime,
				     u64 enq_flags) __ksym;
extern bool scx_bpf_dsq_move_to_local(u64 dsq_id) __ksym;
extern s32 scx_bpf_select_cpu_dfl(struct task_struct *p, s32 prev_cpu, u64 wake_flags,
				  bool *is_idle) __ksym;
extern bool scx_bpf_test_and_clear_cpu_idle(s32 cpu) __ksym;
extern s32 scx_bpf_pick_idle_cpu(const struct cpumask *cpus_allowed, u64 flags) __ksym;
extern void scx_bpf_kick_cpu(s32 cpu, u64 flags) __ksym;
extern bool scx_bpf_task_set_dsq_vtime(struct task_struct *p, u64 vtime) __ksym;

#define NSEC_PER_MSEC 1000000ULL

char _license[] SEC("license") = "GPL";

#endif
