struct_ops/enqueue <state_enqueue>:
; on enqueue(p, enq_flags) { [12:1]
   0: r6 = r1
; p.state.wakeups += 1 [13:5]
   1: r2 = *(u64 *)(r6 + 0)
   2: r1 = map[state_task_state] ll
   4: r3 = 0
   5: r4 = 1
   6: call bpf_task_storage_get#156
   7: if r0 == 0x0 goto +4 <L0>
   8: r1 = *(u32 *)(r0 + 4)
   9: r1 += 1
  10: w1 = w1
  11: *(u32 *)(r0 + 4) = r1
L0:
; p.state.last_wake = now() [14:5]
  12: call scx_bpf_now
  13: r7 = r0
  14: r2 = *(u64 *)(r6 + 0)
  15: r1 = map[state_task_state] ll
  17: r3 = 0
  18: r4 = 1
  19: call bpf_task_storage_get#156
  20: if r0 == 0x0 goto +1 <L1>
  21: *(u64 *)(r0 + 8) = r7
L1:
; if starts_with(p.comm, "schedc_probe") { [15:5]
  22: r7 = *(u64 *)(r6 + 0)
  23: r8 = *(u64 *)(r7 + 3344) ; CO-RE field_byte_offset 1:0:3:0
  24: r1 = 0x705f636465686373 ll
  26: if r8 != r1 goto +2 <L2>
  27: r1 = *(u32 *)(r7 + 3352) ; CO-RE field_byte_offset 1:0:3:8
  28: if r1 == 0x65626f72 goto +11 <L3>
L2:
; slow_runs += 1 [21:7]
  29: *(u32 *)(r10 - 8) = 0
  30: r2 = r10
  31: r2 += -8
  32: r1 = map[state_stats] ll
  34: call bpf_map_lookup_elem#1
  35: if r0 == 0x0 goto +36 <L5>
  36: r1 = *(u64 *)(r0 + 8)
  37: r1 += 1
  38: *(u64 *)(r0 + 8) = r1
  39: goto +32 <L5>
L3:
; last_comm = p.comm [16:7]
  40: r1 = map[.bss] ll
  42: *(u64 *)(r1 + 0) = r8
  43: r2 = *(u64 *)(r7 + 3352) ; CO-RE field_byte_offset 1:0:3:8
  44: *(u64 *)(r1 + 8) = r2
; p.state.comm = p.comm [17:7]
  45: r1 = map[state_task_state] ll
  47: r2 = r7
  48: r3 = 0
  49: r4 = 1
  50: call bpf_task_storage_get#156
  51: if r0 == 0x0 goto +4 <L4>
  52: r1 = *(u64 *)(r7 + 3344) ; CO-RE field_byte_offset 1:0:3:0
  53: *(u64 *)(r0 + 16) = r1
  54: r1 = *(u64 *)(r7 + 3352) ; CO-RE field_byte_offset 1:0:3:8
  55: *(u64 *)(r0 + 24) = r1
L4:
; probe_pid = p.pid [18:7]
  56: r1 = *(u64 *)(r6 + 0)
  57: r1 = *(u32 *)(r1 + 2808) ; CO-RE field_byte_offset 1:0:2
  58: r1 = (s32)r1
  59: r2 = map[.bss+16] ll
  61: *(u32 *)(r2 + 0) = r1
; fast_runs += 1 [19:7]
  62: *(u32 *)(r10 - 8) = 0
  63: r2 = r10
  64: r2 += -8
  65: r1 = map[state_stats] ll
  67: call bpf_map_lookup_elem#1
  68: if r0 == 0x0 goto +3 <L5>
  69: r1 = *(u64 *)(r0 + 0)
  70: r1 += 1
  71: *(u64 *)(r0 + 0) = r1
L5:
; if p.state.wakeups in [1, 2, 3] { p.state.boosted = true } [23:5]
  72: r7 = 0
  73: r2 = *(u64 *)(r6 + 0)
  74: r1 = map[state_task_state] ll
  76: r3 = 0
  77: r4 = 1
  78: call bpf_task_storage_get#156
  79: if r0 == 0x0 goto +2 <L6>
  80: r1 = *(u32 *)(r0 + 4)
  81: r7 = r1
L6:
  82: if r7 == 0x1 goto +2 <L7>
  83: if r7 == 0x2 goto +1 <L7>
  84: if r7 != 0x3 goto +8 <L8>
L7:
  85: r2 = *(u64 *)(r6 + 0)
  86: r1 = map[state_task_state] ll
  88: r3 = 0
  89: r4 = 1
  90: call bpf_task_storage_get#156
  91: if r0 == 0x0 goto +1 <L8>
  92: *(u8 *)(r0 + 0) = 1
L8:
; p.state.nice_seen = (p.static_prio - 120) as s16 [24:5]
  93: r2 = *(u64 *)(r6 + 0)
  94: r1 = *(u32 *)(r2 + 108) ; CO-RE field_byte_offset 1:0:0
  95: r1 = (s32)r1
  96: r1 -= 120
  97: r1 = (s32)r1
  98: r7 = (s16)r1
  99: r1 = map[state_task_state] ll
 101: r3 = 0
 102: r4 = 1
 103: call bpf_task_storage_get#156
 104: if r0 == 0x0 goto +1 <L9>
 105: *(u16 *)(r0 + 32) = r7
L9:
; insert p into main slice 5ms [25:5]
 106: r1 = *(u64 *)(r6 + 0)
 107: r4 = *(u64 *)(r6 + 8)
 108: r2 = 0
 109: r3 = 5000000
 110: call scx_bpf_dsq_insert___v2___schedc
 111: *(u32 *)(r10 - 8) = 0
 112: r2 = r10
 113: r2 += -8
 114: r1 = map[state_stats] ll
 116: call bpf_map_lookup_elem#1
 117: if r0 == 0x0 goto +3 <L10>
 118: r1 = *(u64 *)(r0 + 16)
 119: r1 += 1
 120: *(u64 *)(r0 + 16) = r1
L10:
 121: exit

struct_ops/dispatch <state_dispatch>:
; if this_cpu.busy > 0 { this_cpu.runs += 1 } [29:5]
   0: r6 = 0
   1: *(u32 *)(r10 - 8) = 0
   2: r2 = r10
   3: r2 += -8
   4: r1 = map[state_cpu_state] ll
   6: call bpf_map_lookup_elem#1
   7: if r0 == 0x0 goto +2 <L0>
   8: r1 = *(u64 *)(r0 + 0)
   9: r6 = r1
L0:
  10: if r6 <= 0x0 goto +11 <L1>
  11: *(u32 *)(r10 - 8) = 0
  12: r2 = r10
  13: r2 += -8
  14: r1 = map[state_cpu_state] ll
  16: call bpf_map_lookup_elem#1
  17: if r0 == 0x0 goto +4 <L1>
  18: r1 = *(u32 *)(r0 + 8)
  19: r1 += 1
  20: w1 = w1
  21: *(u32 *)(r0 + 8) = r1
L1:
; move main to local [30:5]
  22: r1 = 0
  23: r2 = 0
  24: call scx_bpf_dsq_move_to_local___v2___schedc
  25: r0 &= 255
  26: if r0 == 0x0 goto +10 <L2>
  27: *(u32 *)(r10 - 8) = 0
  28: r2 = r10
  29: r2 += -8
  30: r1 = map[state_stats] ll
  32: call bpf_map_lookup_elem#1
  33: if r0 == 0x0 goto +3 <L2>
  34: r1 = *(u64 *)(r0 + 24)
  35: r1 += 1
  36: *(u64 *)(r0 + 24) = r1
L2:
  37: exit

struct_ops/running <state_running>:
; on running(p) { [33:1]
   0: r6 = r1
; this_cpu.busy += p.slice [34:5]
   1: r1 = *(u64 *)(r6 + 0)
   2: r7 = *(u64 *)(r1 + 952) ; CO-RE field_byte_offset 1:0:1:0
   3: *(u32 *)(r10 - 8) = 0
   4: r2 = r10
   5: r2 += -8
   6: r1 = map[state_cpu_state] ll
   8: call bpf_map_lookup_elem#1
   9: if r0 == 0x0 goto +3 <L0>
  10: r1 = *(u64 *)(r0 + 0)
  11: r1 += r7
  12: *(u64 *)(r0 + 0) = r1
L0:
; if p.state.boosted && starts_with(p.state.comm, "schedc") { [35:5]
  13: r7 = 0
  14: r2 = *(u64 *)(r6 + 0)
  15: r1 = map[state_task_state] ll
  17: r3 = 0
  18: r4 = 1
  19: call bpf_task_storage_get#156
  20: if r0 == 0x0 goto +2 <L1>
  21: r1 = *(u8 *)(r0 + 0)
  22: r7 = r1
L1:
  23: if r7 == 0x0 goto +21 <L2>
  24: r2 = *(u64 *)(r6 + 0)
  25: r1 = map[state_task_state] ll
  27: r3 = 0
  28: r4 = 1
  29: call bpf_task_storage_get#156
  30: if r0 == 0x0 goto +14 <L2>
  31: r1 = *(u32 *)(r0 + 16)
  32: if r1 != 0x65686373 goto +12 <L2>
  33: r1 = *(u16 *)(r0 + 20)
  34: if r1 != 0x6364 goto +10 <L2>
; fast_runs += 1 [36:7]
  35: *(u32 *)(r10 - 8) = 0
  36: r2 = r10
  37: r2 += -8
  38: r1 = map[state_stats] ll
  40: call bpf_map_lookup_elem#1
  41: if r0 == 0x0 goto +3 <L2>
  42: r1 = *(u64 *)(r0 + 0)
  43: r1 += 1
  44: *(u64 *)(r0 + 0) = r1
L2:
  45: exit

struct_ops.s/init <state_init>:
; queue main: fifo [10:1]
   0: r1 = 0
   1: r2 = -1
   2: call scx_bpf_create_dsq
   3: r0 = (s32)r0
   4: if r0 s>= 0x0 goto +1 <L0>
   5: exit
L0:
   6: r0 = 0
   7: exit

