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
   1: r7 = *(u64 *)(r6 + 0)
   2: r8 = 0
   3: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:4
   4: *(u32 *)(r10 - 8) = r1
   5: r2 = r10
   6: r2 += -8
   7: r1 = map[game_tags_task] ll
   9: call bpf_map_lookup_elem#1
  10: if r0 == 0x0 goto +1 <L0>
  11: r8 = *(u32 *)(r0 + 0)
L0:
  12: if r8 != 0x0 goto +46 <L4>
  13: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:5
  14: *(u32 *)(r10 - 8) = r1
  15: r2 = r10
  16: r2 += -8
  17: r1 = map[game_tags_proc] ll
  19: call bpf_map_lookup_elem#1
  20: if r0 == 0x0 goto +1 <L1>
  21: r8 = *(u32 *)(r0 + 0)
L1:
  22: if r8 != 0x0 goto +36 <L4>
  23: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:9
  24: if r1 == 0x0 goto +13 <L2>
  25: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  26: if r1 == 0x0 goto +11 <L2>
  27: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
  28: if r1 == 0x0 goto +9 <L2>
  29: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
  30: *(u64 *)(r10 - 8) = r1
  31: r2 = r10
  32: r2 += -8
  33: r1 = map[game_tags_cgroup] ll
  35: call bpf_map_lookup_elem#1
  36: if r0 == 0x0 goto +1 <L2>
  37: r8 = *(u32 *)(r0 + 0)
L2:
  38: if r8 != 0x0 goto +20 <L4>
  39: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:7
  40: if r1 == 0x0 goto +9 <L3>
  41: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  42: *(u32 *)(r10 - 8) = r1
  43: r2 = r10
  44: r2 += -8
  45: r1 = map[game_tags_user] ll
  47: call bpf_map_lookup_elem#1
  48: if r0 == 0x0 goto +1 <L3>
  49: r8 = *(u32 *)(r0 + 0)
L3:
  50: if r8 != 0x0 goto +8 <L4>
  51: r1 = map[game_task_state] ll
  53: r2 = r7
  54: r3 = 0
  55: r4 = 0
  56: call bpf_task_storage_get#156
  57: if r0 == 0x0 goto +1 <L4>
  58: r8 = *(u32 *)(r0 + 0)
L4:
  59: if r8 != 0x1 goto +10 <L5>
; render_wakeups += 1 [64:7]
  60: *(u32 *)(r10 - 8) = 0
  61: r2 = r10
  62: r2 += -8
  63: r1 = map[game_stats] ll
  65: call bpf_map_lookup_elem#1
  66: if r0 == 0x0 goto +3 <L5>
  67: r1 = *(u64 *)(r0 + 8)
  68: r1 += 1
  69: *(u64 *)(r0 + 8) = r1
L5:
; prio_enqueue(p, class_of(p), slice_of(p), enq_flags) [66:5]
  70: r1 = *(u64 *)(r6 + 0)
  71: *(u64 *)(r10 - 8) = r1
