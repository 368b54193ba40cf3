struct_ops/select_cpu <simple_select_cpu>:
; let pick = default_cpu(p, prev_cpu, wake_flags) [14:5]
   0: *(u64 *)(r10 - 8) = 0
   1: r6 = *(u64 *)(r1 + 0)
   2: r2 = *(u64 *)(r1 + 8)
   3: r2 = (s32)r2
   4: r3 = *(u64 *)(r1 + 16)
   5: r4 = r10
   6: r4 += -8
   7: r1 = r6
   8: call scx_bpf_select_cpu_dfl
   9: r1 = *(u8 *)(r10 - 8)
  10: r7 = (s32)r0
; if pick.was_idle { [15:5]
  11: if r1 == 0x0 goto +16 <L0>
; insert p into local slice SLICE [16:7]
  12: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 9:0
  14: r1 = r6
  15: r3 = 20000000
  16: r4 = 0
  17: call scx_bpf_dsq_insert___v2___schedc
  18: *(u32 *)(r10 - 8) = 0
  19: r2 = r10
  20: r2 += -8
  21: r1 = map[simple_stats] ll
  23: call bpf_map_lookup_elem#1
  24: if r0 == 0x0 goto +3 <L0>
  25: r1 = *(u64 *)(r0 + 16)
  26: r1 += 1
  27: *(u64 *)(r0 + 16) = r1
L0:
; return pick.cpu [18:5]
  28: r0 = r7
  29: exit

struct_ops/enqueue <simple_enqueue>:
; var vtime = p.vtime [23:5]
   0: r2 = *(u64 *)(r1 + 0)
   1: r2 = *(u64 *)(r2 + 960) ; CO-RE field_byte_offset 1:0:0:2
; if (vtime - (vtime_now - SLICE)) as s64 < 0 { [24:5]
   2: r3 = map[.bss] ll
   4: r3 = *(u64 *)(r3 + 0)
   5: r3 -= 20000000
   6: r4 = r2
   7: r4 -= r3
   8: if r4 s>= 0x0 goto +1 <L0>
; vtime = vtime_now - SLICE [25:7]
   9: r2 = r3
L0:
; insert p into shared slice SLICE vtime vtime [27:5]
  10: r3 = *(u64 *)(r1 + 0)
  11: r5 = *(u64 *)(r1 + 8)
  12: r1 = r3
  13: r4 = r2
  14: r2 = 0
  15: r3 = 20000000
  16: call scx_bpf_dsq_insert_vtime
  17: *(u32 *)(r10 - 8) = 0
  18: r2 = r10
  19: r2 += -8
  20: r1 = map[simple_stats] ll
  22: call bpf_map_lookup_elem#1
  23: if r0 == 0x0 goto +3 <L1>
  24: r1 = *(u64 *)(r0 + 0)
  25: r1 += 1
  26: *(u64 *)(r0 + 0) = r1
L1:
  27: exit

struct_ops/dispatch <simple_dispatch>:
; move shared to local [31:5]
   0: r1 = 0
   1: r2 = 0
   2: call scx_bpf_dsq_move_to_local___v2___schedc
   3: r0 &= 255
   4: if r0 == 0x0 goto +10 <L0>
   5: *(u32 *)(r10 - 8) = 0
   6: r2 = r10
   7: r2 += -8
   8: r1 = map[simple_stats] ll
  10: call bpf_map_lookup_elem#1
  11: if r0 == 0x0 goto +3 <L0>
  12: r1 = *(u64 *)(r0 + 8)
  13: r1 += 1
  14: *(u64 *)(r0 + 8) = r1
L0:
  15: exit

struct_ops/running <simple_running>:
; if (vtime_now - p.vtime) as s64 < 0 { [35:5]
   0: r2 = map[.bss] ll
   2: r3 = *(u64 *)(r2 + 0)
   3: r1 = *(u64 *)(r1 + 0)
   4: r1 = *(u64 *)(r1 + 960) ; CO-RE field_byte_offset 1:0:0:2
   5: r3 -= r1
   6: if r3 s>= 0x0 goto +1 <L0>
; vtime_now = p.vtime [36:7]
   7: *(u64 *)(r2 + 0) = r1
L0:
   8: exit

struct_ops/stopping <simple_stopping>:
; p.vtime += (SLICE - p.slice) * 100 / p.weight [41:5]
   0: r1 = *(u64 *)(r1 + 0)
   1: r2 = *(u64 *)(r1 + 960) ; CO-RE field_byte_offset 1:0:0:2
   2: r3 = *(u64 *)(r1 + 952) ; CO-RE field_byte_offset 1:0:0:1
   3: r4 = 20000000
   4: r4 -= r3
   5: r4 *= 100
   6: r3 = *(u32 *)(r1 + 876) ; CO-RE field_byte_offset 1:0:0:0
   7: r4 /= r3
   8: r2 += r4
   9: call scx_bpf_task_set_dsq_vtime
  10: exit

struct_ops/enable <simple_enable>:
; p.vtime = vtime_now [45:5]
   0: r2 = map[.bss] ll
   2: r2 = *(u64 *)(r2 + 0)
   3: r1 = *(u64 *)(r1 + 0)
   4: call scx_bpf_task_set_dsq_vtime
   5: exit

struct_ops.s/init <simple_init>:
; queue shared: vtime [9:1]
   0: r1 = 0
   1: r2 = -1
   2: call scx_bpf_create_dsq
   3: r0 = (s32)r0
   4: if r0 s>= 0x0 goto +1 <L0>
   5: exit
L0:
   6: r0 = 0
   7: exit

