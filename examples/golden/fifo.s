struct_ops/enqueue <fifo_enqueue>:
; insert p into main slice SLICE [10:5]
   0: r2 = *(u64 *)(r1 + 0)
   1: r4 = *(u64 *)(r1 + 8)
   2: r1 = r2
   3: r2 = 0
   4: r3 = 5000000
   5: call scx_bpf_dsq_insert___v2___schedc
   6: *(u32 *)(r10 - 8) = 0
   7: r2 = r10
   8: r2 += -8
   9: r1 = map[fifo_stats] ll
  11: call bpf_map_lookup_elem#1
  12: if r0 == 0x0 goto +3 <L0>
  13: r1 = *(u64 *)(r0 + 0)
  14: r1 += 1
  15: *(u64 *)(r0 + 0) = r1
L0:
  16: exit

struct_ops/dispatch <fifo_dispatch>:
; move main to local [14:5]
   0: r1 = 0
   1: r2 = 0
   2: call scx_bpf_dsq_move_to_local___v2___schedc
   3: r0 &= 255
   4: if r0 == 0x0 goto +10 <L0>
   5: *(u32 *)(r10 - 8) = 0
   6: r2 = r10
   7: r2 += -8
   8: r1 = map[fifo_stats] ll
  10: call bpf_map_lookup_elem#1
  11: if r0 == 0x0 goto +3 <L0>
  12: r1 = *(u64 *)(r0 + 8)
  13: r1 += 1
  14: *(u64 *)(r0 + 8) = r1
L0:
  15: exit

struct_ops.s/init <fifo_init>:
; queue main: fifo [7:1]
   0: r1 = 0
   1: r2 = -1
   2: call scx_bpf_create_dsq
   3: r0 = (s32)r0
   4: if r0 s>= 0x0 goto +1 <L0>
   5: exit
L0:
   6: r0 = 0
   7: exit

