struct_ops/select_cpu <lang_v2_dispatch_select_cpu>:
; on select_cpu(p, prev_cpu, wake_flags) -> s32 { [10:1]
   0: r6 = r1
; if may_run_on(p, prev_cpu) && test_idle_cpu(prev_cpu) { [11:5]
   1: r7 = *(u64 *)(r6 + 0)
   2: r2 = *(u64 *)(r7 + 1376) ; CO-RE field_byte_offset 1:0:1
   3: r1 = *(u64 *)(r6 + 8)
   4: r8 = (s32)r1
   5: w9 = w8
   6: r1 = r9
   7: call bpf_cpumask_test_cpu
   8: r0 &= 255
   9: if r0 == 0x0 goto +26 <L1>
  10: r1 = r8
  11: call scx_bpf_test_and_clear_cpu_idle
  12: r0 &= 255
  13: if r0 == 0x0 goto +22 <L1>
; insert p into local_on(prev_cpu) slice 5ms [12:7]
  14: r1 = 0xc000000000000000 ll ; CO-RE enumval_value 7:0
  16: r9 |= r1
  17: r1 = r7
  18: r2 = r9
  19: r3 = 5000000
  20: r4 = 0
  21: call scx_bpf_dsq_insert___v2___schedc
  22: *(u32 *)(r10 - 8) = 0
  23: r2 = r10
  24: r2 += -8
  25: r1 = map[lang_v2_dispatch_stats] ll
  27: call bpf_map_lookup_elem#1
  28: if r0 == 0x0 goto +3 <L0>
  29: r1 = *(u64 *)(r0 + 48)
  30: r1 += 1
  31: *(u64 *)(r0 + 48) = r1
L0:
; return prev_cpu [13:7]
  32: r1 = *(u64 *)(r6 + 8)
  33: r1 = (s32)r1
  34: r0 = r1
  35: exit
L1:
; return prev_cpu [15:5]
  36: r1 = *(u64 *)(r6 + 8)
  37: r1 = (s32)r1
  38: r0 = r1
  39: exit

struct_ops/enqueue <lang_v2_dispatch_enqueue>:
; on enqueue(p, enq_flags) { [18:1]
   0: r6 = r1
; let idle = pick_idle_cpu(p) [19:5]
   1: r7 = *(u64 *)(r6 + 0)
   2: r1 = *(u64 *)(r7 + 1376) ; CO-RE field_byte_offset 1:0:1
   3: r2 = 0
   4: call scx_bpf_pick_idle_cpu
   5: r8 = (s32)r0
; if idle >= 0 && may_run_on(p, idle) { [20:5]
   6: if r8 s< 0x0 goto +37 <L2>
   7: r2 = *(u64 *)(r7 + 1376) ; CO-RE field_byte_offset 1:0:1
   8: w1 = w8
   9: call bpf_cpumask_test_cpu
  10: r0 &= 255
  11: if r0 == 0x0 goto +32 <L2>
; to_idle += 1 [21:7]
  12: *(u32 *)(r10 - 8) = 0
  13: r2 = r10
  14: r2 += -8
  15: r1 = map[lang_v2_dispatch_stats] ll
  17: call bpf_map_lookup_elem#1
  18: if r0 == 0x0 goto +3 <L0>
  19: r1 = *(u64 *)(r0 + 0)
  20: r1 += 1
  21: *(u64 *)(r0 + 0) = r1
L0:
; insert p into local_on(idle) slice 5ms flags enq_flags [22:7]
  22: r1 = *(u64 *)(r6 + 0)
  23: w2 = w8
  24: r3 = 0xc000000000000000 ll ; CO-RE enumval_value 7:0
  26: r2 |= r3
  27: r4 = *(u64 *)(r6 + 8)
  28: r3 = 5000000
  29: call scx_bpf_dsq_insert___v2___schedc
  30: *(u32 *)(r10 - 8) = 0
  31: r2 = r10
  32: r2 += -8
  33: r1 = map[lang_v2_dispatch_stats] ll
  35: call bpf_map_lookup_elem#1
  36: if r0 == 0x0 goto +3 <L1>
  37: r1 = *(u64 *)(r0 + 48)
  38: r1 += 1
  39: *(u64 *)(r0 + 48) = r1
L1:
; kick_cpu(idle) [23:7]
  40: r1 = r8
  41: r2 = 0
  42: call scx_bpf_kick_cpu
; return [24:7]
  43: exit
L2:
; let last = task_cpu(p) [26:5]
  44: r7 = *(u64 *)(r6 + 0)
  45: r1 = r7
  46: call scx_bpf_task_cpu
  47: r8 = (s32)r0
; if !may_run_on(p, nr_cpus()) { not_allowed += 1 } [27:5]
  48: r7 = *(u64 *)(r7 + 1376) ; CO-RE field_byte_offset 1:0:1
  49: call scx_bpf_nr_cpu_ids
  50: w0 = w0
  51: w0 = w0
  52: r1 = r0
  53: r2 = r7
  54: call bpf_cpumask_test_cpu
  55: r0 &= 255
  56: if r0 != 0x0 goto +10 <L3>
  57: *(u32 *)(r10 - 8) = 0
  58: r2 = r10
  59: r2 += -8
  60: r1 = map[lang_v2_dispatch_stats] ll
  62: call bpf_map_lookup_elem#1
  63: if r0 == 0x0 goto +3 <L3>
  64: r1 = *(u64 *)(r0 + 24)
  65: r1 += 1
  66: *(u64 *)(r0 + 24) = r1
L3:
; if p.nr_cpus_allowed == 1 && may_run_on(p, last) { [28:5]
  67: r1 = *(u64 *)(r6 + 0)
  68: r2 = *(u32 *)(r1 + 1368) ; CO-RE field_byte_offset 1:0:0
  69: r2 = (s32)r2
  70: if r2 != 0x1 goto +35 <L6>
  71: r2 = *(u64 *)(r1 + 1376) ; CO-RE field_byte_offset 1:0:1
  72: w1 = w8
  73: call bpf_cpumask_test_cpu
  74: r0 &= 255
  75: if r0 == 0x0 goto +30 <L6>
; to_last_cpu += 1 [29:7]
  76: *(u32 *)(r10 - 8) = 0
  77: r2 = r10
  78: r2 += -8
  79: r1 = map[lang_v2_dispatch_stats] ll
  81: call bpf_map_lookup_elem#1
  82: if r0 == 0x0 goto +3 <L4>
  83: r1 = *(u64 *)(r0 + 8)
  84: r1 += 1
  85: *(u64 *)(r0 + 8) = r1
L4:
; insert p into local_on(last) slice 5ms flags enq_flags [30:7]
  86: r1 = *(u64 *)(r6 + 0)
  87: w8 = w8
  88: r2 = 0xc000000000000000 ll ; CO-RE enumval_value 7:0
  90: r8 |= r2
  91: r4 = *(u64 *)(r6 + 8)
  92: r2 = r8
  93: r3 = 5000000
  94: call scx_bpf_dsq_insert___v2___schedc
  95: *(u32 *)(r10 - 8) = 0
  96: r2 = r10
  97: r2 += -8
  98: r1 = map[lang_v2_dispatch_stats] ll
 100: call bpf_map_lookup_elem#1
 101: if r0 == 0x0 goto +3 <L5>
 102: r1 = *(u64 *)(r0 + 48)
 103: r1 += 1
 104: *(u64 *)(r0 + 48) = r1
L5:
; return [31:7]
 105: exit
L6:
; to_queue += 1 [33:5]
 106: *(u32 *)(r10 - 8) = 0
 107: r2 = r10
 108: r2 += -8
 109: r1 = map[lang_v2_dispatch_stats] ll
 111: call bpf_map_lookup_elem#1
 112: if r0 == 0x0 goto +3 <L7>
 113: r1 = *(u64 *)(r0 + 16)
 114: r1 += 1
 115: *(u64 *)(r0 + 16) = r1
L7:
; insert p into shared slice 10ms flags enq_flags [34:5]
 116: r1 = *(u64 *)(r6 + 0)
 117: r4 = *(u64 *)(r6 + 8)
 118: r2 = 0
 119: r3 = 10000000
 120: call scx_bpf_dsq_insert___v2___schedc
 121: *(u32 *)(r10 - 8) = 0
 122: r2 = r10
 123: r2 += -8
 124: r1 = map[lang_v2_dispatch_stats] ll
 126: call bpf_map_lookup_elem#1
 127: if r0 == 0x0 goto +3 <L8>
 128: r1 = *(u64 *)(r0 + 32)
 129: r1 += 1
 130: *(u64 *)(r0 + 32) = r1
L8:
 131: exit

struct_ops/dispatch <lang_v2_dispatch_dispatch>:
; move shared to local [38:5]
   0: r1 = 0
   1: r2 = 0
   2: call scx_bpf_dsq_move_to_local___v2___schedc
   3: r0 &= 255
   4: if r0 == 0x0 goto +10 <L0>
   5: *(u32 *)(r10 - 8) = 0
   6: r2 = r10
   7: r2 += -8
   8: r1 = map[lang_v2_dispatch_stats] ll
  10: call bpf_map_lookup_elem#1
  11: if r0 == 0x0 goto +3 <L0>
  12: r1 = *(u64 *)(r0 + 40)
  13: r1 += 1
  14: *(u64 *)(r0 + 40) = r1
L0:
  15: exit

struct_ops.s/init <lang_v2_dispatch_init>:
; queue shared: fifo [8:1]
   0: r1 = 0
   1: r2 = -1
   2: call scx_bpf_create_dsq
   3: r0 = (s32)r0
   4: if r0 s>= 0x0 goto +1 <L0>
   5: exit
L0:
   6: r0 = 0
   7: exit

