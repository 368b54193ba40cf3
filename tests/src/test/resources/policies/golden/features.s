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
  11: if r1 == 0x0 goto +22 <L0>
  12: r1 = *(u32 *)(r6 + 1368) ; CO-RE field_byte_offset 1:0:3
  13: r1 = (s32)r1
  14: if r1 s<= 0x1 goto +19 <L0>
; insert p into local_on(pick.cpu) slice SHORT [32:7]
  15: w1 = w7
  16: r2 = 0xc000000000000000 ll ; CO-RE enumval_value 9:1
  18: r1 |= r2
  19: r2 = r1
  20: r1 = r6
  21: r3 = 2000000
  22: r4 = 0
  23: call scx_bpf_dsq_insert___v2___schedc
  24: *(u32 *)(r10 - 8) = 0
  25: r2 = r10
  26: r2 += -8
  27: r1 = map[features_stats] ll
  29: call bpf_map_lookup_elem#1
  30: if r0 == 0x0 goto +3 <L0>
  31: r1 = *(u64 *)(r0 + 32)
  32: r1 += 1
  33: *(u64 *)(r0 + 32) = r1
L0:
; return pick.cpu [34:5]
  34: r0 = r7
  35: exit

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
  38: if r2 != 0x3 goto +21 <L10>
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
  49: *(u32 *)(r10 - 8) = 0
  50: r2 = r10
  51: r2 += -8
  52: r1 = map[features_stats] ll
  54: call bpf_map_lookup_elem#1
  55: if r0 == 0x0 goto +3 <L9>
  56: r1 = *(u64 *)(r0 + 40)
  57: r1 += 1
  58: *(u64 *)(r0 + 40) = r1
L9:
; return [48:7]
  59: exit
L10:
; if p.tgid < 0 { [50:5]
  60: r1 = *(u64 *)(r6 + 0)
  61: r1 = *(u32 *)(r1 + 2812) ; CO-RE field_byte_offset 1:0:5
  62: r1 = (s32)r1
  63: if r1 s>= 0x0 goto +7 <L11>
; error("impossible tgid") [51:7]
  64: r1 = map[.data+8] ll
  66: *(u64 *)(r10 - 8) = 0
  67: r2 = r10
  68: r2 += -8
  69: r3 = 8
  70: call scx_bpf_error_bstr
L11:
; if p.static_prio > NICE_0 + 10 { [53:5]
  71: r7 = *(u64 *)(r6 + 0)
  72: r1 = *(u32 *)(r7 + 108) ; CO-RE field_byte_offset 1:0:1
  73: r1 = (s32)r1
  74: if r1 s<= 0x82 goto +17 <L12>
; insert p into background slice SLICE vtime p.vtime [54:7]
  75: r5 = *(u64 *)(r6 + 8)
  76: r4 = *(u64 *)(r7 + 960) ; CO-RE field_byte_offset 1:0:2:1
  77: r1 = r7
  78: r2 = 1
  79: r3 = 4000000
  80: call scx_bpf_dsq_insert_vtime
  81: *(u32 *)(r10 - 8) = 0
  82: r2 = r10
  83: r2 += -8
  84: r1 = map[features_stats] ll
  86: call bpf_map_lookup_elem#1
  87: if r0 == 0x0 goto +24 <L15>
  88: r1 = *(u64 *)(r0 + 16)
  89: r1 += 1
  90: *(u64 *)(r0 + 16) = r1
  91: goto +20 <L15>
L12:
; return min(max(v, 1ms), 20ms) [18:5]
  92: r1 = 4000000
  93: if r1 >= 0xf4240 goto +1 <L13>
  94: r1 = 1000000
L13:
  95: if r1 <= 0x1312d00 goto +1 <L14>
  96: r1 = 20000000
L14:
  97: r4 = *(u64 *)(r6 + 8)
  98: r3 = r1
  99: r1 = r7
 100: r2 = 0
 101: call scx_bpf_dsq_insert___v2___schedc
 102: *(u32 *)(r10 - 8) = 0
 103: r2 = r10
 104: r2 += -8
 105: r1 = map[features_stats] ll
 107: call bpf_map_lookup_elem#1
 108: if r0 == 0x0 goto +3 <L15>
 109: r1 = *(u64 *)(r0 + 0)
 110: r1 += 1
 111: *(u64 *)(r0 + 0) = r1
L15:
 112: exit

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
  13: r6 = *(u64 *)(r6 + 8)
  14: if r0 s<= 0x0 goto +16 <L0>
; move main to local [64:7]
  15: r1 = 0
  16: r2 = 0
  17: call scx_bpf_dsq_move_to_local___v2___schedc
  18: r0 &= 255
  19: if r0 == 0x0 goto +38 <L2>
  20: *(u32 *)(r10 - 8) = 0
  21: r2 = r10
  22: r2 += -8
  23: r1 = map[features_stats] ll
  25: call bpf_map_lookup_elem#1
  26: if r0 == 0x0 goto +31 <L2>
  27: r1 = *(u64 *)(r0 + 8)
  28: r1 += 1
  29: *(u64 *)(r0 + 8) = r1
  30: goto +27 <L2>
L0:
; } else if !(move background to local) { [65:12]
  31: r1 = 1
  32: r2 = 0
  33: call scx_bpf_dsq_move_to_local___v2___schedc
  34: r7 = r0
  35: r7 &= 255
  36: if r7 == 0x0 goto +10 <L1>
  37: *(u32 *)(r10 - 8) = 0
  38: r2 = r10
  39: r2 += -8
  40: r1 = map[features_stats] ll
  42: call bpf_map_lookup_elem#1
  43: if r0 == 0x0 goto +3 <L1>
  44: r1 = *(u64 *)(r0 + 24)
  45: r1 += 1
  46: *(u64 *)(r0 + 24) = r1
L1:
  47: if r7 != 0x0 goto +10 <L2>
; if prev != null && prev.nr_cpus_allowed == 1 { [66:7]
  48: if r6 == 0x0 goto +9 <L2>
  49: r1 = *(u32 *)(r6 + 1368) ; CO-RE field_byte_offset 1:0:3
  50: r1 = (s32)r1
  51: if r1 != 0x1 goto +6 <L2>
; kicks += 1 [67:9]
  52: r1 = map[.bss+8] ll
  54: r2 = *(u32 *)(r1 + 0)
  55: r2 += 1
  56: w2 = w2
  57: *(u32 *)(r1 + 0) = r2
L2:
  58: exit

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

