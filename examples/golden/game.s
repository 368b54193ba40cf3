struct_ops/select_cpu <game_select_cpu>:
; on select_cpu(p, prev_cpu, wake_flags) -> s32 { [53:1]
   0: r6 = r1
; let cpu = idle_select(p, prev_cpu, wake_flags) [54:5]
   1: r7 = *(u64 *)(r6 + 0)
   2: r1 = *(u64 *)(r6 + 8)
   3: r8 = (s32)r1
   4: r9 = *(u64 *)(r6 + 16)
; if test_idle_cpu(prev_cpu) { [12:3]
   5: r1 = r8
   6: call scx_bpf_test_and_clear_cpu_idle
   7: r0 &= 255
   8: if r0 == 0x0 goto +3 <L0>
; return prev_cpu [13:5]
   9: r1 = r8
  10: *(u64 *)(r10 - 8) = r1
  11: goto +17 <L2>
L0:
; let pick = default_cpu(p, prev_cpu, wake_flags) [15:3]
  12: *(u64 *)(r10 - 16) = 0
  13: r4 = r10
  14: r4 += -16
  15: r1 = r7
  16: r2 = r8
  17: r3 = r9
  18: call scx_bpf_select_cpu_dfl
  19: r1 = *(u8 *)(r10 - 16)
  20: r0 = (s32)r0
; if pick.was_idle { [16:3]
  21: if r1 == 0x0 goto +2 <L1>
; return pick.cpu [17:5]
  22: *(u64 *)(r10 - 8) = r0
  23: goto +5 <L2>
L1:
; return pick_idle_cpu(p) [19:3]
  24: r1 = *(u64 *)(r7 + 1376) ; CO-RE field_byte_offset 1:0:3
  25: r2 = 0
  26: call scx_bpf_pick_idle_cpu
  27: r0 = (s32)r0
  28: *(u64 *)(r10 - 8) = r0
L2:
; if cpu >= 0 { [55:5]
  29: r1 = *(u64 *)(r10 - 8)
  30: if r1 s< 0x0 goto +150 <L17>
; insert p into local slice slice_of(p) [56:7]
  31: r1 = *(u64 *)(r6 + 0)
  32: *(u64 *)(r10 - 16) = r1
  33: r7 = 0x8000000000000002 ll ; CO-RE enumval_value 34:0
; if p.tag == render { [44:5]
  35: r8 = 0
  36: r1 = *(u64 *)(r10 - 16)
  37: r1 = *(u32 *)(r1 + 2808) ; CO-RE field_byte_offset 1:0:4
  38: *(u32 *)(r10 - 24) = r1
  39: r2 = r10
  40: r2 += -24
  41: r1 = map[game_tags_task] ll
  43: call bpf_map_lookup_elem#1
  44: if r0 == 0x0 goto +1 <L3>
  45: r8 = *(u32 *)(r0 + 0)
L3:
  46: if r8 != 0x0 goto +49 <L7>
  47: r1 = *(u64 *)(r10 - 16)
  48: r1 = *(u32 *)(r1 + 2812) ; CO-RE field_byte_offset 1:0:5
  49: *(u32 *)(r10 - 24) = r1
  50: r2 = r10
  51: r2 += -24
  52: r1 = map[game_tags_proc] ll
  54: call bpf_map_lookup_elem#1
  55: if r0 == 0x0 goto +1 <L4>
  56: r8 = *(u32 *)(r0 + 0)
L4:
  57: if r8 != 0x0 goto +38 <L7>
  58: r1 = *(u64 *)(r10 - 16)
  59: r1 = *(u64 *)(r1 + 4000) ; CO-RE field_byte_offset 1:0:9
  60: if r1 == 0x0 goto +13 <L5>
  61: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  62: if r1 == 0x0 goto +11 <L5>
  63: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
  64: if r1 == 0x0 goto +9 <L5>
  65: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
  66: *(u64 *)(r10 - 24) = r1
  67: r2 = r10
  68: r2 += -24
  69: r1 = map[game_tags_cgroup] ll
  71: call bpf_map_lookup_elem#1
  72: if r0 == 0x0 goto +1 <L5>
  73: r8 = *(u32 *)(r0 + 0)
L5:
  74: if r8 != 0x0 goto +21 <L7>
  75: r1 = *(u64 *)(r10 - 16)
  76: r1 = *(u64 *)(r1 + 3320) ; CO-RE field_byte_offset 1:0:7
  77: if r1 == 0x0 goto +9 <L6>
  78: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  79: *(u32 *)(r10 - 24) = r1
  80: r2 = r10
  81: r2 += -24
  82: r1 = map[game_tags_user] ll
  84: call bpf_map_lookup_elem#1
  85: if r0 == 0x0 goto +1 <L6>
  86: r8 = *(u32 *)(r0 + 0)
L6:
  87: if r8 != 0x0 goto +8 <L7>
  88: r1 = map[game_task_state] ll
  90: r2 = *(u64 *)(r10 - 16)
  91: r3 = 0
  92: r4 = 0
  93: call bpf_task_storage_get#156
  94: if r0 == 0x0 goto +1 <L7>
  95: r8 = *(u32 *)(r0 + 0)
L7:
  96: if r8 != 0x1 goto +2 <L8>
; return RENDER_SLICE [45:7]
  97: r8 = 2000000
  98: goto +65 <L15>
L8:
; if p.tag == foreground { [47:5]
  99: r9 = 0
 100: r1 = *(u64 *)(r10 - 16)
 101: r1 = *(u32 *)(r1 + 2808) ; CO-RE field_byte_offset 1:0:4
 102: *(u32 *)(r10 - 24) = r1
 103: r2 = r10
 104: r2 += -24
 105: r1 = map[game_tags_task] ll
 107: call bpf_map_lookup_elem#1
 108: if r0 == 0x0 goto +1 <L9>
 109: r9 = *(u32 *)(r0 + 0)
L9:
 110: if r9 != 0x0 goto +49 <L13>
 111: r1 = *(u64 *)(r10 - 16)
 112: r1 = *(u32 *)(r1 + 2812) ; CO-RE field_byte_offset 1:0:5
 113: *(u32 *)(r10 - 24) = r1
 114: r2 = r10
 115: r2 += -24
 116: r1 = map[game_tags_proc] ll
 118: call bpf_map_lookup_elem#1
 119: if r0 == 0x0 goto +1 <L10>
 120: r9 = *(u32 *)(r0 + 0)
L10:
 121: if r9 != 0x0 goto +38 <L13>
 122: r1 = *(u64 *)(r10 - 16)
 123: r1 = *(u64 *)(r1 + 4000) ; CO-RE field_byte_offset 1:0:9
 124: if r1 == 0x0 goto +13 <L11>
 125: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 126: if r1 == 0x0 goto +11 <L11>
 127: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
 128: if r1 == 0x0 goto +9 <L11>
 129: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
 130: *(u64 *)(r10 - 24) = r1
 131: r2 = r10
 132: r2 += -24
 133: r1 = map[game_tags_cgroup] ll
 135: call bpf_map_lookup_elem#1
 136: if r0 == 0x0 goto +1 <L11>
 137: r9 = *(u32 *)(r0 + 0)
L11:
 138: if r9 != 0x0 goto +21 <L13>
 139: r1 = *(u64 *)(r10 - 16)
 140: r1 = *(u64 *)(r1 + 3320) ; CO-RE field_byte_offset 1:0:7
 141: if r1 == 0x0 goto +9 <L12>
 142: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 143: *(u32 *)(r10 - 24) = r1
 144: r2 = r10
 145: r2 += -24
 146: r1 = map[game_tags_user] ll
 148: call bpf_map_lookup_elem#1
 149: if r0 == 0x0 goto +1 <L12>
 150: r9 = *(u32 *)(r0 + 0)
L12:
 151: if r9 != 0x0 goto +8 <L13>
 152: r1 = map[game_task_state] ll
 154: r2 = *(u64 *)(r10 - 16)
 155: r3 = 0
 156: r4 = 0
 157: call bpf_task_storage_get#156
 158: if r0 == 0x0 goto +1 <L13>
 159: r9 = *(u32 *)(r0 + 0)
L13:
 160: if r9 != 0x2 goto +2 <L14>
; return FOREGROUND_SLICE [48:7]
 161: r8 = 4000000
 162: goto +1 <L15>
L14:
; return OTHER_SLICE [50:5]
 163: r8 = 10000000
L15:
 164: r1 = *(u64 *)(r10 - 16)
 165: r2 = r7
 166: r3 = r8
 167: r4 = 0
 168: call scx_bpf_dsq_insert___v2___schedc
 169: *(u32 *)(r10 - 16) = 0
 170: r2 = r10
 171: r2 += -16
 172: r1 = map[game_stats] ll
 174: call bpf_map_lookup_elem#1
 175: if r0 == 0x0 goto +3 <L16>
 176: r1 = *(u64 *)(r0 + 64)
 177: r1 += 1
 178: *(u64 *)(r0 + 64) = r1
L16:
; return cpu [57:7]
 179: r0 = *(u64 *)(r10 - 8)
 180: exit
L17:
; return prev_cpu [59:5]
 181: r1 = *(u64 *)(r6 + 8)
 182: r1 = (s32)r1
 183: r0 = r1
 184: exit

struct_ops/enqueue <game_enqueue>:
; on enqueue(p, enq_flags) { [62:1]
   0: r6 = r1
; if p.tag == render { [63:5]
   1: r1 = -1
   2: *(u64 *)(r10 - 8) = r1
   3: r7 = *(u64 *)(r6 + 0)
   4: r1 = 0
   5: *(u64 *)(r10 - 8) = r1
   6: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:4
   7: *(u32 *)(r10 - 16) = r1
   8: r2 = r10
   9: r2 += -16
  10: r1 = map[game_tags_task] ll
  12: call bpf_map_lookup_elem#1
  13: if r0 == 0x0 goto +2 <L0>
  14: r1 = *(u32 *)(r0 + 0)
  15: *(u64 *)(r10 - 8) = r1
L0:
  16: r1 = *(u64 *)(r10 - 8)
  17: if r1 != 0x0 goto +53 <L4>
  18: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:5
  19: *(u32 *)(r10 - 16) = r1
  20: r2 = r10
  21: r2 += -16
  22: r1 = map[game_tags_proc] ll
  24: call bpf_map_lookup_elem#1
  25: if r0 == 0x0 goto +2 <L1>
  26: r1 = *(u32 *)(r0 + 0)
  27: *(u64 *)(r10 - 8) = r1
L1:
  28: r1 = *(u64 *)(r10 - 8)
  29: if r1 != 0x0 goto +41 <L4>
  30: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:9
  31: if r1 == 0x0 goto +14 <L2>
  32: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  33: if r1 == 0x0 goto +12 <L2>
  34: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
  35: if r1 == 0x0 goto +10 <L2>
  36: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
  37: *(u64 *)(r10 - 16) = r1
  38: r2 = r10
  39: r2 += -16
  40: r1 = map[game_tags_cgroup] ll
  42: call bpf_map_lookup_elem#1
  43: if r0 == 0x0 goto +2 <L2>
  44: r1 = *(u32 *)(r0 + 0)
  45: *(u64 *)(r10 - 8) = r1
L2:
  46: r1 = *(u64 *)(r10 - 8)
  47: if r1 != 0x0 goto +23 <L4>
  48: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:7
  49: if r1 == 0x0 goto +10 <L3>
  50: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  51: *(u32 *)(r10 - 16) = r1
  52: r2 = r10
  53: r2 += -16
  54: r1 = map[game_tags_user] ll
  56: call bpf_map_lookup_elem#1
  57: if r0 == 0x0 goto +2 <L3>
  58: r1 = *(u32 *)(r0 + 0)
  59: *(u64 *)(r10 - 8) = r1
L3:
  60: r1 = *(u64 *)(r10 - 8)
  61: if r1 != 0x0 goto +9 <L4>
  62: r1 = map[game_task_state] ll
  64: r2 = r7
  65: r3 = 0
  66: r4 = 0
  67: call bpf_task_storage_get#156
  68: if r0 == 0x0 goto +2 <L4>
  69: r1 = *(u32 *)(r0 + 0)
  70: *(u64 *)(r10 - 8) = r1
L4:
  71: r1 = *(u64 *)(r10 - 8)
  72: if r1 != 0x1 goto +10 <L5>
; render_wakeups += 1 [64:7]
  73: *(u32 *)(r10 - 16) = 0
  74: r2 = r10
  75: r2 += -16
  76: r1 = map[game_stats] ll
  78: call bpf_map_lookup_elem#1
  79: if r0 == 0x0 goto +3 <L5>
  80: r1 = *(u64 *)(r0 + 8)
  81: r1 += 1
  82: *(u64 *)(r0 + 8) = r1
L5:
; prio_enqueue(p, class_of(p), slice_of(p), enq_flags) [66:5]
  83: r1 = *(u64 *)(r6 + 0)
  84: *(u64 *)(r10 - 16) = r1
; if p.tag in [render, foreground] { [34:5]
  85: r7 = 0
  86: r1 = *(u64 *)(r10 - 16)
  87: r1 = *(u32 *)(r1 + 2808) ; CO-RE field_byte_offset 1:0:4
  88: *(u32 *)(r10 - 24) = r1
  89: r2 = r10
  90: r2 += -24
  91: r1 = map[game_tags_task] ll
  93: call bpf_map_lookup_elem#1
  94: if r0 == 0x0 goto +1 <L6>
  95: r7 = *(u32 *)(r0 + 0)
L6:
  96: if r7 != 0x0 goto +49 <L10>
  97: r1 = *(u64 *)(r10 - 16)
  98: r1 = *(u32 *)(r1 + 2812) ; CO-RE field_byte_offset 1:0:5
  99: *(u32 *)(r10 - 24) = r1
 100: r2 = r10
 101: r2 += -24
 102: r1 = map[game_tags_proc] ll
 104: call bpf_map_lookup_elem#1
 105: if r0 == 0x0 goto +1 <L7>
 106: r7 = *(u32 *)(r0 + 0)
L7:
 107: if r7 != 0x0 goto +38 <L10>
 108: r1 = *(u64 *)(r10 - 16)
 109: r1 = *(u64 *)(r1 + 4000) ; CO-RE field_byte_offset 1:0:9
 110: if r1 == 0x0 goto +13 <L8>
 111: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 112: if r1 == 0x0 goto +11 <L8>
 113: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
 114: if r1 == 0x0 goto +9 <L8>
 115: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
 116: *(u64 *)(r10 - 24) = r1
 117: r2 = r10
 118: r2 += -24
 119: r1 = map[game_tags_cgroup] ll
 121: call bpf_map_lookup_elem#1
 122: if r0 == 0x0 goto +1 <L8>
 123: r7 = *(u32 *)(r0 + 0)
L8:
 124: if r7 != 0x0 goto +21 <L10>
 125: r1 = *(u64 *)(r10 - 16)
 126: r1 = *(u64 *)(r1 + 3320) ; CO-RE field_byte_offset 1:0:7
 127: if r1 == 0x0 goto +9 <L9>
 128: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 129: *(u32 *)(r10 - 24) = r1
 130: r2 = r10
 131: r2 += -24
 132: r1 = map[game_tags_user] ll
 134: call bpf_map_lookup_elem#1
 135: if r0 == 0x0 goto +1 <L9>
 136: r7 = *(u32 *)(r0 + 0)
L9:
 137: if r7 != 0x0 goto +8 <L10>
 138: r1 = map[game_task_state] ll
 140: r2 = *(u64 *)(r10 - 16)
 141: r3 = 0
 142: r4 = 0
 143: call bpf_task_storage_get#156
 144: if r0 == 0x0 goto +1 <L10>
 145: r7 = *(u32 *)(r0 + 0)
L10:
 146: if r7 == 0x1 goto +1 <L11>
 147: if r7 != 0x2 goto +2 <L12>
L11:
; return PRIO_HIGH [35:7]
 148: r7 = 0
 149: goto +65 <L19>
L12:
; if p.tag == background { [37:5]
 150: r8 = 0
 151: r1 = *(u64 *)(r10 - 16)
 152: r1 = *(u32 *)(r1 + 2808) ; CO-RE field_byte_offset 1:0:4
 153: *(u32 *)(r10 - 24) = r1
 154: r2 = r10
 155: r2 += -24
 156: r1 = map[game_tags_task] ll
 158: call bpf_map_lookup_elem#1
 159: if r0 == 0x0 goto +1 <L13>
 160: r8 = *(u32 *)(r0 + 0)
L13:
 161: if r8 != 0x0 goto +49 <L17>
 162: r1 = *(u64 *)(r10 - 16)
 163: r1 = *(u32 *)(r1 + 2812) ; CO-RE field_byte_offset 1:0:5
 164: *(u32 *)(r10 - 24) = r1
 165: r2 = r10
 166: r2 += -24
 167: r1 = map[game_tags_proc] ll
 169: call bpf_map_lookup_elem#1
 170: if r0 == 0x0 goto +1 <L14>
 171: r8 = *(u32 *)(r0 + 0)
L14:
 172: if r8 != 0x0 goto +38 <L17>
 173: r1 = *(u64 *)(r10 - 16)
 174: r1 = *(u64 *)(r1 + 4000) ; CO-RE field_byte_offset 1:0:9
 175: if r1 == 0x0 goto +13 <L15>
 176: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 177: if r1 == 0x0 goto +11 <L15>
 178: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
 179: if r1 == 0x0 goto +9 <L15>
 180: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
 181: *(u64 *)(r10 - 24) = r1
 182: r2 = r10
 183: r2 += -24
 184: r1 = map[game_tags_cgroup] ll
 186: call bpf_map_lookup_elem#1
 187: if r0 == 0x0 goto +1 <L15>
 188: r8 = *(u32 *)(r0 + 0)
L15:
 189: if r8 != 0x0 goto +21 <L17>
 190: r1 = *(u64 *)(r10 - 16)
 191: r1 = *(u64 *)(r1 + 3320) ; CO-RE field_byte_offset 1:0:7
 192: if r1 == 0x0 goto +9 <L16>
 193: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 194: *(u32 *)(r10 - 24) = r1
 195: r2 = r10
 196: r2 += -24
 197: r1 = map[game_tags_user] ll
 199: call bpf_map_lookup_elem#1
 200: if r0 == 0x0 goto +1 <L16>
 201: r8 = *(u32 *)(r0 + 0)
L16:
 202: if r8 != 0x0 goto +8 <L17>
 203: r1 = map[game_task_state] ll
 205: r2 = *(u64 *)(r10 - 16)
 206: r3 = 0
 207: r4 = 0
 208: call bpf_task_storage_get#156
 209: if r0 == 0x0 goto +1 <L17>
 210: r8 = *(u32 *)(r0 + 0)
L17:
 211: if r8 != 0x3 goto +2 <L18>
; return PRIO_LOW [38:7]
 212: r7 = 2
 213: goto +1 <L19>
L18:
; return PRIO_NORMAL [40:5]
 214: r7 = 1
L19:
 215: r8 = *(u64 *)(r6 + 0)
; if p.tag == render { [44:5]
 216: r9 = 0
 217: r1 = *(u32 *)(r8 + 2808) ; CO-RE field_byte_offset 1:0:4
 218: *(u32 *)(r10 - 24) = r1
 219: r2 = r10
 220: r2 += -24
 221: r1 = map[game_tags_task] ll
 223: call bpf_map_lookup_elem#1
 224: if r0 == 0x0 goto +1 <L20>
 225: r9 = *(u32 *)(r0 + 0)
L20:
 226: if r9 != 0x0 goto +46 <L24>
 227: r1 = *(u32 *)(r8 + 2812) ; CO-RE field_byte_offset 1:0:5
 228: *(u32 *)(r10 - 24) = r1
 229: r2 = r10
 230: r2 += -24
 231: r1 = map[game_tags_proc] ll
 233: call bpf_map_lookup_elem#1
 234: if r0 == 0x0 goto +1 <L21>
 235: r9 = *(u32 *)(r0 + 0)
L21:
 236: if r9 != 0x0 goto +36 <L24>
 237: r1 = *(u64 *)(r8 + 4000) ; CO-RE field_byte_offset 1:0:9
 238: if r1 == 0x0 goto +13 <L22>
 239: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 240: if r1 == 0x0 goto +11 <L22>
 241: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
 242: if r1 == 0x0 goto +9 <L22>
 243: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
 244: *(u64 *)(r10 - 24) = r1
 245: r2 = r10
 246: r2 += -24
 247: r1 = map[game_tags_cgroup] ll
 249: call bpf_map_lookup_elem#1
 250: if r0 == 0x0 goto +1 <L22>
 251: r9 = *(u32 *)(r0 + 0)
L22:
 252: if r9 != 0x0 goto +20 <L24>
 253: r1 = *(u64 *)(r8 + 3320) ; CO-RE field_byte_offset 1:0:7
 254: if r1 == 0x0 goto +9 <L23>
 255: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 256: *(u32 *)(r10 - 24) = r1
 257: r2 = r10
 258: r2 += -24
 259: r1 = map[game_tags_user] ll
 261: call bpf_map_lookup_elem#1
 262: if r0 == 0x0 goto +1 <L23>
 263: r9 = *(u32 *)(r0 + 0)
L23:
 264: if r9 != 0x0 goto +8 <L24>
 265: r1 = map[game_task_state] ll
 267: r2 = r8
 268: r3 = 0
 269: r4 = 0
 270: call bpf_task_storage_get#156
 271: if r0 == 0x0 goto +1 <L24>
 272: r9 = *(u32 *)(r0 + 0)
L24:
 273: if r9 != 0x1 goto +3 <L25>
; return RENDER_SLICE [45:7]
 274: r1 = 2000000
 275: *(u64 *)(r10 - 24) = r1
 276: goto +63 <L32>
L25:
; if p.tag == foreground { [47:5]
 277: r9 = 0
 278: r1 = *(u32 *)(r8 + 2808) ; CO-RE field_byte_offset 1:0:4
 279: *(u32 *)(r10 - 32) = r1
 280: r2 = r10
 281: r2 += -32
 282: r1 = map[game_tags_task] ll
 284: call bpf_map_lookup_elem#1
 285: if r0 == 0x0 goto +1 <L26>
 286: r9 = *(u32 *)(r0 + 0)
L26:
 287: if r9 != 0x0 goto +46 <L30>
 288: r1 = *(u32 *)(r8 + 2812) ; CO-RE field_byte_offset 1:0:5
 289: *(u32 *)(r10 - 32) = r1
 290: r2 = r10
 291: r2 += -32
 292: r1 = map[game_tags_proc] ll
 294: call bpf_map_lookup_elem#1
 295: if r0 == 0x0 goto +1 <L27>
 296: r9 = *(u32 *)(r0 + 0)
L27:
 297: if r9 != 0x0 goto +36 <L30>
 298: r1 = *(u64 *)(r8 + 4000) ; CO-RE field_byte_offset 1:0:9
 299: if r1 == 0x0 goto +13 <L28>
 300: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 301: if r1 == 0x0 goto +11 <L28>
 302: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
 303: if r1 == 0x0 goto +9 <L28>
 304: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
 305: *(u64 *)(r10 - 32) = r1
 306: r2 = r10
 307: r2 += -32
 308: r1 = map[game_tags_cgroup] ll
 310: call bpf_map_lookup_elem#1
 311: if r0 == 0x0 goto +1 <L28>
 312: r9 = *(u32 *)(r0 + 0)
L28:
 313: if r9 != 0x0 goto +20 <L30>
 314: r1 = *(u64 *)(r8 + 3320) ; CO-RE field_byte_offset 1:0:7
 315: if r1 == 0x0 goto +9 <L29>
 316: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 317: *(u32 *)(r10 - 32) = r1
 318: r2 = r10
 319: r2 += -32
 320: r1 = map[game_tags_user] ll
 322: call bpf_map_lookup_elem#1
 323: if r0 == 0x0 goto +1 <L29>
 324: r9 = *(u32 *)(r0 + 0)
L29:
 325: if r9 != 0x0 goto +8 <L30>
 326: r1 = map[game_task_state] ll
 328: r2 = r8
 329: r3 = 0
 330: r4 = 0
 331: call bpf_task_storage_get#156
 332: if r0 == 0x0 goto +1 <L30>
 333: r9 = *(u32 *)(r0 + 0)
L30:
 334: if r9 != 0x2 goto +3 <L31>
; return FOREGROUND_SLICE [48:7]
 335: r1 = 4000000
 336: *(u64 *)(r10 - 24) = r1
 337: goto +2 <L32>
L31:
; return OTHER_SLICE [50:5]
 338: r1 = 10000000
 339: *(u64 *)(r10 - 24) = r1
L32:
 340: r8 = *(u64 *)(r6 + 8)
; if p.nr_cpus_allowed == 1 { [28:3]
 341: r1 = *(u64 *)(r10 - 16)
 342: r1 = *(u32 *)(r1 + 1368) ; CO-RE field_byte_offset 1:0:2
 343: r1 = (s32)r1
 344: if r1 != 0x1 goto +17 <L33>
; insert p into local slice slice_ns flags enq_flags [29:5]
 345: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 34:0
 347: r1 = *(u64 *)(r10 - 16)
 348: r3 = *(u64 *)(r10 - 24)
 349: r4 = r8
 350: call scx_bpf_dsq_insert___v2___schedc
 351: *(u32 *)(r10 - 32) = 0
 352: r2 = r10
 353: r2 += -32
 354: r1 = map[game_stats] ll
 356: call bpf_map_lookup_elem#1
 357: if r0 == 0x0 goto +53 <L36>
 358: r1 = *(u64 *)(r0 + 64)
 359: r1 += 1
 360: *(u64 *)(r0 + 64) = r1
 361: goto +49 <L36>
L33:
; } else if class == PRIO_HIGH { [30:10]
 362: if r7 != 0x0 goto +16 <L34>
; insert p into prio_high slice slice_ns flags enq_flags [31:5]
 363: r1 = *(u64 *)(r10 - 16)
 364: r3 = *(u64 *)(r10 - 24)
 365: r4 = r8
 366: r2 = 0
 367: call scx_bpf_dsq_insert___v2___schedc
 368: *(u32 *)(r10 - 32) = 0
 369: r2 = r10
 370: r2 += -32
 371: r1 = map[game_stats] ll
 373: call bpf_map_lookup_elem#1
 374: if r0 == 0x0 goto +36 <L36>
 375: r1 = *(u64 *)(r0 + 16)
 376: r1 += 1
 377: *(u64 *)(r0 + 16) = r1
 378: goto +32 <L36>
L34:
; } else if class == PRIO_NORMAL { [32:10]
 379: if r7 != 0x1 goto +16 <L35>
; insert p into prio_normal slice slice_ns flags enq_flags [33:5]
 380: r1 = *(u64 *)(r10 - 16)
 381: r3 = *(u64 *)(r10 - 24)
 382: r4 = r8
 383: r2 = 1
 384: call scx_bpf_dsq_insert___v2___schedc
 385: *(u32 *)(r10 - 32) = 0
 386: r2 = r10
 387: r2 += -32
 388: r1 = map[game_stats] ll
 390: call bpf_map_lookup_elem#1
 391: if r0 == 0x0 goto +19 <L36>
 392: r1 = *(u64 *)(r0 + 32)
 393: r1 += 1
 394: *(u64 *)(r0 + 32) = r1
 395: goto +15 <L36>
L35:
; return PRIO_HIGH [35:5]
 396: r1 = *(u64 *)(r10 - 16)
 397: r3 = *(u64 *)(r10 - 24)
 398: r4 = r8
 399: r2 = 2
 400: call scx_bpf_dsq_insert___v2___schedc
 401: *(u32 *)(r10 - 16) = 0
 402: r2 = r10
 403: r2 += -16
 404: r1 = map[game_stats] ll
 406: call bpf_map_lookup_elem#1
 407: if r0 == 0x0 goto +3 <L36>
 408: r1 = *(u64 *)(r0 + 48)
 409: r1 += 1
 410: *(u64 *)(r0 + 48) = r1
L36:
 411: r1 = *(u64 *)(r10 - 8)
 412: if r1 == 0x1 goto +1 <L37>
 413: if r1 != 0x2 goto +9 <L38>
L37:
; idle_kick_any(p) [69:7]
 414: r1 = *(u64 *)(r6 + 0)
; } else if class == PRIO_HIGH { [30:3]
 415: r1 = *(u64 *)(r1 + 1376) ; CO-RE field_byte_offset 1:0:3
 416: r2 = 0
 417: call scx_bpf_pick_idle_cpu
 418: r0 = (s32)r0
; insert p into prio_high slice slice_ns flags enq_flags [31:3]
 419: if r0 s< 0x0 goto +3 <L38>
; if p.tag in [render, foreground] { [34:3]
 420: r1 = r0
 421: r2 = 0
 422: call scx_bpf_kick_cpu
L38:
; return PRIO_HIGH [35:3]
 423: exit

struct_ops/dispatch <game_dispatch>:
; var prev_class: u32 = PRIO_NONE [75:5]
   0: r6 = 3
; if prev != null { [76:5]
   1: r7 = *(u64 *)(r1 + 8)
   2: if r7 == 0x0 goto +128 <L14>
; return prev.scx.flags & SCX_TASK_QUEUED != 0 [47:3]
   3: r1 = *(u32 *)(r7 + 872) ; CO-RE field_byte_offset 1:0:1:0
   4: r2 = 0x1 ll ; CO-RE enumval_value 35:0
   6: r1 &= r2
   7: if r1 == 0x0 goto +123 <L14>
; if p.tag in [render, foreground] { [34:5]
   8: r8 = 0
   9: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:4
  10: *(u32 *)(r10 - 8) = r1
  11: r2 = r10
  12: r2 += -8
  13: r1 = map[game_tags_task] ll
  15: call bpf_map_lookup_elem#1
  16: if r0 == 0x0 goto +1 <L0>
  17: r8 = *(u32 *)(r0 + 0)
L0:
  18: if r8 != 0x0 goto +46 <L4>
  19: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:5
  20: *(u32 *)(r10 - 8) = r1
  21: r2 = r10
  22: r2 += -8
  23: r1 = map[game_tags_proc] ll
  25: call bpf_map_lookup_elem#1
  26: if r0 == 0x0 goto +1 <L1>
  27: r8 = *(u32 *)(r0 + 0)
L1:
  28: if r8 != 0x0 goto +36 <L4>
  29: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:9
  30: if r1 == 0x0 goto +13 <L2>
  31: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  32: if r1 == 0x0 goto +11 <L2>
  33: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
  34: if r1 == 0x0 goto +9 <L2>
  35: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
  36: *(u64 *)(r10 - 8) = r1
  37: r2 = r10
  38: r2 += -8
  39: r1 = map[game_tags_cgroup] ll
  41: call bpf_map_lookup_elem#1
  42: if r0 == 0x0 goto +1 <L2>
  43: r8 = *(u32 *)(r0 + 0)
L2:
  44: if r8 != 0x0 goto +20 <L4>
  45: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:7
  46: if r1 == 0x0 goto +9 <L3>
  47: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  48: *(u32 *)(r10 - 8) = r1
  49: r2 = r10
  50: r2 += -8
  51: r1 = map[game_tags_user] ll
  53: call bpf_map_lookup_elem#1
  54: if r0 == 0x0 goto +1 <L3>
  55: r8 = *(u32 *)(r0 + 0)
L3:
  56: if r8 != 0x0 goto +8 <L4>
  57: r1 = map[game_task_state] ll
  59: r2 = r7
  60: r3 = 0
  61: r4 = 0
  62: call bpf_task_storage_get#156
  63: if r0 == 0x0 goto +1 <L4>
  64: r8 = *(u32 *)(r0 + 0)
L4:
  65: if r8 == 0x1 goto +1 <L5>
  66: if r8 != 0x2 goto +2 <L6>
L5:
; return PRIO_HIGH [35:7]
  67: r8 = 0
  68: goto +61 <L13>
L6:
; if p.tag == background { [37:5]
  69: r9 = 0
  70: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:4
  71: *(u32 *)(r10 - 8) = r1
  72: r2 = r10
  73: r2 += -8
  74: r1 = map[game_tags_task] ll
  76: call bpf_map_lookup_elem#1
  77: if r0 == 0x0 goto +1 <L7>
  78: r9 = *(u32 *)(r0 + 0)
L7:
  79: if r9 != 0x0 goto +46 <L11>
  80: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:5
  81: *(u32 *)(r10 - 8) = r1
  82: r2 = r10
  83: r2 += -8
  84: r1 = map[game_tags_proc] ll
  86: call bpf_map_lookup_elem#1
  87: if r0 == 0x0 goto +1 <L8>
  88: r9 = *(u32 *)(r0 + 0)
L8:
  89: if r9 != 0x0 goto +36 <L11>
  90: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:9
  91: if r1 == 0x0 goto +13 <L9>
  92: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  93: if r1 == 0x0 goto +11 <L9>
  94: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
  95: if r1 == 0x0 goto +9 <L9>
  96: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
  97: *(u64 *)(r10 - 8) = r1
  98: r2 = r10
  99: r2 += -8
 100: r1 = map[game_tags_cgroup] ll
 102: call bpf_map_lookup_elem#1
 103: if r0 == 0x0 goto +1 <L9>
 104: r9 = *(u32 *)(r0 + 0)
L9:
 105: if r9 != 0x0 goto +20 <L11>
 106: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:7
 107: if r1 == 0x0 goto +9 <L10>
 108: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 109: *(u32 *)(r10 - 8) = r1
 110: r2 = r10
 111: r2 += -8
 112: r1 = map[game_tags_user] ll
 114: call bpf_map_lookup_elem#1
 115: if r0 == 0x0 goto +1 <L10>
 116: r9 = *(u32 *)(r0 + 0)
L10:
 117: if r9 != 0x0 goto +8 <L11>
 118: r1 = map[game_task_state] ll
 120: r2 = r7
 121: r3 = 0
 122: r4 = 0
 123: call bpf_task_storage_get#156
 124: if r0 == 0x0 goto +1 <L11>
 125: r9 = *(u32 *)(r0 + 0)
L11:
 126: if r9 != 0x3 goto +2 <L12>
; return PRIO_LOW [38:7]
 127: r8 = 2
 128: goto +1 <L13>
L12:
; return PRIO_NORMAL [40:5]
 129: r8 = 1
L13:
 130: r6 = r8
L14:
; let t = now() [55:3]
 131: call scx_bpf_now
 132: r7 = r0
; if queued(prio_low) == 0 { [56:3]
 133: r1 = 2
 134: call scx_bpf_dsq_nr_queued
 135: r0 = (s32)r0
 136: if r0 != 0x0 goto +4 <L15>
; prio_low_served = t [57:5]
 137: r1 = map[.bss+8] ll
 139: *(u64 *)(r1 + 0) = r7
 140: goto +37 <L17>
L15:
; } else if prio_starved(prio_low_served, t) { [58:10]
 141: r1 = map[.bss+8] ll
 143: r1 = *(u64 *)(r1 + 0)
; return (t - served) as s64 > PRIO_GUARD as s64 [41:3]
 144: r2 = r7
 145: r2 -= r1
 146: if r2 s<= 0x5f5e100 goto +31 <L17>
; if move prio_low to local { [59:5]
 147: r1 = 2
 148: r2 = 0
 149: call scx_bpf_dsq_move_to_local___v2___schedc
 150: r8 = r0
 151: r8 &= 255
 152: if r8 == 0x0 goto +10 <L16>
 153: *(u32 *)(r10 - 8) = 0
 154: r2 = r10
 155: r2 += -8
 156: r1 = map[game_stats] ll
 158: call bpf_map_lookup_elem#1
 159: if r0 == 0x0 goto +3 <L16>
 160: r1 = *(u64 *)(r0 + 56)
 161: r1 += 1
 162: *(u64 *)(r0 + 56) = r1
L16:
 163: if r8 == 0x0 goto +14 <L17>
; prio_low_served = t [60:7]
 164: r1 = map[.bss+8] ll
 166: *(u64 *)(r1 + 0) = r7
; prio_guard_turns += 1 [61:7]
 167: *(u32 *)(r10 - 8) = 0
 168: r2 = r10
 169: r2 += -8
 170: r1 = map[game_stats] ll
 172: call bpf_map_lookup_elem#1
 173: if r0 == 0x0 goto +109 <L25>
 174: r1 = *(u64 *)(r0 + 0)
 175: r1 += 1
 176: *(u64 *)(r0 + 0) = r1
 177: goto +105 <L25>
L17:
; if queued(prio_normal) == 0 { [65:3]
 178: r1 = 1
 179: call scx_bpf_dsq_nr_queued
 180: r0 = (s32)r0
 181: if r0 != 0x0 goto +4 <L18>
; prio_normal_served = t [66:5]
 182: r1 = map[.bss] ll
 184: *(u64 *)(r1 + 0) = r7
 185: goto +37 <L20>
L18:
; } else if prio_starved(prio_normal_served, t) { [67:10]
 186: r1 = map[.bss] ll
 188: r1 = *(u64 *)(r1 + 0)
; return (t - served) as s64 > PRIO_GUARD as s64 [41:3]
 189: r2 = r7
 190: r2 -= r1
 191: if r2 s<= 0x5f5e100 goto +31 <L20>
; if move prio_normal to local { [68:5]
 192: r1 = 1
 193: r2 = 0
 194: call scx_bpf_dsq_move_to_local___v2___schedc
 195: r8 = r0
 196: r8 &= 255
 197: if r8 == 0x0 goto +10 <L19>
 198: *(u32 *)(r10 - 8) = 0
 199: r2 = r10
 200: r2 += -8
 201: r1 = map[game_stats] ll
 203: call bpf_map_lookup_elem#1
 204: if r0 == 0x0 goto +3 <L19>
 205: r1 = *(u64 *)(r0 + 40)
 206: r1 += 1
 207: *(u64 *)(r0 + 40) = r1
L19:
 208: if r8 == 0x0 goto +14 <L20>
; prio_normal_served = t [69:7]
 209: r1 = map[.bss] ll
 211: *(u64 *)(r1 + 0) = r7
; prio_guard_turns += 1 [70:7]
 212: *(u32 *)(r10 - 8) = 0
 213: r2 = r10
 214: r2 += -8
 215: r1 = map[game_stats] ll
 217: call bpf_map_lookup_elem#1
 218: if r0 == 0x0 goto +64 <L25>
 219: r1 = *(u64 *)(r0 + 0)
 220: r1 += 1
 221: *(u64 *)(r0 + 0) = r1
 222: goto +60 <L25>
L20:
; if move prio_high to local { [74:3]
 223: r1 = 0
 224: r2 = 0
 225: call scx_bpf_dsq_move_to_local___v2___schedc
 226: r8 = r0
 227: r8 &= 255
 228: if r8 == 0x0 goto +10 <L21>
 229: *(u32 *)(r10 - 8) = 0
 230: r2 = r10
 231: r2 += -8
 232: r1 = map[game_stats] ll
 234: call bpf_map_lookup_elem#1
 235: if r0 == 0x0 goto +3 <L21>
 236: r1 = *(u64 *)(r0 + 24)
 237: r1 += 1
 238: *(u64 *)(r0 + 24) = r1
L21:
 239: if r8 != 0x0 goto +43 <L25>
; if prev_class <= PRIO_HIGH { [77:3]
 240: if r6 <= 0x0 goto +42 <L25>
; if move prio_normal to local { [80:3]
 241: r1 = 1
 242: r2 = 0
 243: call scx_bpf_dsq_move_to_local___v2___schedc
 244: r8 = r0
 245: r8 &= 255
 246: if r8 == 0x0 goto +10 <L22>
 247: *(u32 *)(r10 - 8) = 0
 248: r2 = r10
 249: r2 += -8
 250: r1 = map[game_stats] ll
 252: call bpf_map_lookup_elem#1
 253: if r0 == 0x0 goto +3 <L22>
 254: r1 = *(u64 *)(r0 + 40)
 255: r1 += 1
 256: *(u64 *)(r0 + 40) = r1
L22:
 257: if r8 == 0x0 goto +4 <L23>
; prio_normal_served = t [81:5]
 258: r1 = map[.bss] ll
 260: *(u64 *)(r1 + 0) = r7
; return true [82:5]
 261: goto +21 <L25>
L23:
; if prev_class <= PRIO_NORMAL { [84:3]
 262: if r6 <= 0x1 goto +20 <L25>
; if move prio_low to local { [87:3]
 263: r1 = 2
 264: r2 = 0
 265: call scx_bpf_dsq_move_to_local___v2___schedc
 266: r6 = r0
 267: r6 &= 255
 268: if r6 == 0x0 goto +10 <L24>
 269: *(u32 *)(r10 - 8) = 0
 270: r2 = r10
 271: r2 += -8
 272: r1 = map[game_stats] ll
 274: call bpf_map_lookup_elem#1
 275: if r0 == 0x0 goto +3 <L24>
 276: r1 = *(u64 *)(r0 + 56)
 277: r1 += 1
 278: *(u64 *)(r0 + 56) = r1
L24:
 279: if r6 == 0x0 goto +3 <L25>
; prio_low_served = t [88:5]
 280: r1 = map[.bss+8] ll
 282: *(u64 *)(r1 + 0) = r7
L25:
; return true [89:5]
 283: exit

struct_ops.s/init <game_init>:
; [13:1]
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
  12: r1 = 2
  13: r2 = -1
  14: call scx_bpf_create_dsq
  15: r0 = (s32)r0
  16: if r0 s>= 0x0 goto +1 <L2>
  17: exit
L2:
  18: r0 = 0
  19: exit

struct_ops/enable <game_enable>:
; comm starts "RenderThread" => render [20:5]
   0: r6 = *(u64 *)(r1 + 0)
   1: r7 = 0
   2: r1 = *(u64 *)(r6 + 3344) ; CO-RE field_byte_offset 1:0:8:0
   3: r2 = 0x68547265646e6552 ll
   5: if r1 != r2 goto +2 <L0>
   6: r1 = *(u32 *)(r6 + 3352) ; CO-RE field_byte_offset 1:0:8:8
   7: if r1 == 0x64616572 goto +89 <L15>
L0:
   8: r1 = *(u32 *)(r6 + 3344) ; CO-RE field_byte_offset 1:0:8:0
   9: if r1 != 0x646e6572 goto +2 <L1>
  10: r1 = *(u16 *)(r6 + 3348) ; CO-RE field_byte_offset 1:0:8:4
  11: if r1 == 0x7265 goto +83 <L14>
L1:
  12: r1 = *(u64 *)(r6 + 2824) ; CO-RE field_byte_offset 1:0:6
  13: if r1 == 0x0 goto +2 <L2>
  14: r1 = *(u32 *)(r1 + 3344) ; CO-RE field_byte_offset 1:0:8:0
  15: if r1 == 0x656d6167 goto +77 <L13>
L2:
  16: r1 = *(u64 *)(r6 + 4000) ; CO-RE field_byte_offset 1:0:9
  17: if r1 == 0x0 goto +67 <L11>
  18: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  19: if r1 == 0x0 goto +65 <L11>
  20: r2 = *(u32 *)(r1 + 256) ; CO-RE field_byte_offset 3:0:1
  21: r2 = (s32)r2
  22: if r2 s< 0x1 goto +62 <L11>
  23: if r2 s<= 0x1 goto +5 <L3>
  24: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  25: if r3 == 0x0 goto +59 <L11>
  26: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  27: r1 = r3
  28: r2 -= 1
L3:
  29: if r2 s<= 0x1 goto +5 <L4>
  30: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  31: if r3 == 0x0 goto +53 <L11>
  32: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  33: r1 = r3
  34: r2 -= 1
L4:
  35: if r2 s<= 0x1 goto +5 <L5>
  36: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  37: if r3 == 0x0 goto +47 <L11>
  38: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  39: r1 = r3
  40: r2 -= 1
L5:
  41: if r2 s<= 0x1 goto +5 <L6>
  42: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  43: if r3 == 0x0 goto +41 <L11>
  44: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  45: r1 = r3
  46: r2 -= 1
L6:
  47: if r2 s<= 0x1 goto +5 <L7>
  48: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  49: if r3 == 0x0 goto +35 <L11>
  50: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  51: r1 = r3
  52: r2 -= 1
L7:
  53: if r2 s<= 0x1 goto +5 <L8>
  54: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  55: if r3 == 0x0 goto +29 <L11>
  56: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  57: r1 = r3
  58: r2 -= 1
L8:
  59: if r2 s<= 0x1 goto +5 <L9>
  60: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  61: if r3 == 0x0 goto +23 <L11>
  62: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  63: r1 = r3
  64: r2 -= 1
L9:
  65: if r2 s<= 0x1 goto +5 <L10>
  66: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  67: if r3 == 0x0 goto +17 <L11>
  68: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  69: r1 = r3
  70: r2 -= 1
L10:
  71: if r2 != 0x1 goto +13 <L11>
  72: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
  73: r3 = *(u64 *)(r1 + 16) ; CO-RE field_byte_offset 4:0:0
  74: r8 = r10
  75: r8 += -64
  76: r1 = r8
  77: r2 = 5
  78: call #115
  79: r0 = (s32)r0
  80: if r0 != 0x5 goto +4 <L11>
  81: r1 = *(u32 *)(r8 + 0)
  82: if r1 != 0x656d6167 goto +2 <L11>
  83: r1 = *(u8 *)(r8 + 4)
  84: if r1 == 0x0 goto +6 <L12>
L11:
  85: r1 = *(u32 *)(r6 + 108) ; CO-RE field_byte_offset 1:0:0
  86: r1 = (s32)r1
  87: r1 -= 120
  88: if r1 s<= 0x0 goto +9 <L16>
  89: r7 = 3
  90: goto +7 <L16>
L12:
  91: r7 = 2
  92: goto +5 <L16>
L13:
  93: r7 = 2
  94: goto +3 <L16>
L14:
  95: r7 = 1
  96: goto +1 <L16>
L15:
  97: r7 = 1
L16:
  98: r1 = map[game_task_state] ll
 100: r2 = r6
 101: r3 = 0
 102: r4 = 1
 103: call bpf_task_storage_get#156
 104: if r0 == 0x0 goto +1 <L17>
 105: *(u32 *)(r0 + 0) = r7
L17:
 106: exit

struct_ops/runnable <game_runnable>:
; comm starts "RenderThread" => render [20:5]
   0: r6 = *(u64 *)(r1 + 0)
   1: r7 = 0
   2: r1 = *(u64 *)(r6 + 3344) ; CO-RE field_byte_offset 1:0:8:0
   3: r2 = 0x68547265646e6552 ll
   5: if r1 != r2 goto +2 <L0>
   6: r1 = *(u32 *)(r6 + 3352) ; CO-RE field_byte_offset 1:0:8:8
   7: if r1 == 0x64616572 goto +89 <L15>
L0:
   8: r1 = *(u32 *)(r6 + 3344) ; CO-RE field_byte_offset 1:0:8:0
   9: if r1 != 0x646e6572 goto +2 <L1>
  10: r1 = *(u16 *)(r6 + 3348) ; CO-RE field_byte_offset 1:0:8:4
  11: if r1 == 0x7265 goto +83 <L14>
L1:
  12: r1 = *(u64 *)(r6 + 2824) ; CO-RE field_byte_offset 1:0:6
  13: if r1 == 0x0 goto +2 <L2>
  14: r1 = *(u32 *)(r1 + 3344) ; CO-RE field_byte_offset 1:0:8:0
  15: if r1 == 0x656d6167 goto +77 <L13>
L2:
  16: r1 = *(u64 *)(r6 + 4000) ; CO-RE field_byte_offset 1:0:9
  17: if r1 == 0x0 goto +67 <L11>
  18: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  19: if r1 == 0x0 goto +65 <L11>
  20: r2 = *(u32 *)(r1 + 256) ; CO-RE field_byte_offset 3:0:1
  21: r2 = (s32)r2
  22: if r2 s< 0x1 goto +62 <L11>
  23: if r2 s<= 0x1 goto +5 <L3>
  24: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  25: if r3 == 0x0 goto +59 <L11>
  26: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  27: r1 = r3
  28: r2 -= 1
L3:
  29: if r2 s<= 0x1 goto +5 <L4>
  30: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  31: if r3 == 0x0 goto +53 <L11>
  32: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  33: r1 = r3
  34: r2 -= 1
L4:
  35: if r2 s<= 0x1 goto +5 <L5>
  36: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  37: if r3 == 0x0 goto +47 <L11>
  38: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  39: r1 = r3
  40: r2 -= 1
L5:
  41: if r2 s<= 0x1 goto +5 <L6>
  42: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  43: if r3 == 0x0 goto +41 <L11>
  44: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  45: r1 = r3
  46: r2 -= 1
L6:
  47: if r2 s<= 0x1 goto +5 <L7>
  48: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  49: if r3 == 0x0 goto +35 <L11>
  50: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  51: r1 = r3
  52: r2 -= 1
L7:
  53: if r2 s<= 0x1 goto +5 <L8>
  54: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  55: if r3 == 0x0 goto +29 <L11>
  56: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  57: r1 = r3
  58: r2 -= 1
L8:
  59: if r2 s<= 0x1 goto +5 <L9>
  60: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  61: if r3 == 0x0 goto +23 <L11>
  62: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  63: r1 = r3
  64: r2 -= 1
L9:
  65: if r2 s<= 0x1 goto +5 <L10>
  66: r3 = *(u64 *)(r1 + 184) ; CO-RE field_byte_offset 3:0:0:1
  67: if r3 == 0x0 goto +17 <L11>
  68: r3 = *(u64 *)(r3 + 0) ; CO-RE field_byte_offset 8:0:0
  69: r1 = r3
  70: r2 -= 1
L10:
  71: if r2 != 0x1 goto +13 <L11>
  72: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
  73: r3 = *(u64 *)(r1 + 16) ; CO-RE field_byte_offset 4:0:0
  74: r8 = r10
  75: r8 += -64
  76: r1 = r8
  77: r2 = 5
  78: call #115
  79: r0 = (s32)r0
  80: if r0 != 0x5 goto +4 <L11>
  81: r1 = *(u32 *)(r8 + 0)
  82: if r1 != 0x656d6167 goto +2 <L11>
  83: r1 = *(u8 *)(r8 + 4)
  84: if r1 == 0x0 goto +6 <L12>
L11:
  85: r1 = *(u32 *)(r6 + 108) ; CO-RE field_byte_offset 1:0:0
  86: r1 = (s32)r1
  87: r1 -= 120
  88: if r1 s<= 0x0 goto +9 <L16>
  89: r7 = 3
  90: goto +7 <L16>
L12:
  91: r7 = 2
  92: goto +5 <L16>
L13:
  93: r7 = 2
  94: goto +3 <L16>
L14:
  95: r7 = 1
  96: goto +1 <L16>
L15:
  97: r7 = 1
L16:
  98: r1 = map[game_task_state] ll
 100: r2 = r6
 101: r3 = 0
 102: r4 = 1
 103: call bpf_task_storage_get#156
 104: if r0 == 0x0 goto +1 <L17>
 105: *(u32 *)(r0 + 0) = r7
L17:
 106: exit

