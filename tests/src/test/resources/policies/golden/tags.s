struct_ops/enqueue <tags_enqueue>:
; on enqueue(p, enq_flags) { [17:1]
   0: r6 = r1
; let t = p.tag [18:5]
   1: r7 = *(u64 *)(r6 + 0)
   2: r8 = 0
   3: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:1
   4: *(u32 *)(r10 - 8) = r1
   5: r2 = r10
   6: r2 += -8
   7: r1 = map[tags_tags_task] ll
   9: call bpf_map_lookup_elem#1
  10: if r0 == 0x0 goto +1 <L0>
  11: r8 = *(u32 *)(r0 + 0)
L0:
  12: if r8 != 0x0 goto +46 <L4>
  13: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:2
  14: *(u32 *)(r10 - 8) = r1
  15: r2 = r10
  16: r2 += -8
  17: r1 = map[tags_tags_proc] ll
  19: call bpf_map_lookup_elem#1
  20: if r0 == 0x0 goto +1 <L1>
  21: r8 = *(u32 *)(r0 + 0)
L1:
  22: if r8 != 0x0 goto +36 <L4>
  23: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:6
  24: if r1 == 0x0 goto +13 <L2>
  25: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  26: if r1 == 0x0 goto +11 <L2>
  27: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
  28: if r1 == 0x0 goto +9 <L2>
  29: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
  30: *(u64 *)(r10 - 8) = r1
  31: r2 = r10
  32: r2 += -8
  33: r1 = map[tags_tags_cgroup] ll
  35: call bpf_map_lookup_elem#1
  36: if r0 == 0x0 goto +1 <L2>
  37: r8 = *(u32 *)(r0 + 0)
L2:
  38: if r8 != 0x0 goto +20 <L4>
  39: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:4
  40: if r1 == 0x0 goto +9 <L3>
  41: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
  42: *(u32 *)(r10 - 8) = r1
  43: r2 = r10
  44: r2 += -8
  45: r1 = map[tags_tags_user] ll
  47: call bpf_map_lookup_elem#1
  48: if r0 == 0x0 goto +1 <L3>
  49: r8 = *(u32 *)(r0 + 0)
L3:
  50: if r8 != 0x0 goto +8 <L4>
  51: r1 = map[tags_task_state] ll
  53: r2 = r7
  54: r3 = 0
  55: r4 = 0
  56: call bpf_task_storage_get#156
  57: if r0 == 0x0 goto +1 <L4>
  58: r8 = *(u32 *)(r0 + 0)
L4:
; if t == render { [19:5]
  59: if r8 != 0x1 goto +11 <L5>
; render_runs += 1 [20:7]
  60: *(u32 *)(r10 - 8) = 0
  61: r2 = r10
  62: r2 += -8
  63: r1 = map[tags_stats] ll
  65: call bpf_map_lookup_elem#1
  66: if r0 == 0x0 goto +38 <L8>
  67: r1 = *(u64 *)(r0 + 0)
  68: r1 += 1
  69: *(u64 *)(r0 + 0) = r1
  70: goto +34 <L8>
L5:
; } else if t == foreground { [21:12]
  71: if r8 != 0x2 goto +11 <L6>
; fg_runs += 1 [22:7]
  72: *(u32 *)(r10 - 8) = 0
  73: r2 = r10
  74: r2 += -8
  75: r1 = map[tags_stats] ll
  77: call bpf_map_lookup_elem#1
  78: if r0 == 0x0 goto +26 <L8>
  79: r1 = *(u64 *)(r0 + 8)
  80: r1 += 1
  81: *(u64 *)(r0 + 8) = r1
  82: goto +22 <L8>
L6:
; } else if t == background { [23:12]
  83: if r8 != 0x3 goto +11 <L7>
; bg_runs += 1 [24:7]
  84: *(u32 *)(r10 - 8) = 0
  85: r2 = r10
  86: r2 += -8
  87: r1 = map[tags_stats] ll
  89: call bpf_map_lookup_elem#1
  90: if r0 == 0x0 goto +14 <L8>
  91: r1 = *(u64 *)(r0 + 16)
  92: r1 += 1
  93: *(u64 *)(r0 + 16) = r1
  94: goto +10 <L8>
L7:
; other_runs += 1 [26:7]
  95: *(u32 *)(r10 - 8) = 0
  96: r2 = r10
  97: r2 += -8
  98: r1 = map[tags_stats] ll
 100: call bpf_map_lookup_elem#1
 101: if r0 == 0x0 goto +3 <L8>
 102: r1 = *(u64 *)(r0 + 24)
 103: r1 += 1
 104: *(u64 *)(r0 + 24) = r1
L8:
; if p.tag in [render, foreground] || p.task_tag != none || p.cgroup_tag != none { [28:5]
 105: r7 = *(u64 *)(r6 + 0)
 106: r8 = 0
 107: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:1
 108: *(u32 *)(r10 - 8) = r1
 109: r2 = r10
 110: r2 += -8
 111: r1 = map[tags_tags_task] ll
 113: call bpf_map_lookup_elem#1
 114: if r0 == 0x0 goto +1 <L9>
 115: r8 = *(u32 *)(r0 + 0)
L9:
 116: if r8 != 0x0 goto +46 <L13>
 117: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:2
 118: *(u32 *)(r10 - 8) = r1
 119: r2 = r10
 120: r2 += -8
 121: r1 = map[tags_tags_proc] ll
 123: call bpf_map_lookup_elem#1
 124: if r0 == 0x0 goto +1 <L10>
 125: r8 = *(u32 *)(r0 + 0)
L10:
 126: if r8 != 0x0 goto +36 <L13>
 127: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:6
 128: if r1 == 0x0 goto +13 <L11>
 129: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 130: if r1 == 0x0 goto +11 <L11>
 131: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
 132: if r1 == 0x0 goto +9 <L11>
 133: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
 134: *(u64 *)(r10 - 8) = r1
 135: r2 = r10
 136: r2 += -8
 137: r1 = map[tags_tags_cgroup] ll
 139: call bpf_map_lookup_elem#1
 140: if r0 == 0x0 goto +1 <L11>
 141: r8 = *(u32 *)(r0 + 0)
L11:
 142: if r8 != 0x0 goto +20 <L13>
 143: r1 = *(u64 *)(r7 + 3320) ; CO-RE field_byte_offset 1:0:4
 144: if r1 == 0x0 goto +9 <L12>
 145: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 146: *(u32 *)(r10 - 8) = r1
 147: r2 = r10
 148: r2 += -8
 149: r1 = map[tags_tags_user] ll
 151: call bpf_map_lookup_elem#1
 152: if r0 == 0x0 goto +1 <L12>
 153: r8 = *(u32 *)(r0 + 0)
L12:
 154: if r8 != 0x0 goto +8 <L13>
 155: r1 = map[tags_task_state] ll
 157: r2 = r7
 158: r3 = 0
 159: r4 = 0
 160: call bpf_task_storage_get#156
 161: if r0 == 0x0 goto +1 <L13>
 162: r8 = *(u32 *)(r0 + 0)
L13:
 163: if r8 == 0x1 goto +31 <L16>
 164: if r8 == 0x2 goto +30 <L16>
 165: r1 = *(u64 *)(r6 + 0)
 166: r7 = 0
 167: r1 = *(u32 *)(r1 + 2808) ; CO-RE field_byte_offset 1:0:1
 168: *(u32 *)(r10 - 8) = r1
 169: r2 = r10
 170: r2 += -8
 171: r1 = map[tags_tags_task] ll
 173: call bpf_map_lookup_elem#1
 174: if r0 == 0x0 goto +1 <L14>
 175: r7 = *(u32 *)(r0 + 0)
L14:
 176: if r7 != 0x0 goto +18 <L16>
 177: r1 = *(u64 *)(r6 + 0)
 178: r7 = 0
 179: r1 = *(u64 *)(r1 + 4000) ; CO-RE field_byte_offset 1:0:6
 180: if r1 == 0x0 goto +13 <L15>
 181: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
 182: if r1 == 0x0 goto +11 <L15>
 183: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:2
 184: if r1 == 0x0 goto +9 <L15>
 185: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:1
 186: *(u64 *)(r10 - 8) = r1
 187: r2 = r10
 188: r2 += -8
 189: r1 = map[tags_tags_cgroup] ll
 191: call bpf_map_lookup_elem#1
 192: if r0 == 0x0 goto +1 <L15>
 193: r7 = *(u32 *)(r0 + 0)
L15:
 194: if r7 == 0x0 goto +16 <L17>
L16:
; insert p into high slice 5ms flags enq_flags [29:7]
 195: r1 = *(u64 *)(r6 + 0)
 196: r4 = *(u64 *)(r6 + 8)
 197: r2 = 0
 198: r3 = 5000000
 199: call scx_bpf_dsq_insert___v2___schedc
 200: *(u32 *)(r10 - 8) = 0
 201: r2 = r10
 202: r2 += -8
 203: r1 = map[tags_stats] ll
 205: call bpf_map_lookup_elem#1
 206: if r0 == 0x0 goto +61 <L22>
 207: r1 = *(u64 *)(r0 + 32)
 208: r1 += 1
 209: *(u64 *)(r0 + 32) = r1
 210: goto +57 <L22>
L17:
; } else if p.user_tag == background || p.proc_tag == background { [30:12]
 211: r1 = *(u64 *)(r6 + 0)
 212: r7 = 0
 213: r1 = *(u64 *)(r1 + 3320) ; CO-RE field_byte_offset 1:0:4
 214: if r1 == 0x0 goto +9 <L18>
 215: r1 = *(u32 *)(r1 + 8) ; CO-RE field_byte_offset 5:0:0:0
 216: *(u32 *)(r10 - 8) = r1
 217: r2 = r10
 218: r2 += -8
 219: r1 = map[tags_tags_user] ll
 221: call bpf_map_lookup_elem#1
 222: if r0 == 0x0 goto +1 <L18>
 223: r7 = *(u32 *)(r0 + 0)
L18:
 224: if r7 == 0x3 goto +12 <L20>
 225: r1 = *(u64 *)(r6 + 0)
 226: r7 = 0
 227: r1 = *(u32 *)(r1 + 2812) ; CO-RE field_byte_offset 1:0:2
 228: *(u32 *)(r10 - 8) = r1
 229: r2 = r10
 230: r2 += -8
 231: r1 = map[tags_tags_proc] ll
 233: call bpf_map_lookup_elem#1
 234: if r0 == 0x0 goto +1 <L19>
 235: r7 = *(u32 *)(r0 + 0)
L19:
 236: if r7 != 0x3 goto +16 <L21>
L20:
; insert p into low slice 5ms flags enq_flags [31:7]
 237: r1 = *(u64 *)(r6 + 0)
 238: r4 = *(u64 *)(r6 + 8)
 239: r2 = 1
 240: r3 = 5000000
 241: call scx_bpf_dsq_insert___v2___schedc
 242: *(u32 *)(r10 - 8) = 0
 243: r2 = r10
 244: r2 += -8
 245: r1 = map[tags_stats] ll
 247: call bpf_map_lookup_elem#1
 248: if r0 == 0x0 goto +19 <L22>
 249: r1 = *(u64 *)(r0 + 48)
 250: r1 += 1
 251: *(u64 *)(r0 + 48) = r1
 252: goto +15 <L22>
L21:
; insert p into low slice 10ms flags enq_flags [33:7]
 253: r1 = *(u64 *)(r6 + 0)
 254: r4 = *(u64 *)(r6 + 8)
 255: r2 = 1
 256: r3 = 10000000
 257: call scx_bpf_dsq_insert___v2___schedc
 258: *(u32 *)(r10 - 8) = 0
 259: r2 = r10
 260: r2 += -8
 261: r1 = map[tags_stats] ll
 263: call bpf_map_lookup_elem#1
 264: if r0 == 0x0 goto +3 <L22>
 265: r1 = *(u64 *)(r0 + 48)
 266: r1 += 1
 267: *(u64 *)(r0 + 48) = r1
L22:
 268: exit

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

