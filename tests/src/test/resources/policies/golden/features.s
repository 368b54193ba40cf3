struct_ops/select_cpu <features_select_cpu>:
; let pick = default_cpu(p, prev_cpu, wake_flags) [30:5]
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
; if pick.was_idle && p.nr_cpus_allowed > 1 { [31:5]
  11: if r1 == 0x0 goto +12 <L0>
  12: r1 = *(u32 *)(r6 + 1368) ; CO-RE field_byte_offset 1:0:3
  13: r1 = (s32)r1
  14: if r1 s<= 0x1 goto +9 <L0>
; insert p into local_on(pick.cpu) slice SHORT [32:7]
  15: w1 = w7
  16: r2 = 0xc000000000000000 ll ; CO-RE enumval_value 9:1
  18: r1 |= r2
  19: r2 = r1
  20: r1 = r6
  21: r3 = 2000000
  22: r4 = 0
  23: call scx_bpf_dsq_insert___v2___schedc
L0:
; return pick.cpu [34:5]
  24: r0 = r7
  25: exit

struct_ops/enqueue <features_enqueue>:
; on enqueue(p, enq_flags) { [37:1]
   0: r6 = r1
; var sum: s32 = 0 [38:5]
   1: r1 = 0
; for i in 0..8 { [39:5]
   2: r2 = 0
L0:
   3: if r2 >= 0x8 goto +12 <L2>
; if i == 6 { break } [40:7]
   4: if r2 == 0x6 goto +11 <L2>
; if i % 2 == 1 { continue } [41:7]
   5: r3 = r2
   6: r3 %= 2
   7: if r3 == 0x1 goto +4 <L1>
; sum += i as s32 [42:7]
   8: r3 = (s32)r2
   9: r3 += r1
  10: r3 = (s32)r3
  11: r1 = r3
L1:
  12: r3 = r2
  13: r3 += 1
  14: r2 = r3
  15: goto -13 <L0>
L2:
; checksum = sum - (p.pid - p.pid) [44:5]
  16: r2 = *(u64 *)(r6 + 0)
  17: r3 = *(u32 *)(r2 + 2808) ; CO-RE field_byte_offset 1:0:4
  18: r3 = (s32)r3
  19: r4 = r3
  20: r4 -= r3
  21: r4 = (s32)r4
  22: r1 -= r4
  23: r1 = (s32)r1
  24: r3 = map[.data] ll
  26: *(u32 *)(r3 + 0) = r1
; let cls = weight_class(p.prio) [45:5]
  27: r1 = *(u32 *)(r2 + 104) ; CO-RE field_byte_offset 1:0:0
  28: r1 = (s32)r1
; match prio { [22:5]
  29: if r1 == 0x64 goto +2 <L3>
  30: if r1 == 0x65 goto +1 <L3>
  31: if r1 != 0x66 goto +2 <L4>
L3:
; 100 | 101 | 102 => { return 3 } [23:28]
  32: r2 = 3
  33: goto +4 <L6>
L4:
  34: if r1 != 0x78 goto +2 <L5>
; NICE_0 => { return 2 } [24:19]
  35: r2 = 2
  36: goto +1 <L6>
L5:
; _ => { return 1 } [25:14]
  37: r2 = 1
L6:
; if cls == 3 { [46:5]
  38: if r2 != 0x3 goto +11 <L9>
; insert p into global slice clamp_slice(SLICE * 10) flags enq_flags [47:7]
  39: r1 = *(u64 *)(r6 + 0)
  40: r2 = 0x8000000000000001 ll ; CO-RE enumval_value 9:0
; return min(max(v, 1ms), 20ms) [18:5]
  42: r3 = 40000000
  43: if r3 >= 0xf4240 goto +1 <L7>
  44: r3 = 1000000
L7:
  45: if r3 <= 0x1312d00 goto +1 <L8>
  46: r3 = 20000000
L8:
  47: r4 = *(u64 *)(r6 + 8)
  48: call scx_bpf_dsq_insert___v2___schedc
; return [48:7]
  49: exit
L9:
; if p.tgid < 0 { [50:5]
  50: r1 = *(u64 *)(r6 + 0)
  51: r1 = *(u32 *)(r1 + 2812) ; CO-RE field_byte_offset 1:0:5
  52: r1 = (s32)r1
  53: if r1 s>= 0x0 goto +7 <L10>
; error("impossible tgid") [51:7]
  54: r1 = map[.data+8] ll
  56: *(u64 *)(r10 - 8) = 0
  57: r2 = r10
  58: r2 += -8
  59: r3 = 8
  60: call scx_bpf_error_bstr
L10:
; if p.static_prio > NICE_0 + 10 { [53:5]
  61: r7 = *(u64 *)(r6 + 0)
  62: r1 = *(u32 *)(r7 + 108) ; CO-RE field_byte_offset 1:0:1
  63: r1 = (s32)r1
  64: if r1 s<= 0x82 goto +7 <L11>
; insert p into background slice SLICE vtime p.vtime [54:7]
  65: r5 = *(u64 *)(r6 + 8)
  66: r4 = *(u64 *)(r7 + 960) ; CO-RE field_byte_offset 1:0:2:1
  67: r1 = r7
  68: r2 = 1
  69: r3 = 4000000
  70: call scx_bpf_dsq_insert_vtime
  71: goto +10 <L14>
L11:
; return min(max(v, 1ms), 20ms) [18:5]
  72: r1 = 4000000
  73: if r1 >= 0xf4240 goto +1 <L12>
  74: r1 = 1000000
L12:
  75: if r1 <= 0x1312d00 goto +1 <L13>
  76: r1 = 20000000
L13:
  77: r4 = *(u64 *)(r6 + 8)
  78: r3 = r1
  79: r1 = r7
  80: r2 = 0
  81: call scx_bpf_dsq_insert___v2___schedc
L14:
  82: exit

struct_ops/dispatch <features_dispatch>:
; on dispatch(cpu, prev) { [60:1]
   0: r6 = r1
; dispatched += 1 [61:5]
   1: r1 = map[.bss] ll
   3: r2 = *(u64 *)(r1 + 0)
   4: r2 += 1
   5: *(u64 *)(r1 + 0) = r2
; last_now = now() [62:5]
   6: call scx_bpf_now
   7: r1 = map[.bss+16] ll
   9: *(u64 *)(r1 + 0) = r0
; if queued(main) > 0 { [63:5]
  10: r1 = 0
  11: call scx_bpf_dsq_nr_queued
  12: r0 = (s32)r0
  13: if r0 s<= 0x0 goto +4 <L0>
; move main to local [64:7]
  14: r1 = 0
  15: r2 = 0
  16: call scx_bpf_dsq_move_to_local___v2___schedc
  17: goto +16 <L1>
L0:
; } else if !(move background to local) { [65:12]
  18: r1 = 1
  19: r2 = 0
  20: call scx_bpf_dsq_move_to_local___v2___schedc
  21: r0 &= 255
  22: if r0 != 0x0 goto +11 <L1>
; if prev != null && prev.nr_cpus_allowed == 1 { [66:7]
  23: r1 = *(u64 *)(r6 + 8)
  24: if r1 == 0x0 goto +9 <L1>
  25: r1 = *(u32 *)(r1 + 1368) ; CO-RE field_byte_offset 1:0:3
  26: r1 = (s32)r1
  27: if r1 != 0x1 goto +6 <L1>
; kicks += 1 [67:9]
  28: r1 = map[.bss+8] ll
  30: r2 = *(u32 *)(r1 + 0)
  31: r2 += 1
  32: w2 = w2
  33: *(u32 *)(r1 + 0) = r2
L1:
  34: exit

struct_ops/tick <features_tick>:
; on tick(p) { [72:1]
   0: r6 = r1
; if nr_cpus() > 64 { [73:5]
   1: call scx_bpf_nr_cpu_ids
   2: w0 = w0
   3: if r0 <= 0x40 goto +8 <L0>
; preempt_cpu(task_cpu(p)) [74:7]
   4: r7 = 0x2 ll ; CO-RE enumval_value 10:0
   6: r1 = *(u64 *)(r6 + 0)
   7: call scx_bpf_task_cpu
   8: r0 = (s32)r0
   9: r1 = r0
  10: r2 = r7
  11: call scx_bpf_kick_cpu
L0:
; let small = (p.pid as u16) & cut [77:5]
  12: r1 = *(u64 *)(r6 + 0)
  13: r2 = *(u32 *)(r1 + 2808) ; CO-RE field_byte_offset 1:0:4
  14: r2 = (s32)r2
  15: r2 &= 65535
  16: r2 &= 65535
; if small == 0 && p.slice > SLICE { [78:5]
  17: if r2 != 0x0 goto +4 <L1>
  18: r2 = *(u64 *)(r1 + 952) ; CO-RE field_byte_offset 1:0:2:0
  19: if r2 <= 0x3d0900 goto +2 <L1>
; p.slice = SLICE [79:7]
  20: r2 = 4000000
  21: call scx_bpf_task_set_slice
L1:
  22: exit

struct_ops.s/init <features_init>:
; queue main: fifo [9:1]
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

