struct_ops/select_cpu <lang_v2_atomics_enums_select_cpu>:
; on select_cpu(p, prev_cpu, wake_flags) -> s32 { [19:1]
   0: r6 = r1
; if wake_flags & SCX_WAKE_TTWU != 0 { atomic_add(p.state.budget, 1) } [20:5]
   1: r1 = *(u64 *)(r6 + 16)
   2: r2 = 0x8 ll ; CO-RE enumval_value 25:0
   4: r1 &= r2
   5: if r1 == 0x0 goto +10 <L0>
   6: r2 = *(u64 *)(r6 + 0)
   7: r1 = map[lang_v2_atomics_enums_task_state] ll
   9: r3 = 0
  10: r4 = 1
  11: call bpf_task_storage_get#156
  12: if r0 == 0x0 goto +3 <L0>
  13: r1 = r0
  14: r2 = 1
  15: lock *(u32 *)(r1 + 8) += w2
L0:
; let pick = default_cpu(p, prev_cpu, wake_flags) [21:5]
  16: *(u64 *)(r10 - 8) = 0
  17: r7 = *(u64 *)(r6 + 0)
  18: r1 = *(u64 *)(r6 + 8)
  19: r1 = (s32)r1
  20: r3 = *(u64 *)(r6 + 16)
  21: r4 = r10
  22: r4 += -8
  23: r2 = r1
  24: r1 = r7
  25: call scx_bpf_select_cpu_dfl
  26: r1 = *(u8 *)(r10 - 8)
  27: r6 = (s32)r0
; if pick.was_idle { [22:5]
  28: if r1 == 0x0 goto +16 <L1>
; insert p into local slice 5ms [23:7]
  29: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 26:0
  31: r1 = r7
  32: r3 = 5000000
  33: r4 = 0
  34: call scx_bpf_dsq_insert___v2___schedc
  35: *(u32 *)(r10 - 8) = 0
  36: r2 = r10
  37: r2 += -8
  38: r1 = map[lang_v2_atomics_enums_stats] ll
  40: call bpf_map_lookup_elem#1
  41: if r0 == 0x0 goto +3 <L1>
  42: r1 = *(u64 *)(r0 + 64)
  43: r1 += 1
  44: *(u64 *)(r0 + 64) = r1
L1:
; return pick.cpu [25:5]
  45: r0 = r6
  46: exit

struct_ops/enqueue <lang_v2_atomics_enums_enqueue>:
; on enqueue(p, enq_flags) { [28:1]
   0: r6 = r1
; atomic_add(total_enqueues, 1) [29:5]
   1: r7 = -1
   2: r1 = map[.bss] ll
   4: r2 = 1
   5: lock *(u64 *)(r1 + 0) += r2
; let before = atomic_fetch_add(p.state.enqueues, 1) [30:5]
   6: r8 = 0
   7: r2 = *(u64 *)(r6 + 0)
   8: r1 = map[lang_v2_atomics_enums_task_state] ll
  10: r3 = 0
  11: r4 = 1
  12: call bpf_task_storage_get#156
  13: if r0 == 0x0 goto +5 <L0>
  14: r1 = r0
  15: r2 = 1
  16: r2 = atomic_fetch_add((u64 *)(r1 + 0), r2)
  17: r0 = r2
  18: r8 = r0
L0:
; if enq_flags & SCX_ENQ_WAKEUP != 0 { wakeups += 1 } [31:5]
  19: r1 = *(u64 *)(r6 + 8)
  20: r2 = 0x1 ll ; CO-RE enumval_value 27:0
  22: r1 &= r2
  23: if r1 == 0x0 goto +10 <L1>
  24: *(u32 *)(r10 - 8) = 0
  25: r2 = r10
  26: r2 += -8
  27: r1 = map[lang_v2_atomics_enums_stats] ll
  29: call bpf_map_lookup_elem#1
  30: if r0 == 0x0 goto +3 <L1>
  31: r1 = *(u64 *)(r0 + 0)
  32: r1 += 1
  33: *(u64 *)(r0 + 0) = r1
L1:
; if enq_flags & SCX_ENQ_LAST != 0 { lasts += 1 } [32:5]
  34: r1 = *(u64 *)(r6 + 8)
  35: r2 = 0x20000000000 ll ; CO-RE enumval_value 27:1
  37: r1 &= r2
  38: if r1 == 0x0 goto +10 <L2>
  39: *(u32 *)(r10 - 8) = 0
  40: r2 = r10
  41: r2 += -8
  42: r1 = map[lang_v2_atomics_enums_stats] ll
  44: call bpf_map_lookup_elem#1
  45: if r0 == 0x0 goto +3 <L2>
  46: r1 = *(u64 *)(r0 + 8)
  47: r1 += 1
  48: *(u64 *)(r0 + 8) = r1
L2:
; if p.tag == interactive || before == 0 { [33:5]
  49: r9 = *(u64 *)(r6 + 0)
  50: r7 = 0
  51: r1 = *(u32 *)(r9 + 2808) ; CO-RE field_byte_offset 1:0:2
  52: *(u32 *)(r10 - 8) = r1
  53: r2 = r10
  54: r2 += -8
  55: r1 = map[lang_v2_atomics_enums_tags_task] ll
  57: call bpf_map_lookup_elem#1
  58: if r0 == 0x0 goto +1 <L3>
  59: r7 = *(u32 *)(r0 + 0)
L3:
  60: if r7 != 0x0 goto +46 <L7>
  61: r1 = *(u32 *)(r9 + 2812) ; CO-RE field_byte_offset 1:0:3
  62: *(u32 *)(r10 - 8) = r1
  63: r2 = r10
  64: r2 += -8
  65: r1 = map[lang_v2_atomics_enums_tags_proc] ll
  67: call bpf_map_lookup_elem#1
  68: if r0 == 0x0 goto +1 <L4>
  69: r7 = *(u32 *)(r0 + 0)
L4:
  70: if r7 != 0x0 goto +36 <L7>
  71: r1 = *(u64 *)(r9 + 4000) ; CO-RE field_byte_offset 1:0:6
  72: if r1 == 0x0 goto +13 <L5>
  73: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  74: if r1 == 0x0 goto +11 <L5>
  75: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  76: if r1 == 0x0 goto +9 <L5>
  77: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  78: *(u64 *)(r10 - 8) = r1
  79: r2 = r10
  80: r2 += -8
  81: r1 = map[lang_v2_atomics_enums_tags_cgroup] ll
  83: call bpf_map_lookup_elem#1
  84: if r0 == 0x0 goto +1 <L5>
  85: r7 = *(u32 *)(r0 + 0)
L5:
  86: if r7 != 0x0 goto +20 <L7>
  87: r1 = *(u64 *)(r9 + 3320) ; CO-RE field_byte_offset 1:0:4
  88: if r1 == 0x0 goto +9 <L6>
  89: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  90: *(u32 *)(r10 - 8) = r1
  91: r2 = r10
  92: r2 += -8
  93: r1 = map[lang_v2_atomics_enums_tags_user] ll
  95: call bpf_map_lookup_elem#1
  96: if r0 == 0x0 goto +1 <L6>
  97: r7 = *(u32 *)(r0 + 0)
L6:
  98: if r7 != 0x0 goto +8 <L7>
  99: r1 = map[lang_v2_atomics_enums_task_state] ll
 101: r2 = r9
 102: r3 = 0
 103: r4 = 0
 104: call bpf_task_storage_get#156
 105: if r0 == 0x0 goto +1 <L7>
 106: r7 = *(u32 *)(r0 + 12)
L7:
 107: r1 = r7
 108: if r1 == 0x1 goto +1 <L8>
 109: if r8 != 0x0 goto +16 <L9>
L8:
; insert p into fast slice 5ms flags enq_flags [34:7]
 110: r1 = *(u64 *)(r6 + 0)
 111: r4 = *(u64 *)(r6 + 8)
 112: r2 = 0
 113: r3 = 5000000
 114: call scx_bpf_dsq_insert___v2___schedc
 115: *(u32 *)(r10 - 8) = 0
 116: r2 = r10
 117: r2 += -8
 118: r1 = map[lang_v2_atomics_enums_stats] ll
 120: call bpf_map_lookup_elem#1
 121: if r0 == 0x0 goto +36 <L11>
 122: r1 = *(u64 *)(r0 + 32)
 123: r1 += 1
 124: *(u64 *)(r0 + 32) = r1
 125: goto +32 <L11>
L9:
 126: if r7 != 0x2 goto +16 <L10>
; insert p into slow slice 20ms flags enq_flags [36:7]
 127: r1 = *(u64 *)(r6 + 0)
 128: r4 = *(u64 *)(r6 + 8)
 129: r2 = 1
 130: r3 = 20000000
 131: call scx_bpf_dsq_insert___v2___schedc
 132: *(u32 *)(r10 - 8) = 0
 133: r2 = r10
 134: r2 += -8
 135: r1 = map[lang_v2_atomics_enums_stats] ll
 137: call bpf_map_lookup_elem#1
 138: if r0 == 0x0 goto +19 <L11>
 139: r1 = *(u64 *)(r0 + 48)
 140: r1 += 1
 141: *(u64 *)(r0 + 48) = r1
 142: goto +15 <L11>
L10:
; insert p into slow slice 10ms flags enq_flags [38:7]
 143: r1 = *(u64 *)(r6 + 0)
 144: r4 = *(u64 *)(r6 + 8)
 145: r2 = 1
 146: r3 = 10000000
 147: call scx_bpf_dsq_insert___v2___schedc
 148: *(u32 *)(r10 - 8) = 0
 149: r2 = r10
 150: r2 += -8
 151: r1 = map[lang_v2_atomics_enums_stats] ll
 153: call bpf_map_lookup_elem#1
 154: if r0 == 0x0 goto +3 <L11>
 155: r1 = *(u64 *)(r0 + 48)
 156: r1 += 1
 157: *(u64 *)(r0 + 48) = r1
L11:
 158: exit

struct_ops/dispatch <lang_v2_atomics_enums_dispatch>:
; if compare_and_swap(owner_cpu, -1, cpu) == -1 { claims += 1 } [44:5]
   0: r1 = *(u64 *)(r1 + 0)
   1: r1 = (s32)r1
   2: r2 = map[.data] ll
   4: r3 = r1
   5: r1 = r2
   6: r2 = -1
   7: r0 = r2
   8: w0 = cmpxchg32_32(r1 + 0, w0, w3)
   9: r0 = (s32)r0
  10: if r0 != -0x1 goto +10 <L0>
  11: *(u32 *)(r10 - 8) = 0
  12: r2 = r10
  13: r2 += -8
  14: r1 = map[lang_v2_atomics_enums_stats] ll
  16: call bpf_map_lookup_elem#1
  17: if r0 == 0x0 goto +3 <L0>
  18: r1 = *(u64 *)(r0 + 16)
  19: r1 += 1
  20: *(u64 *)(r0 + 16) = r1
L0:
; atomic_add(this_cpu.runs, 1) [45:5]
  21: *(u32 *)(r10 - 8) = 0
  22: r2 = r10
  23: r2 += -8
  24: r1 = map[lang_v2_atomics_enums_cpu_state] ll
  26: call bpf_map_lookup_elem#1
  27: if r0 == 0x0 goto +3 <L1>
  28: r1 = r0
  29: r2 = 1
  30: lock *(u64 *)(r1 + 0) += r2
L1:
; if !(move fast to local) { [46:5]
  31: r1 = 0
  32: r2 = 0
  33: call scx_bpf_dsq_move_to_local___v2___schedc
  34: r6 = r0
  35: r6 &= 255
  36: if r6 == 0x0 goto +10 <L2>
  37: *(u32 *)(r10 - 8) = 0
  38: r2 = r10
  39: r2 += -8
  40: r1 = map[lang_v2_atomics_enums_stats] ll
  42: call bpf_map_lookup_elem#1
  43: if r0 == 0x0 goto +3 <L2>
  44: r1 = *(u64 *)(r0 + 40)
  45: r1 += 1
  46: *(u64 *)(r0 + 40) = r1
L2:
  47: if r6 != 0x0 goto +15 <L3>
; move slow to local [47:7]
  48: r1 = 1
  49: r2 = 0
  50: call scx_bpf_dsq_move_to_local___v2___schedc
  51: r0 &= 255
  52: if r0 == 0x0 goto +10 <L3>
  53: *(u32 *)(r10 - 8) = 0
  54: r2 = r10
  55: r2 += -8
  56: r1 = map[lang_v2_atomics_enums_stats] ll
  58: call bpf_map_lookup_elem#1
  59: if r0 == 0x0 goto +3 <L3>
  60: r1 = *(u64 *)(r0 + 56)
  61: r1 += 1
  62: *(u64 *)(r0 + 56) = r1
L3:
  63: exit

struct_ops/running <lang_v2_atomics_enums_running>:
; on running(p) { [51:1]
   0: r6 = r1
; if p.scx.flags & SCX_TASK_QUEUED != 0 { queued_running += 1 } [52:5]
   1: r1 = *(u64 *)(r6 + 0)
   2: r1 = *(u32 *)(r1 + 872) ; CO-RE field_byte_offset 1:0:1:0
   3: r2 = 0x1 ll ; CO-RE enumval_value 28:0
   5: r1 &= r2
   6: if r1 == 0x0 goto +10 <L0>
   7: *(u32 *)(r10 - 8) = 0
   8: r2 = r10
   9: r2 += -8
  10: r1 = map[lang_v2_atomics_enums_stats] ll
  12: call bpf_map_lookup_elem#1
  13: if r0 == 0x0 goto +3 <L0>
  14: r1 = *(u64 *)(r0 + 24)
  15: r1 += 1
  16: *(u64 *)(r0 + 24) = r1
L0:
; atomic_add(cpu_state(task_cpu(p)).runs, 1) [54:5]
  17: r1 = *(u64 *)(r6 + 0)
  18: call scx_bpf_task_cpu
  19: r0 = (s32)r0
  20: *(u32 *)(r10 - 8) = 0
  21: r2 = r10
  22: r2 += -8
  23: r1 = map[lang_v2_atomics_enums_cpu_state] ll
  25: r3 = r0
  26: call #195
  27: if r0 == 0x0 goto +3 <L1>
  28: r1 = r0
  29: r2 = 1
  30: lock *(u64 *)(r1 + 0) += r2
L1:
  31: exit

struct_ops.s/init <lang_v2_atomics_enums_init>:
; queue fast: fifo [16:1]
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

struct_ops/enable <lang_v2_atomics_enums_enable>:
; comm starts "schedc_render" => interactive [8:5]
   0: r2 = *(u64 *)(r1 + 0)
   1: r6 = 0
   2: r1 = *(u64 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:5:0
   3: r3 = 0x725f636465686373 ll
   5: if r1 != r3 goto +4 <L0>
   6: r1 = *(u32 *)(r2 + 3352) ; CO-RE field_byte_offset 1:0:5:8
   7: if r1 != 0x65646e65 goto +2 <L0>
   8: r1 = *(u8 *)(r2 + 3356) ; CO-RE field_byte_offset 1:0:5:12
   9: if r1 == 0x72 goto +6 <L1>
L0:
  10: r1 = *(u32 *)(r2 + 108) ; CO-RE field_byte_offset 1:0:0
  11: r1 = (s32)r1
  12: r1 -= 120
  13: if r1 s<= 0x0 goto +3 <L2>
  14: r6 = 2
  15: goto +1 <L2>
L1:
  16: r6 = 1
L2:
  17: r1 = map[lang_v2_atomics_enums_task_state] ll
  19: r3 = 0
  20: r4 = 1
  21: call bpf_task_storage_get#156
  22: if r0 == 0x0 goto +1 <L3>
  23: *(u32 *)(r0 + 12) = r6
L3:
  24: exit

struct_ops/runnable <lang_v2_atomics_enums_runnable>:
; comm starts "schedc_render" => interactive [8:5]
   0: r2 = *(u64 *)(r1 + 0)
   1: r6 = 0
   2: r1 = *(u64 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:5:0
   3: r3 = 0x725f636465686373 ll
   5: if r1 != r3 goto +4 <L0>
   6: r1 = *(u32 *)(r2 + 3352) ; CO-RE field_byte_offset 1:0:5:8
   7: if r1 != 0x65646e65 goto +2 <L0>
   8: r1 = *(u8 *)(r2 + 3356) ; CO-RE field_byte_offset 1:0:5:12
   9: if r1 == 0x72 goto +6 <L1>
L0:
  10: r1 = *(u32 *)(r2 + 108) ; CO-RE field_byte_offset 1:0:0
  11: r1 = (s32)r1
  12: r1 -= 120
  13: if r1 s<= 0x0 goto +3 <L2>
  14: r6 = 2
  15: goto +1 <L2>
L1:
  16: r6 = 1
L2:
  17: r1 = map[lang_v2_atomics_enums_task_state] ll
  19: r3 = 0
  20: r4 = 1
  21: call bpf_task_storage_get#156
  22: if r0 == 0x0 goto +1 <L3>
  23: *(u32 *)(r0 + 12) = r6
L3:
  24: exit

