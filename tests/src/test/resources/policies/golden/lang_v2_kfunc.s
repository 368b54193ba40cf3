struct_ops/enqueue <lang_v2_kfunc_enqueue>:
; on enqueue(p, enq_flags) { [9:1]
   0: r6 = r1
; if kfunc.scx_bpf_task_running(p) { running_at_enqueue += 1 } [10:5]
   1: r1 = *(u64 *)(r6 + 0)
   2: call scx_bpf_task_running
   3: r0 &= 255
   4: if r0 == 0x0 goto +10 <L0>
   5: *(u32 *)(r10 - 8) = 0
   6: r2 = r10
   7: r2 += -8
   8: r1 = map[lang_v2_kfunc_stats] ll
  10: call bpf_map_lookup_elem#1
  11: if r0 == 0x0 goto +3 <L0>
  12: r1 = *(u64 *)(r0 + 0)
  13: r1 += 1
  14: *(u64 *)(r0 + 0) = r1
L0:
; let n: s32 = kfunc.scx_bpf_dsq_nr_queued(0) [11:5]
  15: r1 = 0
  16: call scx_bpf_dsq_nr_queued
  17: r0 = (s32)r0
; if n > 4 { [12:5]
  18: if r0 s<= 0x4 goto +17 <L2>
; long_queue += 1 [13:7]
  19: *(u32 *)(r10 - 8) = 0
  20: r2 = r10
  21: r2 += -8
  22: r1 = map[lang_v2_kfunc_stats] ll
  24: call bpf_map_lookup_elem#1
  25: if r0 == 0x0 goto +3 <L1>
  26: r1 = *(u64 *)(r0 + 8)
  27: r1 += 1
  28: *(u64 *)(r0 + 8) = r1
L1:
; kfunc.scx_bpf_kick_cpu(kfunc.scx_bpf_task_cpu(p), SCX_KICK_IDLE) [14:7]
  29: r1 = *(u64 *)(r6 + 0)
  30: call scx_bpf_task_cpu
  31: r0 = (s32)r0
  32: r2 = 0x1 ll ; CO-RE enumval_value 6:0
  34: r1 = r0
  35: call scx_bpf_kick_cpu
L2:
; if kfunc.bpf_cpumask_test_cpu(0, p.cpus_ptr) { mask_has_cpu0 += 1 } [16:5]
  36: r1 = *(u64 *)(r6 + 0)
  37: r2 = *(u64 *)(r1 + 1376) ; CO-RE field_byte_offset 1:0:0
  38: r1 = 0
  39: call bpf_cpumask_test_cpu
  40: r0 &= 255
  41: if r0 == 0x0 goto +10 <L3>
  42: *(u32 *)(r10 - 8) = 0
  43: r2 = r10
  44: r2 += -8
  45: r1 = map[lang_v2_kfunc_stats] ll
  47: call bpf_map_lookup_elem#1
  48: if r0 == 0x0 goto +3 <L3>
  49: r1 = *(u64 *)(r0 + 16)
  50: r1 += 1
  51: *(u64 *)(r0 + 16) = r1
L3:
; insert p into q slice 5ms flags enq_flags [17:5]
  52: r1 = *(u64 *)(r6 + 0)
  53: r4 = *(u64 *)(r6 + 8)
  54: r2 = 0
  55: r3 = 5000000
  56: call scx_bpf_dsq_insert___v2___schedc
  57: *(u32 *)(r10 - 8) = 0
  58: r2 = r10
  59: r2 += -8
  60: r1 = map[lang_v2_kfunc_stats] ll
  62: call bpf_map_lookup_elem#1
  63: if r0 == 0x0 goto +3 <L4>
  64: r1 = *(u64 *)(r0 + 32)
  65: r1 += 1
  66: *(u64 *)(r0 + 32) = r1
L4:
  67: exit

struct_ops/dispatch <lang_v2_kfunc_dispatch>:
; if kfunc.scx_bpf_dispatch_nr_slots() > 0 { slots_left += 1 } [21:5]
   0: call scx_bpf_dispatch_nr_slots
   1: w0 = w0
   2: if r0 <= 0x0 goto +10 <L0>
   3: *(u32 *)(r10 - 8) = 0
   4: r2 = r10
   5: r2 += -8
   6: r1 = map[lang_v2_kfunc_stats] ll
   8: call bpf_map_lookup_elem#1
   9: if r0 == 0x0 goto +3 <L0>
  10: r1 = *(u64 *)(r0 + 24)
  11: r1 += 1
  12: *(u64 *)(r0 + 24) = r1
L0:
; move q to local [22:5]
  13: r1 = 0
  14: r2 = 0
  15: call scx_bpf_dsq_move_to_local___v2___schedc
  16: r0 &= 255
  17: if r0 == 0x0 goto +10 <L1>
  18: *(u32 *)(r10 - 8) = 0
  19: r2 = r10
  20: r2 += -8
  21: r1 = map[lang_v2_kfunc_stats] ll
  23: call bpf_map_lookup_elem#1
  24: if r0 == 0x0 goto +3 <L1>
  25: r1 = *(u64 *)(r0 + 40)
  26: r1 += 1
  27: *(u64 *)(r0 + 40) = r1
L1:
  28: exit

struct_ops.s/init <lang_v2_kfunc_init>:
; queue q: fifo [7:1]
   0: r1 = 0
   1: r2 = -1
   2: call scx_bpf_create_dsq
   3: r0 = (s32)r0
   4: if r0 s>= 0x0 goto +1 <L0>
   5: exit
L0:
   6: r0 = 0
   7: exit

