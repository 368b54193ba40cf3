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
  16: r2 = 0xc000000000000000 ll
  18: r1 |= r2
  19: r2 = r1
  20: r1 = r6
  21: r3 = 2000000
  22: r4 = 0
  23: call scx_bpf_dsq_insert
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
  38: if r2 != 0x3 goto +12 <L9>
; insert p into global slice clamp_slice(SLICE * 10) flags enq_flags [47:7]
  39: r1 = *(u64 *)(r6 + 0)
; return min(max(v, 1ms), 20ms) [18:5]
  40: r2 = 40000000
  41: if r2 >= 0xf4240 goto +1 <L7>
  42: r2 = 1000000
L7:
  43: if r2 <= 0x1312d00 goto +1 <L8>
  44: r2 = 20000000
L8:
  45: r4 = *(u64 *)(r6 + 8)
  46: r3 = r2
  47: r2 = 0x8000000000000001 ll
  49: call scx_bpf_dsq_insert
; return [48:7]
  50: exit
L9:
; if p.tgid < 0 { [50:5]
  51: r1 = *(u64 *)(r6 + 0)
  52: r1 = *(u32 *)(r1 + 2812) ; CO-RE field_byte_offset 1:0:5
  53: r1 = (s32)r1
  54: if r1 s>= 0x0 goto +7 <L10>
; error("impossible tgid") [51:7]
  55: r1 = map[.data+8] ll
  57: *(u64 *)(r10 - 8) = 0
  58: r2 = r10
  59: r2 += -8
  60: r3 = 8
  61: call scx_bpf_error_bstr
L10:
; if p.static_prio > NICE_0 + 10 { [53:5]
  62: r7 = *(u64 *)(r6 + 0)
  63: r1 = *(u32 *)(r7 + 108) ; CO-RE field_byte_offset 1:0:1
  64: r1 = (s32)r1
  65: if r1 s<= 0x82 goto +7 <L11>
; insert p into background slice SLICE vtime p.vtime [54:7]
  66: r5 = *(u64 *)(r6 + 8)
  67: r4 = *(u64 *)(r7 + 960) ; CO-RE field_byte_offset 1:0:2:1
  68: r1 = r7
  69: r2 = 1
  70: r3 = 4000000
  71: call scx_bpf_dsq_insert_vtime
  72: goto +10 <L14>
L11:
; return min(max(v, 1ms), 20ms) [18:5]
  73: r1 = 4000000
  74: if r1 >= 0xf4240 goto +1 <L12>
  75: r1 = 1000000
L12:
  76: if r1 <= 0x1312d00 goto +1 <L13>
  77: r1 = 20000000
L13:
  78: r4 = *(u64 *)(r6 + 8)
  79: r3 = r1
  80: r1 = r7
  81: r2 = 0
  82: call scx_bpf_dsq_insert
L14:
  83: exit

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
  13: if r0 s<= 0x0 goto +3 <L0>
; move main to local [64:7]
  14: r1 = 0
  15: call scx_bpf_dsq_move_to_local
  16: goto +15 <L1>
L0:
; } else if !(move background to local) { [65:12]
  17: r1 = 1
  18: call scx_bpf_dsq_move_to_local
  19: r0 &= 255
  20: if r0 != 0x0 goto +11 <L1>
; if prev != null && prev.nr_cpus_allowed == 1 { [66:7]
  21: r1 = *(u64 *)(r6 + 8)
  22: if r1 == 0x0 goto +9 <L1>
  23: r1 = *(u32 *)(r1 + 1368) ; CO-RE field_byte_offset 1:0:3
  24: r1 = (s32)r1
  25: if r1 != 0x1 goto +6 <L1>
; kicks += 1 [67:9]
  26: r1 = map[.bss+8] ll
  28: r2 = *(u32 *)(r1 + 0)
  29: r2 += 1
  30: w2 = w2
  31: *(u32 *)(r1 + 0) = r2
L1:
  32: exit

struct_ops/tick <features_tick>:
; on tick(p) { [72:1]
   0: r6 = r1
; if nr_cpus() > 64 { [73:5]
   1: call scx_bpf_nr_cpu_ids
   2: w0 = w0
   3: if r0 <= 0x40 goto +6 <L0>
; preempt_cpu(task_cpu(p)) [74:7]
   4: r1 = *(u64 *)(r6 + 0)
   5: call scx_bpf_task_cpu
   6: r0 = (s32)r0
   7: r1 = r0
   8: r2 = 2
   9: call scx_bpf_kick_cpu
L0:
; let small = (p.pid as u16) & cut [77:5]
  10: r1 = *(u64 *)(r6 + 0)
  11: r2 = *(u32 *)(r1 + 2808) ; CO-RE field_byte_offset 1:0:4
  12: r2 = (s32)r2
  13: r2 &= 65535
  14: r2 &= 65535
; if small == 0 && p.slice > SLICE { [78:5]
  15: if r2 != 0x0 goto +4 <L1>
  16: r2 = *(u64 *)(r1 + 952) ; CO-RE field_byte_offset 1:0:2:0
  17: if r2 <= 0x3d0900 goto +2 <L1>
; p.slice = SLICE [79:7]
  18: r2 = 4000000
  19: call scx_bpf_task_set_slice
L1:
  20: exit

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