; if p.tag in [render, foreground] { [34:5]
  72: r7 = 0
  73: r1 = *(u64 *)(r10 - 8)
  74: r1 = *(u32 *)(r1 + 2808) ; CO-RE field_byte_offset 1:0:4
  75: *(u32 *)(r10 - 16) = r1
  76: r2 = r10
  77: r2 += -16
  78: r1 = map[game_tags_task] ll
  80: call bpf_map_lookup_elem#1
  81: if r0 == 0x0 goto +1 <L6>
  82: r7 = *(u32 *)(r0 + 0)
L6:
  83: if r7 != 0x0 goto +49 <L10>
  84: r1 = *(u64 *)(r10 - 8)
  85: r1 = *(u32 *)(r1 + 2812) ; CO-RE field_byte_offset 1:0:5
  86: *(u32 *)(r10 - 16) = r1
  87: r2 = r10
  88: r2 += -16
  89: r1 = map[game_tags_proc] ll
  91: call bpf_map_lookup_elem#1
  92: if r0 == 0x0 goto +1 <L7>
  93: r7 = *(u32 *)(r0 + 0)
L7:
  94: if r7 != 0x0 goto +38 <L10>
  95: r1 = *(u64 *)(r10 - 8)
  96: r1 = *(u64 *)(r1 + 4000) ; CO-RE field_byte_offset 1:0:9
  97: if r1 == 0x0 goto +13 <L8>
  98: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  99: if r1 == 0x0 goto +11 <L8>
 100: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
 101: if r1 == 0x0 goto +9 <L8>
 102: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
 103: *(u64 *)(r10 - 16) = r1
 104: r2 = r10
 105: r2 += -16
 106: r1 = map[game_tags_cgroup] ll
 108: call bpf_map_lookup_elem#1
 109: if r0 == 0x0 goto +1 <L8>
 110: r7 = *(u32 *)(r0 + 0)
L8:
 111: if r7 != 0x0 goto +21 <L10>
 112: r1 = *(u64 *)(r10 - 8)
 113: r1 = *(u64 *)(r1 + 3320) ; CO-RE field_byte_offset 1:0:7
 114: if r1 == 0x0 goto +9 <L9>
 115: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 116: *(u32 *)(r10 - 16) = r1
 117: r2 = r10
 118: r2 += -16
 119: r1 = map[game_tags_user] ll
 121: call bpf_map_lookup_elem#1
 122: if r0 == 0x0 goto +1 <L9>
 123: r7 = *(u32 *)(r0 + 0)
L9:
 124: if r7 != 0x0 goto +8 <L10>
 125: r1 = map[game_task_state] ll
 127: r2 = *(u64 *)(r10 - 8)
 128: r3 = 0
 129: r4 = 0
 130: call bpf_task_storage_get#156
 131: if r0 == 0x0 goto +1 <L10>
 132: r7 = *(u32 *)(r0 + 0)
L10:
 133: if r7 == 0x1 goto +1 <L11>
 134: if r7 != 0x2 goto +2 <L12>
L11:
; return PRIO_HIGH [35:7]
 135: r7 = 0
 136: goto +65 <L19>
L12:
; if p.tag == background { [37:5]
 137: r8 = 0
 138: r1 = *(u64 *)(r10 - 8)
 139: r1 = *(u32 *)(r1 + 2808) ; CO-RE field_byte_offset 1:0:4
 140: *(u32 *)(r10 - 16) = r1
 141: r2 = r10
 142: r2 += -16
 143: r1 = map[game_tags_task] ll
 145: call bpf_map_lookup_elem#1
 146: if r0 == 0x0 goto +1 <L13>
 147: r8 = *(u32 *)(r0 + 0)
L13:
 148: if r8 != 0x0 goto +49 <L17>
 149: r1 = *(u64 *)(r10 - 8)
 150: r1 = *(u32 *)(r1 + 2812) ; CO-RE field_byte_offset 1:0:5
 151: *(u32 *)(r10 - 16) = r1
 152: r2 = r10
 153: r2 += -16
 154: r1 = map[game_tags_proc] ll
 156: call bpf_map_lookup_elem#1
 157: if r0 == 0x0 goto +1 <L14>
 158: r8 = *(u32 *)(r0 + 0)
L14:
 159: if r8 != 0x0 goto +38 <L17>
 160: r1 = *(u64 *)(r10 - 8)
 161: r1 = *(u64 *)(r1 + 4000) ; CO-RE field_byte_offset 1:0:9
 162: if r1 == 0x0 goto +13 <L15>
 163: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 164: if r1 == 0x0 goto +11 <L15>
 165: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
 166: if r1 == 0x0 goto +9 <L15>
 167: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
 168: *(u64 *)(r10 - 16) = r1
 169: r2 = r10
 170: r2 += -16
 171: r1 = map[game_tags_cgroup] ll
 173: call bpf_map_lookup_elem#1
 174: if r0 == 0x0 goto +1 <L15>
 175: r8 = *(u32 *)(r0 + 0)
L15:
 176: if r8 != 0x0 goto +21 <L17>
 177: r1 = *(u64 *)(r10 - 8)
 178: r1 = *(u64 *)(r1 + 3320) ; CO-RE field_byte_offset 1:0:7
 179: if r1 == 0x0 goto +9 <L16>
 180: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 181: *(u32 *)(r10 - 16) = r1
 182: r2 = r10
 183: r2 += -16
 184: r1 = map[game_tags_user] ll
 186: call bpf_map_lookup_elem#1
 187: if r0 == 0x0 goto +1 <L16>
 188: r8 = *(u32 *)(r0 + 0)
L16:
 189: if r8 != 0x0 goto +8 <L17>
 190: r1 = map[game_task_state] ll
 192: r2 = *(u64 *)(r10 - 8)
 193: r3 = 0
 194: r4 = 0
 195: call bpf_task_storage_get#156
 196: if r0 == 0x0 goto +1 <L17>
 197: r8 = *(u32 *)(r0 + 0)
L17:
 198: if r8 != 0x3 goto +2 <L18>
; return PRIO_LOW [38:7]
 199: r7 = 2
 200: goto +1 <L19>
L18:
; return PRIO_NORMAL [40:5]
 201: r7 = 1
L19:
 202: r8 = *(u64 *)(r6 + 0)
; if p.tag == render { [44:5]
 203: r9 = 0
 204: r1 = *(u32 *)(r8 + 2808) ; CO-RE field_byte_offset 1:0:4
 205: *(u32 *)(r10 - 16) = r1
 206: r2 = r10
 207: r2 += -16
 208: r1 = map[game_tags_task] ll
 210: call bpf_map_lookup_elem#1
 211: if r0 == 0x0 goto +1 <L20>
 212: r9 = *(u32 *)(r0 + 0)
L20:
 213: if r9 != 0x0 goto +46 <L24>
 214: r1 = *(u32 *)(r8 + 2812) ; CO-RE field_byte_offset 1:0:5
 215: *(u32 *)(r10 - 16) = r1
 216: r2 = r10
 217: r2 += -16
 218: r1 = map[game_tags_proc] ll
 220: call bpf_map_lookup_elem#1
 221: if r0 == 0x0 goto +1 <L21>
 222: r9 = *(u32 *)(r0 + 0)
L21:
 223: if r9 != 0x0 goto +36 <L24>
 224: r1 = *(u64 *)(r8 + 4000) ; CO-RE field_byte_offset 1:0:9
 225: if r1 == 0x0 goto +13 <L22>
 226: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 227: if r1 == 0x0 goto +11 <L22>
 228: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
 229: if r1 == 0x0 goto +9 <L22>
 230: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
 231: *(u64 *)(r10 - 16) = r1
 232: r2 = r10
 233: r2 += -16
 234: r1 = map[game_tags_cgroup] ll
 236: call bpf_map_lookup_elem#1
 237: if r0 == 0x0 goto +1 <L22>
 238: r9 = *(u32 *)(r0 + 0)
L22:
 239: if r9 != 0x0 goto +20 <L24>
 240: r1 = *(u64 *)(r8 + 3320) ; CO-RE field_byte_offset 1:0:7
 241: if r1 == 0x0 goto +9 <L23>
 242: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 243: *(u32 *)(r10 - 16) = r1
 244: r2 = r10
 245: r2 += -16
 246: r1 = map[game_tags_user] ll
 248: call bpf_map_lookup_elem#1
 249: if r0 == 0x0 goto +1 <L23>
 250: r9 = *(u32 *)(r0 + 0)
L23:
 251: if r9 != 0x0 goto +8 <L24>
 252: r1 = map[game_task_state] ll
 254: r2 = r8
 255: r3 = 0
 256: r4 = 0
 257: call bpf_task_storage_get#156
 258: if r0 == 0x0 goto +1 <L24>
 259: r9 = *(u32 *)(r0 + 0)
L24:
 260: if r9 != 0x1 goto +3 <L25>
; return RENDER_SLICE [45:7]
 261: r1 = 2000000
 262: *(u64 *)(r10 - 16) = r1
 263: goto +63 <L32>
L25:
; if p.tag == foreground { [47:5]
 264: r9 = 0
 265: r1 = *(u32 *)(r8 + 2808) ; CO-RE field_byte_offset 1:0:4
 266: *(u32 *)(r10 - 24) = r1
 267: r2 = r10
 268: r2 += -24
 269: r1 = map[game_tags_task] ll
 271: call bpf_map_lookup_elem#1
 272: if r0 == 0x0 goto +1 <L26>
 273: r9 = *(u32 *)(r0 + 0)
L26:
 274: if r9 != 0x0 goto +46 <L30>
 275: r1 = *(u32 *)(r8 + 2812) ; CO-RE field_byte_offset 1:0:5
 276: *(u32 *)(r10 - 24) = r1
 277: r2 = r10
 278: r2 += -24
 279: r1 = map[game_tags_proc] ll
 281: call bpf_map_lookup_elem#1
 282: if r0 == 0x0 goto +1 <L27>
 283: r9 = *(u32 *)(r0 + 0)
L27:
 284: if r9 != 0x0 goto +36 <L30>
 285: r1 = *(u64 *)(r8 + 4000) ; CO-RE field_byte_offset 1:0:9
 286: if r1 == 0x0 goto +13 <L28>
 287: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 288: if r1 == 0x0 goto +11 <L28>
 289: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
 290: if r1 == 0x0 goto +9 <L28>
 291: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
 292: *(u64 *)(r10 - 24) = r1
 293: r2 = r10
 294: r2 += -24
 295: r1 = map[game_tags_cgroup] ll
 297: call bpf_map_lookup_elem#1
 298: if r0 == 0x0 goto +1 <L28>
 299: r9 = *(u32 *)(r0 + 0)
L28:
 300: if r9 != 0x0 goto +20 <L30>
 301: r1 = *(u64 *)(r8 + 3320) ; CO-RE field_byte_offset 1:0:7
 302: if r1 == 0x0 goto +9 <L29>
 303: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 304: *(u32 *)(r10 - 24) = r1
 305: r2 = r10
 306: r2 += -24
 307: r1 = map[game_tags_user] ll
 309: call bpf_map_lookup_elem#1
 310: if r0 == 0x0 goto +1 <L29>
 311: r9 = *(u32 *)(r0 + 0)
L29:
 312: if r9 != 0x0 goto +8 <L30>
 313: r1 = map[game_task_state] ll
 315: r2 = r8
 316: r3 = 0
 317: r4 = 0
 318: call bpf_task_storage_get#156
 319: if r0 == 0x0 goto +1 <L30>
 320: r9 = *(u32 *)(r0 + 0)
L30:
 321: if r9 != 0x2 goto +3 <L31>
; return FOREGROUND_SLICE [48:7]
 322: r1 = 4000000
 323: *(u64 *)(r10 - 16) = r1
 324: goto +2 <L32>
L31:
; return OTHER_SLICE [50:5]
 325: r1 = 10000000
 326: *(u64 *)(r10 - 16) = r1
L32:
 327: r8 = *(u64 *)(r6 + 8)
; if p.nr_cpus_allowed == 1 { [30:3]
 328: r1 = *(u64 *)(r10 - 8)
 329: r1 = *(u32 *)(r1 + 1368) ; CO-RE field_byte_offset 1:0:2
 330: r1 = (s32)r1
 331: if r1 != 0x1 goto +17 <L33>
; insert p into local slice slice_ns flags enq_flags [31:5]
 332: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 34:0
 334: r1 = *(u64 *)(r10 - 8)
 335: r3 = *(u64 *)(r10 - 16)
 336: r4 = r8
 337: call scx_bpf_dsq_insert___v2___schedc
 338: *(u32 *)(r10 - 24) = 0
 339: r2 = r10
 340: r2 += -24
 341: r1 = map[game_stats] ll
 343: call bpf_map_lookup_elem#1
 344: if r0 == 0x0 goto +53 <L36>
 345: r1 = *(u64 *)(r0 + 64)
 346: r1 += 1
 347: *(u64 *)(r0 + 64) = r1
 348: goto +49 <L36>
L33:
; } else if class == PRIO_HIGH { [32:10]
 349: if r7 != 0x0 goto +16 <L34>
; insert p into prio_high slice slice_ns flags enq_flags [33:5]
 350: r1 = *(u64 *)(r10 - 8)
 351: r3 = *(u64 *)(r10 - 16)
 352: r4 = r8
 353: r2 = 0
 354: call scx_bpf_dsq_insert___v2___schedc
 355: *(u32 *)(r10 - 24) = 0
 356: r2 = r10
 357: r2 += -24
 358: r1 = map[game_stats] ll
 360: call bpf_map_lookup_elem#1
 361: if r0 == 0x0 goto +36 <L36>
 362: r1 = *(u64 *)(r0 + 16)
 363: r1 += 1
 364: *(u64 *)(r0 + 16) = r1
 365: goto +32 <L36>
L34:
; if p.tag in [render, foreground] { [34:10]
 366: if r7 != 0x1 goto +16 <L35>
; return PRIO_HIGH [35:5]
 367: r1 = *(u64 *)(r10 - 8)
 368: r3 = *(u64 *)(r10 - 16)
 369: r4 = r8
 370: r2 = 1
 371: call scx_bpf_dsq_insert___v2___schedc
 372: *(u32 *)(r10 - 24) = 0
 373: r2 = r10
 374: r2 += -24
 375: r1 = map[game_stats] ll
 377: call bpf_map_lookup_elem#1
 378: if r0 == 0x0 goto +19 <L36>
 379: r1 = *(u64 *)(r0 + 32)
 380: r1 += 1
 381: *(u64 *)(r0 + 32) = r1
 382: goto +15 <L36>
L35:
; if p.tag == background { [37:5]
 383: r1 = *(u64 *)(r10 - 8)
 384: r3 = *(u64 *)(r10 - 16)
 385: r4 = r8
 386: r2 = 2
 387: call scx_bpf_dsq_insert___v2___schedc
 388: *(u32 *)(r10 - 8) = 0
 389: r2 = r10
 390: r2 += -8
 391: r1 = map[game_stats] ll
 393: call bpf_map_lookup_elem#1
 394: if r0 == 0x0 goto +3 <L36>
 395: r1 = *(u64 *)(r0 + 48)
 396: r1 += 1
 397: *(u64 *)(r0 + 48) = r1
L36:
; if p.tag in [render, foreground] { [68:5]
 398: r7 = *(u64 *)(r6 + 0)
 399: r8 = 0
 400: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:4
 401: *(u32 *)(r10 - 8) = r1
 402: r2 = r10
 403: r2 += -8
 404: r1 = map[game_tags_task] ll
 406: call bpf_map_lookup_elem#1
 407: if r0 == 0x0 goto +1 <L37>
 408: r8 = *(u32 *)(r0 + 0)
L37:
 409: if r8 != 0x0 goto +46 <L41>
 410: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:5
 411: *(u32 *)(r10 - 8) = r1
 412: r2 = r10
 413: r2 += -8
 414: r1 = map[game_tags_proc] ll
 416: call bpf_map_lookup_elem#1
 417: if r0 == 0x0 goto +1 <L38>
 418: r8 = *(u32 *)(r0 + 0)
L38:
 419: if r8 != 0x0 goto +36 <L41>
 420: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:9
 421: if r1 == 0x0 goto +13 <L39>
 422: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 423: if r1 == 0x0 goto +11 <L39>
 424: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
 425: if r1 == 0x0 goto +9 <L39>
 426: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
 427: *(u64 *)(r10 - 8) = r1
 428: r2 = r10
 429: r2 += -8
 430: r1 = map[game_tags_cgroup] ll
 432: call bpf_map_lookup_elem#1
 433: if r0 == 0x0 goto +1 <L39>
 434: r8 = *(u32 *)(r0 + 0)
L39:
 435: if r8 != 0x0 goto +20 <L41>
 436: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:7
 437: if r1 == 0x0 goto +9 <L40>
 438: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 439: *(u32 *)(r10 - 8) = r1
 440: r2 = r10
 441: r2 += -8
 442: r1 = map[game_tags_user] ll
 444: call bpf_map_lookup_elem#1
 445: if r0 == 0x0 goto +1 <L40>
 446: r8 = *(u32 *)(r0 + 0)
L40:
 447: if r8 != 0x0 goto +8 <L41>
 448: r1 = map[game_task_state] ll
 450: r2 = r7
 451: r3 = 0
 452: r4 = 0
 453: call bpf_task_storage_get#156
 454: if r0 == 0x0 goto +1 <L41>
 455: r8 = *(u32 *)(r0 + 0)
L41:
 456: if r8 == 0x1 goto +1 <L42>
 457: if r8 != 0x2 goto +9 <L43>
L42:
; idle_kick_any(p) [69:7]
 458: r1 = *(u64 *)(r6 + 0)
; if p.nr_cpus_allowed == 1 { [30:3]
 459: r1 = *(u64 *)(r1 + 1376) ; CO-RE field_byte_offset 1:0:3
 460: r2 = 0
 461: call scx_bpf_pick_idle_cpu
 462: r0 = (s32)r0
; insert p into local slice slice_ns flags enq_flags [31:3]
 463: if r0 s< 0x0 goto +3 <L43>
; if p.tag in [render, foreground] { [34:3]
 464: r1 = r0
 465: r2 = 0
 466: call scx_bpf_kick_cpu
L43:
; return PRIO_HIGH [35:3]
 467: exit

struct_ops/dispatch <game_dispatch>:
; var prev_class: u32 = PRIO_NONE [75:5]
   0: r6 = 3
; if prev != null { [76:5]
   1: r7 = *(u64 *)(r1 + 8)
   2: if r7 == 0x0 goto +126 <L14>
; return prev.scx.flags & PRIO_TASK_QUEUED != 0 [49:3]
   3: r1 = *(u32 *)(r7 + 872) ; CO-RE field_byte_offset 1:0:1:0
   4: r1 &= 1
   5: if r1 == 0x0 goto +123 <L14>
; if p.tag in [render, foreground] { [34:5]
   6: r8 = 0
   7: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:4
   8: *(u32 *)(r10 - 8) = r1
   9: r2 = r10
  10: r2 += -8
  11: r1 = map[game_tags_task] ll
  13: call bpf_map_lookup_elem#1
  14: if r0 == 0x0 goto +1 <L0>
  15: r8 = *(u32 *)(r0 + 0)
L0:
  16: if r8 != 0x0 goto +46 <L4>
  17: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:5
  18: *(u32 *)(r10 - 8) = r1
  19: r2 = r10
  20: r2 += -8
  21: r1 = map[game_tags_proc] ll
  23: call bpf_map_lookup_elem#1
  24: if r0 == 0x0 goto +1 <L1>
  25: r8 = *(u32 *)(r0 + 0)
L1:
  26: if r8 != 0x0 goto +36 <L4>
  27: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:9
  28: if r1 == 0x0 goto +13 <L2>
  29: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  30: if r1 == 0x0 goto +11 <L2>
  31: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
  32: if r1 == 0x0 goto +9 <L2>
  33: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
  34: *(u64 *)(r10 - 8) = r1
  35: r2 = r10
  36: r2 += -8
  37: r1 = map[game_tags_cgroup] ll
  39: call bpf_map_lookup_elem#1
  40: if r0 == 0x0 goto +1 <L2>
  41: r8 = *(u32 *)(r0 + 0)
L2:
  42: if r8 != 0x0 goto +20 <L4>
  43: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:7
  44: if r1 == 0x0 goto +9 <L3>
  45: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  46: *(u32 *)(r10 - 8) = r1
  47: r2 = r10
  48: r2 += -8
  49: r1 = map[game_tags_user] ll
  51: call bpf_map_lookup_elem#1
  52: if r0 == 0x0 goto +1 <L3>
  53: r8 = *(u32 *)(r0 + 0)
L3:
  54: if r8 != 0x0 goto +8 <L4>
  55: r1 = map[game_task_state] ll
  57: r2 = r7
  58: r3 = 0
  59: r4 = 0
  60: call bpf_task_storage_get#156
  61: if r0 == 0x0 goto +1 <L4>
  62: r8 = *(u32 *)(r0 + 0)
L4:
  63: if r8 == 0x1 goto +1 <L5>
  64: if r8 != 0x2 goto +2 <L6>
L5:
; return PRIO_HIGH [35:7]
  65: r8 = 0
  66: goto +61 <L13>
L6:
; if p.tag == background { [37:5]
  67: r9 = 0
  68: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:4
  69: *(u32 *)(r10 - 8) = r1
  70: r2 = r10
  71: r2 += -8
  72: r1 = map[game_tags_task] ll
  74: call bpf_map_lookup_elem#1
  75: if r0 == 0x0 goto +1 <L7>
  76: r9 = *(u32 *)(r0 + 0)
L7:
  77: if r9 != 0x0 goto +46 <L11>
  78: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:5
  79: *(u32 *)(r10 - 8) = r1
  80: r2 = r10
  81: r2 += -8
  82: r1 = map[game_tags_proc] ll
  84: call bpf_map_lookup_elem#1
  85: if r0 == 0x0 goto +1 <L8>
  86: r9 = *(u32 *)(r0 + 0)
L8:
  87: if r9 != 0x0 goto +36 <L11>
  88: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:9
  89: if r1 == 0x0 goto +13 <L9>
  90: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  91: if r1 == 0x0 goto +11 <L9>
  92: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
  93: if r1 == 0x0 goto +9 <L9>
  94: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
  95: *(u64 *)(r10 - 8) = r1
  96: r2 = r10
  97: r2 += -8
  98: r1 = map[game_tags_cgroup] ll
 100: call bpf_map_lookup_elem#1
 101: if r0 == 0x0 goto +1 <L9>
 102: r9 = *(u32 *)(r0 + 0)
L9:
 103: if r9 != 0x0 goto +20 <L11>
 104: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:7
 105: if r1 == 0x0 goto +9 <L10>
 106: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 107: *(u32 *)(r10 - 8) = r1
 108: r2 = r10
 109: r2 += -8
 110: r1 = map[game_tags_user] ll
 112: call bpf_map_lookup_elem#1
 113: if r0 == 0x0 goto +1 <L10>
 114: r9 = *(u32 *)(r0 + 0)
L10:
 115: if r9 != 0x0 goto +8 <L11>
 116: r1 = map[game_task_state] ll
 118: r2 = r7
 119: r3 = 0
 120: r4 = 0
 121: call bpf_task_storage_get#156
 122: if r0 == 0x0 goto +1 <L11>
 123: r9 = *(u32 *)(r0 + 0)
L11:
 124: if r9 != 0x3 goto +2 <L12>
; return PRIO_LOW [38:7]
 125: r8 = 2
 126: goto +1 <L13>
L12:
; return PRIO_NORMAL [40:5]
 127: r8 = 1
L13:
 128: r6 = r8
L14:
; let t = now() [57:3]
 129: call scx_bpf_now
 130: r7 = r0
; if queued(prio_low) == 0 { [58:3]
 131: r1 = 2
 132: call scx_bpf_dsq_nr_queued
 133: r0 = (s32)r0
 134: if r0 != 0x0 goto +4 <L15>
; prio_low_served = t [59:5]
 135: r1 = map[.bss+8] ll
 137: *(u64 *)(r1 + 0) = r7
 138: goto +37 <L17>
L15:
; } else if prio_starved(prio_low_served, t) { [60:10]
 139: r1 = map[.bss+8] ll
 141: r1 = *(u64 *)(r1 + 0)
; return (t - served) as s64 > PRIO_GUARD as s64 [43:3]
 142: r2 = r7
 143: r2 -= r1
 144: if r2 s<= 0x5f5e100 goto +31 <L17>
; if move prio_low to local { [61:5]
 145: r1 = 2
 146: r2 = 0
 147: call scx_bpf_dsq_move_to_local___v2___schedc
 148: r8 = r0
 149: r8 &= 255
 150: if r8 == 0x0 goto +10 <L16>
 151: *(u32 *)(r10 - 8) = 0
 152: r2 = r10
 153: r2 += -8
 154: r1 = map[game_stats] ll
 156: call bpf_map_lookup_elem#1
 157: if r0 == 0x0 goto +3 <L16>
 158: r1 = *(u64 *)(r0 + 56)
 159: r1 += 1
 160: *(u64 *)(r0 + 56) = r1
L16:
 161: if r8 == 0x0 goto +14 <L17>
; prio_low_served = t [62:7]
 162: r1 = map[.bss+8] ll
 164: *(u64 *)(r1 + 0) = r7
; prio_guard_turns += 1 [63:7]
 165: *(u32 *)(r10 - 8) = 0
 166: r2 = r10
 167: r2 += -8
 168: r1 = map[game_stats] ll
 170: call bpf_map_lookup_elem#1
 171: if r0 == 0x0 goto +109 <L25>
 172: r1 = *(u64 *)(r0 + 0)
 173: r1 += 1
 174: *(u64 *)(r0 + 0) = r1
 175: goto +105 <L25>
L17:
; if queued(prio_normal) == 0 { [67:3]
 176: r1 = 1
 177: call scx_bpf_dsq_nr_queued
 178: r0 = (s32)r0
 179: if r0 != 0x0 goto +4 <L18>
; prio_normal_served = t [68:5]
 180: r1 = map[.bss] ll
 182: *(u64 *)(r1 + 0) = r7
 183: goto +37 <L20>
L18:
; } else if prio_starved(prio_normal_served, t) { [69:10]
 184: r1 = map[.bss] ll
 186: r1 = *(u64 *)(r1 + 0)
; return (t - served) as s64 > PRIO_GUARD as s64 [43:3]
 187: r2 = r7
 188: r2 -= r1
 189: if r2 s<= 0x5f5e100 goto +31 <L20>
; if move prio_normal to local { [70:5]
 190: r1 = 1
 191: r2 = 0
 192: call scx_bpf_dsq_move_to_local___v2___schedc
 193: r8 = r0
 194: r8 &= 255
 195: if r8 == 0x0 goto +10 <L19>
 196: *(u32 *)(r10 - 8) = 0
 197: r2 = r10
 198: r2 += -8
 199: r1 = map[game_stats] ll
 201: call bpf_map_lookup_elem#1
 202: if r0 == 0x0 goto +3 <L19>
 203: r1 = *(u64 *)(r0 + 40)
 204: r1 += 1
 205: *(u64 *)(r0 + 40) = r1
L19:
 206: if r8 == 0x0 goto +14 <L20>
; prio_normal_served = t [71:7]
 207: r1 = map[.bss] ll
 209: *(u64 *)(r1 + 0) = r7
; prio_guard_turns += 1 [72:7]
 210: *(u32 *)(r10 - 8) = 0
 211: r2 = r10
 212: r2 += -8
 213: r1 = map[game_stats] ll
 215: call bpf_map_lookup_elem#1
 216: if r0 == 0x0 goto +64 <L25>
 217: r1 = *(u64 *)(r0 + 0)
 218: r1 += 1
 219: *(u64 *)(r0 + 0) = r1
 220: goto +60 <L25>
L20:
; if prev != null { [76:3]
 221: r1 = 0
 222: r2 = 0
 223: call scx_bpf_dsq_move_to_local___v2___schedc
 224: r8 = r0
 225: r8 &= 255
 226: if r8 == 0x0 goto +10 <L21>
 227: *(u32 *)(r10 - 8) = 0
 228: r2 = r10
 229: r2 += -8
 230: r1 = map[game_stats] ll
 232: call bpf_map_lookup_elem#1
 233: if r0 == 0x0 goto +3 <L21>
 234: r1 = *(u64 *)(r0 + 24)
 235: r1 += 1
 236: *(u64 *)(r0 + 24) = r1
L21:
 237: if r8 != 0x0 goto +43 <L25>
; if prev_class <= PRIO_HIGH { [79:3]
 238: if r6 <= 0x0 goto +42 <L25>
; if move prio_normal to local { [82:3]
 239: r1 = 1
 240: r2 = 0
 241: call scx_bpf_dsq_move_to_local___v2___schedc
 242: r8 = r0
 243: r8 &= 255
 244: if r8 == 0x0 goto +10 <L22>
 245: *(u32 *)(r10 - 8) = 0
 246: r2 = r10
 247: r2 += -8
 248: r1 = map[game_stats] ll
 250: call bpf_map_lookup_elem#1
 251: if r0 == 0x0 goto +3 <L22>
 252: r1 = *(u64 *)(r0 + 40)
 253: r1 += 1
 254: *(u64 *)(r0 + 40) = r1
L22:
 255: if r8 == 0x0 goto +4 <L23>
; prio_normal_served = t [83:5]
 256: r1 = map[.bss] ll
 258: *(u64 *)(r1 + 0) = r7
; return true [84:5]
 259: goto +21 <L25>
L23:
; if prev_class <= PRIO_NORMAL { [86:3]
 260: if r6 <= 0x1 goto +20 <L25>
; if move prio_low to local { [89:3]
 261: r1 = 2
 262: r2 = 0
 263: call scx_bpf_dsq_move_to_local___v2___schedc
 264: r6 = r0
 265: r6 &= 255
 266: if r6 == 0x0 goto +10 <L24>
 267: *(u32 *)(r10 - 8) = 0
 268: r2 = r10
 269: r2 += -8
 270: r1 = map[game_stats] ll
 272: call bpf_map_lookup_elem#1
 273: if r0 == 0x0 goto +3 <L24>
 274: r1 = *(u64 *)(r0 + 56)
 275: r1 += 1
 276: *(u64 *)(r0 + 56) = r1
L24:
 277: if r6 == 0x0 goto +3 <L25>
; prio_low_served = t [90:5]
 278: r1 = map[.bss+8] ll
 280: *(u64 *)(r1 + 0) = r7
L25:
; return true [91:5]
 281: exit

struct_ops.s/init <game_init>:
; timeout 5s [15:1]
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

