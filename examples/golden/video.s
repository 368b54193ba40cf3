struct_ops/select_cpu <video_select_cpu>:
; on select_cpu(p, prev_cpu, wake_flags) -> s32 { [51:1]
   0: r6 = r1
; let cpu = idle_select(p, prev_cpu, wake_flags) [52:5]
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
; if cpu >= 0 { [53:5]
  29: r1 = *(u64 *)(r10 - 8)
  30: if r1 s< 0x0 goto +80 <L11>
; insert p into local slice slice_of(p) [54:7]
  31: r7 = *(u64 *)(r6 + 0)
  32: r8 = 0x8000000000000002 ll ; CO-RE enumval_value 29:0
; if p.tag == decoder { [45:5]
  34: r9 = 0
  35: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:4
  36: *(u32 *)(r10 - 16) = r1
  37: r2 = r10
  38: r2 += -16
  39: r1 = map[video_tags_task] ll
  41: call bpf_map_lookup_elem#1
  42: if r0 == 0x0 goto +1 <L3>
  43: r9 = *(u32 *)(r0 + 0)
L3:
  44: if r9 != 0x0 goto +46 <L7>
  45: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:5
  46: *(u32 *)(r10 - 16) = r1
  47: r2 = r10
  48: r2 += -16
  49: r1 = map[video_tags_proc] ll
  51: call bpf_map_lookup_elem#1
  52: if r0 == 0x0 goto +1 <L4>
  53: r9 = *(u32 *)(r0 + 0)
L4:
  54: if r9 != 0x0 goto +36 <L7>
  55: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:8
  56: if r1 == 0x0 goto +13 <L5>
  57: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  58: if r1 == 0x0 goto +11 <L5>
  59: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  60: if r1 == 0x0 goto +9 <L5>
  61: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  62: *(u64 *)(r10 - 16) = r1
  63: r2 = r10
  64: r2 += -16
  65: r1 = map[video_tags_cgroup] ll
  67: call bpf_map_lookup_elem#1
  68: if r0 == 0x0 goto +1 <L5>
  69: r9 = *(u32 *)(r0 + 0)
L5:
  70: if r9 != 0x0 goto +20 <L7>
  71: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:6
  72: if r1 == 0x0 goto +9 <L6>
  73: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  74: *(u32 *)(r10 - 16) = r1
  75: r2 = r10
  76: r2 += -16
  77: r1 = map[video_tags_user] ll
  79: call bpf_map_lookup_elem#1
  80: if r0 == 0x0 goto +1 <L6>
  81: r9 = *(u32 *)(r0 + 0)
L6:
  82: if r9 != 0x0 goto +8 <L7>
  83: r1 = map[video_task_state] ll
  85: r2 = r7
  86: r3 = 0
  87: r4 = 0
  88: call bpf_task_storage_get#156
  89: if r0 == 0x0 goto +1 <L7>
  90: r9 = *(u32 *)(r0 + 0)
L7:
  91: if r9 != 0x1 goto +2 <L8>
; return DECODER_SLICE [46:7]
  92: r3 = 4000000
  93: goto +1 <L9>
L8:
; return OTHER_SLICE [48:5]
  94: r3 = 5000000
L9:
  95: r1 = r7
  96: r2 = r8
  97: r4 = 0
  98: call scx_bpf_dsq_insert___v2___schedc
  99: *(u32 *)(r10 - 16) = 0
 100: r2 = r10
 101: r2 += -16
 102: r1 = map[video_stats] ll
 104: call bpf_map_lookup_elem#1
 105: if r0 == 0x0 goto +3 <L10>
 106: r1 = *(u64 *)(r0 + 64)
 107: r1 += 1
 108: *(u64 *)(r0 + 64) = r1
L10:
; return cpu [55:7]
 109: r0 = *(u64 *)(r10 - 8)
 110: exit
L11:
; return prev_cpu [57:5]
 111: r1 = *(u64 *)(r6 + 8)
 112: r1 = (s32)r1
 113: r0 = r1
 114: exit

struct_ops/enqueue <video_enqueue>:
; on enqueue(p, enq_flags) { [60:1]
   0: r6 = r1
; prio_enqueue(p, class_of(p), slice_of(p), enq_flags) [61:5]
   1: r1 = -1
   2: *(u64 *)(r10 - 8) = r1
   3: r1 = *(u64 *)(r6 + 0)
   4: *(u64 *)(r10 - 16) = r1
; if p.tag == decoder { [35:5]
   5: r7 = 0
   6: r1 = *(u64 *)(r10 - 16)
   7: r1 = *(u32 *)(r1 + 2808) ; CO-RE field_byte_offset 1:0:4
   8: *(u32 *)(r10 - 24) = r1
   9: r2 = r10
  10: r2 += -24
  11: r1 = map[video_tags_task] ll
  13: call bpf_map_lookup_elem#1
  14: if r0 == 0x0 goto +1 <L0>
  15: r7 = *(u32 *)(r0 + 0)
L0:
  16: if r7 != 0x0 goto +49 <L4>
  17: r1 = *(u64 *)(r10 - 16)
  18: r1 = *(u32 *)(r1 + 2812) ; CO-RE field_byte_offset 1:0:5
  19: *(u32 *)(r10 - 24) = r1
  20: r2 = r10
  21: r2 += -24
  22: r1 = map[video_tags_proc] ll
  24: call bpf_map_lookup_elem#1
  25: if r0 == 0x0 goto +1 <L1>
  26: r7 = *(u32 *)(r0 + 0)
L1:
  27: if r7 != 0x0 goto +38 <L4>
  28: r1 = *(u64 *)(r10 - 16)
  29: r1 = *(u64 *)(r1 + 4000) ; CO-RE field_byte_offset 1:0:8
  30: if r1 == 0x0 goto +13 <L2>
  31: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  32: if r1 == 0x0 goto +11 <L2>
  33: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  34: if r1 == 0x0 goto +9 <L2>
  35: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  36: *(u64 *)(r10 - 24) = r1
  37: r2 = r10
  38: r2 += -24
  39: r1 = map[video_tags_cgroup] ll
  41: call bpf_map_lookup_elem#1
  42: if r0 == 0x0 goto +1 <L2>
  43: r7 = *(u32 *)(r0 + 0)
L2:
  44: if r7 != 0x0 goto +21 <L4>
  45: r1 = *(u64 *)(r10 - 16)
  46: r1 = *(u64 *)(r1 + 3320) ; CO-RE field_byte_offset 1:0:6
  47: if r1 == 0x0 goto +9 <L3>
  48: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  49: *(u32 *)(r10 - 24) = r1
  50: r2 = r10
  51: r2 += -24
  52: r1 = map[video_tags_user] ll
  54: call bpf_map_lookup_elem#1
  55: if r0 == 0x0 goto +1 <L3>
  56: r7 = *(u32 *)(r0 + 0)
L3:
  57: if r7 != 0x0 goto +8 <L4>
  58: r1 = map[video_task_state] ll
  60: r2 = *(u64 *)(r10 - 16)
  61: r3 = 0
  62: r4 = 0
  63: call bpf_task_storage_get#156
  64: if r0 == 0x0 goto +1 <L4>
  65: r7 = *(u32 *)(r0 + 0)
L4:
  66: if r7 != 0x1 goto +2 <L5>
; return PRIO_HIGH [36:7]
  67: r7 = 0
  68: goto +65 <L12>
L5:
; if p.tag == background { [38:5]
  69: r8 = 0
  70: r1 = *(u64 *)(r10 - 16)
  71: r1 = *(u32 *)(r1 + 2808) ; CO-RE field_byte_offset 1:0:4
  72: *(u32 *)(r10 - 24) = r1
  73: r2 = r10
  74: r2 += -24
  75: r1 = map[video_tags_task] ll
  77: call bpf_map_lookup_elem#1
  78: if r0 == 0x0 goto +1 <L6>
  79: r8 = *(u32 *)(r0 + 0)
L6:
  80: if r8 != 0x0 goto +49 <L10>
  81: r1 = *(u64 *)(r10 - 16)
  82: r1 = *(u32 *)(r1 + 2812) ; CO-RE field_byte_offset 1:0:5
  83: *(u32 *)(r10 - 24) = r1
  84: r2 = r10
  85: r2 += -24
  86: r1 = map[video_tags_proc] ll
  88: call bpf_map_lookup_elem#1
  89: if r0 == 0x0 goto +1 <L7>
  90: r8 = *(u32 *)(r0 + 0)
L7:
  91: if r8 != 0x0 goto +38 <L10>
  92: r1 = *(u64 *)(r10 - 16)
  93: r1 = *(u64 *)(r1 + 4000) ; CO-RE field_byte_offset 1:0:8
  94: if r1 == 0x0 goto +13 <L8>
  95: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  96: if r1 == 0x0 goto +11 <L8>
  97: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  98: if r1 == 0x0 goto +9 <L8>
  99: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
 100: *(u64 *)(r10 - 24) = r1
 101: r2 = r10
 102: r2 += -24
 103: r1 = map[video_tags_cgroup] ll
 105: call bpf_map_lookup_elem#1
 106: if r0 == 0x0 goto +1 <L8>
 107: r8 = *(u32 *)(r0 + 0)
L8:
 108: if r8 != 0x0 goto +21 <L10>
 109: r1 = *(u64 *)(r10 - 16)
 110: r1 = *(u64 *)(r1 + 3320) ; CO-RE field_byte_offset 1:0:6
 111: if r1 == 0x0 goto +9 <L9>
 112: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 113: *(u32 *)(r10 - 24) = r1
 114: r2 = r10
 115: r2 += -24
 116: r1 = map[video_tags_user] ll
 118: call bpf_map_lookup_elem#1
 119: if r0 == 0x0 goto +1 <L9>
 120: r8 = *(u32 *)(r0 + 0)
L9:
 121: if r8 != 0x0 goto +8 <L10>
 122: r1 = map[video_task_state] ll
 124: r2 = *(u64 *)(r10 - 16)
 125: r3 = 0
 126: r4 = 0
 127: call bpf_task_storage_get#156
 128: if r0 == 0x0 goto +1 <L10>
 129: r8 = *(u32 *)(r0 + 0)
L10:
 130: if r8 != 0x2 goto +2 <L11>
; return PRIO_LOW [39:7]
 131: r7 = 2
 132: goto +1 <L12>
L11:
; return PRIO_NORMAL [41:5]
 133: r7 = 1
L12:
 134: r8 = *(u64 *)(r6 + 0)
; if p.tag == decoder { [45:5]
 135: r9 = 0
 136: r1 = *(u32 *)(r8 + 2808) ; CO-RE field_byte_offset 1:0:4
 137: *(u32 *)(r10 - 24) = r1
 138: r2 = r10
 139: r2 += -24
 140: r1 = map[video_tags_task] ll
 142: call bpf_map_lookup_elem#1
 143: if r0 == 0x0 goto +1 <L13>
 144: r9 = *(u32 *)(r0 + 0)
L13:
 145: if r9 != 0x0 goto +46 <L17>
 146: r1 = *(u32 *)(r8 + 2812) ; CO-RE field_byte_offset 1:0:5
 147: *(u32 *)(r10 - 24) = r1
 148: r2 = r10
 149: r2 += -24
 150: r1 = map[video_tags_proc] ll
 152: call bpf_map_lookup_elem#1
 153: if r0 == 0x0 goto +1 <L14>
 154: r9 = *(u32 *)(r0 + 0)
L14:
 155: if r9 != 0x0 goto +36 <L17>
 156: r1 = *(u64 *)(r8 + 4000) ; CO-RE field_byte_offset 1:0:8
 157: if r1 == 0x0 goto +13 <L15>
 158: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 159: if r1 == 0x0 goto +11 <L15>
 160: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
 161: if r1 == 0x0 goto +9 <L15>
 162: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
 163: *(u64 *)(r10 - 24) = r1
 164: r2 = r10
 165: r2 += -24
 166: r1 = map[video_tags_cgroup] ll
 168: call bpf_map_lookup_elem#1
 169: if r0 == 0x0 goto +1 <L15>
 170: r9 = *(u32 *)(r0 + 0)
L15:
 171: if r9 != 0x0 goto +20 <L17>
 172: r1 = *(u64 *)(r8 + 3320) ; CO-RE field_byte_offset 1:0:6
 173: if r1 == 0x0 goto +9 <L16>
 174: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 175: *(u32 *)(r10 - 24) = r1
 176: r2 = r10
 177: r2 += -24
 178: r1 = map[video_tags_user] ll
 180: call bpf_map_lookup_elem#1
 181: if r0 == 0x0 goto +1 <L16>
 182: r9 = *(u32 *)(r0 + 0)
L16:
 183: if r9 != 0x0 goto +8 <L17>
 184: r1 = map[video_task_state] ll
 186: r2 = r8
 187: r3 = 0
 188: r4 = 0
 189: call bpf_task_storage_get#156
 190: if r0 == 0x0 goto +1 <L17>
 191: r9 = *(u32 *)(r0 + 0)
L17:
 192: if r9 != 0x1 goto +2 <L18>
; return DECODER_SLICE [46:7]
 193: r8 = 4000000
 194: goto +1 <L19>
L18:
; return OTHER_SLICE [48:5]
 195: r8 = 5000000
L19:
 196: r9 = *(u64 *)(r6 + 8)
; if p.nr_cpus_allowed == 1 { [28:3]
 197: r1 = *(u64 *)(r10 - 16)
 198: r1 = *(u32 *)(r1 + 1368) ; CO-RE field_byte_offset 1:0:2
 199: r1 = (s32)r1
 200: if r1 != 0x1 goto +17 <L20>
; insert p into local slice slice_ns flags enq_flags [29:5]
 201: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 29:0
 203: r1 = *(u64 *)(r10 - 16)
 204: r3 = r8
 205: r4 = r9
 206: call scx_bpf_dsq_insert___v2___schedc
 207: *(u32 *)(r10 - 24) = 0
 208: r2 = r10
 209: r2 += -24
 210: r1 = map[video_stats] ll
 212: call bpf_map_lookup_elem#1
 213: if r0 == 0x0 goto +53 <L23>
 214: r1 = *(u64 *)(r0 + 64)
 215: r1 += 1
 216: *(u64 *)(r0 + 64) = r1
 217: goto +49 <L23>
L20:
; } else if class == PRIO_HIGH { [30:10]
 218: if r7 != 0x0 goto +16 <L21>
; insert p into prio_high slice slice_ns flags enq_flags [31:5]
 219: r1 = *(u64 *)(r10 - 16)
 220: r3 = r8
 221: r4 = r9
 222: r2 = 0
 223: call scx_bpf_dsq_insert___v2___schedc
 224: *(u32 *)(r10 - 24) = 0
 225: r2 = r10
 226: r2 += -24
 227: r1 = map[video_stats] ll
 229: call bpf_map_lookup_elem#1
 230: if r0 == 0x0 goto +36 <L23>
 231: r1 = *(u64 *)(r0 + 16)
 232: r1 += 1
 233: *(u64 *)(r0 + 16) = r1
 234: goto +32 <L23>
L21:
; } else if class == PRIO_NORMAL { [32:10]
 235: if r7 != 0x1 goto +16 <L22>
; insert p into prio_normal slice slice_ns flags enq_flags [33:5]
 236: r1 = *(u64 *)(r10 - 16)
 237: r3 = r8
 238: r4 = r9
 239: r2 = 1
 240: call scx_bpf_dsq_insert___v2___schedc
 241: *(u32 *)(r10 - 24) = 0
 242: r2 = r10
 243: r2 += -24
 244: r1 = map[video_stats] ll
 246: call bpf_map_lookup_elem#1
 247: if r0 == 0x0 goto +19 <L23>
 248: r1 = *(u64 *)(r0 + 32)
 249: r1 += 1
 250: *(u64 *)(r0 + 32) = r1
 251: goto +15 <L23>
L22:
; if p.tag == decoder { [35:5]
 252: r1 = *(u64 *)(r10 - 16)
 253: r3 = r8
 254: r4 = r9
 255: r2 = 2
 256: call scx_bpf_dsq_insert___v2___schedc
 257: *(u32 *)(r10 - 16) = 0
 258: r2 = r10
 259: r2 += -16
 260: r1 = map[video_stats] ll
 262: call bpf_map_lookup_elem#1
 263: if r0 == 0x0 goto +3 <L23>
 264: r1 = *(u64 *)(r0 + 48)
 265: r1 += 1
 266: *(u64 *)(r0 + 48) = r1
L23:
; if p.tag == decoder { [62:5]
 267: r7 = *(u64 *)(r6 + 0)
 268: r1 = 0
 269: *(u64 *)(r10 - 8) = r1
 270: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:4
 271: *(u32 *)(r10 - 16) = r1
 272: r2 = r10
 273: r2 += -16
 274: r1 = map[video_tags_task] ll
 276: call bpf_map_lookup_elem#1
 277: if r0 == 0x0 goto +2 <L24>
 278: r1 = *(u32 *)(r0 + 0)
 279: *(u64 *)(r10 - 8) = r1
L24:
 280: r1 = *(u64 *)(r10 - 8)
 281: if r1 != 0x0 goto +53 <L28>
 282: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:5
 283: *(u32 *)(r10 - 16) = r1
 284: r2 = r10
 285: r2 += -16
 286: r1 = map[video_tags_proc] ll
 288: call bpf_map_lookup_elem#1
 289: if r0 == 0x0 goto +2 <L25>
 290: r1 = *(u32 *)(r0 + 0)
 291: *(u64 *)(r10 - 8) = r1
L25:
 292: r1 = *(u64 *)(r10 - 8)
 293: if r1 != 0x0 goto +41 <L28>
 294: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:8
 295: if r1 == 0x0 goto +14 <L26>
 296: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 297: if r1 == 0x0 goto +12 <L26>
 298: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
 299: if r1 == 0x0 goto +10 <L26>
 300: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
 301: *(u64 *)(r10 - 16) = r1
 302: r2 = r10
 303: r2 += -16
 304: r1 = map[video_tags_cgroup] ll
 306: call bpf_map_lookup_elem#1
 307: if r0 == 0x0 goto +2 <L26>
 308: r1 = *(u32 *)(r0 + 0)
 309: *(u64 *)(r10 - 8) = r1
L26:
 310: r1 = *(u64 *)(r10 - 8)
 311: if r1 != 0x0 goto +23 <L28>
 312: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:6
 313: if r1 == 0x0 goto +10 <L27>
 314: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 315: *(u32 *)(r10 - 16) = r1
 316: r2 = r10
 317: r2 += -16
 318: r1 = map[video_tags_user] ll
 320: call bpf_map_lookup_elem#1
 321: if r0 == 0x0 goto +2 <L27>
 322: r1 = *(u32 *)(r0 + 0)
 323: *(u64 *)(r10 - 8) = r1
L27:
 324: r1 = *(u64 *)(r10 - 8)
 325: if r1 != 0x0 goto +9 <L28>
 326: r1 = map[video_task_state] ll
 328: r2 = r7
 329: r3 = 0
 330: r4 = 0
 331: call bpf_task_storage_get#156
 332: if r0 == 0x0 goto +2 <L28>
 333: r1 = *(u32 *)(r0 + 0)
 334: *(u64 *)(r10 - 8) = r1
L28:
 335: r1 = *(u64 *)(r10 - 8)
 336: if r1 != 0x1 goto +39 <L32>
; if !idle_kick_any(p) { [63:7]
 337: r6 = *(u64 *)(r6 + 0)
; } else if class == PRIO_HIGH { [30:3]
 338: r1 = *(u64 *)(r6 + 1376) ; CO-RE field_byte_offset 1:0:3
 339: r2 = 0
 340: call scx_bpf_pick_idle_cpu
 341: r7 = (s32)r0
; insert p into prio_high slice slice_ns flags enq_flags [31:3]
 342: if r7 s>= 0x0 goto +30 <L31>
; let c = task_cpu(p) [64:9]
 343: r1 = r6
 344: call scx_bpf_task_cpu
 345: r6 = (s32)r0
; if !cpu_state(c).running_decoder { [65:9]
 346: r8 = 0
 347: *(u32 *)(r10 - 8) = 0
 348: r2 = r10
 349: r2 += -8
 350: r1 = map[video_cpu_state] ll
 352: r3 = r6
 353: call #195
 354: if r0 == 0x0 goto +2 <L29>
 355: r1 = *(u8 *)(r0 + 0)
 356: r8 = r1
L29:
 357: if r8 != 0x0 goto +18 <L32>
; decoder_preemptions += 1 [66:11]
 358: *(u32 *)(r10 - 8) = 0
 359: r2 = r10
 360: r2 += -8
 361: r1 = map[video_stats] ll
 363: call bpf_map_lookup_elem#1
 364: if r0 == 0x0 goto +3 <L30>
 365: r1 = *(u64 *)(r0 + 8)
 366: r1 += 1
 367: *(u64 *)(r0 + 8) = r1
L30:
; preempt_cpu(c) [67:11]
 368: r2 = 0x2 ll ; CO-RE enumval_value 30:0
 370: r1 = r6
 371: call scx_bpf_kick_cpu
 372: goto +3 <L32>
L31:
; kick_cpu(cpu) [34:3]
 373: r1 = r7
 374: r2 = 0
 375: call scx_bpf_kick_cpu
L32:
; if p.tag == decoder { [35:3]
 376: exit

struct_ops/dispatch <video_dispatch>:
; var prev_class: u32 = PRIO_NONE [75:5]
   0: r6 = 3
; if prev != null { [76:5]
   1: r7 = *(u64 *)(r1 + 8)
   2: if r7 == 0x0 goto +127 <L13>
; return prev.scx.flags & SCX_TASK_QUEUED != 0 [47:3]
   3: r1 = *(u32 *)(r7 + 872) ; CO-RE field_byte_offset 1:0:1:0
   4: r2 = 0x1 ll ; CO-RE enumval_value 31:0
   6: r1 &= r2
   7: if r1 == 0x0 goto +122 <L13>
; if p.tag == decoder { [35:5]
   8: r8 = 0
   9: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:4
  10: *(u32 *)(r10 - 8) = r1
  11: r2 = r10
  12: r2 += -8
  13: r1 = map[video_tags_task] ll
  15: call bpf_map_lookup_elem#1
  16: if r0 == 0x0 goto +1 <L0>
  17: r8 = *(u32 *)(r0 + 0)
L0:
  18: if r8 != 0x0 goto +46 <L4>
  19: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:5
  20: *(u32 *)(r10 - 8) = r1
  21: r2 = r10
  22: r2 += -8
  23: r1 = map[video_tags_proc] ll
  25: call bpf_map_lookup_elem#1
  26: if r0 == 0x0 goto +1 <L1>
  27: r8 = *(u32 *)(r0 + 0)
L1:
  28: if r8 != 0x0 goto +36 <L4>
  29: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:8
  30: if r1 == 0x0 goto +13 <L2>
  31: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  32: if r1 == 0x0 goto +11 <L2>
  33: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  34: if r1 == 0x0 goto +9 <L2>
  35: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  36: *(u64 *)(r10 - 8) = r1
  37: r2 = r10
  38: r2 += -8
  39: r1 = map[video_tags_cgroup] ll
  41: call bpf_map_lookup_elem#1
  42: if r0 == 0x0 goto +1 <L2>
  43: r8 = *(u32 *)(r0 + 0)
L2:
  44: if r8 != 0x0 goto +20 <L4>
  45: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:6
  46: if r1 == 0x0 goto +9 <L3>
  47: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  48: *(u32 *)(r10 - 8) = r1
  49: r2 = r10
  50: r2 += -8
  51: r1 = map[video_tags_user] ll
  53: call bpf_map_lookup_elem#1
  54: if r0 == 0x0 goto +1 <L3>
  55: r8 = *(u32 *)(r0 + 0)
L3:
  56: if r8 != 0x0 goto +8 <L4>
  57: r1 = map[video_task_state] ll
  59: r2 = r7
  60: r3 = 0
  61: r4 = 0
  62: call bpf_task_storage_get#156
  63: if r0 == 0x0 goto +1 <L4>
  64: r8 = *(u32 *)(r0 + 0)
L4:
  65: if r8 != 0x1 goto +2 <L5>
; return PRIO_HIGH [36:7]
  66: r8 = 0
  67: goto +61 <L12>
L5:
; if p.tag == background { [38:5]
  68: r9 = 0
  69: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:4
  70: *(u32 *)(r10 - 8) = r1
  71: r2 = r10
  72: r2 += -8
  73: r1 = map[video_tags_task] ll
  75: call bpf_map_lookup_elem#1
  76: if r0 == 0x0 goto +1 <L6>
  77: r9 = *(u32 *)(r0 + 0)
L6:
  78: if r9 != 0x0 goto +46 <L10>
  79: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:5
  80: *(u32 *)(r10 - 8) = r1
  81: r2 = r10
  82: r2 += -8
  83: r1 = map[video_tags_proc] ll
  85: call bpf_map_lookup_elem#1
  86: if r0 == 0x0 goto +1 <L7>
  87: r9 = *(u32 *)(r0 + 0)
L7:
  88: if r9 != 0x0 goto +36 <L10>
  89: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:8
  90: if r1 == 0x0 goto +13 <L8>
  91: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  92: if r1 == 0x0 goto +11 <L8>
  93: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  94: if r1 == 0x0 goto +9 <L8>
  95: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  96: *(u64 *)(r10 - 8) = r1
  97: r2 = r10
  98: r2 += -8
  99: r1 = map[video_tags_cgroup] ll
 101: call bpf_map_lookup_elem#1
 102: if r0 == 0x0 goto +1 <L8>
 103: r9 = *(u32 *)(r0 + 0)
L8:
 104: if r9 != 0x0 goto +20 <L10>
 105: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:6
 106: if r1 == 0x0 goto +9 <L9>
 107: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 108: *(u32 *)(r10 - 8) = r1
 109: r2 = r10
 110: r2 += -8
 111: r1 = map[video_tags_user] ll
 113: call bpf_map_lookup_elem#1
 114: if r0 == 0x0 goto +1 <L9>
 115: r9 = *(u32 *)(r0 + 0)
L9:
 116: if r9 != 0x0 goto +8 <L10>
 117: r1 = map[video_task_state] ll
 119: r2 = r7
 120: r3 = 0
 121: r4 = 0
 122: call bpf_task_storage_get#156
 123: if r0 == 0x0 goto +1 <L10>
 124: r9 = *(u32 *)(r0 + 0)
L10:
 125: if r9 != 0x2 goto +2 <L11>
; return PRIO_LOW [39:7]
 126: r8 = 2
 127: goto +1 <L12>
L11:
; return PRIO_NORMAL [41:5]
 128: r8 = 1
L12:
 129: r6 = r8
L13:
; let t = now() [55:3]
 130: call scx_bpf_now
 131: r7 = r0
; if queued(prio_low) == 0 { [56:3]
 132: r1 = 2
 133: call scx_bpf_dsq_nr_queued
 134: r0 = (s32)r0
 135: if r0 != 0x0 goto +4 <L14>
; prio_low_served = t [57:5]
 136: r1 = map[.bss+8] ll
 138: *(u64 *)(r1 + 0) = r7
 139: goto +37 <L16>
L14:
; } else if prio_starved(prio_low_served, t) { [58:10]
 140: r1 = map[.bss+8] ll
 142: r1 = *(u64 *)(r1 + 0)
; return PRIO_NORMAL [41:3]
 143: r2 = r7
 144: r2 -= r1
 145: if r2 s<= 0x5f5e100 goto +31 <L16>
; if move prio_low to local { [59:5]
 146: r1 = 2
 147: r2 = 0
 148: call scx_bpf_dsq_move_to_local___v2___schedc
 149: r8 = r0
 150: r8 &= 255
 151: if r8 == 0x0 goto +10 <L15>
 152: *(u32 *)(r10 - 8) = 0
 153: r2 = r10
 154: r2 += -8
 155: r1 = map[video_stats] ll
 157: call bpf_map_lookup_elem#1
 158: if r0 == 0x0 goto +3 <L15>
 159: r1 = *(u64 *)(r0 + 56)
 160: r1 += 1
 161: *(u64 *)(r0 + 56) = r1
L15:
 162: if r8 == 0x0 goto +14 <L16>
; prio_low_served = t [60:7]
 163: r1 = map[.bss+8] ll
 165: *(u64 *)(r1 + 0) = r7
; prio_guard_turns += 1 [61:7]
 166: *(u32 *)(r10 - 8) = 0
 167: r2 = r10
 168: r2 += -8
 169: r1 = map[video_stats] ll
 171: call bpf_map_lookup_elem#1
 172: if r0 == 0x0 goto +109 <L24>
 173: r1 = *(u64 *)(r0 + 0)
 174: r1 += 1
 175: *(u64 *)(r0 + 0) = r1
 176: goto +105 <L24>
L16:
; if queued(prio_normal) == 0 { [65:3]
 177: r1 = 1
 178: call scx_bpf_dsq_nr_queued
 179: r0 = (s32)r0
 180: if r0 != 0x0 goto +4 <L17>
; prio_normal_served = t [66:5]
 181: r1 = map[.bss] ll
 183: *(u64 *)(r1 + 0) = r7
 184: goto +37 <L19>
L17:
; } else if prio_starved(prio_normal_served, t) { [67:10]
 185: r1 = map[.bss] ll
 187: r1 = *(u64 *)(r1 + 0)
; return PRIO_NORMAL [41:3]
 188: r2 = r7
 189: r2 -= r1
 190: if r2 s<= 0x5f5e100 goto +31 <L19>
; if move prio_normal to local { [68:5]
 191: r1 = 1
 192: r2 = 0
 193: call scx_bpf_dsq_move_to_local___v2___schedc
 194: r8 = r0
 195: r8 &= 255
 196: if r8 == 0x0 goto +10 <L18>
 197: *(u32 *)(r10 - 8) = 0
 198: r2 = r10
 199: r2 += -8
 200: r1 = map[video_stats] ll
 202: call bpf_map_lookup_elem#1
 203: if r0 == 0x0 goto +3 <L18>
 204: r1 = *(u64 *)(r0 + 40)
 205: r1 += 1
 206: *(u64 *)(r0 + 40) = r1
L18:
 207: if r8 == 0x0 goto +14 <L19>
; prio_normal_served = t [69:7]
 208: r1 = map[.bss] ll
 210: *(u64 *)(r1 + 0) = r7
; prio_guard_turns += 1 [70:7]
 211: *(u32 *)(r10 - 8) = 0
 212: r2 = r10
 213: r2 += -8
 214: r1 = map[video_stats] ll
 216: call bpf_map_lookup_elem#1
 217: if r0 == 0x0 goto +64 <L24>
 218: r1 = *(u64 *)(r0 + 0)
 219: r1 += 1
 220: *(u64 *)(r0 + 0) = r1
 221: goto +60 <L24>
L19:
; if move prio_high to local { [74:3]
 222: r1 = 0
 223: r2 = 0
 224: call scx_bpf_dsq_move_to_local___v2___schedc
 225: r8 = r0
 226: r8 &= 255
 227: if r8 == 0x0 goto +10 <L20>
 228: *(u32 *)(r10 - 8) = 0
 229: r2 = r10
 230: r2 += -8
 231: r1 = map[video_stats] ll
 233: call bpf_map_lookup_elem#1
 234: if r0 == 0x0 goto +3 <L20>
 235: r1 = *(u64 *)(r0 + 24)
 236: r1 += 1
 237: *(u64 *)(r0 + 24) = r1
L20:
 238: if r8 != 0x0 goto +43 <L24>
; if prev_class <= PRIO_HIGH { [77:3]
 239: if r6 <= 0x0 goto +42 <L24>
; if move prio_normal to local { [80:3]
 240: r1 = 1
 241: r2 = 0
 242: call scx_bpf_dsq_move_to_local___v2___schedc
 243: r8 = r0
 244: r8 &= 255
 245: if r8 == 0x0 goto +10 <L21>
 246: *(u32 *)(r10 - 8) = 0
 247: r2 = r10
 248: r2 += -8
 249: r1 = map[video_stats] ll
 251: call bpf_map_lookup_elem#1
 252: if r0 == 0x0 goto +3 <L21>
 253: r1 = *(u64 *)(r0 + 40)
 254: r1 += 1
 255: *(u64 *)(r0 + 40) = r1
L21:
 256: if r8 == 0x0 goto +4 <L22>
; prio_normal_served = t [81:5]
 257: r1 = map[.bss] ll
 259: *(u64 *)(r1 + 0) = r7
; return true [82:5]
 260: goto +21 <L24>
L22:
; if prev_class <= PRIO_NORMAL { [84:3]
 261: if r6 <= 0x1 goto +20 <L24>
; if move prio_low to local { [87:3]
 262: r1 = 2
 263: r2 = 0
 264: call scx_bpf_dsq_move_to_local___v2___schedc
 265: r6 = r0
 266: r6 &= 255
 267: if r6 == 0x0 goto +10 <L23>
 268: *(u32 *)(r10 - 8) = 0
 269: r2 = r10
 270: r2 += -8
 271: r1 = map[video_stats] ll
 273: call bpf_map_lookup_elem#1
 274: if r0 == 0x0 goto +3 <L23>
 275: r1 = *(u64 *)(r0 + 56)
 276: r1 += 1
 277: *(u64 *)(r0 + 56) = r1
L23:
 278: if r6 == 0x0 goto +3 <L24>
; prio_low_served = t [88:5]
 279: r1 = map[.bss+8] ll
 281: *(u64 *)(r1 + 0) = r7
L24:
; return true [89:5]
 282: exit

struct_ops/running <video_running>:
; this_cpu.running_decoder = p.tag == decoder [85:5]
   0: r6 = -1
   1: r7 = *(u64 *)(r1 + 0)
   2: r6 = 0
   3: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:4
   4: *(u32 *)(r10 - 8) = r1
   5: r2 = r10
   6: r2 += -8
   7: r1 = map[video_tags_task] ll
   9: call bpf_map_lookup_elem#1
  10: if r0 == 0x0 goto +1 <L0>
  11: r6 = *(u32 *)(r0 + 0)
L0:
  12: if r6 != 0x0 goto +46 <L4>
  13: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:5
  14: *(u32 *)(r10 - 8) = r1
  15: r2 = r10
  16: r2 += -8
  17: r1 = map[video_tags_proc] ll
  19: call bpf_map_lookup_elem#1
  20: if r0 == 0x0 goto +1 <L1>
  21: r6 = *(u32 *)(r0 + 0)
L1:
  22: if r6 != 0x0 goto +36 <L4>
  23: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:8
  24: if r1 == 0x0 goto +13 <L2>
  25: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  26: if r1 == 0x0 goto +11 <L2>
  27: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  28: if r1 == 0x0 goto +9 <L2>
  29: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  30: *(u64 *)(r10 - 8) = r1
  31: r2 = r10
  32: r2 += -8
  33: r1 = map[video_tags_cgroup] ll
  35: call bpf_map_lookup_elem#1
  36: if r0 == 0x0 goto +1 <L2>
  37: r6 = *(u32 *)(r0 + 0)
L2:
  38: if r6 != 0x0 goto +20 <L4>
  39: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:6
  40: if r1 == 0x0 goto +9 <L3>
  41: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  42: *(u32 *)(r10 - 8) = r1
  43: r2 = r10
  44: r2 += -8
  45: r1 = map[video_tags_user] ll
  47: call bpf_map_lookup_elem#1
  48: if r0 == 0x0 goto +1 <L3>
  49: r6 = *(u32 *)(r0 + 0)
L3:
  50: if r6 != 0x0 goto +8 <L4>
  51: r1 = map[video_task_state] ll
  53: r2 = r7
  54: r3 = 0
  55: r4 = 0
  56: call bpf_task_storage_get#156
  57: if r0 == 0x0 goto +1 <L4>
  58: r6 = *(u32 *)(r0 + 0)
L4:
  59: if r6 != 0x1 goto +2 <L5>
  60: r6 = 1
  61: goto +1 <L6>
L5:
  62: r6 = 0
L6:
  63: *(u32 *)(r10 - 8) = 0
  64: r2 = r10
  65: r2 += -8
  66: r1 = map[video_cpu_state] ll
  68: call bpf_map_lookup_elem#1
  69: if r0 == 0x0 goto +1 <L7>
  70: *(u8 *)(r0 + 0) = r6
L7:
  71: exit

struct_ops.s/init <video_init>:
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

struct_ops/enable <video_enable>:
; comm starts "decode" => decoder [20:5]
   0: r2 = *(u64 *)(r1 + 0)
   1: r6 = 0
   2: r1 = *(u32 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:7:0
   3: if r1 != 0x6f636564 goto +2 <L0>
   4: r1 = *(u16 *)(r2 + 3348) ; CO-RE field_byte_offset 1:0:7:4
   5: if r1 == 0x6564 goto +21 <L6>
L0:
   6: r1 = *(u32 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:7:0
   7: if r1 == 0x63656476 goto +17 <L5>
   8: if r1 != 0x706d6666 goto +2 <L1>
   9: r1 = *(u16 *)(r2 + 3348) ; CO-RE field_byte_offset 1:0:7:4
  10: if r1 == 0x6765 goto +12 <L4>
L1:
  11: r1 = *(u16 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:7:0
  12: if r1 != 0x7367 goto +2 <L2>
  13: r1 = *(u8 *)(r2 + 3346) ; CO-RE field_byte_offset 1:0:7:2
  14: if r1 == 0x74 goto +6 <L3>
L2:
  15: r1 = *(u32 *)(r2 + 108) ; CO-RE field_byte_offset 1:0:0
  16: r1 = (s32)r1
  17: r1 -= 120
  18: if r1 s<= 0x0 goto +9 <L7>
  19: r6 = 2
  20: goto +7 <L7>
L3:
  21: r6 = 1
  22: goto +5 <L7>
L4:
  23: r6 = 1
  24: goto +3 <L7>
L5:
  25: r6 = 1
  26: goto +1 <L7>
L6:
  27: r6 = 1
L7:
  28: r1 = map[video_task_state] ll
  30: r3 = 0
  31: r4 = 1
  32: call bpf_task_storage_get#156
  33: if r0 == 0x0 goto +1 <L8>
  34: *(u32 *)(r0 + 0) = r6
L8:
  35: exit

struct_ops/runnable <video_runnable>:
; comm starts "decode" => decoder [20:5]
   0: r2 = *(u64 *)(r1 + 0)
   1: r6 = 0
   2: r1 = *(u32 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:7:0
   3: if r1 != 0x6f636564 goto +2 <L0>
   4: r1 = *(u16 *)(r2 + 3348) ; CO-RE field_byte_offset 1:0:7:4
   5: if r1 == 0x6564 goto +21 <L6>
L0:
   6: r1 = *(u32 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:7:0
   7: if r1 == 0x63656476 goto +17 <L5>
   8: if r1 != 0x706d6666 goto +2 <L1>
   9: r1 = *(u16 *)(r2 + 3348) ; CO-RE field_byte_offset 1:0:7:4
  10: if r1 == 0x6765 goto +12 <L4>
L1:
  11: r1 = *(u16 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:7:0
  12: if r1 != 0x7367 goto +2 <L2>
  13: r1 = *(u8 *)(r2 + 3346) ; CO-RE field_byte_offset 1:0:7:2
  14: if r1 == 0x74 goto +6 <L3>
L2:
  15: r1 = *(u32 *)(r2 + 108) ; CO-RE field_byte_offset 1:0:0
  16: r1 = (s32)r1
  17: r1 -= 120
  18: if r1 s<= 0x0 goto +9 <L7>
  19: r6 = 2
  20: goto +7 <L7>
L3:
  21: r6 = 1
  22: goto +5 <L7>
L4:
  23: r6 = 1
  24: goto +3 <L7>
L5:
  25: r6 = 1
  26: goto +1 <L7>
L6:
  27: r6 = 1
L7:
  28: r1 = map[video_task_state] ll
  30: r3 = 0
  31: r4 = 1
  32: call bpf_task_storage_get#156
  33: if r0 == 0x0 goto +1 <L8>
  34: *(u32 *)(r0 + 0) = r6
L8:
  35: exit

