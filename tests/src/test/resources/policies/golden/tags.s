struct_ops/enqueue <tags_enqueue>:
; on enqueue(p, enq_flags) { [17:1]
   0: r6 = r1
; let t = p.tag [18:5]
   1: r1 = -1
   2: *(u64 *)(r10 - 8) = r1
   3: r1 = -1
   4: *(u64 *)(r10 - 16) = r1
   5: r1 = -1
   6: *(u64 *)(r10 - 24) = r1
   7: r7 = -1
   8: r8 = -1
   9: r9 = *(u64 *)(r6 + 0)
  10: r8 = 0
  11: r1 = *(u32 *)(r9 + 2808) ; CO-RE field_byte_offset 1:0:1
  12: *(u32 *)(r10 - 32) = r1
  13: r2 = r10
  14: r2 += -32
  15: r1 = map[tags_tags_task] ll
  17: call bpf_map_lookup_elem#1
  18: if r0 == 0x0 goto +1 <L0>
  19: r8 = *(u32 *)(r0 + 0)
L0:
  20: if r8 != 0x0 goto +46 <L4>
  21: r1 = *(u32 *)(r9 + 2812) ; CO-RE field_byte_offset 1:0:2
  22: *(u32 *)(r10 - 32) = r1
  23: r2 = r10
  24: r2 += -32
  25: r1 = map[tags_tags_proc] ll
  27: call bpf_map_lookup_elem#1
  28: if r0 == 0x0 goto +1 <L1>
  29: r8 = *(u32 *)(r0 + 0)
L1:
  30: if r8 != 0x0 goto +36 <L4>
  31: r1 = *(u64 *)(r9 + 4000) ; CO-RE field_byte_offset 1:0:6
  32: if r1 == 0x0 goto +13 <L2>
  33: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  34: if r1 == 0x0 goto +11 <L2>
  35: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
  36: if r1 == 0x0 goto +9 <L2>
  37: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
  38: *(u64 *)(r10 - 32) = r1
  39: r2 = r10
  40: r2 += -32
  41: r1 = map[tags_tags_cgroup] ll
  43: call bpf_map_lookup_elem#1
  44: if r0 == 0x0 goto +1 <L2>
  45: r8 = *(u32 *)(r0 + 0)
L2:
  46: if r8 != 0x0 goto +20 <L4>
  47: r1 = *(u64 *)(r9 + 3320) ; CO-RE field_byte_offset 1:0:4
  48: if r1 == 0x0 goto +9 <L3>
  49: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  50: *(u32 *)(r10 - 32) = r1
  51: r2 = r10
  52: r2 += -32
  53: r1 = map[tags_tags_user] ll
  55: call bpf_map_lookup_elem#1
  56: if r0 == 0x0 goto +1 <L3>
  57: r8 = *(u32 *)(r0 + 0)
L3:
  58: if r8 != 0x0 goto +8 <L4>
  59: r1 = map[tags_task_state] ll
  61: r2 = r9
  62: r3 = 0
  63: r4 = 0
  64: call bpf_task_storage_get#156
  65: if r0 == 0x0 goto +1 <L4>
  66: r8 = *(u32 *)(r0 + 0)
L4:
  67: r9 = r8
; if t == render { [19:5]
  68: if r9 != 0x1 goto +11 <L5>
; render_runs += 1 [20:7]
  69: *(u32 *)(r10 - 32) = 0
  70: r2 = r10
  71: r2 += -32
  72: r1 = map[tags_stats] ll
  74: call bpf_map_lookup_elem#1
  75: if r0 == 0x0 goto +38 <L8>
  76: r1 = *(u64 *)(r0 + 0)
  77: r1 += 1
  78: *(u64 *)(r0 + 0) = r1
  79: goto +34 <L8>
L5:
; } else if t == foreground { [21:12]
  80: if r9 != 0x2 goto +11 <L6>
; fg_runs += 1 [22:7]
  81: *(u32 *)(r10 - 32) = 0
  82: r2 = r10
  83: r2 += -32
  84: r1 = map[tags_stats] ll
  86: call bpf_map_lookup_elem#1
  87: if r0 == 0x0 goto +26 <L8>
  88: r1 = *(u64 *)(r0 + 8)
  89: r1 += 1
  90: *(u64 *)(r0 + 8) = r1
  91: goto +22 <L8>
L6:
; } else if t == background { [23:12]
  92: if r9 != 0x3 goto +11 <L7>
; bg_runs += 1 [24:7]
  93: *(u32 *)(r10 - 32) = 0
  94: r2 = r10
  95: r2 += -32
  96: r1 = map[tags_stats] ll
  98: call bpf_map_lookup_elem#1
  99: if r0 == 0x0 goto +14 <L8>
 100: r1 = *(u64 *)(r0 + 16)
 101: r1 += 1
 102: *(u64 *)(r0 + 16) = r1
 103: goto +10 <L8>
L7:
; other_runs += 1 [26:7]
 104: *(u32 *)(r10 - 32) = 0
 105: r2 = r10
 106: r2 += -32
 107: r1 = map[tags_stats] ll
 109: call bpf_map_lookup_elem#1
 110: if r0 == 0x0 goto +3 <L8>
 111: r1 = *(u64 *)(r0 + 24)
 112: r1 += 1
 113: *(u64 *)(r0 + 24) = r1
L8:
 114: if r8 == 0x1 goto +34 <L11>
 115: if r8 == 0x2 goto +33 <L11>
 116: r1 = *(u64 *)(r6 + 0)
 117: r7 = 0
 118: r1 = *(u32 *)(r1 + 2808) ; CO-RE field_byte_offset 1:0:1
 119: *(u32 *)(r10 - 32) = r1
 120: r2 = r10
 121: r2 += -32
 122: r1 = map[tags_tags_task] ll
 124: call bpf_map_lookup_elem#1
 125: if r0 == 0x0 goto +1 <L9>
 126: r7 = *(u32 *)(r0 + 0)
L9:
 127: if r7 != 0x0 goto +21 <L11>
 128: r1 = *(u64 *)(r6 + 0)
 129: r2 = 0
 130: *(u64 *)(r10 - 24) = r2
 131: r1 = *(u64 *)(r1 + 4000) ; CO-RE field_byte_offset 1:0:6
 132: if r1 == 0x0 goto +14 <L10>
 133: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 134: if r1 == 0x0 goto +12 <L10>
 135: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
 136: if r1 == 0x0 goto +10 <L10>
 137: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
 138: *(u64 *)(r10 - 32) = r1
 139: r2 = r10
 140: r2 += -32
 141: r1 = map[tags_tags_cgroup] ll
 143: call bpf_map_lookup_elem#1
 144: if r0 == 0x0 goto +2 <L10>
 145: r1 = *(u32 *)(r0 + 0)
 146: *(u64 *)(r10 - 24) = r1
L10:
 147: r1 = *(u64 *)(r10 - 24)
 148: if r1 == 0x0 goto +16 <L12>
L11:
; insert p into high slice 5ms flags enq_flags [29:7]
 149: r1 = *(u64 *)(r6 + 0)
 150: r4 = *(u64 *)(r6 + 8)
 151: r2 = 0
 152: r3 = 5000000
 153: call scx_bpf_dsq_insert___v2___schedc
 154: *(u32 *)(r10 - 24) = 0
 155: r2 = r10
 156: r2 += -24
 157: r1 = map[tags_stats] ll
 159: call bpf_map_lookup_elem#1
 160: if r0 == 0x0 goto +67 <L17>
 161: r1 = *(u64 *)(r0 + 32)
 162: r1 += 1
 163: *(u64 *)(r0 + 32) = r1
 164: goto +63 <L17>
L12:
; } else if p.user_tag == background || p.proc_tag == background { [30:12]
 165: r1 = *(u64 *)(r6 + 0)
 166: r2 = 0
 167: *(u64 *)(r10 - 16) = r2
 168: r1 = *(u64 *)(r1 + 3320) ; CO-RE field_byte_offset 1:0:4
 169: if r1 == 0x0 goto +10 <L13>
 170: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 171: *(u32 *)(r10 - 24) = r1
 172: r2 = r10
 173: r2 += -24
 174: r1 = map[tags_tags_user] ll
 176: call bpf_map_lookup_elem#1
 177: if r0 == 0x0 goto +2 <L13>
 178: r1 = *(u32 *)(r0 + 0)
 179: *(u64 *)(r10 - 16) = r1
L13:
 180: r1 = *(u64 *)(r10 - 16)
 181: if r1 == 0x3 goto +15 <L15>
 182: r1 = *(u64 *)(r6 + 0)
 183: r2 = 0
 184: *(u64 *)(r10 - 8) = r2
 185: r1 = *(u32 *)(r1 + 2812) ; CO-RE field_byte_offset 1:0:2
 186: *(u32 *)(r10 - 16) = r1
 187: r2 = r10
 188: r2 += -16
 189: r1 = map[tags_tags_proc] ll
 191: call bpf_map_lookup_elem#1
 192: if r0 == 0x0 goto +2 <L14>
 193: r1 = *(u32 *)(r0 + 0)
 194: *(u64 *)(r10 - 8) = r1
L14:
 195: r1 = *(u64 *)(r10 - 8)
 196: if r1 != 0x3 goto +16 <L16>
L15:
; insert p into low slice 5ms flags enq_flags [31:7]
 197: r1 = *(u64 *)(r6 + 0)
 198: r4 = *(u64 *)(r6 + 8)
 199: r2 = 1
 200: r3 = 5000000
 201: call scx_bpf_dsq_insert___v2___schedc
 202: *(u32 *)(r10 - 8) = 0
 203: r2 = r10
 204: r2 += -8
 205: r1 = map[tags_stats] ll
 207: call bpf_map_lookup_elem#1
 208: if r0 == 0x0 goto +19 <L17>
 209: r1 = *(u64 *)(r0 + 48)
 210: r1 += 1
 211: *(u64 *)(r0 + 48) = r1
 212: goto +15 <L17>
L16:
; insert p into low slice 10ms flags enq_flags [33:7]
 213: r1 = *(u64 *)(r6 + 0)
 214: r4 = *(u64 *)(r6 + 8)
 215: r2 = 1
 216: r3 = 10000000
 217: call scx_bpf_dsq_insert___v2___schedc
 218: *(u32 *)(r10 - 8) = 0
 219: r2 = r10
 220: r2 += -8
 221: r1 = map[tags_stats] ll
 223: call bpf_map_lookup_elem#1
 224: if r0 == 0x0 goto +3 <L17>
 225: r1 = *(u64 *)(r0 + 48)
 226: r1 += 1
 227: *(u64 *)(r0 + 48) = r1
L17:
 228: exit

struct_ops/dispatch <tags_dispatch>:
; if !(move high to local) { [38:5]
   0: r1 = 0
   1: r2 = 0
   2: call scx_bpf_dsq_move_to_local___v2___schedc
   3: r6 = r0
   4: r6 &= 255
   5: if r6 == 0x0 goto +10 <L0>
   6: *(u32 *)(r10 - 8) = 0
   7: r2 = r10
   8: r2 += -8
   9: r1 = map[tags_stats] ll
  11: call bpf_map_lookup_elem#1
  12: if r0 == 0x0 goto +3 <L0>
  13: r1 = *(u64 *)(r0 + 40)
  14: r1 += 1
  15: *(u64 *)(r0 + 40) = r1
L0:
  16: if r6 != 0x0 goto +15 <L1>
; move low to local [39:7]
  17: r1 = 1
  18: r2 = 0
  19: call scx_bpf_dsq_move_to_local___v2___schedc
  20: r0 &= 255
  21: if r0 == 0x0 goto +10 <L1>
  22: *(u32 *)(r10 - 8) = 0
  23: r2 = r10
  24: r2 += -8
  25: r1 = map[tags_stats] ll
  27: call bpf_map_lookup_elem#1
  28: if r0 == 0x0 goto +3 <L1>
  29: r1 = *(u64 *)(r0 + 56)
  30: r1 += 1
  31: *(u64 *)(r0 + 56) = r1
L1:
  32: exit

struct_ops.s/init <tags_init>:
; queue high: fifo [14:1]
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

struct_ops/enable <tags_enable>:
; comm starts "schedc_render" => render [7:5]
   0: r6 = *(u64 *)(r1 + 0)
   1: r7 = 0
   2: r1 = *(u64 *)(r6 + 3344) ; CO-RE field_byte_offset 1:0:5:0
   3: r2 = 0x725f636465686373 ll
   5: if r1 != r2 goto +4 <L0>
   6: r1 = *(u32 *)(r6 + 3352) ; CO-RE field_byte_offset 1:0:5:8
   7: if r1 != 0x65646e65 goto +2 <L0>
   8: r1 = *(u8 *)(r6 + 3356) ; CO-RE field_byte_offset 1:0:5:12
   9: if r1 == 0x72 goto +115 <L15>
L0:
  10: r1 = *(u64 *)(r6 + 2824) ; CO-RE field_byte_offset 1:0:3
  11: if r1 == 0x0 goto +8 <L1>
  12: r2 = *(u64 *)(r1 + 3344) ; CO-RE field_byte_offset 1:0:5:0
  13: r3 = 0x675f636465686373 ll
  15: if r2 != r3 goto +4 <L1>
  16: r2 = *(u16 *)(r1 + 3352) ; CO-RE field_byte_offset 1:0:5:8
  17: if r2 != 0x6d61 goto +2 <L1>
  18: r1 = *(u8 *)(r1 + 3354) ; CO-RE field_byte_offset 1:0:5:10
  19: if r1 == 0x65 goto +103 <L14>
L1:
  20: r1 = *(u64 *)(r6 + 4000) ; CO-RE field_byte_offset 1:0:6
  21: if r1 == 0x0 goto +85 <L10>
  22: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  23: r8 = r1
  24: if r8 == 0x0 goto +82 <L10>
  25: r1 = *(u32 *)(r8 + 256) ; CO-RE field_byte_offset 3:0:1
  26: r1 = (s32)r1
  27: if r1 s< 0x2 goto +79 <L10>
  28: if r1 s<= 0x2 goto +5 <L2>
  29: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  30: if r2 == 0x0 goto +76 <L10>
  31: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  32: r8 = r2
  33: r1 -= 1
L2:
  34: if r1 s<= 0x2 goto +5 <L3>
  35: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  36: if r2 == 0x0 goto +70 <L10>
  37: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  38: r8 = r2
  39: r1 -= 1
L3:
  40: if r1 s<= 0x2 goto +5 <L4>
  41: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  42: if r2 == 0x0 goto +64 <L10>
  43: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  44: r8 = r2
  45: r1 -= 1
L4:
  46: if r1 s<= 0x2 goto +5 <L5>
  47: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  48: if r2 == 0x0 goto +58 <L10>
  49: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  50: r8 = r2
  51: r1 -= 1
L5:
  52: if r1 s<= 0x2 goto +5 <L6>
  53: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  54: if r2 == 0x0 goto +52 <L10>
  55: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  56: r8 = r2
  57: r1 -= 1
L6:
  58: if r1 s<= 0x2 goto +5 <L7>
  59: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  60: if r2 == 0x0 goto +46 <L10>
  61: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  62: r8 = r2
  63: r1 -= 1
L7:
  64: if r1 s<= 0x2 goto +5 <L8>
  65: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  66: if r2 == 0x0 goto +40 <L10>
  67: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  68: r8 = r2
  69: r1 -= 1
L8:
  70: if r1 s<= 0x2 goto +5 <L9>
  71: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  72: if r2 == 0x0 goto +34 <L10>
  73: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  74: r8 = r2
  75: r1 -= 1
L9:
  76: if r1 != 0x2 goto +30 <L10>
  77: r1 = *(u64 *)(r8 + 296) ; CO-RE field_byte_offset 3:0:2
  78: r3 = *(u64 *)(r1 + 16) ; CO-RE field_byte_offset 4:0:0
  79: r9 = r10
  80: r9 += -64
  81: r1 = r9
  82: r2 = 3
  83: call #115
  84: r0 = (s32)r0
  85: if r0 != 0x3 goto +21 <L10>
  86: r1 = *(u16 *)(r9 + 0)
  87: if r1 != 0x6766 goto +19 <L10>
  88: r1 = *(u8 *)(r9 + 2)
  89: if r1 != 0x0 goto +17 <L10>
  90: r1 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  91: if r1 == 0x0 goto +15 <L10>
  92: r1 = *(u64 *)(r1 + 0) ; CO-RE field_byte_offset 7:0:0
  93: r8 = r1
  94: r1 = *(u64 *)(r8 + 296) ; CO-RE field_byte_offset 3:0:2
  95: r3 = *(u64 *)(r1 + 16) ; CO-RE field_byte_offset 4:0:0
  96: r1 = r9
  97: r2 = 7
  98: call #115
  99: r0 = (s32)r0
 100: if r0 != 0x7 goto +6 <L10>
 101: r1 = *(u32 *)(r9 + 0)
 102: if r1 != 0x65686373 goto +4 <L10>
 103: r1 = *(u16 *)(r9 + 4)
 104: if r1 != 0x6364 goto +2 <L10>
 105: r1 = *(u8 *)(r9 + 6)
 106: if r1 == 0x0 goto +14 <L13>
L10:
 107: r1 = 0
 108: r2 = *(u64 *)(r6 + 3320) ; CO-RE field_byte_offset 1:0:4
 109: if r2 == 0x0 goto +2 <L11>
 110: r2 = *(u32 *)(r2 + 8) ; CO-RE field_byte_offset 5:0:0:0
 111: r1 = r2
L11:
 112: if r1 != 0x1092 goto +2 <L12>
 113: r7 = 3
 114: goto +11 <L16>
L12:
 115: r1 = *(u32 *)(r6 + 108) ; CO-RE field_byte_offset 1:0:0
 116: r1 = (s32)r1
 117: r1 -= 120
 118: if r1 s<= 0x0 goto +7 <L16>
 119: r7 = 3
 120: goto +5 <L16>
L13:
 121: r7 = 2
 122: goto +3 <L16>
L14:
 123: r7 = 2
 124: goto +1 <L16>
L15:
 125: r7 = 1
L16:
 126: r1 = map[tags_task_state] ll
 128: r2 = r6
 129: r3 = 0
 130: r4 = 1
 131: call bpf_task_storage_get#156
 132: if r0 == 0x0 goto +1 <L17>
 133: *(u32 *)(r0 + 0) = r7
L17:
 134: exit

struct_ops/runnable <tags_runnable>:
; comm starts "schedc_render" => render [7:5]
   0: r6 = *(u64 *)(r1 + 0)
   1: r7 = 0
   2: r1 = *(u64 *)(r6 + 3344) ; CO-RE field_byte_offset 1:0:5:0
   3: r2 = 0x725f636465686373 ll
   5: if r1 != r2 goto +4 <L0>
   6: r1 = *(u32 *)(r6 + 3352) ; CO-RE field_byte_offset 1:0:5:8
   7: if r1 != 0x65646e65 goto +2 <L0>
   8: r1 = *(u8 *)(r6 + 3356) ; CO-RE field_byte_offset 1:0:5:12
   9: if r1 == 0x72 goto +115 <L15>
L0:
  10: r1 = *(u64 *)(r6 + 2824) ; CO-RE field_byte_offset 1:0:3
  11: if r1 == 0x0 goto +8 <L1>
  12: r2 = *(u64 *)(r1 + 3344) ; CO-RE field_byte_offset 1:0:5:0
  13: r3 = 0x675f636465686373 ll
  15: if r2 != r3 goto +4 <L1>
  16: r2 = *(u16 *)(r1 + 3352) ; CO-RE field_byte_offset 1:0:5:8
  17: if r2 != 0x6d61 goto +2 <L1>
  18: r1 = *(u8 *)(r1 + 3354) ; CO-RE field_byte_offset 1:0:5:10
  19: if r1 == 0x65 goto +103 <L14>
L1:
  20: r1 = *(u64 *)(r6 + 4000) ; CO-RE field_byte_offset 1:0:6
  21: if r1 == 0x0 goto +85 <L10>
  22: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  23: r8 = r1
  24: if r8 == 0x0 goto +82 <L10>
  25: r1 = *(u32 *)(r8 + 256) ; CO-RE field_byte_offset 3:0:1
  26: r1 = (s32)r1
  27: if r1 s< 0x2 goto +79 <L10>
  28: if r1 s<= 0x2 goto +5 <L2>
  29: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  30: if r2 == 0x0 goto +76 <L10>
  31: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  32: r8 = r2
  33: r1 -= 1
L2:
  34: if r1 s<= 0x2 goto +5 <L3>
  35: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  36: if r2 == 0x0 goto +70 <L10>
  37: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  38: r8 = r2
  39: r1 -= 1
L3:
  40: if r1 s<= 0x2 goto +5 <L4>
  41: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  42: if r2 == 0x0 goto +64 <L10>
  43: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  44: r8 = r2
  45: r1 -= 1
L4:
  46: if r1 s<= 0x2 goto +5 <L5>
  47: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  48: if r2 == 0x0 goto +58 <L10>
  49: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  50: r8 = r2
  51: r1 -= 1
L5:
  52: if r1 s<= 0x2 goto +5 <L6>
  53: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  54: if r2 == 0x0 goto +52 <L10>
  55: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  56: r8 = r2
  57: r1 -= 1
L6:
  58: if r1 s<= 0x2 goto +5 <L7>
  59: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  60: if r2 == 0x0 goto +46 <L10>
  61: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  62: r8 = r2
  63: r1 -= 1
L7:
  64: if r1 s<= 0x2 goto +5 <L8>
  65: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  66: if r2 == 0x0 goto +40 <L10>
  67: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  68: r8 = r2
  69: r1 -= 1
L8:
  70: if r1 s<= 0x2 goto +5 <L9>
  71: r2 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  72: if r2 == 0x0 goto +34 <L10>
  73: r2 = *(u64 *)(r2 + 0) ; CO-RE field_byte_offset 7:0:0
  74: r8 = r2
  75: r1 -= 1
L9:
  76: if r1 != 0x2 goto +30 <L10>
  77: r1 = *(u64 *)(r8 + 296) ; CO-RE field_byte_offset 3:0:2
  78: r3 = *(u64 *)(r1 + 16) ; CO-RE field_byte_offset 4:0:0
  79: r9 = r10
  80: r9 += -64
  81: r1 = r9
  82: r2 = 3
  83: call #115
  84: r0 = (s32)r0
  85: if r0 != 0x3 goto +21 <L10>
  86: r1 = *(u16 *)(r9 + 0)
  87: if r1 != 0x6766 goto +19 <L10>
  88: r1 = *(u8 *)(r9 + 2)
  89: if r1 != 0x0 goto +17 <L10>
  90: r1 = *(u64 *)(r8 + 184) ; CO-RE field_byte_offset 3:0:0:1
  91: if r1 == 0x0 goto +15 <L10>
  92: r1 = *(u64 *)(r1 + 0) ; CO-RE field_byte_offset 7:0:0
  93: r8 = r1
  94: r1 = *(u64 *)(r8 + 296) ; CO-RE field_byte_offset 3:0:2
  95: r3 = *(u64 *)(r1 + 16) ; CO-RE field_byte_offset 4:0:0
  96: r1 = r9
  97: r2 = 7
  98: call #115
  99: r0 = (s32)r0
 100: if r0 != 0x7 goto +6 <L10>
 101: r1 = *(u32 *)(r9 + 0)
 102: if r1 != 0x65686373 goto +4 <L10>
 103: r1 = *(u16 *)(r9 + 4)
 104: if r1 != 0x6364 goto +2 <L10>
 105: r1 = *(u8 *)(r9 + 6)
 106: if r1 == 0x0 goto +14 <L13>
L10:
 107: r1 = 0
 108: r2 = *(u64 *)(r6 + 3320) ; CO-RE field_byte_offset 1:0:4
 109: if r2 == 0x0 goto +2 <L11>
 110: r2 = *(u32 *)(r2 + 8) ; CO-RE field_byte_offset 5:0:0:0
 111: r1 = r2
L11:
 112: if r1 != 0x1092 goto +2 <L12>
 113: r7 = 3
 114: goto +11 <L16>
L12:
 115: r1 = *(u32 *)(r6 + 108) ; CO-RE field_byte_offset 1:0:0
 116: r1 = (s32)r1
 117: r1 -= 120
 118: if r1 s<= 0x0 goto +7 <L16>
 119: r7 = 3
 120: goto +5 <L16>
L13:
 121: r7 = 2
 122: goto +3 <L16>
L14:
 123: r7 = 2
 124: goto +1 <L16>
L15:
 125: r7 = 1
L16:
 126: r1 = map[tags_task_state] ll
 128: r2 = r6
 129: r3 = 0
 130: r4 = 1
 131: call bpf_task_storage_get#156
 132: if r0 == 0x0 goto +1 <L17>
 133: *(u32 *)(r0 + 0) = r7
L17:
 134: exit

