struct_ops/select_cpu <reading_select_cpu>:
; on select_cpu(p, prev_cpu, wake_flags) -> s32 { [20:1]
   0: r6 = r1
; if idle_prev(prev_cpu) { [21:5]
   1: r1 = *(u64 *)(r6 + 8)
   2: r1 = (s32)r1
; return test_idle_cpu(prev_cpu) [25:3]
   3: call scx_bpf_test_and_clear_cpu_idle
   4: r0 &= 255
   5: if r0 == 0x0 goto +16 <L0>
; insert p into local slice READ_SLICE [22:7]
   6: r1 = *(u64 *)(r6 + 0)
   7: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 13:0
   9: r3 = 10000000
  10: r4 = 0
  11: call scx_bpf_dsq_insert___v2___schedc
  12: *(u32 *)(r10 - 8) = 0
  13: r2 = r10
  14: r2 += -8
  15: r1 = map[reading_stats] ll
  17: call bpf_map_lookup_elem#1
  18: if r0 == 0x0 goto +3 <L0>
  19: r1 = *(u64 *)(r0 + 24)
  20: r1 += 1
  21: *(u64 *)(r0 + 24) = r1
L0:
; return prev_cpu [24:5]
  22: r1 = *(u64 *)(r6 + 8)
  23: r1 = (s32)r1
  24: r0 = r1
  25: exit

struct_ops/enqueue <reading_enqueue>:
; on enqueue(p, enq_flags) { [27:1]
   0: r6 = r1
; fair_enqueue(p, READ_SLICE, enq_flags) [28:5]
   1: r1 = *(u64 *)(r6 + 0)
   2: r5 = *(u64 *)(r6 + 8)
; var vt = p.vtime [21:3]
   3: r2 = *(u64 *)(r1 + 960) ; CO-RE field_byte_offset 1:0:0:2
; if (vt - fair_vtime_now + slice_ns) as s64 < 0 { [24:3]
   4: r3 = map[.bss] ll
   6: r3 = *(u64 *)(r3 + 0)
   7: r4 = r2
   8: r4 -= r3
   9: r4 += 10000000
  10: if r4 s>= 0x0 goto +4 <L0>
; vt = fair_vtime_now - slice_ns [25:5]
  11: r4 = r3
  12: r4 -= 10000000
  13: r2 = r4
  14: goto +5 <L1>
L0:
; } else if (vt - fair_vtime_now) as s64 > (FAIR_MAX_LEAD_SLICES * slice_ns) as s64 { [26:10]
  15: r4 = r2
  16: r4 -= r3
  17: if r4 s<= 0x4c4b400 goto +2 <L1>
; on enqueue(p, enq_flags) { [27:5]
  18: r3 += 80000000
  19: r2 = r3
L1:
; insert p into fair slice slice_ns vtime vt flags enq_flags [29:3]
  20: r4 = r2
  21: r2 = 0
  22: r3 = 10000000
  23: call scx_bpf_dsq_insert_vtime
  24: *(u32 *)(r10 - 8) = 0
  25: r2 = r10
  26: r2 += -8
  27: r1 = map[reading_stats] ll
  29: call bpf_map_lookup_elem#1
  30: if r0 == 0x0 goto +3 <L2>
  31: r1 = *(u64 *)(r0 + 8)
  32: r1 += 1
  33: *(u64 *)(r0 + 8) = r1
L2:
; return queued(fair) [59:3]
  34: r1 = 0
  35: call scx_bpf_dsq_nr_queued
  36: r0 = (s32)r0
  37: if r0 s< 0x2 goto +19 <L3>
; if idle_kick_any(p) { [30:7]
  38: r1 = *(u64 *)(r6 + 0)
  39: r1 = *(u64 *)(r1 + 1376) ; CO-RE field_byte_offset 1:0:1
  40: r2 = 0
  41: call scx_bpf_pick_idle_cpu
  42: r0 = (s32)r0
; if cpu < 0 { [31:3]
  43: if r0 s< 0x0 goto +13 <L3>
; kick_cpu(cpu) [34:3]
  44: r1 = r0
  45: r2 = 0
  46: call scx_bpf_kick_cpu
; if cpu < 0 { [31:9]
  47: *(u32 *)(r10 - 8) = 0
  48: r2 = r10
  49: r2 += -8
  50: r1 = map[reading_stats] ll
  52: call bpf_map_lookup_elem#1
  53: if r0 == 0x0 goto +3 <L3>
  54: r1 = *(u64 *)(r0 + 0)
  55: r1 += 1
  56: *(u64 *)(r0 + 0) = r1
L3:
  57: exit

struct_ops/dispatch <reading_dispatch>:
; return move fair to local [34:3]
   0: r1 = 0
   1: r2 = 0
   2: call scx_bpf_dsq_move_to_local___v2___schedc
   3: r0 &= 255
   4: if r0 == 0x0 goto +10 <L0>
   5: *(u32 *)(r10 - 8) = 0
   6: r2 = r10
   7: r2 += -8
   8: r1 = map[reading_stats] ll
  10: call bpf_map_lookup_elem#1
  11: if r0 == 0x0 goto +3 <L0>
  12: r1 = *(u64 *)(r0 + 16)
  13: r1 += 1
  14: *(u64 *)(r0 + 16) = r1
L0:
  15: exit

struct_ops/running <reading_running>:
; fair_running(p) [41:5]
   0: r1 = *(u64 *)(r1 + 0)
; if (fair_vtime_now - p.vtime) as s64 < 0 { [39:3]
   1: r2 = map[.bss] ll
   3: r3 = *(u64 *)(r2 + 0)
   4: r1 = *(u64 *)(r1 + 960) ; CO-RE field_byte_offset 1:0:0:2
   5: r3 -= r1
   6: if r3 s>= 0x0 goto +1 <L0>
; fair_vtime_now = p.vtime [40:5]
   7: *(u64 *)(r2 + 0) = r1
L0:
   8: exit

struct_ops/stopping <reading_stopping>:
; fair_stopping(p, READ_SLICE) [45:5]
   0: r1 = *(u64 *)(r1 + 0)
; if p.slice < slice_ns { [47:3]
   1: r2 = *(u64 *)(r1 + 952) ; CO-RE field_byte_offset 1:0:0:1
   2: if r2 >= 0x989680 goto +9 <L0>
; p.vtime += (slice_ns - p.slice) * 100 / p.weight [48:5]
   3: r3 = *(u64 *)(r1 + 960) ; CO-RE field_byte_offset 1:0:0:2
   4: r4 = 10000000
   5: r4 -= r2
   6: r4 *= 100
   7: r2 = *(u32 *)(r1 + 876) ; CO-RE field_byte_offset 1:0:0:0
   8: r4 /= r2
   9: r3 += r4
  10: r2 = r3
  11: call scx_bpf_task_set_dsq_vtime
L0:
  12: exit

struct_ops/enable <reading_enable>:
; fair_enable(p) [49:5]
   0: r1 = *(u64 *)(r1 + 0)
; p.vtime = fair_vtime_now [54:3]
   1: r2 = map[.bss] ll
   3: r2 = *(u64 *)(r2 + 0)
   4: call scx_bpf_task_set_dsq_vtime
   5: exit

struct_ops.s/init <reading_init>:
; timeout 5s [13:1]
   0: r1 = 0
   1: r2 = -1
   2: call scx_bpf_create_dsq
   3: r0 = (s32)r0
   4: if r0 s>= 0x0 goto +1 <L0>
   5: exit
L0:
   6: r0 = 0
   7: exit

