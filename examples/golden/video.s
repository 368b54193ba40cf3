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
   1: r1 = *(u64 *)(r6 + 0)
   2: *(u64 *)(r10 - 8) = r1
; if p.tag == decoder { [35:5]
   3: r7 = 0
   4: r1 = *(u64 *)(r10 - 8)
   5: r1 = *(u32 *)(r1 + 2808) ; CO-RE field_byte_offset 1:0:4
   6: *(u32 *)(r10 - 16) = r1
   7: r2 = r10
   8: r2 += -16
   9: r1 = map[video_tags_task] ll
  11: call bpf_map_lookup_elem#1
  12: if r0 == 0x0 goto +1 <L0>
  13: r7 = *(u32 *)(r0 + 0)
L0:
  14: if r7 != 0x0 goto +49 <L4>
  15: r1 = *(u64 *)(r10 - 8)
  16: r1 = *(u32 *)(r1 + 2812) ; CO-RE field_byte_offset 1:0:5
  17: *(u32 *)(r10 - 16) = r1
  18: r2 = r10
  19: r2 += -16
  20: r1 = map[video_tags_proc] ll
  22: call bpf_map_lookup_elem#1
  23: if r0 == 0x0 goto +1 <L1>
  24: r7 = *(u32 *)(r0 + 0)
L1:
  25: if r7 != 0x0 goto +38 <L4>
  26: r1 = *(u64 *)(r10 - 8)
  27: r1 = *(u64 *)(r1 + 4000) ; CO-RE field_byte_offset 1:0:8
  28: if r1 == 0x0 goto +13 <L2>
  29: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  30: if r1 == 0x0 goto +11 <L2>
  31: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  32: if r1 == 0x0 goto +9 <L2>
  33: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  34: *(u64 *)(r10 - 16) = r1
  35: r2 = r10
  36: r2 += -16
  37: r1 = map[video_tags_cgroup] ll
  39: call bpf_map_lookup_elem#1
  40: if r0 == 0x0 goto +1 <L2>
  41: r7 = *(u32 *)(r0 + 0)
L2:
  42: if r7 != 0x0 goto +21 <L4>
  43: r1 = *(u64 *)(r10 - 8)
  44: r1 = *(u64 *)(r1 + 3320) ; CO-RE field_byte_offset 1:0:6
  45: if r1 == 0x0 goto +9 <L3>
  46: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  47: *(u32 *)(r10 - 16) = r1
  48: r2 = r10
  49: r2 += -16
  50: r1 = map[video_tags_user] ll
  52: call bpf_map_lookup_elem#1
  53: if r0 == 0x0 goto +1 <L3>
  54: r7 = *(u32 *)(r0 + 0)
L3:
  55: if r7 != 0x0 goto +8 <L4>
  56: r1 = map[video_task_state] ll
  58: r2 = *(u64 *)(r10 - 8)
  59: r3 = 0
  60: r4 = 0
  61: call bpf_task_storage_get#156
  62: if r0 == 0x0 goto +1 <L4>
  63: r7 = *(u32 *)(r0 + 0)
L4:
  64: if r7 != 0x1 goto +2 <L5>
; return PRIO_HIGH [36:7]
  65: r7 = 0
  66: goto +65 <L12>
L5:
; if p.tag == background { [38:5]
  67: r8 = 0
  68: r1 = *(u64 *)(r10 - 8)
  69: r1 = *(u32 *)(r1 + 2808) ; CO-RE field_byte_offset 1:0:4
  70: *(u32 *)(r10 - 16) = r1
  71: r2 = r10
  72: r2 += -16
  73: r1 = map[video_tags_task] ll
  75: call bpf_map_lookup_elem#1
  76: if r0 == 0x0 goto +1 <L6>
  77: r8 = *(u32 *)(r0 + 0)
L6:
  78: if r8 != 0x0 goto +49 <L10>
  79: r1 = *(u64 *)(r10 - 8)
  80: r1 = *(u32 *)(r1 + 2812) ; CO-RE field_byte_offset 1:0:5
  81: *(u32 *)(r10 - 16) = r1
  82: r2 = r10
  83: r2 += -16
  84: r1 = map[video_tags_proc] ll
  86: call bpf_map_lookup_elem#1
  87: if r0 == 0x0 goto +1 <L7>
  88: r8 = *(u32 *)(r0 + 0)
L7:
  89: if r8 != 0x0 goto +38 <L10>
  90: r1 = *(u64 *)(r10 - 8)
  91: r1 = *(u64 *)(r1 + 4000) ; CO-RE field_byte_offset 1:0:8
  92: if r1 == 0x0 goto +13 <L8>
  93: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  94: if r1 == 0x0 goto +11 <L8>
  95: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  96: if r1 == 0x0 goto +9 <L8>
  97: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  98: *(u64 *)(r10 - 16) = r1
  99: r2 = r10
 100: r2 += -16
 101: r1 = map[video_tags_cgroup] ll
 103: call bpf_map_lookup_elem#1
 104: if r0 == 0x0 goto +1 <L8>
 105: r8 = *(u32 *)(r0 + 0)
L8:
 106: if r8 != 0x0 goto +21 <L10>
 107: r1 = *(u64 *)(r10 - 8)
 108: r1 = *(u64 *)(r1 + 3320) ; CO-RE field_byte_offset 1:0:6
 109: if r1 == 0x0 goto +9 <L9>
 110: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 111: *(u32 *)(r10 - 16) = r1
 112: r2 = r10
 113: r2 += -16
 114: r1 = map[video_tags_user] ll
 116: call bpf_map_lookup_elem#1
 117: if r0 == 0x0 goto +1 <L9>
 118: r8 = *(u32 *)(r0 + 0)
L9:
 119: if r8 != 0x0 goto +8 <L10>
 120: r1 = map[video_task_state] ll
 122: r2 = *(u64 *)(r10 - 8)
 123: r3 = 0
 124: r4 = 0
 125: call bpf_task_storage_get#156
 126: if r0 == 0x0 goto +1 <L10>
 127: r8 = *(u32 *)(r0 + 0)
L10:
 128: if r8 != 0x2 goto +2 <L11>
; return PRIO_LOW [39:7]
 129: r7 = 2
 130: goto +1 <L12>
L11:
; return PRIO_NORMAL [41:5]
 131: r7 = 1
L12:
 132: r8 = *(u64 *)(r6 + 0)
; if p.tag == decoder { [45:5]
 133: r9 = 0
 134: r1 = *(u32 *)(r8 + 2808) ; CO-RE field_byte_offset 1:0:4
 135: *(u32 *)(r10 - 16) = r1
 136: r2 = r10
 137: r2 += -16
 138: r1 = map[video_tags_task] ll
 140: call bpf_map_lookup_elem#1
 141: if r0 == 0x0 goto +1 <L13>
 142: r9 = *(u32 *)(r0 + 0)
L13:
 143: if r9 != 0x0 goto +46 <L17>
 144: r1 = *(u32 *)(r8 + 2812) ; CO-RE field_byte_offset 1:0:5
 145: *(u32 *)(r10 - 16) = r1
 146: r2 = r10
 147: r2 += -16
 148: r1 = map[video_tags_proc] ll
 150: call bpf_map_lookup_elem#1
 151: if r0 == 0x0 goto +1 <L14>
 152: r9 = *(u32 *)(r0 + 0)
L14:
 153: if r9 != 0x0 goto +36 <L17>
 154: r1 = *(u64 *)(r8 + 4000) ; CO-RE field_byte_offset 1:0:8
 155: if r1 == 0x0 goto +13 <L15>
 156: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 157: if r1 == 0x0 goto +11 <L15>
 158: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
 159: if r1 == 0x0 goto +9 <L15>
 160: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
 161: *(u64 *)(r10 - 16) = r1
 162: r2 = r10
 163: r2 += -16
 164: r1 = map[video_tags_cgroup] ll
 166: call bpf_map_lookup_elem#1
 167: if r0 == 0x0 goto +1 <L15>
 168: r9 = *(u32 *)(r0 + 0)
L15:
 169: if r9 != 0x0 goto +20 <L17>
 170: r1 = *(u64 *)(r8 + 3320) ; CO-RE field_byte_offset 1:0:6
 171: if r1 == 0x0 goto +9 <L16>
 172: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 173: *(u32 *)(r10 - 16) = r1
 174: r2 = r10
 175: r2 += -16
 176: r1 = map[video_tags_user] ll
 178: call bpf_map_lookup_elem#1
 179: if r0 == 0x0 goto +1 <L16>
 180: r9 = *(u32 *)(r0 + 0)
L16:
 181: if r9 != 0x0 goto +8 <L17>
 182: r1 = map[video_task_state] ll
 184: r2 = r8
 185: r3 = 0
 186: r4 = 0
 187: call bpf_task_storage_get#156
 188: if r0 == 0x0 goto +1 <L17>
 189: r9 = *(u32 *)(r0 + 0)
L17:
 190: if r9 != 0x1 goto +2 <L18>
; return DECODER_SLICE [46:7]
 191: r8 = 4000000
 192: goto +1 <L19>
L18:
; return OTHER_SLICE [48:5]
 193: r8 = 5000000
L19:
 194: r9 = *(u64 *)(r6 + 8)
; if p.nr_cpus_allowed == 1 { [30:3]
 195: r1 = *(u64 *)(r10 - 8)
 196: r1 = *(u32 *)(r1 + 1368) ; CO-RE field_byte_offset 1:0:2
 197: r1 = (s32)r1
 198: if r1 != 0x1 goto +17 <L20>
; insert p into local slice slice_ns flags enq_flags [31:5]
 199: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 29:0
 201: r1 = *(u64 *)(r10 - 8)
 202: r3 = r8
 203: r4 = r9
 204: call scx_bpf_dsq_insert___v2___schedc
 205: *(u32 *)(r10 - 16) = 0
 206: r2 = r10
 207: r2 += -16
 208: r1 = map[video_stats] ll
 210: call bpf_map_lookup_elem#1
 211: if r0 == 0x0 goto +53 <L23>
 212: r1 = *(u64 *)(r0 + 64)
 213: r1 += 1
 214: *(u64 *)(r0 + 64) = r1
 215: goto +49 <L23>
L20:
; } else if class == PRIO_HIGH { [32:10]
 216: if r7 != 0x0 goto +16 <L21>
; insert p into prio_high slice slice_ns flags enq_flags [33:5]
 217: r1 = *(u64 *)(r10 - 8)
 218: r3 = r8
 219: r4 = r9
 220: r2 = 0
 221: call scx_bpf_dsq_insert___v2___schedc
 222: *(u32 *)(r10 - 16) = 0
 223: r2 = r10
 224: r2 += -16
 225: r1 = map[video_stats] ll
 227: call bpf_map_lookup_elem#1
 228: if r0 == 0x0 goto +36 <L23>
 229: r1 = *(u64 *)(r0 + 16)
 230: r1 += 1
 231: *(u64 *)(r0 + 16) = r1
 232: goto +32 <L23>
L21:
; } else if class == PRIO_NORMAL { [34:10]
 233: if r7 != 0x1 goto +16 <L22>
; if p.tag == decoder { [35:5]
 234: r1 = *(u64 *)(r10 - 8)
 235: r3 = r8
 236: r4 = r9
 237: r2 = 1
 238: call scx_bpf_dsq_insert___v2___schedc
 239: *(u32 *)(r10 - 16) = 0
 240: r2 = r10
 241: r2 += -16
 242: r1 = map[video_stats] ll
 244: call bpf_map_lookup_elem#1
 245: if r0 == 0x0 goto +19 <L23>
 246: r1 = *(u64 *)(r0 + 32)
 247: r1 += 1
 248: *(u64 *)(r0 + 32) = r1
 249: goto +15 <L23>
L22:
; insert p into prio_low slice slice_ns flags enq_flags [37:5]
 250: r1 = *(u64 *)(r10 - 8)
 251: r3 = r8
 252: r4 = r9
 253: r2 = 2
 254: call scx_bpf_dsq_insert___v2___schedc
 255: *(u32 *)(r10 - 8) = 0
 256: r2 = r10
 257: r2 += -8
 258: r1 = map[video_stats] ll
 260: call bpf_map_lookup_elem#1
 261: if r0 == 0x0 goto +3 <L23>
 262: r1 = *(u64 *)(r0 + 48)
 263: r1 += 1
 264: *(u64 *)(r0 + 48) = r1
L23:
; if p.tag == decoder { [62:5]
 265: r7 = *(u64 *)(r6 + 0)
 266: r8 = 0
 267: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:4
 268: *(u32 *)(r10 - 8) = r1
 269: r2 = r10
 270: r2 += -8
 271: r1 = map[video_tags_task] ll
 273: call bpf_map_lookup_elem#1
 274: if r0 == 0x0 goto +1 <L24>
 275: r8 = *(u32 *)(r0 + 0)
L24:
 276: if r8 != 0x0 goto +46 <L28>
 277: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:5
 278: *(u32 *)(r10 - 8) = r1
 279: r2 = r10
 280: r2 += -8
 281: r1 = map[video_tags_proc] ll
 283: call bpf_map_lookup_elem#1
 284: if r0 == 0x0 goto +1 <L25>
 285: r8 = *(u32 *)(r0 + 0)
L25:
 286: if r8 != 0x0 goto +36 <L28>
 287: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:8
 288: if r1 == 0x0 goto +13 <L26>
 289: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 290: if r1 == 0x0 goto +11 <L26>
 291: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
 292: if r1 == 0x0 goto +9 <L26>
 293: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
 294: *(u64 *)(r10 - 8) = r1
 295: r2 = r10
 296: r2 += -8
 297: r1 = map[video_tags_cgroup] ll
 299: call bpf_map_lookup_elem#1
 300: if r0 == 0x0 goto +1 <L26>
 301: r8 = *(u32 *)(r0 + 0)
L26:
 302: if r8 != 0x0 goto +20 <L28>
 303: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:6
 304: if r1 == 0x0 goto +9 <L27>
 305: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 306: *(u32 *)(r10 - 8) = r1
 307: r2 = r10
 308: r2 += -8
 309: r1 = map[video_tags_user] ll
 311: call bpf_map_lookup_elem#1
 312: if r0 == 0x0 goto +1 <L27>
 313: r8 = *(u32 *)(r0 + 0)
L27:
 314: if r8 != 0x0 goto +8 <L28>
 315: r1 = map[video_task_state] ll
 317: r2 = r7
 318: r3 = 0
 319: r4 = 0
 320: call bpf_task_storage_get#156
 321: if r0 == 0x0 goto +1 <L28>
 322: r8 = *(u32 *)(r0 + 0)
L28:
 323: if r8 != 0x1 goto +39 <L32>
; if !idle_kick_any(p) { [63:7]
 324: r6 = *(u64 *)(r6 + 0)
; if p.nr_cpus_allowed == 1 { [30:3]
 325: r1 = *(u64 *)(r6 + 1376) ; CO-RE field_byte_offset 1:0:3
 326: r2 = 0
 327: call scx_bpf_pick_idle_cpu
 328: r7 = (s32)r0
; insert p into local slice slice_ns flags enq_flags [31:3]
 329: if r7 s>= 0x0 goto +30 <L31>
; let c = task_cpu(p) [64:9]
 330: r1 = r6
 331: call scx_bpf_task_cpu
 332: r6 = (s32)r0
; if !cpu_state(c).running_decoder { [65:9]
 333: r8 = 0
 334: *(u32 *)(r10 - 8) = 0
 335: r2 = r10
 336: r2 += -8
 337: r1 = map[video_cpu_state] ll
 339: r3 = r6
 340: call #195
 341: if r0 == 0x0 goto +2 <L29>
 342: r1 = *(u8 *)(r0 + 0)
 343: r8 = r1
L29:
 344: if r8 != 0x0 goto +18 <L32>
; decoder_preemptions += 1 [66:11]
 345: *(u32 *)(r10 - 8) = 0
 346: r2 = r10
 347: r2 += -8
 348: r1 = map[video_stats] ll
 350: call bpf_map_lookup_elem#1
 351: if r0 == 0x0 goto +3 <L30>
 352: r1 = *(u64 *)(r0 + 8)
 353: r1 += 1
 354: *(u64 *)(r0 + 8) = r1
L30:
; preempt_cpu(c) [67:11]
 355: r2 = 0x2 ll ; CO-RE enumval_value 30:0
 357: r1 = r6
 358: call scx_bpf_kick_cpu
 359: goto +3 <L32>
L31:
; } else if class == PRIO_NORMAL { [34:3]
 360: r1 = r7
 361: r2 = 0
 362: call scx_bpf_kick_cpu
L32:
; if p.tag == decoder { [35:3]
 363: exit

struct_ops/dispatch <video_dispatch>:
; var prev_class: u32 = PRIO_NONE [75:5]
   0: r6 = 3
; if prev != null { [76:5]
   1: r7 = *(u64 *)(r1 + 8)
   2: if r7 == 0x0 goto +125 <L13>
; return prev.scx.flags & PRIO_TASK_QUEUED != 0 [49:3]
   3: r1 = *(u32 *)(r7 + 872) ; CO-RE field_byte_offset 1:0:1:0
   4: r1 &= 1
   5: if r1 == 0x0 goto +122 <L13>
; if p.tag == decoder { [35:5]
   6: r8 = 0
   7: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:4
   8: *(u32 *)(r10 - 8) = r1
   9: r2 = r10
  10: r2 += -8
  11: r1 = map[video_tags_task] ll
  13: call bpf_map_lookup_elem#1
  14: if r0 == 0x0 goto +1 <L0>
  15: r8 = *(u32 *)(r0 + 0)
L0:
  16: if r8 != 0x0 goto +46 <L4>
  17: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:5
  18: *(u32 *)(r10 - 8) = r1
  19: r2 = r10
  20: r2 += -8
  21: r1 = map[video_tags_proc] ll
  23: call bpf_map_lookup_elem#1
  24: if r0 == 0x0 goto +1 <L1>
  25: r8 = *(u32 *)(r0 + 0)
L1:
  26: if r8 != 0x0 goto +36 <L4>
  27: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:8
  28: if r1 == 0x0 goto +13 <L2>
  29: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  30: if r1 == 0x0 goto +11 <L2>
  31: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  32: if r1 == 0x0 goto +9 <L2>
  33: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  34: *(u64 *)(r10 - 8) = r1
  35: r2 = r10
  36: r2 += -8
  37: r1 = map[video_tags_cgroup] ll
  39: call bpf_map_lookup_elem#1
  40: if r0 == 0x0 goto +1 <L2>
  41: r8 = *(u32 *)(r0 + 0)
L2:
  42: if r8 != 0x0 goto +20 <L4>
  43: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:6
  44: if r1 == 0x0 goto +9 <L3>
  45: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  46: *(u32 *)(r10 - 8) = r1
  47: r2 = r10
  48: r2 += -8
  49: r1 = map[video_tags_user] ll
  51: call bpf_map_lookup_elem#1
  52: if r0 == 0x0 goto +1 <L3>
  53: r8 = *(u32 *)(r0 + 0)
L3:
  54: if r8 != 0x0 goto +8 <L4>
  55: r1 = map[video_task_state] ll
  57: r2 = r7
  58: r3 = 0
  59: r4 = 0
  60: call bpf_task_storage_get#156
  61: if r0 == 0x0 goto +1 <L4>
  62: r8 = *(u32 *)(r0 + 0)
L4:
  63: if r8 != 0x1 goto +2 <L5>
; return PRIO_HIGH [36:7]
  64: r8 = 0
  65: goto +61 <L12>
L5:
; if p.tag == background { [38:5]
  66: r9 = 0
  67: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:4
  68: *(u32 *)(r10 - 8) = r1
  69: r2 = r10
  70: r2 += -8
  71: r1 = map[video_tags_task] ll
  73: call bpf_map_lookup_elem#1
  74: if r0 == 0x0 goto +1 <L6>
  75: r9 = *(u32 *)(r0 + 0)
L6:
  76: if r9 != 0x0 goto +46 <L10>
  77: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:5
  78: *(u32 *)(r10 - 8) = r1
  79: r2 = r10
  80: r2 += -8
  81: r1 = map[video_tags_proc] ll
  83: call bpf_map_lookup_elem#1
  84: if r0 == 0x0 goto +1 <L7>
  85: r9 = *(u32 *)(r0 + 0)
L7:
  86: if r9 != 0x0 goto +36 <L10>
  87: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:8
  88: if r1 == 0x0 goto +13 <L8>
  89: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  90: if r1 == 0x0 goto +11 <L8>
  91: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  92: if r1 == 0x0 goto +9 <L8>
  93: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  94: *(u64 *)(r10 - 8) = r1
  95: r2 = r10
  96: r2 += -8
  97: r1 = map[video_tags_cgroup] ll
  99: call bpf_map_lookup_elem#1
 100: if r0 == 0x0 goto +1 <L8>
 101: r9 = *(u32 *)(r0 + 0)
L8:
 102: if r9 != 0x0 goto +20 <L10>
 103: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:6
 104: if r1 == 0x0 goto +9 <L9>
 105: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 106: *(u32 *)(r10 - 8) = r1
 107: r2 = r10
 108: r2 += -8
 109: r1 = map[video_tags_user] ll
 111: call bpf_map_lookup_elem#1
 112: if r0 == 0x0 goto +1 <L9>
 113: r9 = *(u32 *)(r0 + 0)
L9:
 114: if r9 != 0x0 goto +8 <L10>
 115: r1 = map[video_task_state] ll
 117: r2 = r7
 118: r3 = 0
 119: r4 = 0
 120: call bpf_task_storage_get#156
 121: if r0 == 0x0 goto +1 <L10>
 122: r9 = *(u32 *)(r0 + 0)
L10:
 123: if r9 != 0x2 goto +2 <L11>
; return PRIO_LOW [39:7]
 124: r8 = 2
 125: goto +1 <L12>
L11:
; return PRIO_NORMAL [41:5]
 126: r8 = 1
L12:
 127: r6 = r8
L13:
; let t = now() [57:3]
 128: call scx_bpf_now
 129: r7 = r0
; if queued(prio_low) == 0 { [58:3]
 130: r1 = 2
 131: call scx_bpf_dsq_nr_queued
 132: r0 = (s32)r0
 133: if r0 != 0x0 goto +4 <L14>
; prio_low_served = t [59:5]
 134: r1 = map[.bss+8] ll
 136: *(u64 *)(r1 + 0) = r7
 137: goto +37 <L16>
L14:
; } else if prio_starved(prio_low_served, t) { [60:10]
 138: r1 = map[.bss+8] ll
 140: r1 = *(u64 *)(r1 + 0)
; return (t - served) as s64 > PRIO_GUARD as s64 [43:3]
 141: r2 = r7
 142: r2 -= r1
 143: if r2 s<= 0x5f5e100 goto +31 <L16>
; if move prio_low to local { [61:5]
 144: r1 = 2
 145: r2 = 0
 146: call scx_bpf_dsq_move_to_local___v2___schedc
 147: r8 = r0
 148: r8 &= 255
 149: if r8 == 0x0 goto +10 <L15>
 150: *(u32 *)(r10 - 8) = 0
 151: r2 = r10
 152: r2 += -8
 153: r1 = map[video_stats] ll
 155: call bpf_map_lookup_elem#1
 156: if r0 == 0x0 goto +3 <L15>
 157: r1 = *(u64 *)(r0 + 56)
 158: r1 += 1
 159: *(u64 *)(r0 + 56) = r1
L15:
 160: if r8 == 0x0 goto +14 <L16>
; prio_low_served = t [62:7]
 161: r1 = map[.bss+8] ll
 163: *(u64 *)(r1 + 0) = r7
; prio_guard_turns += 1 [63:7]
 164: *(u32 *)(r10 - 8) = 0
 165: r2 = r10
 166: r2 += -8
 167: r1 = map[video_stats] ll
 169: call bpf_map_lookup_elem#1
 170: if r0 == 0x0 goto +109 <L24>
 171: r1 = *(u64 *)(r0 + 0)
 172: r1 += 1
 173: *(u64 *)(r0 + 0) = r1
 174: goto +105 <L24>
L16:
; if queued(prio_normal) == 0 { [67:3]
 175: r1 = 1
 176: call scx_bpf_dsq_nr_queued
 177: r0 = (s32)r0
 178: if r0 != 0x0 goto +4 <L17>
; prio_normal_served = t [68:5]
 179: r1 = map[.bss] ll
 181: *(u64 *)(r1 + 0) = r7
 182: goto +37 <L19>
L17:
; } else if prio_starved(prio_normal_served, t) { [69:10]
 183: r1 = map[.bss] ll
 185: r1 = *(u64 *)(r1 + 0)
; return (t - served) as s64 > PRIO_GUARD as s64 [43:3]
 186: r2 = r7
 187: r2 -= r1
 188: if r2 s<= 0x5f5e100 goto +31 <L19>
; if move prio_normal to local { [70:5]
 189: r1 = 1
 190: r2 = 0
 191: call scx_bpf_dsq_move_to_local___v2___schedc
 192: r8 = r0
 193: r8 &= 255
 194: if r8 == 0x0 goto +10 <L18>
 195: *(u32 *)(r10 - 8) = 0
 196: r2 = r10
 197: r2 += -8
 198: r1 = map[video_stats] ll
 200: call bpf_map_lookup_elem#1
 201: if r0 == 0x0 goto +3 <L18>
 202: r1 = *(u64 *)(r0 + 40)
 203: r1 += 1
 204: *(u64 *)(r0 + 40) = r1
L18:
 205: if r8 == 0x0 goto +14 <L19>
; prio_normal_served = t [71:7]
 206: r1 = map[.bss] ll
 208: *(u64 *)(r1 + 0) = r7
; prio_guard_turns += 1 [72:7]
 209: *(u32 *)(r10 - 8) = 0
 210: r2 = r10
 211: r2 += -8
 212: r1 = map[video_stats] ll
 214: call bpf_map_lookup_elem#1
 215: if r0 == 0x0 goto +64 <L24>
 216: r1 = *(u64 *)(r0 + 0)
 217: r1 += 1
 218: *(u64 *)(r0 + 0) = r1
 219: goto +60 <L24>
L19:
; if prev != null { [76:3]
 220: r1 = 0
 221: r2 = 0
 222: call scx_bpf_dsq_move_to_local___v2___schedc
 223: r8 = r0
 224: r8 &= 255
 225: if r8 == 0x0 goto +10 <L20>
 226: *(u32 *)(r10 - 8) = 0
 227: r2 = r10
 228: r2 += -8
 229: r1 = map[video_stats] ll
 231: call bpf_map_lookup_elem#1
 232: if r0 == 0x0 goto +3 <L20>
 233: r1 = *(u64 *)(r0 + 24)
 234: r1 += 1
 235: *(u64 *)(r0 + 24) = r1
L20:
 236: if r8 != 0x0 goto +43 <L24>
; if prev_class <= PRIO_HIGH { [79:3]
 237: if r6 <= 0x0 goto +42 <L24>
; if move prio_normal to local { [82:3]
 238: r1 = 1
 239: r2 = 0
 240: call scx_bpf_dsq_move_to_local___v2___schedc
 241: r8 = r0
 242: r8 &= 255
 243: if r8 == 0x0 goto +10 <L21>
 244: *(u32 *)(r10 - 8) = 0
 245: r2 = r10
 246: r2 += -8
 247: r1 = map[video_stats] ll
 249: call bpf_map_lookup_elem#1
 250: if r0 == 0x0 goto +3 <L21>
 251: r1 = *(u64 *)(r0 + 40)
 252: r1 += 1
 253: *(u64 *)(r0 + 40) = r1
L21:
 254: if r8 == 0x0 goto +4 <L22>
; prio_normal_served = t [83:5]
 255: r1 = map[.bss] ll
 257: *(u64 *)(r1 + 0) = r7
; return true [84:5]
 258: goto +21 <L24>
L22:
; if prev_class <= PRIO_NORMAL { [86:3]
 259: if r6 <= 0x1 goto +20 <L24>
; if move prio_low to local { [89:3]
 260: r1 = 2
 261: r2 = 0
 262: call scx_bpf_dsq_move_to_local___v2___schedc
 263: r6 = r0
 264: r6 &= 255
 265: if r6 == 0x0 goto +10 <L23>
 266: *(u32 *)(r10 - 8) = 0
 267: r2 = r10
 268: r2 += -8
 269: r1 = map[video_stats] ll
 271: call bpf_map_lookup_elem#1
 272: if r0 == 0x0 goto +3 <L23>
 273: r1 = *(u64 *)(r0 + 56)
 274: r1 += 1
 275: *(u64 *)(r0 + 56) = r1
L23:
 276: if r6 == 0x0 goto +3 <L24>
; prio_low_served = t [90:5]
 277: r1 = map[.bss+8] ll
 279: *(u64 *)(r1 + 0) = r7
L24:
; return true [91:5]
 280: exit

struct_ops/running <video_running>:
; this_cpu.running_decoder = p.tag == decoder [85:5]
   0: r6 = *(u64 *)(r1 + 0)
   1: r7 = 0
   2: r1 = *(u32 *)(r6 + 2808) ; CO-RE field_byte_offset 1:0:4
   3: *(u32 *)(r10 - 8) = r1
   4: r2 = r10
   5: r2 += -8
   6: r1 = map[video_tags_task] ll
   8: call bpf_map_lookup_elem#1
   9: if r0 == 0x0 goto +1 <L0>
  10: r7 = *(u32 *)(r0 + 0)
L0:
  11: if r7 != 0x0 goto +46 <L4>
  12: r1 = *(u32 *)(r6 + 2812) ; CO-RE field_byte_offset 1:0:5
  13: *(u32 *)(r10 - 8) = r1
  14: r2 = r10
  15: r2 += -8
  16: r1 = map[video_tags_proc] ll
  18: call bpf_map_lookup_elem#1
  19: if r0 == 0x0 goto +1 <L1>
  20: r7 = *(u32 *)(r0 + 0)
L1:
  21: if r7 != 0x0 goto +36 <L4>
  22: r1 = *(u64 *)(r6 + 4000) ; CO-RE field_byte_offset 1:0:8
  23: if r1 == 0x0 goto +13 <L2>
  24: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  25: if r1 == 0x0 goto +11 <L2>
  26: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  27: if r1 == 0x0 goto +9 <L2>
  28: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  29: *(u64 *)(r10 - 8) = r1
  30: r2 = r10
  31: r2 += -8
  32: r1 = map[video_tags_cgroup] ll
  34: call bpf_map_lookup_elem#1
  35: if r0 == 0x0 goto +1 <L2>
  36: r7 = *(u32 *)(r0 + 0)
L2:
  37: if r7 != 0x0 goto +20 <L4>
  38: r1 = *(u64 *)(r6 + 3320) ; CO-RE field_byte_offset 1:0:6
  39: if r1 == 0x0 goto +9 <L3>
  40: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  41: *(u32 *)(r10 - 8) = r1
  42: r2 = r10
  43: r2 += -8
  44: r1 = map[video_tags_user] ll
  46: call bpf_map_lookup_elem#1
  47: if r0 == 0x0 goto +1 <L3>
  48: r7 = *(u32 *)(r0 + 0)
L3:
  49: if r7 != 0x0 goto +8 <L4>
  50: r1 = map[video_task_state] ll
  52: r2 = r6
  53: r3 = 0
  54: r4 = 0
  55: call bpf_task_storage_get#156
  56: if r0 == 0x0 goto +1 <L4>
  57: r7 = *(u32 *)(r0 + 0)
L4:
  58: if r7 != 0x1 goto +2 <L5>
  59: r6 = 1
  60: goto +1 <L6>
L5:
  61: r6 = 0
L6:
  62: *(u32 *)(r10 - 8) = 0
  63: r2 = r10
  64: r2 += -8
  65: r1 = map[video_cpu_state] ll
  67: call bpf_map_lookup_elem#1
  68: if r0 == 0x0 goto +1 <L7>
  69: *(u8 *)(r0 + 0) = r6
L7:
  70: exit

struct_ops.s/init <video_init>:
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

