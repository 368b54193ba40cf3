struct_ops/select_cpu <colocation_select_cpu>:
; on select_cpu(p, prev_cpu, wake_flags) -> s32 { [26:1]
   0: r6 = r1
; if p.tag == offline { [28:5]
   1: r7 = -1
   2: r8 = *(u64 *)(r6 + 0)
   3: r7 = 0
   4: r1 = *(u32 *)(r8 + 2808) ; CO-RE field_byte_offset 1:0:3
   5: *(u32 *)(r10 - 8) = r1
   6: r2 = r10
   7: r2 += -8
   8: r1 = map[colocation_tags_task] ll
  10: call bpf_map_lookup_elem#1
  11: if r0 == 0x0 goto +1 <L0>
  12: r7 = *(u32 *)(r0 + 0)
L0:
  13: if r7 != 0x0 goto +46 <L4>
  14: r1 = *(u32 *)(r8 + 2812) ; CO-RE field_byte_offset 1:0:4
  15: *(u32 *)(r10 - 8) = r1
  16: r2 = r10
  17: r2 += -8
  18: r1 = map[colocation_tags_proc] ll
  20: call bpf_map_lookup_elem#1
  21: if r0 == 0x0 goto +1 <L1>
  22: r7 = *(u32 *)(r0 + 0)
L1:
  23: if r7 != 0x0 goto +36 <L4>
  24: r1 = *(u64 *)(r8 + 4000) ; CO-RE field_byte_offset 1:0:7
  25: if r1 == 0x0 goto +13 <L2>
  26: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  27: if r1 == 0x0 goto +11 <L2>
  28: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  29: if r1 == 0x0 goto +9 <L2>
  30: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  31: *(u64 *)(r10 - 8) = r1
  32: r2 = r10
  33: r2 += -8
  34: r1 = map[colocation_tags_cgroup] ll
  36: call bpf_map_lookup_elem#1
  37: if r0 == 0x0 goto +1 <L2>
  38: r7 = *(u32 *)(r0 + 0)
L2:
  39: if r7 != 0x0 goto +20 <L4>
  40: r1 = *(u64 *)(r8 + 3320) ; CO-RE field_byte_offset 1:0:5
  41: if r1 == 0x0 goto +9 <L3>
  42: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  43: *(u32 *)(r10 - 8) = r1
  44: r2 = r10
  45: r2 += -8
  46: r1 = map[colocation_tags_user] ll
  48: call bpf_map_lookup_elem#1
  49: if r0 == 0x0 goto +1 <L3>
  50: r7 = *(u32 *)(r0 + 0)
L3:
  51: if r7 != 0x0 goto +8 <L4>
  52: r1 = map[colocation_task_state] ll
  54: r2 = r8
  55: r3 = 0
  56: r4 = 0
  57: call bpf_task_storage_get#156
  58: if r0 == 0x0 goto +1 <L4>
  59: r7 = *(u32 *)(r0 + 0)
L4:
  60: if r7 != 0x2 goto +4 <L5>
; return prev_cpu [29:7]
  61: r1 = *(u64 *)(r6 + 8)
  62: r1 = (s32)r1
  63: r0 = r1
  64: exit
L5:
; let cpu = idle_select(p, prev_cpu, wake_flags) [31:5]
  65: r7 = *(u64 *)(r6 + 0)
  66: r1 = *(u64 *)(r6 + 8)
  67: r8 = (s32)r1
  68: r9 = *(u64 *)(r6 + 16)
; if test_idle_cpu(prev_cpu) { [12:3]
  69: r1 = r8
  70: call scx_bpf_test_and_clear_cpu_idle
  71: r0 &= 255
  72: if r0 == 0x0 goto +3 <L6>
; return prev_cpu [13:5]
  73: r1 = r8
  74: *(u64 *)(r10 - 8) = r1
  75: goto +17 <L8>
L6:
; let pick = default_cpu(p, prev_cpu, wake_flags) [15:3]
  76: *(u64 *)(r10 - 16) = 0
  77: r4 = r10
  78: r4 += -16
  79: r1 = r7
  80: r2 = r8
  81: r3 = r9
  82: call scx_bpf_select_cpu_dfl
  83: r1 = *(u8 *)(r10 - 16)
  84: r0 = (s32)r0
; if pick.was_idle { [16:3]
  85: if r1 == 0x0 goto +2 <L7>
; return pick.cpu [17:5]
  86: *(u64 *)(r10 - 8) = r0
  87: goto +5 <L8>
L7:
; return pick_idle_cpu(p) [19:3]
  88: r1 = *(u64 *)(r7 + 1376) ; CO-RE field_byte_offset 1:0:2
  89: r2 = 0
  90: call scx_bpf_pick_idle_cpu
  91: r0 = (s32)r0
  92: *(u64 *)(r10 - 8) = r0
L8:
; if cpu >= 0 { [32:5]
  93: r1 = *(u64 *)(r10 - 8)
  94: if r1 s< 0x0 goto +18 <L10>
; insert p into local slice COLO_ONLINE_SLICE [33:7]
  95: r1 = *(u64 *)(r6 + 0)
  96: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 29:0
  98: r3 = 10000000
  99: r4 = 0
 100: call scx_bpf_dsq_insert___v2___schedc
 101: *(u32 *)(r10 - 16) = 0
 102: r2 = r10
 103: r2 += -16
 104: r1 = map[colocation_stats] ll
 106: call bpf_map_lookup_elem#1
 107: if r0 == 0x0 goto +3 <L9>
 108: r1 = *(u64 *)(r0 + 64)
 109: r1 += 1
 110: *(u64 *)(r0 + 64) = r1
L9:
; return cpu [34:7]
 111: r0 = *(u64 *)(r10 - 8)
 112: exit
L10:
; return prev_cpu [36:5]
 113: r1 = *(u64 *)(r6 + 8)
 114: r1 = (s32)r1
 115: r0 = r1
 116: exit

struct_ops/enqueue <colocation_enqueue>:
; on enqueue(p, enq_flags) { [39:1]
   0: r6 = r1
; if p.tag == offline { [40:5]
   1: r7 = -1
   2: r8 = *(u64 *)(r6 + 0)
   3: r7 = 0
   4: r1 = *(u32 *)(r8 + 2808) ; CO-RE field_byte_offset 1:0:3
   5: *(u32 *)(r10 - 8) = r1
   6: r2 = r10
   7: r2 += -8
   8: r1 = map[colocation_tags_task] ll
  10: call bpf_map_lookup_elem#1
  11: if r0 == 0x0 goto +1 <L0>
  12: r7 = *(u32 *)(r0 + 0)
L0:
  13: if r7 != 0x0 goto +46 <L4>
  14: r1 = *(u32 *)(r8 + 2812) ; CO-RE field_byte_offset 1:0:4
  15: *(u32 *)(r10 - 8) = r1
  16: r2 = r10
  17: r2 += -8
  18: r1 = map[colocation_tags_proc] ll
  20: call bpf_map_lookup_elem#1
  21: if r0 == 0x0 goto +1 <L1>
  22: r7 = *(u32 *)(r0 + 0)
L1:
  23: if r7 != 0x0 goto +36 <L4>
  24: r1 = *(u64 *)(r8 + 4000) ; CO-RE field_byte_offset 1:0:7
  25: if r1 == 0x0 goto +13 <L2>
  26: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  27: if r1 == 0x0 goto +11 <L2>
  28: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  29: if r1 == 0x0 goto +9 <L2>
  30: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  31: *(u64 *)(r10 - 8) = r1
  32: r2 = r10
  33: r2 += -8
  34: r1 = map[colocation_tags_cgroup] ll
  36: call bpf_map_lookup_elem#1
  37: if r0 == 0x0 goto +1 <L2>
  38: r7 = *(u32 *)(r0 + 0)
L2:
  39: if r7 != 0x0 goto +20 <L4>
  40: r1 = *(u64 *)(r8 + 3320) ; CO-RE field_byte_offset 1:0:5
  41: if r1 == 0x0 goto +9 <L3>
  42: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  43: *(u32 *)(r10 - 8) = r1
  44: r2 = r10
  45: r2 += -8
  46: r1 = map[colocation_tags_user] ll
  48: call bpf_map_lookup_elem#1
  49: if r0 == 0x0 goto +1 <L3>
  50: r7 = *(u32 *)(r0 + 0)
L3:
  51: if r7 != 0x0 goto +8 <L4>
  52: r1 = map[colocation_task_state] ll
  54: r2 = r8
  55: r3 = 0
  56: r4 = 0
  57: call bpf_task_storage_get#156
  58: if r0 == 0x0 goto +1 <L4>
  59: r7 = *(u32 *)(r0 + 0)
L4:
  60: if r7 != 0x2 goto +38 <L7>
; colo_enqueue_offline(p, enq_flags) [41:7]
  61: r7 = *(u64 *)(r6 + 0)
  62: r8 = *(u64 *)(r6 + 8)
; if p.nr_cpus_allowed == 1 { [36:3]
  63: r1 = *(u32 *)(r7 + 1368) ; CO-RE field_byte_offset 1:0:1
  64: r1 = (s32)r1
  65: if r1 != 0x1 goto +17 <L5>
; insert p into local slice COLO_OFFLINE_SLICE flags enq_flags [37:5]
  66: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 29:0
  68: r1 = r7
  69: r4 = r8
  70: r3 = 2000000
  71: call scx_bpf_dsq_insert___v2___schedc
  72: *(u32 *)(r10 - 8) = 0
  73: r2 = r10
  74: r2 += -8
  75: r1 = map[colocation_stats] ll
  77: call bpf_map_lookup_elem#1
  78: if r0 == 0x0 goto +19 <L6>
  79: r1 = *(u64 *)(r0 + 64)
  80: r1 += 1
  81: *(u64 *)(r0 + 64) = r1
  82: goto +15 <L6>
L5:
; if p.tag == offline { [40:3]
  83: r1 = r7
  84: r4 = r8
  85: r2 = 1
  86: r3 = 2000000
  87: call scx_bpf_dsq_insert___v2___schedc
  88: *(u32 *)(r10 - 8) = 0
  89: r2 = r10
  90: r2 += -8
  91: r1 = map[colocation_stats] ll
  93: call bpf_map_lookup_elem#1
  94: if r0 == 0x0 goto +3 <L6>
  95: r1 = *(u64 *)(r0 + 48)
  96: r1 += 1
  97: *(u64 *)(r0 + 48) = r1
L6:
; return [42:7]
  98: exit
L7:
; colo_enqueue_online(p, enq_flags) [44:5]
  99: r7 = *(u64 *)(r6 + 0)
 100: r6 = *(u64 *)(r6 + 8)
; if p.nr_cpus_allowed == 1 { [25:3]
 101: r1 = *(u32 *)(r7 + 1368) ; CO-RE field_byte_offset 1:0:1
 102: r1 = (s32)r1
 103: if r1 != 0x1 goto +17 <L8>
; insert p into local slice COLO_ONLINE_SLICE flags enq_flags [26:5]
 104: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 29:0
 106: r1 = r7
 107: r4 = r6
 108: r3 = 10000000
 109: call scx_bpf_dsq_insert___v2___schedc
 110: *(u32 *)(r10 - 8) = 0
 111: r2 = r10
 112: r2 += -8
 113: r1 = map[colocation_stats] ll
 115: call bpf_map_lookup_elem#1
 116: if r0 == 0x0 goto +19 <L9>
 117: r1 = *(u64 *)(r0 + 64)
 118: r1 += 1
 119: *(u64 *)(r0 + 64) = r1
 120: goto +15 <L9>
L8:
; insert p into colo_online slice COLO_ONLINE_SLICE flags enq_flags [29:3]
 121: r1 = r7
 122: r4 = r6
 123: r2 = 0
 124: r3 = 10000000
 125: call scx_bpf_dsq_insert___v2___schedc
 126: *(u32 *)(r10 - 8) = 0
 127: r2 = r10
 128: r2 += -8
 129: r1 = map[colocation_stats] ll
 131: call bpf_map_lookup_elem#1
 132: if r0 == 0x0 goto +3 <L9>
 133: r1 = *(u64 *)(r0 + 32)
 134: r1 += 1
 135: *(u64 *)(r0 + 32) = r1
L9:
 136: exit

struct_ops/dispatch <colocation_dispatch>:
; var keep_prev = false [49:5]
   0: r6 = -1
   1: r7 = 0
; if prev != null { [50:5]
   2: r8 = *(u64 *)(r1 + 8)
   3: if r8 == 0x0 goto +67 <L7>
; return prev.scx.flags & SCX_TASK_QUEUED != 0 [63:3]
   4: r1 = *(u32 *)(r8 + 872) ; CO-RE field_byte_offset 1:0:0:0
   5: r2 = 0x1 ll ; CO-RE enumval_value 30:0
   7: r1 &= r2
   8: if r1 == 0x0 goto +62 <L7>
; keep_prev = prev.tag != offline [52:9]
   9: r6 = 0
  10: r1 = *(u32 *)(r8 + 2808) ; CO-RE field_byte_offset 1:0:3
  11: *(u32 *)(r10 - 8) = r1
  12: r2 = r10
  13: r2 += -8
  14: r1 = map[colocation_tags_task] ll
  16: call bpf_map_lookup_elem#1
  17: if r0 == 0x0 goto +1 <L0>
  18: r6 = *(u32 *)(r0 + 0)
L0:
  19: if r6 != 0x0 goto +46 <L4>
  20: r1 = *(u32 *)(r8 + 2812) ; CO-RE field_byte_offset 1:0:4
  21: *(u32 *)(r10 - 8) = r1
  22: r2 = r10
  23: r2 += -8
  24: r1 = map[colocation_tags_proc] ll
  26: call bpf_map_lookup_elem#1
  27: if r0 == 0x0 goto +1 <L1>
  28: r6 = *(u32 *)(r0 + 0)
L1:
  29: if r6 != 0x0 goto +36 <L4>
  30: r1 = *(u64 *)(r8 + 4000) ; CO-RE field_byte_offset 1:0:7
  31: if r1 == 0x0 goto +13 <L2>
  32: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  33: if r1 == 0x0 goto +11 <L2>
  34: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  35: if r1 == 0x0 goto +9 <L2>
  36: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  37: *(u64 *)(r10 - 8) = r1
  38: r2 = r10
  39: r2 += -8
  40: r1 = map[colocation_tags_cgroup] ll
  42: call bpf_map_lookup_elem#1
  43: if r0 == 0x0 goto +1 <L2>
  44: r6 = *(u32 *)(r0 + 0)
L2:
  45: if r6 != 0x0 goto +20 <L4>
  46: r1 = *(u64 *)(r8 + 3320) ; CO-RE field_byte_offset 1:0:5
  47: if r1 == 0x0 goto +9 <L3>
  48: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  49: *(u32 *)(r10 - 8) = r1
  50: r2 = r10
  51: r2 += -8
  52: r1 = map[colocation_tags_user] ll
  54: call bpf_map_lookup_elem#1
  55: if r0 == 0x0 goto +1 <L3>
  56: r6 = *(u32 *)(r0 + 0)
L3:
  57: if r6 != 0x0 goto +8 <L4>
  58: r1 = map[colocation_task_state] ll
  60: r2 = r8
  61: r3 = 0
  62: r4 = 0
  63: call bpf_task_storage_get#156
  64: if r0 == 0x0 goto +1 <L4>
  65: r6 = *(u32 *)(r0 + 0)
L4:
  66: if r6 == 0x2 goto +2 <L5>
  67: r1 = 1
  68: goto +1 <L6>
L5:
  69: r1 = 0
L6:
  70: r7 = r1
L7:
; let t = now() [70:3]
  71: call scx_bpf_now
  72: r6 = r0
; if colo_offline_served == 0 { [71:3]
  73: r1 = map[.bss] ll
  75: r2 = *(u64 *)(r1 + 0)
  76: if r2 != 0x0 goto +1 <L8>
; colo_offline_served = t [72:5]
  77: *(u64 *)(r1 + 0) = r6
L8:
; if queued(colo_offline) == 0 { [74:3]
  78: r1 = 1
  79: call scx_bpf_dsq_nr_queued
  80: r0 = (s32)r0
  81: if r0 != 0x0 goto +4 <L9>
; colo_offline_served = t [75:5]
  82: r1 = map[.bss] ll
  84: *(u64 *)(r1 + 0) = r6
  85: goto +76 <L14>
L9:
; } else if (t - colo_offline_served) as s64 > COLO_GUARD as s64 { [76:10]
  86: r1 = map[.bss] ll
  88: r1 = *(u64 *)(r1 + 0)
  89: r2 = r6
  90: r2 -= r1
  91: if r2 s<= 0x5f5e100 goto +70 <L14>
; if !(move colo_offline to local) { [45:3]
  92: r1 = 1
  93: r2 = 0
  94: call scx_bpf_dsq_move_to_local___v2___schedc
  95: r8 = r0
  96: r8 &= 255
  97: if r8 == 0x0 goto +10 <L10>
  98: *(u32 *)(r10 - 8) = 0
  99: r2 = r10
 100: r2 += -8
 101: r1 = map[colocation_stats] ll
 103: call bpf_map_lookup_elem#1
 104: if r0 == 0x0 goto +3 <L10>
 105: r1 = *(u64 *)(r0 + 56)
 106: r1 += 1
 107: *(u64 *)(r0 + 56) = r1
L10:
 108: if r8 == 0x0 goto +53 <L14>
; let waited = t - colo_offline_served [48:3]
 109: r1 = map[.bss] ll
 111: r1 = *(u64 *)(r1 + 0)
 112: r8 = r6
 113: r8 -= r1
; var keep_prev = false [49:3]
 114: if r8 s> 0x5f5e100 goto +11 <L11>
; if prev != null { [50:5]
 115: *(u32 *)(r10 - 8) = 0
 116: r2 = r10
 117: r2 += -8
 118: r1 = map[colocation_stats] ll
 120: call bpf_map_lookup_elem#1
 121: if r0 == 0x0 goto +26 <L13>
 122: r1 = *(u64 *)(r0 + 8)
 123: r1 += 1
 124: *(u64 *)(r0 + 8) = r1
 125: goto +22 <L13>
L11:
; } else if waited <= 2 * COLO_GUARD { [51:10]
 126: if r8 > 0xbebc200 goto +11 <L12>
; keep_prev = prev.tag != offline [52:5]
 127: *(u32 *)(r10 - 8) = 0
 128: r2 = r10
 129: r2 += -8
 130: r1 = map[colocation_stats] ll
 132: call bpf_map_lookup_elem#1
 133: if r0 == 0x0 goto +14 <L13>
 134: r1 = *(u64 *)(r0 + 16)
 135: r1 += 1
 136: *(u64 *)(r0 + 16) = r1
 137: goto +10 <L13>
L12:
; colo_wait_over_2guard += 1 [54:5]
 138: *(u32 *)(r10 - 8) = 0
 139: r2 = r10
 140: r2 += -8
 141: r1 = map[colocation_stats] ll
 143: call bpf_map_lookup_elem#1
 144: if r0 == 0x0 goto +3 <L13>
 145: r1 = *(u64 *)(r0 + 24)
 146: r1 += 1
 147: *(u64 *)(r0 + 24) = r1
L13:
; colo_offline_served = t [56:3]
 148: r1 = map[.bss] ll
 150: *(u64 *)(r1 + 0) = r6
; colo_guard_turns += 1 [78:7]
 151: *(u32 *)(r10 - 8) = 0
 152: r2 = r10
 153: r2 += -8
 154: r1 = map[colocation_stats] ll
 156: call bpf_map_lookup_elem#1
 157: if r0 == 0x0 goto +81 <L20>
 158: r1 = *(u64 *)(r0 + 0)
 159: r1 += 1
 160: *(u64 *)(r0 + 0) = r1
 161: goto +77 <L20>
L14:
; if move colo_online to local { [82:3]
 162: r1 = 0
 163: r2 = 0
 164: call scx_bpf_dsq_move_to_local___v2___schedc
 165: r8 = r0
 166: r8 &= 255
 167: if r8 == 0x0 goto +10 <L15>
 168: *(u32 *)(r10 - 8) = 0
 169: r2 = r10
 170: r2 += -8
 171: r1 = map[colocation_stats] ll
 173: call bpf_map_lookup_elem#1
 174: if r0 == 0x0 goto +3 <L15>
 175: r1 = *(u64 *)(r0 + 40)
 176: r1 += 1
 177: *(u64 *)(r0 + 40) = r1
L15:
 178: if r8 != 0x0 goto +60 <L20>
; if keep_prev { [85:3]
 179: if r7 != 0x0 goto +59 <L20>
; if !(move colo_offline to local) { [45:3]
 180: r1 = 1
 181: r2 = 0
 182: call scx_bpf_dsq_move_to_local___v2___schedc
 183: r7 = r0
 184: r7 &= 255
 185: if r7 == 0x0 goto +10 <L16>
 186: *(u32 *)(r10 - 8) = 0
 187: r2 = r10
 188: r2 += -8
 189: r1 = map[colocation_stats] ll
 191: call bpf_map_lookup_elem#1
 192: if r0 == 0x0 goto +3 <L16>
 193: r1 = *(u64 *)(r0 + 56)
 194: r1 += 1
 195: *(u64 *)(r0 + 56) = r1
L16:
 196: if r7 == 0x0 goto +42 <L20>
; let waited = t - colo_offline_served [48:3]
 197: r1 = map[.bss] ll
 199: r1 = *(u64 *)(r1 + 0)
 200: r7 = r6
 201: r7 -= r1
; var keep_prev = false [49:3]
 202: if r7 s> 0x5f5e100 goto +11 <L17>
; if prev != null { [50:5]
 203: *(u32 *)(r10 - 8) = 0
 204: r2 = r10
 205: r2 += -8
 206: r1 = map[colocation_stats] ll
 208: call bpf_map_lookup_elem#1
 209: if r0 == 0x0 goto +26 <L19>
 210: r1 = *(u64 *)(r0 + 8)
 211: r1 += 1
 212: *(u64 *)(r0 + 8) = r1
 213: goto +22 <L19>
L17:
; } else if waited <= 2 * COLO_GUARD { [51:10]
 214: if r7 > 0xbebc200 goto +11 <L18>
; keep_prev = prev.tag != offline [52:5]
 215: *(u32 *)(r10 - 8) = 0
 216: r2 = r10
 217: r2 += -8
 218: r1 = map[colocation_stats] ll
 220: call bpf_map_lookup_elem#1
 221: if r0 == 0x0 goto +14 <L19>
 222: r1 = *(u64 *)(r0 + 16)
 223: r1 += 1
 224: *(u64 *)(r0 + 16) = r1
 225: goto +10 <L19>
L18:
; colo_wait_over_2guard += 1 [54:5]
 226: *(u32 *)(r10 - 8) = 0
 227: r2 = r10
 228: r2 += -8
 229: r1 = map[colocation_stats] ll
 231: call bpf_map_lookup_elem#1
 232: if r0 == 0x0 goto +3 <L19>
 233: r1 = *(u64 *)(r0 + 24)
 234: r1 += 1
 235: *(u64 *)(r0 + 24) = r1
L19:
; colo_offline_served = t [56:3]
 236: r1 = map[.bss] ll
 238: *(u64 *)(r1 + 0) = r6
L20:
; return true [57:3]
 239: exit

struct_ops.s/init <colocation_init>:
; import idle_select [13:1]
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

struct_ops/enable <colocation_enable>:
; comm starts "offline" => offline [21:5]
   0: r2 = *(u64 *)(r1 + 0)
   1: r6 = 0
   2: r1 = *(u32 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:6:0
   3: if r1 != 0x6c66666f goto +4 <L0>
   4: r1 = *(u16 *)(r2 + 3348) ; CO-RE field_byte_offset 1:0:6:4
   5: if r1 != 0x6e69 goto +2 <L0>
   6: r1 = *(u8 *)(r2 + 3350) ; CO-RE field_byte_offset 1:0:6:6
   7: if r1 == 0x65 goto +12 <L3>
L0:
   8: r1 = *(u32 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:6:0
   9: if r1 != 0x63746162 goto +2 <L1>
  10: r1 = *(u8 *)(r2 + 3348) ; CO-RE field_byte_offset 1:0:6:4
  11: if r1 == 0x68 goto +6 <L2>
L1:
  12: r1 = *(u32 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:6:0
  13: if r1 != 0x696c6e6f goto +7 <L4>
  14: r1 = *(u16 *)(r2 + 3348) ; CO-RE field_byte_offset 1:0:6:4
  15: if r1 != 0x656e goto +5 <L4>
  16: r6 = 1
  17: goto +3 <L4>
L2:
  18: r6 = 2
  19: goto +1 <L4>
L3:
  20: r6 = 2
L4:
  21: r1 = map[colocation_task_state] ll
  23: r3 = 0
  24: r4 = 1
  25: call bpf_task_storage_get#156
  26: if r0 == 0x0 goto +1 <L5>
  27: *(u32 *)(r0 + 0) = r6
L5:
  28: exit

struct_ops/runnable <colocation_runnable>:
; comm starts "offline" => offline [21:5]
   0: r2 = *(u64 *)(r1 + 0)
   1: r6 = 0
   2: r1 = *(u32 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:6:0
   3: if r1 != 0x6c66666f goto +4 <L0>
   4: r1 = *(u16 *)(r2 + 3348) ; CO-RE field_byte_offset 1:0:6:4
   5: if r1 != 0x6e69 goto +2 <L0>
   6: r1 = *(u8 *)(r2 + 3350) ; CO-RE field_byte_offset 1:0:6:6
   7: if r1 == 0x65 goto +12 <L3>
L0:
   8: r1 = *(u32 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:6:0
   9: if r1 != 0x63746162 goto +2 <L1>
  10: r1 = *(u8 *)(r2 + 3348) ; CO-RE field_byte_offset 1:0:6:4
  11: if r1 == 0x68 goto +6 <L2>
L1:
  12: r1 = *(u32 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:6:0
  13: if r1 != 0x696c6e6f goto +7 <L4>
  14: r1 = *(u16 *)(r2 + 3348) ; CO-RE field_byte_offset 1:0:6:4
  15: if r1 != 0x656e goto +5 <L4>
  16: r6 = 1
  17: goto +3 <L4>
L2:
  18: r6 = 2
  19: goto +1 <L4>
L3:
  20: r6 = 2
L4:
  21: r1 = map[colocation_task_state] ll
  23: r3 = 0
  24: r4 = 1
  25: call bpf_task_storage_get#156
  26: if r0 == 0x0 goto +1 <L5>
  27: *(u32 *)(r0 + 0) = r6
L5:
  28: exit

