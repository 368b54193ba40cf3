struct_ops/select_cpu <interactive_select_cpu>:
; on select_cpu(p, prev_cpu, wake_flags) -> s32 { [22:1]
   0: r6 = *(u64 *)(r1 + 0)
   1: r2 = *(u64 *)(r1 + 8)
   2: r7 = (s32)r2
   3: r8 = *(u64 *)(r1 + 16)
; if test_idle_cpu(prev_cpu) { [23:5]
   4: r1 = r7
   5: call scx_bpf_test_and_clear_cpu_idle
   6: r0 &= 255
   7: if r0 == 0x0 goto +8 <L0>
; insert p into local slice FAST_SLICE [24:7]
   8: r1 = r6
   9: r2 = 0x8000000000000002 ll
  11: r3 = 3000000
  12: r4 = 0
  13: call scx_bpf_dsq_insert
; return prev_cpu [25:7]
  14: r0 = r7
  15: exit
L0:
; let pick = default_cpu(p, prev_cpu, wake_flags) [27:5]
  16: *(u64 *)(r10 - 8) = 0
  17: r4 = r10
  18: r4 += -8
  19: r1 = r6
  20: r2 = r7
  21: r3 = r8
  22: call scx_bpf_select_cpu_dfl
  23: r1 = *(u8 *)(r10 - 8)
  24: r7 = (s32)r0
; if pick.was_idle { [28:5]
  25: if r1 == 0x0 goto +6 <L1>
; insert p into local slice FAIR_SLICE [29:7]
  26: r1 = r6
  27: r2 = 0x8000000000000002 ll
  29: r3 = 20000000
  30: r4 = 0
  31: call scx_bpf_dsq_insert
L1:
; return pick.cpu [31:5]
  32: r0 = r7
  33: exit

struct_ops/enqueue <interactive_enqueue>:
; on enqueue(p, enq_flags) { [34:1]
   0: r6 = *(u64 *)(r1 + 0)
   1: r7 = *(u64 *)(r1 + 8)
; if interactive(p.prio, p.nr_cpus_allowed) { [35:5]
   2: r1 = *(u32 *)(r6 + 104) ; CO-RE field_byte_offset 1:0:0
   3: r1 = (s32)r1
   4: r2 = *(u32 *)(r6 + 1368) ; CO-RE field_byte_offset 1:0:2
   5: r2 = (s32)r2
; return prio < NICE_0_PRIO || nr_cpus == 1 [19:5]
   6: if r1 s< 0x78 goto +1 <L0>
   7: if r2 != 0x1 goto +19 <L2>
L0:
; fast_inserts += 1 [36:7]
   8: r1 = map[.bss+8] ll
  10: r2 = *(u64 *)(r1 + 0)
  11: r2 += 1
  12: *(u64 *)(r1 + 0) = r2
; insert p into fast slice FAST_SLICE [37:7]
  13: r1 = r6
  14: r4 = r7
  15: r2 = 0
  16: r3 = 3000000
  17: call scx_bpf_dsq_insert
; let idle = pick_idle_cpu(p) [39:7]
  18: r1 = *(u64 *)(r6 + 1376) ; CO-RE field_byte_offset 1:0:3
  19: r2 = 0
  20: call scx_bpf_pick_idle_cpu
  21: r0 = (s32)r0
; if idle >= 0 { [40:7]
  22: if r0 s< 0x0 goto +3 <L1>
; kick_cpu(idle) [41:9]
  23: r1 = r0
  24: r2 = 0
  25: call scx_bpf_kick_cpu
L1:
; return [43:7]
  26: exit
L2:
; fair_inserts += 1 [45:5]
  27: r1 = map[.bss+16] ll
  29: r2 = *(u64 *)(r1 + 0)
  30: r2 += 1
  31: *(u64 *)(r1 + 0) = r2
; var vtime = p.vtime [48:5]
  32: r1 = *(u64 *)(r6 + 960) ; CO-RE field_byte_offset 1:0:1:2
; if (vtime - vtime_now + FAIR_SLICE) as s64 < 0 { [49:5]
  33: r2 = map[.bss] ll
  35: r2 = *(u64 *)(r2 + 0)
  36: r3 = r1
  37: r3 -= r2
  38: r3 += 20000000
  39: if r3 s>= 0x0 goto +5 <L3>
; vtime = vtime_now - FAIR_SLICE [50:7]
  40: r2 = map[.bss] ll
  42: r2 = *(u64 *)(r2 + 0)
  43: r2 -= 20000000
  44: r1 = r2
L3:
; insert p into fair slice FAIR_SLICE vtime vtime [52:5]
  45: r4 = r1
  46: r1 = r6
  47: r5 = r7
  48: r2 = 1
  49: r3 = 20000000
  50: call scx_bpf_dsq_insert_vtime
  51: exit

struct_ops/dispatch <interactive_dispatch>:
; if !(move fast to local) { [56:5]
   0: r1 = 0
   1: call scx_bpf_dsq_move_to_local
   2: r0 &= 255
   3: if r0 != 0x0 goto +2 <L0>
; move fair to local [57:7]
   4: r1 = 1
   5: call scx_bpf_dsq_move_to_local
L0:
   6: exit

struct_ops/running <interactive_running>:
; on running(p) { [61:1]
   0: r1 = *(u64 *)(r1 + 0)
; if (vtime_now - p.vtime) as s64 < 0 { [62:5]
   1: r2 = map[.bss] ll
   3: r2 = *(u64 *)(r2 + 0)
   4: r3 = *(u64 *)(r1 + 960) ; CO-RE field_byte_offset 1:0:1:2
   5: r2 -= r3
   6: if r2 s>= 0x0 goto +4 <L0>
; vtime_now = p.vtime [63:7]
   7: r1 = *(u64 *)(r1 + 960) ; CO-RE field_byte_offset 1:0:1:2
   8: r2 = map[.bss] ll
  10: *(u64 *)(r2 + 0) = r1
L0:
  11: exit

struct_ops/stopping <interactive_stopping>:
; on stopping(p, runnable) { [67:1]
   0: r1 = *(u64 *)(r1 + 0)
; p.vtime += (FAIR_SLICE - p.slice) * 100 / p.weight [68:5]
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
; on enable(p) { [71:1]
   0: r1 = *(u64 *)(r1 + 0)
; p.vtime = vtime_now [72:5]
   1: r2 = map[.bss] ll
   3: r2 = *(u64 *)(r2 + 0)
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

