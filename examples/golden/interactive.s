struct_ops/select_cpu <interactive_select_cpu>:
; on select_cpu(p, prev_cpu, wake_flags) -> s32 { [22:1]
   0: r6 = r1
; if test_idle_cpu(prev_cpu) { [23:5]
   1: r1 = *(u64 *)(r6 + 8)
   2: r7 = (s32)r1
   3: r1 = r7
   4: call scx_bpf_test_and_clear_cpu_idle
   5: r0 &= 255
   6: if r0 == 0x0 goto +8 <L0>
; insert p into local slice FAST_SLICE [24:7]
   7: r1 = *(u64 *)(r6 + 0)
   8: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 14:0
  10: r3 = 3000000
  11: r4 = 0
  12: call scx_bpf_dsq_insert___v2___schedc
; return prev_cpu [25:7]
  13: r0 = r7
  14: exit
L0:
; let pick = default_cpu(p, prev_cpu, wake_flags) [27:5]
  15: *(u64 *)(r10 - 8) = 0
  16: r8 = *(u64 *)(r6 + 0)
  17: r3 = *(u64 *)(r6 + 16)
  18: r4 = r10
  19: r4 += -8
  20: r1 = r8
  21: r2 = r7
  22: call scx_bpf_select_cpu_dfl
  23: r1 = *(u8 *)(r10 - 8)
  24: r6 = (s32)r0
; if pick.was_idle { [28:5]
  25: if r1 == 0x0 goto +6 <L1>
; insert p into local slice FAIR_SLICE [29:7]
  26: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 14:0
  28: r1 = r8
  29: r3 = 20000000
  30: r4 = 0
  31: call scx_bpf_dsq_insert___v2___schedc
L1:
; return pick.cpu [31:5]
  32: r0 = r6
  33: exit

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
   7: if r2 != 0x1 goto +20 <L2>
L0:
; fast_inserts += 1 [36:7]
   8: r1 = map[.bss+8] ll
  10: r2 = *(u64 *)(r1 + 0)
  11: r2 += 1
  12: *(u64 *)(r1 + 0) = r2
; insert p into fast slice FAST_SLICE [37:7]
  13: r8 = *(u64 *)(r6 + 0)
  14: r4 = *(u64 *)(r6 + 8)
  15: r1 = r8
  16: r2 = 0
  17: r3 = 3000000
  18: call scx_bpf_dsq_insert___v2___schedc
; let idle = pick_idle_cpu(p) [39:7]
  19: r1 = *(u64 *)(r8 + 1376) ; CO-RE field_byte_offset 1:0:3
  20: r2 = 0
  21: call scx_bpf_pick_idle_cpu
  22: r0 = (s32)r0
; if idle >= 0 { [40:7]
  23: if r0 s< 0x0 goto +3 <L1>
; kick_cpu(idle) [41:9]
  24: r1 = r0
  25: r2 = 0
  26: call scx_bpf_kick_cpu
L1:
; return [43:7]
  27: exit
L2:
; fair_inserts += 1 [45:5]
  28: r1 = map[.bss+16] ll
  30: r2 = *(u64 *)(r1 + 0)
  31: r2 += 1
  32: *(u64 *)(r1 + 0) = r2
; var vtime = p.vtime [48:5]
  33: r1 = *(u64 *)(r7 + 960) ; CO-RE field_byte_offset 1:0:1:2
; if (vtime - vtime_now + FAIR_SLICE) as s64 < 0 { [49:5]
  34: r2 = map[.bss] ll
  36: r2 = *(u64 *)(r2 + 0)
  37: r3 = r1
  38: r3 -= r2
  39: r3 += 20000000
  40: if r3 s>= 0x0 goto +2 <L3>
; vtime = vtime_now - FAIR_SLICE [50:7]
  41: r2 -= 20000000
  42: r1 = r2
L3:
; insert p into fair slice FAIR_SLICE vtime vtime [52:5]
  43: r2 = *(u64 *)(r6 + 0)
  44: r5 = *(u64 *)(r6 + 8)
  45: r4 = r1
  46: r1 = r2
  47: r2 = 1
  48: r3 = 20000000
  49: call scx_bpf_dsq_insert_vtime
  50: exit

struct_ops/dispatch <interactive_dispatch>:
; if !(move fast to local) { [56:5]
   0: r1 = 0
   1: r2 = 0
   2: call scx_bpf_dsq_move_to_local___v2___schedc
   3: r0 &= 255
   4: if r0 != 0x0 goto +3 <L0>
; move fair to local [57:7]
   5: r1 = 1
   6: r2 = 0
   7: call scx_bpf_dsq_move_to_local___v2___schedc
L0:
   8: exit

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

