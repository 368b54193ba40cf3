struct_ops/select_cpu <colocation_select_cpu>:
; on select_cpu(p, prev_cpu, wake_flags) -> s32 { [26:1]
   0: r6 = r1
; if p.tag == offline { [28:5]
   1: r7 = *(u64 *)(r6 + 0)
   2: r8 = 0
   3: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:3
   4: *(u32 *)(r10 - 8) = r1
   5: r2 = r10
   6: r2 += -8
   7: r1 = map[colocation_tags_task] ll
   9: call bpf_map_lookup_elem#1
  10: if r0 == 0x0 goto +1 <L0>
  11: r8 = *(u32 *)(r0 + 0)
L0:
  12: if r8 != 0x0 goto +46 <L4>
  13: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:4
  14: *(u32 *)(r10 - 8) = r1
  15: r2 = r10
  16: r2 += -8
  17: r1 = map[colocation_tags_proc] ll
  19: call bpf_map_lookup_elem#1
  20: if r0 == 0x0 goto +1 <L1>
  21: r8 = *(u32 *)(r0 + 0)
L1:
  22: if r8 != 0x0 goto +36 <L4>
  23: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:7
  24: if r1 == 0x0 goto +13 <L2>
  25: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  26: if r1 == 0x0 goto +11 <L2>
  27: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  28: if r1 == 0x0 goto +9 <L2>
  29: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  30: *(u64 *)(r10 - 8) = r1
  31: r2 = r10
  32: r2 += -8
  33: r1 = map[colocation_tags_cgroup] ll
  35: call bpf_map_lookup_elem#1
  36: if r0 == 0x0 goto +1 <L2>
  37: r8 = *(u32 *)(r0 + 0)
L2:
  38: if r8 != 0x0 goto +20 <L4>
  39: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:5
  40: if r1 == 0x0 goto +9 <L3>
  41: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  42: *(u32 *)(r10 - 8) = r1
  43: r2 = r10
  44: r2 += -8
  45: r1 = map[colocation_tags_user] ll
  47: call bpf_map_lookup_elem#1
  48: if r0 == 0x0 goto +1 <L3>
  49: r8 = *(u32 *)(r0 + 0)
L3:
  50: if r8 != 0x0 goto +8 <L4>
  51: r1 = map[colocation_task_state] ll
  53: r2 = r7
  54: r3 = 0
  55: r4 = 0
  56: call bpf_task_storage_get#156
  57: if r0 == 0x0 goto +1 <L4>
  58: r8 = *(u32 *)(r0 + 0)
L4:
  59: if r8 != 0x2 goto +4 <L5>
; return prev_cpu [29:7]
  60: r1 = *(u64 *)(r6 + 8)
  61: r1 = (s32)r1
  62: r0 = r1
  63: exit
L5:
; let cpu = idle_select(p, prev_cpu, wake_flags) [31:5]
  64: r7 = *(u64 *)(r6 + 0)
  65: r1 = *(u64 *)(r6 + 8)
  66: r8 = (s32)r1
  67: r9 = *(u64 *)(r6 + 16)
; if test_idle_cpu(prev_cpu) { [12:3]
  68: r1 = r8
  69: call scx_bpf_test_and_clear_cpu_idle
  70: r0 &= 255
  71: if r0 == 0x0 goto +3 <L6>
; return prev_cpu [13:5]
  72: r1 = r8
  73: *(u64 *)(r10 - 8) = r1
  74: goto +17 <L8>
L6:
; let pick = default_cpu(p, prev_cpu, wake_flags) [15:3]
  75: *(u64 *)(r10 - 16) = 0
  76: r4 = r10
  77: r4 += -16
  78: r1 = r7
  79: r2 = r8
  80: r3 = r9
  81: call scx_bpf_select_cpu_dfl
  82: r1 = *(u8 *)(r10 - 16)
  83: r0 = (s32)r0
; if pick.was_idle { [16:3]
  84: if r1 == 0x0 goto +2 <L7>
; return pick.cpu [17:5]
  85: *(u64 *)(r10 - 8) = r0
  86: goto +5 <L8>
L7:
; return pick_idle_cpu(p) [19:3]
  87: r1 = *(u64 *)(r7 + 1376) ; CO-RE field_byte_offset 1:0:2
  88: r2 = 0
  89: call scx_bpf_pick_idle_cpu
  90: r0 = (s32)r0
  91: *(u64 *)(r10 - 8) = r0
L8:
; if cpu >= 0 { [32:5]
  92: r1 = *(u64 *)(r10 - 8)
  93: if r1 s< 0x0 goto +18 <L10>
; insert p into local slice COLO_ONLINE_SLICE [33:7]
  94: r1 = *(u64 *)(r6 + 0)
  95: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 29:0
  97: r3 = 10000000
  98: r4 = 0
  99: call scx_bpf_dsq_insert___v2___schedc
 100: *(u32 *)(r10 - 16) = 0
 101: r2 = r10
 102: r2 += -16
 103: r1 = map[colocation_stats] ll
 105: call bpf_map_lookup_elem#1
 106: if r0 == 0x0 goto +3 <L9>
 107: r1 = *(u64 *)(r0 + 64)
 108: r1 += 1
 109: *(u64 *)(r0 + 64) = r1
L9:
; return cpu [34:7]
 110: r0 = *(u64 *)(r10 - 8)
 111: exit
L10:
; return prev_cpu [36:5]
 112: r1 = *(u64 *)(r6 + 8)
 113: r1 = (s32)r1
 114: r0 = r1
 115: exit

struct_ops/enqueue <colocation_enqueue>:
; on enqueue(p, enq_flags) { [39:1]
   0: r6 = r1
; if p.tag == offline { [40:5]
   1: r7 = *(u64 *)(r6 + 0)
   2: r8 = 0
   3: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:3
   4: *(u32 *)(r10 - 8) = r1
   5: r2 = r10
   6: r2 += -8
   7: r1 = map[colocation_tags_task] ll
   9: call bpf_map_lookup_elem#1
  10: if r0 == 0x0 goto +1 <L0>
  11: r8 = *(u32 *)(r0 + 0)
L0:
  12: if r8 != 0x0 goto +46 <L4>
  13: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:4
  14: *(u32 *)(r10 - 8) = r1
  15: r2 = r10
  16: r2 += -8
  17: r1 = map[colocation_tags_proc] ll
  19: call bpf_map_lookup_elem#1
  20: if r0 == 0x0 goto +1 <L1>
  21: r8 = *(u32 *)(r0 + 0)
L1:
  22: if r8 != 0x0 goto +36 <L4>
  23: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:7
  24: if r1 == 0x0 goto +13 <L2>
  25: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  26: if r1 == 0x0 goto +11 <L2>
  27: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  28: if r1 == 0x0 goto +9 <L2>
  29: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  30: *(u64 *)(r10 - 8) = r1
  31: r2 = r10
  32: r2 += -8
  33: r1 = map[colocation_tags_cgroup] ll
  35: call bpf_map_lookup_elem#1
  36: if r0 == 0x0 goto +1 <L2>
  37: r8 = *(u32 *)(r0 + 0)
L2:
  38: if r8 != 0x0 goto +20 <L4>
  39: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:5
  40: if r1 == 0x0 goto +9 <L3>
  41: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  42: *(u32 *)(r10 - 8) = r1
  43: r2 = r10
  44: r2 += -8
  45: r1 = map[colocation_tags_user] ll
  47: call bpf_map_lookup_elem#1
  48: if r0 == 0x0 goto +1 <L3>
  49: r8 = *(u32 *)(r0 + 0)
L3:
  50: if r8 != 0x0 goto +8 <L4>
  51: r1 = map[colocation_task_state] ll
  53: r2 = r7
  54: r3 = 0
  55: r4 = 0
  56: call bpf_task_storage_get#156
  57: if r0 == 0x0 goto +1 <L4>
  58: r8 = *(u32 *)(r0 + 0)
L4:
  59: if r8 != 0x2 goto +38 <L7>
; colo_enqueue_offline(p, enq_flags) [41:7]
  60: r7 = *(u64 *)(r6 + 0)
  61: r8 = *(u64 *)(r6 + 8)
; if p.nr_cpus_allowed == 1 { [38:3]
  62: r1 = *(u32 *)(r7 + 1368) ; CO-RE field_byte_offset 1:0:1
  63: r1 = (s32)r1
  64: if r1 != 0x1 goto +17 <L5>
; on enqueue(p, enq_flags) { [39:5]
  65: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 29:0
  67: r1 = r7
  68: r4 = r8
  69: r3 = 2000000
  70: call scx_bpf_dsq_insert___v2___schedc
  71: *(u32 *)(r10 - 8) = 0
  72: r2 = r10
  73: r2 += -8
  74: r1 = map[colocation_stats] ll
  76: call bpf_map_lookup_elem#1
  77: if r0 == 0x0 goto +19 <L6>
  78: r1 = *(u64 *)(r0 + 64)
  79: r1 += 1
  80: *(u64 *)(r0 + 64) = r1
  81: goto +15 <L6>
L5:
; insert p into colo_offline slice COLO_OFFLINE_SLICE flags enq_flags [42:3]
  82: r1 = r7
  83: r4 = r8
  84: r2 = 1
  85: r3 = 2000000
  86: call scx_bpf_dsq_insert___v2___schedc
  87: *(u32 *)(r10 - 8) = 0
  88: r2 = r10
  89: r2 += -8
  90: r1 = map[colocation_stats] ll
  92: call bpf_map_lookup_elem#1
  93: if r0 == 0x0 goto +3 <L6>
  94: r1 = *(u64 *)(r0 + 48)
  95: r1 += 1
  96: *(u64 *)(r0 + 48) = r1
L6:
  97: exit
L7:
; colo_enqueue_online(p, enq_flags) [44:5]
  98: r7 = *(u64 *)(r6 + 0)
  99: r6 = *(u64 *)(r6 + 8)
; if p.nr_cpus_allowed == 1 { [27:3]
 100: r1 = *(u32 *)(r7 + 1368) ; CO-RE field_byte_offset 1:0:1
 101: r1 = (s32)r1
 102: if r1 != 0x1 goto +17 <L8>
; insert p into local slice COLO_ONLINE_SLICE flags enq_flags [28:5]
 103: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 29:0
 105: r1 = r7
 106: r4 = r6
 107: r3 = 10000000
 108: call scx_bpf_dsq_insert___v2___schedc
 109: *(u32 *)(r10 - 8) = 0
 110: r2 = r10
 111: r2 += -8
 112: r1 = map[colocation_stats] ll
 114: call bpf_map_lookup_elem#1
 115: if r0 == 0x0 goto +19 <L9>
 116: r1 = *(u64 *)(r0 + 64)
 117: r1 += 1
 118: *(u64 *)(r0 + 64) = r1
 119: goto +15 <L9>
L8:
; insert p into colo_online slice COLO_ONLINE_SLICE flags enq_flags [31:3]
 120: r1 = r7
 121: r4 = r6
 122: r2 = 0
 123: r3 = 10000000
 124: call scx_bpf_dsq_insert___v2___schedc
 125: *(u32 *)(r10 - 8) = 0
 126: r2 = r10
 127: r2 += -8
 128: r1 = map[colocation_stats] ll
 130: call bpf_map_lookup_elem#1
 131: if r0 == 0x0 goto +3 <L9>
 132: r1 = *(u64 *)(r0 + 32)
 133: r1 += 1
 134: *(u64 *)(r0 + 32) = r1
L9:
 135: exit

struct_ops/dispatch <colocation_dispatch>:
; var keep_prev = false [49:5]
   0: r6 = 0
; if prev != null { [50:5]
   1: r7 = *(u64 *)(r1 + 8)
   2: if r7 == 0x0 goto +65 <L7>
; return prev.scx.flags & COLO_TASK_QUEUED != 0 [65:3]
   3: r1 = *(u32 *)(r7 + 872) ; CO-RE field_byte_offset 1:0:0:0
   4: r1 &= 1
   5: if r1 == 0x0 goto +62 <L7>
; keep_prev = prev.tag != offline [52:9]
   6: r8 = 0
   7: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:3
   8: *(u32 *)(r10 - 8) = r1
   9: r2 = r10
  10: r2 += -8
  11: r1 = map[colocation_tags_task] ll
  13: call bpf_map_lookup_elem#1
  14: if r0 == 0x0 goto +1 <L0>
  15: r8 = *(u32 *)(r0 + 0)
L0:
  16: if r8 != 0x0 goto +46 <L4>
  17: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:4
  18: *(u32 *)(r10 - 8) = r1
  19: r2 = r10
  20: r2 += -8
  21: r1 = map[colocation_tags_proc] ll
  23: call bpf_map_lookup_elem#1
  24: if r0 == 0x0 goto +1 <L1>
  25: r8 = *(u32 *)(r0 + 0)
L1:
  26: if r8 != 0x0 goto +36 <L4>
  27: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:7
  28: if r1 == 0x0 goto +13 <L2>
  29: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  30: if r1 == 0x0 goto +11 <L2>
  31: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  32: if r1 == 0x0 goto +9 <L2>
  33: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  34: *(u64 *)(r10 - 8) = r1
  35: r2 = r10
  36: r2 += -8
  37: r1 = map[colocation_tags_cgroup] ll
  39: call bpf_map_lookup_elem#1
  40: if r0 == 0x0 goto +1 <L2>
  41: r8 = *(u32 *)(r0 + 0)
L2:
  42: if r8 != 0x0 goto +20 <L4>
  43: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:5
  44: if r1 == 0x0 goto +9 <L3>
  45: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  46: *(u32 *)(r10 - 8) = r1
  47: r2 = r10
  48: r2 += -8
  49: r1 = map[colocation_tags_user] ll
  51: call bpf_map_lookup_elem#1
  52: if r0 == 0x0 goto +1 <L3>
  53: r8 = *(u32 *)(r0 + 0)
L3:
  54: if r8 != 0x0 goto +8 <L4>
  55: r1 = map[colocation_task_state] ll
  57: r2 = r7
  58: r3 = 0
  59: r4 = 0
  60: call bpf_task_storage_get#156
  61: if r0 == 0x0 goto +1 <L4>
  62: r8 = *(u32 *)(r0 + 0)
L4:
  63: if r8 == 0x2 goto +2 <L5>
  64: r1 = 1
  65: goto +1 <L6>
L5:
  66: r1 = 0
L6:
  67: r6 = r1
L7:
; let t = now() [72:3]
  68: call scx_bpf_now
  69: r7 = r0
; if colo_offline_served == 0 { [73:3]
  70: r1 = map[.bss] ll
  72: r2 = *(u64 *)(r1 + 0)
  73: if r2 != 0x0 goto +1 <L8>
; colo_offline_served = t [74:5]
  74: *(u64 *)(r1 + 0) = r7
L8:
; if queued(colo_offline) == 0 { [76:3]
  75: r1 = 1
  76: call scx_bpf_dsq_nr_queued
  77: r0 = (s32)r0
  78: if r0 != 0x0 goto +4 <L9>
; colo_offline_served = t [77:5]
  79: r1 = map[.bss] ll
  81: *(u64 *)(r1 + 0) = r7
  82: goto +76 <L14>
L9:
; } else if (t - colo_offline_served) as s64 > COLO_GUARD as s64 { [78:10]
  83: r1 = map[.bss] ll
  85: r1 = *(u64 *)(r1 + 0)
  86: r2 = r7
  87: r2 -= r1
  88: if r2 s<= 0x5f5e100 goto +70 <L14>
; if !(move colo_offline to local) { [47:3]
  89: r1 = 1
  90: r2 = 0
  91: call scx_bpf_dsq_move_to_local___v2___schedc
  92: r8 = r0
  93: r8 &= 255
  94: if r8 == 0x0 goto +10 <L10>
  95: *(u32 *)(r10 - 8) = 0
  96: r2 = r10
  97: r2 += -8
  98: r1 = map[colocation_stats] ll
 100: call bpf_map_lookup_elem#1
 101: if r0 == 0x0 goto +3 <L10>
 102: r1 = *(u64 *)(r0 + 56)
 103: r1 += 1
 104: *(u64 *)(r0 + 56) = r1
L10:
 105: if r8 == 0x0 goto +53 <L14>
; if prev != null { [50:3]
 106: r1 = map[.bss] ll
 108: r1 = *(u64 *)(r1 + 0)
 109: r8 = r7
 110: r8 -= r1
; if (waited as s64) <= (COLO_GUARD as s64) { [51:3]
 111: if r8 s> 0x5f5e100 goto +11 <L11>
; keep_prev = prev.tag != offline [52:5]
 112: *(u32 *)(r10 - 8) = 0
 113: r2 = r10
 114: r2 += -8
 115: r1 = map[colocation_stats] ll
 117: call bpf_map_lookup_elem#1
 118: if r0 == 0x0 goto +26 <L13>
 119: r1 = *(u64 *)(r0 + 8)
 120: r1 += 1
 121: *(u64 *)(r0 + 8) = r1
 122: goto +22 <L13>
L11:
; } else if waited <= 2 * COLO_GUARD { [53:10]
 123: if r8 > 0xbebc200 goto +11 <L12>
; colo_wait_within_2guard += 1 [54:5]
 124: *(u32 *)(r10 - 8) = 0
 125: r2 = r10
 126: r2 += -8
 127: r1 = map[colocation_stats] ll
 129: call bpf_map_lookup_elem#1
 130: if r0 == 0x0 goto +14 <L13>
 131: r1 = *(u64 *)(r0 + 16)
 132: r1 += 1
 133: *(u64 *)(r0 + 16) = r1
 134: goto +10 <L13>
L12:
; colo_wait_over_2guard += 1 [56:5]
 135: *(u32 *)(r10 - 8) = 0
 136: r2 = r10
 137: r2 += -8
 138: r1 = map[colocation_stats] ll
 140: call bpf_map_lookup_elem#1
 141: if r0 == 0x0 goto +3 <L13>
 142: r1 = *(u64 *)(r0 + 24)
 143: r1 += 1
 144: *(u64 *)(r0 + 24) = r1
L13:
; colo_offline_served = t [58:3]
 145: r1 = map[.bss] ll
 147: *(u64 *)(r1 + 0) = r7
; colo_guard_turns += 1 [80:7]
 148: *(u32 *)(r10 - 8) = 0
 149: r2 = r10
 150: r2 += -8
 151: r1 = map[colocation_stats] ll
 153: call bpf_map_lookup_elem#1
 154: if r0 == 0x0 goto +81 <L20>
 155: r1 = *(u64 *)(r0 + 0)
 156: r1 += 1
 157: *(u64 *)(r0 + 0) = r1
 158: goto +77 <L20>
L14:
; if move colo_online to local { [84:3]
 159: r1 = 0
 160: r2 = 0
 161: call scx_bpf_dsq_move_to_local___v2___schedc
 162: r8 = r0
 163: r8 &= 255
 164: if r8 == 0x0 goto +10 <L15>
 165: *(u32 *)(r10 - 8) = 0
 166: r2 = r10
 167: r2 += -8
 168: r1 = map[colocation_stats] ll
 170: call bpf_map_lookup_elem#1
 171: if r0 == 0x0 goto +3 <L15>
 172: r1 = *(u64 *)(r0 + 40)
 173: r1 += 1
 174: *(u64 *)(r0 + 40) = r1
L15:
 175: if r8 != 0x0 goto +60 <L20>
; if keep_prev { [87:3]
 176: if r6 != 0x0 goto +59 <L20>
; if !(move colo_offline to local) { [47:3]
 177: r1 = 1
 178: r2 = 0
 179: call scx_bpf_dsq_move_to_local___v2___schedc
 180: r6 = r0
 181: r6 &= 255
 182: if r6 == 0x0 goto +10 <L16>
 183: *(u32 *)(r10 - 8) = 0
 184: r2 = r10
 185: r2 += -8
 186: r1 = map[colocation_stats] ll
 188: call bpf_map_lookup_elem#1
 189: if r0 == 0x0 goto +3 <L16>
 190: r1 = *(u64 *)(r0 + 56)
 191: r1 += 1
 192: *(u64 *)(r0 + 56) = r1
L16:
 193: if r6 == 0x0 goto +42 <L20>
; if prev != null { [50:3]
 194: r1 = map[.bss] ll
 196: r1 = *(u64 *)(r1 + 0)
 197: r6 = r7
 198: r6 -= r1
; if (waited as s64) <= (COLO_GUARD as s64) { [51:3]
 199: if r6 s> 0x5f5e100 goto +11 <L17>
; keep_prev = prev.tag != offline [52:5]
 200: *(u32 *)(r10 - 8) = 0
 201: r2 = r10
 202: r2 += -8
 203: r1 = map[colocation_stats] ll
 205: call bpf_map_lookup_elem#1
 206: if r0 == 0x0 goto +26 <L19>
 207: r1 = *(u64 *)(r0 + 8)
 208: r1 += 1
 209: *(u64 *)(r0 + 8) = r1
 210: goto +22 <L19>
L17:
; } else if waited <= 2 * COLO_GUARD { [53:10]
 211: if r6 > 0xbebc200 goto +11 <L18>
; colo_wait_within_2guard += 1 [54:5]
 212: *(u32 *)(r10 - 8) = 0
 213: r2 = r10
 214: r2 += -8
 215: r1 = map[colocation_stats] ll
 217: call bpf_map_lookup_elem#1
 218: if r0 == 0x0 goto +14 <L19>
 219: r1 = *(u64 *)(r0 + 16)
 220: r1 += 1
 221: *(u64 *)(r0 + 16) = r1
 222: goto +10 <L19>
L18:
; colo_wait_over_2guard += 1 [56:5]
 223: *(u32 *)(r10 - 8) = 0
 224: r2 = r10
 225: r2 += -8
 226: r1 = map[colocation_stats] ll
 228: call bpf_map_lookup_elem#1
 229: if r0 == 0x0 goto +3 <L19>
 230: r1 = *(u64 *)(r0 + 24)
 231: r1 += 1
 232: *(u64 *)(r0 + 24) = r1
L19:
; colo_offline_served = t [58:3]
 233: r1 = map[.bss] ll
 235: *(u64 *)(r1 + 0) = r7
L20:
; return true [59:3]
 236: exit

struct_ops.s/init <colocation_init>:
; policy colocation for kernels 7.2, 7.3 { [15:1]
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

