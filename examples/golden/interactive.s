struct_ops/select_cpu <interactive_select_cpu>:
; on select_cpu(p, prev_cpu, wake_flags) -> s32 { [22:1]
   0: r6 = r1
; if test_idle_cpu(prev_cpu) { [23:5]
   1: r1 = *(u64 *)(r6 + 8)
   2: r7 = (s32)r1
   3: r1 = r7
   4: call scx_bpf_test_and_clear_cpu_idle
   5: r0 &= 255
   6: if r0 == 0x0 goto +20 <L1>
; insert p into local slice FAST_SLICE [24:7]
   7: r1 = *(u64 *)(r6 + 0)
   8: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 14:0
  10: r3 = 3000000
  11: r4 = 0
  12: call scx_bpf_dsq_insert___v2___schedc
  13: *(u32 *)(r10 - 8) = 0
  14: r2 = r10
  15: r2 += -8
  16: r1 = map[interactive_stats] ll
  18: call bpf_map_lookup_elem#1
  19: if r0 == 0x0 goto +3 <L0>
  20: r1 = *(u64 *)(r0 + 32)
  21: r1 += 1
  22: *(u64 *)(r0 + 32) = r1
L0:
; return prev_cpu [25:7]
  23: r1 = *(u64 *)(r6 + 8)
  24: r1 = (s32)r1
  25: r0 = r1
  26: exit
L1:
; let pick = default_cpu(p, prev_cpu, wake_flags) [27:5]
  27: *(u64 *)(r10 - 8) = 0
  28: r8 = *(u64 *)(r6 + 0)
  29: r3 = *(u64 *)(r6 + 16)
  30: r4 = r10
  31: r4 += -8
  32: r1 = r8
  33: r2 = r7
  34: call scx_bpf_select_cpu_dfl
  35: r1 = *(u8 *)(r10 - 8)
  36: r6 = (s32)r0
; if pick.was_idle { [28:5]
  37: if r1 == 0x0 goto +16 <L2>
; insert p into local slice FAIR_SLICE [29:7]
  38: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 14:0
  40: r1 = r8
  41: r3 = 20000000
  42: r4 = 0
  43: call scx_bpf_dsq_insert___v2___schedc
  44: *(u32 *)(r10 - 8) = 0
  45: r2 = r10
  46: r2 += -8
  47: r1 = map[interactive_stats] ll
  49: call bpf_map_lookup_elem#1
  50: if r0 == 0x0 goto +3 <L2>
  51: r1 = *(u64 *)(r0 + 32)
  52: r1 += 1
  53: *(u64 *)(r0 + 32) = r1
L2:
; return pick.cpu [31:5]
  54: r0 = r6
  55: exit

struct_ops/enqueue <interactive_enqueue>:
; on enqueue(p, enq_flags) { [34:1]
   0: r6 = r1
; if interactive(p.prio, p.nr_cpus_allowed) { [35:5]
   1: r7 = *(u64 *)(r6 + 0)
   2: r1 = *(u32 *)(r7 + 104) ; CO-RE field_byte_offset 1:0:0
   3: r1 = (s32)r1
   4: r2 = *(u32 *)(r7 + 1368) ; CO-RE field_byte_offset 1:0:2
   5: r2 = (s32)r2
; return prio < NICE_0_PRIO || nr_cpus == 1 [19:5]
   6: if r1 s< 0x78 goto +1 <L0>
   7: if r2 != 0x1 goto +30 <L3>
L0:
; fast_inserts += 1 [36:7]
   8: r1 = map[.bss+8] ll
  10: r2 = *(u64 *)(r1 + 0)
  11: r2 += 1
  12: *(u64 *)(r1 + 0) = r2
; insert p into fast slice FAST_SLICE [37:7]
  13: r1 = *(u64 *)(r6 + 0)
  14: r4 = *(u64 *)(r6 + 8)
  15: r2 = 0
  16: r3 = 3000000
  17: call scx_bpf_dsq_insert___v2___schedc
  18: *(u32 *)(r10 - 8) = 0
  19: r2 = r10
  20: r2 += -8
  21: r1 = map[interactive_stats] ll
  23: call bpf_map_lookup_elem#1
  24: if r0 == 0x0 goto +3 <L1>
  25: r1 = *(u64 *)(r0 + 0)
  26: r1 += 1
  27: *(u64 *)(r0 + 0) = r1
L1:
; let idle = pick_idle_cpu(p) [39:7]
  28: r1 = *(u64 *)(r6 + 0)
  29: r1 = *(u64 *)(r1 + 1376) ; CO-RE field_byte_offset 1:0:3
  30: r2 = 0
  31: call scx_bpf_pick_idle_cpu
  32: r0 = (s32)r0
; if idle >= 0 { [40:7]
  33: if r0 s< 0x0 goto +3 <L2>
; kick_cpu(idle) [41:9]
  34: r1 = r0
  35: r2 = 0
  36: call scx_bpf_kick_cpu
L2:
; return [43:7]
  37: exit
L3:
; fair_inserts += 1 [45:5]
  38: r1 = map[.bss+16] ll
  40: r2 = *(u64 *)(r1 + 0)
  41: r2 += 1
  42: *(u64 *)(r1 + 0) = r2
; var vtime = p.vtime [48:5]
  43: r1 = *(u64 *)(r7 + 960) ; CO-RE field_byte_offset 1:0:1:2
; if (vtime - vtime_now + FAIR_SLICE) as s64 < 0 { [49:5]
  44: r2 = map[.bss] ll
  46: r2 = *(u64 *)(r2 + 0)
  47: r3 = r1
  48: r3 -= r2
  49: r3 += 20000000
  50: if r3 s>= 0x0 goto +2 <L4>
; vtime = vtime_now - FAIR_SLICE [50:7]
  51: r2 -= 20000000
  52: r1 = r2
L4:
; insert p into fair slice FAIR_SLICE vtime vtime [52:5]
  53: r2 = *(u64 *)(r6 + 0)
  54: r5 = *(u64 *)(r6 + 8)
  55: r4 = r1
  56: r1 = r2
  57: r2 = 1
  58: r3 = 20000000
  59: call scx_bpf_dsq_insert_vtime
  60: *(u32 *)(r10 - 8) = 0
  61: r2 = r10
  62: r2 += -8
  63: r1 = map[interactive_stats] ll
  65: call bpf_map_lookup_elem#1
  66: if r0 == 0x0 goto +3 <L5>
  67: r1 = *(u64 *)(r0 + 16)
  68: r1 += 1
  69: *(u64 *)(r0 + 16) = r1
L5:
  70: exit

struct_ops/dispatch <interactive_dispatch>:
; if !(move fast to local) { [56:5]
   0: r1 = 0
   1: r2 = 0
   2: call scx_bpf_dsq_move_to_local___v2___schedc
   3: r6 = r0
   4: r6 &= 255
   5: if r6 == 0x0 goto +10 <L0>
   6: *(u32 *)(r10 - 8) = 0
   7: r2 = r10
   8: r2 += -8
   9: r1 = map[interactive_stats] ll
  11: call bpf_map_lookup_elem#1
  12: if r0 == 0x0 goto +3 <L0>
  13: r1 = *(u64 *)(r0 + 8)
  14: r1 += 1
  15: *(u64 *)(r0 + 8) = r1
L0:
  16: if r6 != 0x0 goto +15 <L1>
; move fair to local [57:7]
  17: r1 = 1
  18: r2 = 0
  19: call scx_bpf_dsq_move_to_local___v2___schedc
  20: r0 &= 255
  21: if r0 == 0x0 goto +10 <L1>
  22: *(u32 *)(r10 - 8) = 0
  23: r2 = r10
  24: r2 += -8
  25: r1 = map[interactive_stats] ll
  27: call bpf_map_lookup_elem#1
  28: if r0 == 0x0 goto +3 <L1>
  29: r1 = *(u64 *)(r0 + 24)
  30: r1 += 1
  31: *(u64 *)(r0 + 24) = r1
L1:
  32: exit

struct_ops/running <interactive_running>:
; if (vtime_now - p.vtime) as s64 < 0 { [62:5]
   0: r2 = map[.bss] ll
   2: r3 = *(u64 *)(r2 + 0)
   3: r1 = *(u64 *)(r1 + 0)
   4: r1 = *(u64 *)(r1 + 960) ; CO-RE field_byte_offset 1:0:1:2
   5: r3 -= r1
   6: if r3 s>= 0x0 goto +1 <L0>
; vtime_now = p.vtime [63:7]
   7: *(u64 *)(r2 + 0) = r1
L0:
   8: exit

struct_ops/stopping <interactive_stopping>:
; p.vtime += (FAIR_SLICE - p.slice) * 100 / p.weight [68:5]
   0: r1 = *(u64 *)(r1 + 0)
   1: r2 = *(u64 *)(r1 + 960) ; CO-RE field_byte_offset 1:0:1:2
   2: r3 = *(u64 *)(r1 + 952) ; CO-RE field_byte_offset 1:0:1:1
   3: r4 = 20000000
   4: r4 -= r3
   5: r4 *= 100
   6: r3 = *(u32 *)(r1 + 876) ; CO-RE field_byte_offset 1:0:1:0
   7: r4 /= r3
   8: r2 += r4
   9: call scx_bpf_task_set_dsq_vtime
  10: exit

struct_ops/enable <interactive_enable>:
; p.vtime = vtime_now [72:5]
   0: r2 = map[.bss] ll
   2: r2 = *(u64 *)(r2 + 0)
   3: r1 = *(u64 *)(r1 + 0)
   4: call scx_bpf_task_set_dsq_vtime
   5: exit

struct_ops.s/init <interactive_init>:
; queue fast: fifo [11:1]
   0: r1 = 0
   1: r2 = -1
   2: call scx_bpf_create_dsq
   3: r0 = (s32)r0
   4: if r0 s>= 0x0 goto +1 <L0>
   5: exit
L0:
   6: r1 = 1
   7: r2 = -1
   8: call scx_bpf_create_dsq
   9: r0 = (s32)r0
  10: if r0 s>= 0x0 goto +1 <L1>
  11: exit
L1:
  12: r0 = 0
  13: exit

