struct_ops/select_cpu <server_select_cpu>:
; on select_cpu(p, prev_cpu, wake_flags) -> s32 { [39:1]
   0: r6 = r1
; let cpu = idle_select(p, prev_cpu, wake_flags) [40:5]
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
  24: r1 = *(u64 *)(r7 + 1376) ; CO-RE field_byte_offset 1:0:1
  25: r2 = 0
  26: call scx_bpf_pick_idle_cpu
  27: r0 = (s32)r0
  28: *(u64 *)(r10 - 8) = r0
L2:
; if cpu >= 0 { [41:5]
  29: r1 = *(u64 *)(r10 - 8)
  30: if r1 s< 0x0 goto +26 <L5>
; p.state.boosted = false [42:7]
  31: r2 = *(u64 *)(r6 + 0)
  32: r1 = map[server_task_state] ll
  34: r3 = 0
  35: r4 = 1
  36: call bpf_task_storage_get#156
  37: if r0 == 0x0 goto +1 <L3>
  38: *(u8 *)(r0 + 24) = 0
L3:
; insert p into local slice SERVER_SLICE [43:7]
  39: r1 = *(u64 *)(r6 + 0)
  40: r2 = 0x8000000000000002 ll ; CO-RE enumval_value 29:0
  42: r3 = 10000000
  43: r4 = 0
  44: call scx_bpf_dsq_insert___v2___schedc
  45: *(u32 *)(r10 - 16) = 0
  46: r2 = r10
  47: r2 += -16
  48: r1 = map[server_stats] ll
  50: call bpf_map_lookup_elem#1
  51: if r0 == 0x0 goto +3 <L4>
  52: r1 = *(u64 *)(r0 + 40)
  53: r1 += 1
  54: *(u64 *)(r0 + 40) = r1
L4:
; return cpu [44:7]
  55: r0 = *(u64 *)(r10 - 8)
  56: exit
L5:
; return prev_cpu [46:5]
  57: r1 = *(u64 *)(r6 + 8)
  58: r1 = (s32)r1
  59: r0 = r1
  60: exit

struct_ops/enqueue <server_enqueue>:
; on enqueue(p, enq_flags) { [49:1]
   0: r6 = r1
; if wants_boost(p) { [50:5]
   1: r7 = *(u64 *)(r6 + 0)
; if p.tag == request { [33:5]
   2: r8 = 0
   3: r1 = *(u32 *)(r7 + 2808) ; CO-RE field_byte_offset 1:0:2
   4: *(u32 *)(r10 - 8) = r1
   5: r2 = r10
   6: r2 += -8
   7: r1 = map[server_tags_task] ll
   9: call bpf_map_lookup_elem#1
  10: if r0 == 0x0 goto +1 <L0>
  11: r8 = *(u32 *)(r0 + 0)
L0:
  12: if r8 != 0x0 goto +46 <L4>
  13: r1 = *(u32 *)(r7 + 2812) ; CO-RE field_byte_offset 1:0:3
  14: *(u32 *)(r10 - 8) = r1
  15: r2 = r10
  16: r2 += -8
  17: r1 = map[server_tags_proc] ll
  19: call bpf_map_lookup_elem#1
  20: if r0 == 0x0 goto +1 <L1>
  21: r8 = *(u32 *)(r0 + 0)
L1:
  22: if r8 != 0x0 goto +36 <L4>
  23: r1 = *(u64 *)(r7 + 4000) ; CO-RE field_byte_offset 1:0:6
  24: if r1 == 0x0 goto +13 <L2>
  25: r1 = *(u64 *)(r1 + 128) ; CO-RE field_byte_offset 2:0:0
  26: if r1 == 0x0 goto +11 <L2>
  27: r1 = *(u64 *)(r1 + 296) ; CO-RE field_byte_offset 3:0:0
  28: if r1 == 0x0 goto +9 <L2>
  29: r1 = *(u64 *)(r1 + 96) ; CO-RE field_byte_offset 4:0:0
  30: *(u64 *)(r10 - 8) = r1
  31: r2 = r10
  32: r2 += -8
  33: r1 = map[server_tags_cgroup] ll
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
  45: r1 = map[server_tags_user] ll
  47: call bpf_map_lookup_elem#1
  48: if r0 == 0x0 goto +1 <L3>
  49: r8 = *(u32 *)(r0 + 0)
L3:
  50: if r8 != 0x0 goto +8 <L4>
  51: r1 = map[server_task_state] ll
  53: r2 = r7
  54: r3 = 0
  55: r4 = 0
  56: call bpf_task_storage_get#156
  57: if r0 == 0x0 goto +1 <L4>
  58: r8 = *(u32 *)(r0 + 28)
L4:
  59: if r8 != 0x1 goto +12 <L6>
; return p.state.avg_run <= BOOST_RUN_LIMIT [34:7]
  60: r8 = 0
  61: r1 = map[server_task_state] ll
  63: r2 = r7
  64: r3 = 0
  65: r4 = 1
  66: call bpf_task_storage_get#156
  67: if r0 == 0x0 goto +2 <L5>
  68: r1 = *(u64 *)(r0 + 8)
  69: r8 = r1
L5:
  70: if r8 <= 0x1e8480 goto +23 <L9>
  71: goto +65 <L14>
L6:
; return boost_eligible(p.state.avg_run, p.state.sleep_avg) [36:5]
  72: r8 = 0
  73: r1 = map[server_task_state] ll
  75: r2 = r7
  76: r3 = 0
  77: r4 = 1
  78: call bpf_task_storage_get#156
  79: if r0 == 0x0 goto +2 <L7>
  80: r1 = *(u64 *)(r0 + 8)
  81: r8 = r1
L7:
  82: r9 = 0
  83: r1 = map[server_task_state] ll
  85: r2 = r7
  86: r3 = 0
  87: r4 = 1
  88: call bpf_task_storage_get#156
  89: if r0 == 0x0 goto +2 <L8>
  90: r1 = *(u64 *)(r0 + 16)
  91: r9 = r1
L8:
; return avg_run <= BOOST_RUN_LIMIT && sleep_avg >= BOOST_SLEEP_SHARE [35:3]
  92: if r8 > 0x1e8480 goto +44 <L14>
  93: if r9 < 0x200 goto +43 <L14>
L9:
; boosts += 1 [51:7]
  94: *(u32 *)(r10 - 8) = 0
  95: r2 = r10
  96: r2 += -8
  97: r1 = map[server_stats] ll
  99: call bpf_map_lookup_elem#1
 100: if r0 == 0x0 goto +3 <L10>
 101: r1 = *(u64 *)(r0 + 0)
 102: r1 += 1
 103: *(u64 *)(r0 + 0) = r1
L10:
; p.state.boosted = true [52:7]
 104: r2 = *(u64 *)(r6 + 0)
 105: r1 = map[server_task_state] ll
 107: r3 = 0
 108: r4 = 1
 109: call bpf_task_storage_get#156
 110: if r0 == 0x0 goto +1 <L11>
 111: *(u8 *)(r0 + 24) = 1
L11:
; boost_enqueue(p, enq_flags) [53:7]
 112: r1 = *(u64 *)(r6 + 0)
 113: r4 = *(u64 *)(r6 + 8)
; insert p into boosted slice BOOST_SLICE flags enq_flags [40:3]
 114: r2 = 0
 115: r3 = 2000000
 116: call scx_bpf_dsq_insert___v2___schedc
 117: *(u32 *)(r10 - 8) = 0
 118: r2 = r10
 119: r2 += -8
 120: r1 = map[server_stats] ll
 122: call bpf_map_lookup_elem#1
 123: if r0 == 0x0 goto +3 <L12>
 124: r1 = *(u64 *)(r0 + 8)
 125: r1 += 1
 126: *(u64 *)(r0 + 8) = r1
L12:
; idle_kick_any(p) [54:7]
 127: r1 = *(u64 *)(r6 + 0)
; let cpu = pick_idle_cpu(p) [30:3]
 128: r1 = *(u64 *)(r1 + 1376) ; CO-RE field_byte_offset 1:0:1
 129: r2 = 0
 130: call scx_bpf_pick_idle_cpu
 131: r0 = (s32)r0
; if cpu < 0 { [31:3]
 132: if r0 s< 0x0 goto +3 <L13>
; return p.state.avg_run <= BOOST_RUN_LIMIT [34:3]
 133: r1 = r0
 134: r2 = 0
 135: call scx_bpf_kick_cpu
L13:
; return [55:7]
 136: exit
L14:
; p.state.boosted = false [57:5]
 137: r2 = *(u64 *)(r6 + 0)
 138: r1 = map[server_task_state] ll
 140: r3 = 0
 141: r4 = 1
 142: call bpf_task_storage_get#156
 143: if r0 == 0x0 goto +1 <L15>
 144: *(u8 *)(r0 + 24) = 0
L15:
; fair_enqueue(p, SERVER_SLICE, enq_flags) [58:5]
 145: r1 = *(u64 *)(r6 + 0)
 146: r5 = *(u64 *)(r6 + 8)
; var vt = p.vtime [21:3]
 147: r2 = *(u64 *)(r1 + 960) ; CO-RE field_byte_offset 1:0:0:2
; if (vt - fair_vtime_now + slice_ns) as s64 < 0 { [24:3]
 148: r3 = map[.bss] ll
 150: r3 = *(u64 *)(r3 + 0)
 151: r4 = r2
 152: r4 -= r3
 153: r4 += 10000000
 154: if r4 s>= 0x0 goto +4 <L16>
; vt = fair_vtime_now - slice_ns [25:5]
 155: r4 = r3
 156: r4 -= 10000000
 157: r2 = r4
 158: goto +5 <L17>
L16:
; } else if (vt - fair_vtime_now) as s64 > (FAIR_MAX_LEAD_SLICES * slice_ns) as s64 { [26:10]
 159: r4 = r2
 160: r4 -= r3
 161: if r4 s<= 0x4c4b400 goto +2 <L17>
; vt = fair_vtime_now + FAIR_MAX_LEAD_SLICES * slice_ns [27:5]
 162: r3 += 80000000
 163: r2 = r3
L17:
; insert p into fair slice slice_ns vtime vt flags enq_flags [29:3]
 164: r4 = r2
 165: r2 = 1
 166: r3 = 10000000
 167: call scx_bpf_dsq_insert_vtime
 168: *(u32 *)(r10 - 8) = 0
 169: r2 = r10
 170: r2 += -8
 171: r1 = map[server_stats] ll
 173: call bpf_map_lookup_elem#1
 174: if r0 == 0x0 goto +3 <L18>
 175: r1 = *(u64 *)(r0 + 24)
 176: r1 += 1
 177: *(u64 *)(r0 + 24) = r1
L18:
 178: exit

struct_ops/dispatch <server_dispatch>:
; return move boosted to local [45:3]
   0: r1 = 0
   1: r2 = 0
   2: call scx_bpf_dsq_move_to_local___v2___schedc
   3: r6 = r0
   4: r6 &= 255
   5: if r6 == 0x0 goto +10 <L0>
   6: *(u32 *)(r10 - 8) = 0
   7: r2 = r10
   8: r2 += -8
   9: r1 = map[server_stats] ll
  11: call bpf_map_lookup_elem#1
  12: if r0 == 0x0 goto +3 <L0>
  13: r1 = *(u64 *)(r0 + 16)
  14: r1 += 1
  15: *(u64 *)(r0 + 16) = r1
L0:
  16: if r6 != 0x0 goto +15 <L1>
; return move fair to local [34:3]
  17: r1 = 1
  18: r2 = 0
  19: call scx_bpf_dsq_move_to_local___v2___schedc
  20: r0 &= 255
  21: if r0 == 0x0 goto +10 <L1>
  22: *(u32 *)(r10 - 8) = 0
  23: r2 = r10
  24: r2 += -8
  25: r1 = map[server_stats] ll
  27: call bpf_map_lookup_elem#1
  28: if r0 == 0x0 goto +3 <L1>
  29: r1 = *(u64 *)(r0 + 32)
  30: r1 += 1
  31: *(u64 *)(r0 + 32) = r1
L1:
  32: exit

struct_ops/running <server_running>:
; on running(p) { [67:1]
   0: r6 = r1
; p.state.started = now() [68:5]
   1: call scx_bpf_now
   2: r7 = r0
   3: r2 = *(u64 *)(r6 + 0)
   4: r1 = map[server_task_state] ll
   6: r3 = 0
   7: r4 = 1
   8: call bpf_task_storage_get#156
   9: if r0 == 0x0 goto +1 <L0>
  10: *(u64 *)(r0 + 0) = r7
L0:
; fair_running(p) [69:5]
  11: r1 = *(u64 *)(r6 + 0)
; if (fair_vtime_now - p.vtime) as s64 < 0 { [39:3]
  12: r2 = map[.bss] ll
  14: r3 = *(u64 *)(r2 + 0)
  15: r1 = *(u64 *)(r1 + 960) ; CO-RE field_byte_offset 1:0:0:2
  16: r3 -= r1
  17: if r3 s>= 0x0 goto +1 <L1>
; fair_vtime_now = p.vtime [40:5]
  18: *(u64 *)(r2 + 0) = r1
L1:
  19: exit

struct_ops/stopping <server_stopping>:
; on stopping(p, runnable) { [72:1]
   0: r6 = r1
; p.state.avg_run = boost_avg_run(p.state.avg_run, p.state.started) [73:5]
   1: r7 = 0
   2: r2 = *(u64 *)(r6 + 0)
   3: r1 = map[server_task_state] ll
   5: r3 = 0
   6: r4 = 1
   7: call bpf_task_storage_get#156
   8: if r0 == 0x0 goto +2 <L0>
   9: r1 = *(u64 *)(r0 + 8)
  10: r7 = r1
L0:
  11: r8 = 0
  12: r2 = *(u64 *)(r6 + 0)
  13: r1 = map[server_task_state] ll
  15: r3 = 0
  16: r4 = 1
  17: call bpf_task_storage_get#156
  18: if r0 == 0x0 goto +2 <L1>
  19: r1 = *(u64 *)(r0 + 0)
  20: r8 = r1
L1:
; let ran = now() - started [17:3]
  21: call scx_bpf_now
  22: r0 -= r8
; if (ran as s64) < 0 { [19:3]
  23: if r0 s>= 0x0 goto +6 <L2>
; return avg_run - (avg_run >> 3) [20:5]
  24: r1 = r7
  25: r1 >>= 3
  26: r2 = r7
  27: r2 -= r1
  28: r8 = r2
  29: goto +6 <L3>
L2:
; return avg_run - (avg_run >> 3) + (ran >> 3) [22:3]
  30: r1 = r7
  31: r1 >>= 3
  32: r7 -= r1
  33: r0 >>= 3
  34: r7 += r0
  35: r8 = r7
L3:
  36: r2 = *(u64 *)(r6 + 0)
  37: r1 = map[server_task_state] ll
  39: r3 = 0
  40: r4 = 1
  41: call bpf_task_storage_get#156
  42: if r0 == 0x0 goto +1 <L4>
  43: *(u64 *)(r0 + 8) = r8
L4:
; p.state.sleep_avg = boost_sleep_avg(p.state.sleep_avg, runnable) [74:5]
  44: r7 = 0
  45: r2 = *(u64 *)(r6 + 0)
  46: r1 = map[server_task_state] ll
  48: r3 = 0
  49: r4 = 1
  50: call bpf_task_storage_get#156
  51: if r0 == 0x0 goto +2 <L5>
  52: r1 = *(u64 *)(r0 + 16)
  53: r7 = r1
L5:
  54: r1 = *(u64 *)(r6 + 8)
  55: r1 &= 255
; if runnable { [27:3]
  56: if r1 == 0x0 goto +6 <L6>
; return sleep_avg - (sleep_avg >> 3) [28:5]
  57: r1 = r7
  58: r1 >>= 3
  59: r2 = r7
  60: r2 -= r1
  61: r8 = r2
  62: goto +5 <L7>
L6:
; return sleep_avg - (sleep_avg >> 3) + (1024 >> 3) [30:3]
  63: r1 = r7
  64: r1 >>= 3
  65: r7 -= r1
  66: r7 += 128
  67: r8 = r7
L7:
  68: r2 = *(u64 *)(r6 + 0)
  69: r1 = map[server_task_state] ll
  71: r3 = 0
  72: r4 = 1
  73: call bpf_task_storage_get#156
  74: if r0 == 0x0 goto +1 <L8>
  75: *(u64 *)(r0 + 16) = r8
L8:
; if p.state.boosted { [75:5]
  76: r7 = 0
  77: r2 = *(u64 *)(r6 + 0)
  78: r1 = map[server_task_state] ll
  80: r3 = 0
  81: r4 = 1
  82: call bpf_task_storage_get#156
  83: if r0 == 0x0 goto +2 <L9>
  84: r1 = *(u8 *)(r0 + 24)
  85: r7 = r1
L9:
  86: if r7 == 0x0 goto +13 <L10>
; fair_stopping(p, BOOST_SLICE) [76:7]
  87: r1 = *(u64 *)(r6 + 0)
; if p.slice < slice_ns { [47:3]
  88: r2 = *(u64 *)(r1 + 952) ; CO-RE field_byte_offset 1:0:0:1
  89: if r2 >= 0x1e8480 goto +22 <L11>
; p.vtime += (slice_ns - p.slice) * 100 / p.weight [48:5]
  90: r3 = *(u64 *)(r1 + 960) ; CO-RE field_byte_offset 1:0:0:2
  91: r4 = 2000000
  92: r4 -= r2
  93: r4 *= 100
  94: r2 = *(u32 *)(r1 + 876) ; CO-RE field_byte_offset 1:0:0:0
  95: r4 /= r2
  96: r3 += r4
  97: r2 = r3
  98: call scx_bpf_task_set_dsq_vtime
  99: goto +12 <L11>
L10:
; fair_stopping(p, SERVER_SLICE) [78:7]
 100: r1 = *(u64 *)(r6 + 0)
; if p.slice < slice_ns { [47:3]
 101: r2 = *(u64 *)(r1 + 952) ; CO-RE field_byte_offset 1:0:0:1
 102: if r2 >= 0x989680 goto +9 <L11>
; p.vtime += (slice_ns - p.slice) * 100 / p.weight [48:5]
 103: r3 = *(u64 *)(r1 + 960) ; CO-RE field_byte_offset 1:0:0:2
 104: r4 = 10000000
 105: r4 -= r2
 106: r4 *= 100
 107: r2 = *(u32 *)(r1 + 876) ; CO-RE field_byte_offset 1:0:0:0
 108: r4 /= r2
 109: r3 += r4
 110: r2 = r3
 111: call scx_bpf_task_set_dsq_vtime
L11:
 112: exit

struct_ops/enable <server_enable>:
; on enable(p) { [82:1]
   0: r6 = r1
   1: r2 = *(u64 *)(r6 + 0)
   2: r7 = 0
   3: r1 = *(u16 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:5:0
   4: if r1 != 0x6572 goto +2 <L0>
   5: r1 = *(u8 *)(r2 + 3346) ; CO-RE field_byte_offset 1:0:5:2
   6: if r1 == 0x71 goto +4 <L1>
L0:
   7: r1 = *(u32 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:5:0
   8: if r1 != 0x70747468 goto +3 <L2>
   9: r7 = 1
  10: goto +1 <L2>
L1:
  11: r7 = 1
L2:
  12: r1 = map[server_task_state] ll
  14: r3 = 0
  15: r4 = 1
  16: call bpf_task_storage_get#156
  17: if r0 == 0x0 goto +1 <L3>
  18: *(u32 *)(r0 + 28) = r7
L3:
; fair_enable(p) [83:5]
  19: r1 = *(u64 *)(r6 + 0)
; p.vtime = fair_vtime_now [54:3]
  20: r2 = map[.bss] ll
  22: r2 = *(u64 *)(r2 + 0)
  23: call scx_bpf_task_set_dsq_vtime
  24: exit

struct_ops.s/init <server_init>:
; import vtime_fair [13:1]
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

struct_ops/runnable <server_runnable>:
; comm starts "req" => request [22:5]
   0: r2 = *(u64 *)(r1 + 0)
   1: r6 = 0
   2: r1 = *(u16 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:5:0
   3: if r1 != 0x6572 goto +2 <L0>
   4: r1 = *(u8 *)(r2 + 3346) ; CO-RE field_byte_offset 1:0:5:2
   5: if r1 == 0x71 goto +4 <L1>
L0:
   6: r1 = *(u32 *)(r2 + 3344) ; CO-RE field_byte_offset 1:0:5:0
   7: if r1 != 0x70747468 goto +3 <L2>
   8: r6 = 1
   9: goto +1 <L2>
L1:
  10: r6 = 1
L2:
  11: r1 = map[server_task_state] ll
  13: r3 = 0
  14: r4 = 1
  15: call bpf_task_storage_get#156
  16: if r0 == 0x0 goto +1 <L3>
  17: *(u32 *)(r0 + 28) = r6
L3:
  18: exit

