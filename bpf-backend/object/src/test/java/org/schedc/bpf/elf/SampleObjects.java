package org.schedc.bpf.elf;

import java.util.List;
import java.util.Map;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfEncoder;
import org.schedc.bpf.btf.BtfExt;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.btf.SampleBtf;

/** Objects built with {@link BpfObjectBuilder} for tests. */
public final class SampleObjects {
    private SampleObjects() {}

    static final byte[] RET0 = insns(new long[] {0xb7, 0}, new long[] {0x95, 0});

    /** Each row is {opcode, imm} or {opcode, dst|src<<4, offset, imm}. */
    static byte[] insns(long[]... rows) {
        byte[] out = new byte[rows.length * 8];
        for (int i = 0; i < rows.length; i++) {
            long[] r = rows[i];
            boolean full = r.length == 4;
            int regs = full ? (int) r[1] : 0, off = full ? (int) r[2] : 0, imm = (int) (full ? r[3] : r[1]);
            int p = i * 8;
            out[p] = (byte) r[0];
            out[p + 1] = (byte) regs;
            out[p + 2] = (byte) off;
            out[p + 3] = (byte) (off >> 8);
            for (int k = 0; k < 4; k++) out[p + 4 + k] = (byte) (imm >> (8 * k));
        }
        return out;
    }

    /** Two programs, a .text subprogram, kfunc externs, .struct_ops.link + relocations, .maps, .data, .rodata, .bss, license, BTF and BTF.ext. */
    public static byte[] everything() {
        BpfObjectBuilder b = new BpfObjectBuilder();
        byte[] enqueue = insns(
                new long[] {0x85, 0x10, 0, -1},          // 0: call kfunc scx_bpf_dsq_insert
                new long[] {0x18, 0x01, 0, 0},           // 8: r1 = map my_map (ld_imm64)
                new long[] {0x00, 0},                    // 16
                new long[] {0x85, 0x10, 0, -1},          // 24: call helper_fn in .text (imm = slot - 1 = -1 for slot 0)
                new long[] {0x18, 0x02, 0, 4},           // 32: r2 = &.data + 4
                new long[] {0x00, 0},                    // 40
                new long[] {0xb7, 0},                    // 48: r0 = 0
                new long[] {0x95, 0});                   // 56: exit
        b.addProgram("struct_ops/enqueue", "enq", enqueue);
        b.addProgram("struct_ops.s/init", "init", RET0);
        b.addTextFunction("helper_fn", insns(new long[] {0xb7, 1}, new long[] {0x95, 0}));
        b.addTextFunction("helper_two", RET0);
        b.addData(".struct_ops.link", new byte[24]);
        b.addObjectSymbol("ops", ".struct_ops.link", 0, 24);
        b.addData(".maps", new byte[32]);
        b.addObjectSymbol("my_map", ".maps", 0, 32);
        b.addData(".data", new byte[8]);
        b.addObjectSymbol("counter", ".data", 0, 8);
        b.addData(".rodata", new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        b.addBss(16);
        b.addObjectSymbol("zeroes", ".bss", 0, 16);
        b.addExternSymbol("scx_bpf_dsq_insert", true);
        b.addExternSymbol("scx_bpf_now", false);
        b.addRelocation("struct_ops/enqueue", 0, Elf.R_BPF_64_32, "scx_bpf_dsq_insert");
        b.addRelocation("struct_ops/enqueue", 8, Elf.R_BPF_64_64, "my_map");
        b.addRelocation("struct_ops/enqueue", 24, Elf.R_BPF_64_32, ".text");
        b.addRelocation("struct_ops/enqueue", 32, Elf.R_BPF_64_64, ".data");
        b.addRelocation(".struct_ops.link", 0, Elf.R_BPF_64_ABS64, "enq");
        b.addRelocation(".struct_ops.link", 8, Elf.R_BPF_64_ABS64, "init");
        b.addRelocation(".text", 0, Elf.R_BPF_64_64, ".rodata");
        b.setLicense("GPL");
        BtfEncoder.Encoded enc = BtfEncoder.encode(SampleBtf.everyKind(), SampleBtf.sampleExt());
        b.setBtf(enc.btf(), enc.btfExt());
        return b.build();
    }

    /** The smallest struct_ops scheduler: one enqueue program "r0 = 0; exit" and a sched_ext_ops variable. */
    public static byte[] minimalStructOps() {
        Btf btf = new Btf(List.of(
                new BtfType.Int("int", 4, 1, 0, 32),                                                   // 1
                new BtfType.Int("unsigned long long", 8, 0, 0, 64),                                    // 2
                new BtfType.Ptr("", 2),                                                                // 3
                new BtfType.FuncProto("", 1, List.of(new BtfType.Param("ctx", 3))),                    // 4
                new BtfType.Func("minimal_enqueue", 4, 1),                                             // 5
                new BtfType.Struct("task_struct", 0, List.of()),                                       // 6
                new BtfType.Ptr("", 6),                                                                // 7
                new BtfType.FuncProto("", 0, List.of(new BtfType.Param("p", 7), new BtfType.Param("enq_flags", 2))), // 8
                new BtfType.Ptr("", 8),                                                                // 9
                new BtfType.Int("char", 1, 1, 0, 8),                                                   // 10
                new BtfType.Int("__ARRAY_SIZE_TYPE__", 4, 0, 0, 32),                                   // 11
                new BtfType.Array("", 10, 11, 128),                                                    // 12
                new BtfType.Struct("sched_ext_ops", 136, List.of(
                        new BtfType.Member("enqueue", 9, 0, 0), new BtfType.Member("name", 12, 64, 0))), // 13
                new BtfType.Var("minimal_ops", 13, 1),                                                 // 14
                new BtfType.Datasec(".struct_ops.link", 136, List.of(new BtfType.SecVar(14, 0, 136)))));   // 15
        BtfExt ext = new BtfExt(Map.of("struct_ops/enqueue", List.of(new BtfExt.FuncInfo(0, 5))),
                Map.of("struct_ops/enqueue", List.of(new BtfExt.LineInfo(0, "minimal.sched", "on enqueue: r0 = 0", 1, 1))), Map.of());
        BtfEncoder.Encoded enc = BtfEncoder.encode(btf, ext);

        BpfObjectBuilder b = new BpfObjectBuilder();
        b.addProgram("struct_ops/enqueue", "minimal_enqueue", RET0);
        byte[] ops = new byte[136];
        byte[] name = "minimal".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, ops, 8, name.length);
        b.addData(".struct_ops.link", ops);
        b.addObjectSymbol("minimal_ops", ".struct_ops.link", 0, 136);
        b.addRelocation(".struct_ops.link", 0, Elf.R_BPF_64_ABS64, "minimal_enqueue");
        b.setLicense("GPL");
        b.setBtf(enc.btf(), enc.btfExt());
        return b.build();
    }

    /**
     * A struct_ops object shaped like the compiler's output: a .text subprogram call, a BTF-defined array map, a .data
     * global through its section symbol, a kfunc call and a weak kfunc existence test, all with matching BTF.
     */
    public static byte[] richStructOps() {
        int u64 = 2;
        Btf btf = new Btf(List.of(
                new BtfType.Int("int", 4, 1, 0, 32),                                                       // 1
                new BtfType.Int("unsigned long long", 8, 0, 0, 64),                                        // 2
                new BtfType.Ptr("", u64),                                                                  // 3
                new BtfType.FuncProto("", 1, List.of(new BtfType.Param("ctx", 3))),                        // 4
                new BtfType.Func("rich_enqueue", 4, 1),                                                    // 5
                new BtfType.FuncProto("", 1, List.of()),                                                   // 6
                new BtfType.Func("helper_fn", 6, 0),                                                       // 7
                new BtfType.Struct("task_struct", 0, List.of()),                                           // 8
                new BtfType.Ptr("", 8),                                                                    // 9
                new BtfType.FuncProto("", 0, List.of(new BtfType.Param("p", 9), new BtfType.Param("enq_flags", u64))), // 10
                new BtfType.Ptr("", 10),                                                                   // 11
                new BtfType.Int("char", 1, 1, 0, 8),                                                       // 12
                new BtfType.Int("__ARRAY_SIZE_TYPE__", 4, 0, 0, 32),                                       // 13
                new BtfType.Array("", 12, 13, 128),                                                        // 14
                new BtfType.Struct("sched_ext_ops", 136, List.of(
                        new BtfType.Member("enqueue", 11, 0, 0), new BtfType.Member("name", 14, 64, 0))),    // 15
                new BtfType.Var("rich_ops", 15, 1),                                                        // 16
                new BtfType.Datasec(".struct_ops.link", 136, List.of(new BtfType.SecVar(16, 0, 136))),     // 17
                new BtfType.Array("", 1, 13, 2),                                                           // 18 type = BPF_MAP_TYPE_ARRAY
                new BtfType.Ptr("", 18),                                                                   // 19
                new BtfType.Array("", 1, 13, 1),                                                           // 20 max_entries = 1
                new BtfType.Ptr("", 20),                                                                   // 21
                new BtfType.Ptr("", 1),                                                                    // 22 key int
                new BtfType.Ptr("", u64),                                                                  // 23 value u64
                new BtfType.Struct("", 32, List.of(new BtfType.Member("type", 19, 0, 0), new BtfType.Member("max_entries", 21, 64, 0),
                        new BtfType.Member("key", 22, 128, 0), new BtfType.Member("value", 23, 192, 0))),    // 24
                new BtfType.Var("my_map", 24, 1),                                                          // 25
                new BtfType.Datasec(".maps", 32, List.of(new BtfType.SecVar(25, 0, 32))),                  // 26
                new BtfType.FuncProto("", u64, List.of()),                                                 // 27
                new BtfType.Func("scx_bpf_now", 27, 2),                                                    // 28
                new BtfType.FuncProto("", 0, List.of(new BtfType.Param("p", 9), new BtfType.Param("dsq_id", u64),
                        new BtfType.Param("slice", u64), new BtfType.Param("enq_flags", u64))),            // 29
                new BtfType.Func("scx_bpf_dsq_insert", 29, 2),                                             // 30
                new BtfType.Datasec(".ksyms", 0, List.of(new BtfType.SecVar(28, 0, 0), new BtfType.SecVar(30, 0, 0))), // 31
                new BtfType.Var("counter", u64, 1),                                                        // 32
                new BtfType.Datasec(".data", 8, List.of(new BtfType.SecVar(32, 0, 8)))));                  // 33
        BtfExt ext = new BtfExt(
                Map.of("struct_ops/enqueue", List.of(new BtfExt.FuncInfo(0, 5)), ".text", List.of(new BtfExt.FuncInfo(0, 7))),
                Map.of("struct_ops/enqueue", List.of(new BtfExt.LineInfo(0, "rich.sched", "on enqueue", 1, 1),
                                new BtfExt.LineInfo(64, "rich.sched", "return", 2, 3)),
                        ".text", List.of(new BtfExt.LineInfo(0, "rich.sched", "fn helper", 4, 1))),
                Map.of());
        BtfEncoder.Encoded enc = BtfEncoder.encode(btf, ext);

        BpfObjectBuilder b = new BpfObjectBuilder();
        b.addProgram("struct_ops/enqueue", "rich_enqueue", insns(
                new long[] {0x85, 0x10, 0, -1},     // 0: call helper_fn (.text slot 0)
                new long[] {0x18, 0x01, 0, 0},      // 8: r1 = my_map
                new long[] {0x00, 0},
                new long[] {0x85, 0x10, 0, -1},     // 24: call scx_bpf_now
                new long[] {0x18, 0x01, 0, 0},      // 32: r1 = &scx_bpf_dsq_insert (existence test)
                new long[] {0x00, 0},
                new long[] {0x18, 0x01, 0, 0},      // 48: r1 = &counter via .data + 0
                new long[] {0x00, 0},
                new long[] {0xb7, 0},               // 64: r0 = 0
                new long[] {0x95, 0}));             // 72: exit
        b.addTextFunction("helper_fn", insns(new long[] {0xb7, 1}, new long[] {0x95, 0}));
        byte[] ops = new byte[136];
        System.arraycopy("rich".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, ops, 8, 4);
        b.addData(".struct_ops.link", ops);
        b.addObjectSymbol("rich_ops", ".struct_ops.link", 0, 136);
        b.addData(".maps", new byte[32]);
        b.addObjectSymbol("my_map", ".maps", 0, 32);
        b.addData(".data", new byte[8]);
        b.addObjectSymbol("counter", ".data", 0, 8);
        b.addExternSymbol("scx_bpf_now", false);
        b.addExternSymbol("scx_bpf_dsq_insert", true);
        b.addRelocation("struct_ops/enqueue", 0, Elf.R_BPF_64_32, ".text");
        b.addRelocation("struct_ops/enqueue", 8, Elf.R_BPF_64_64, "my_map");
        b.addRelocation("struct_ops/enqueue", 24, Elf.R_BPF_64_32, "scx_bpf_now");
        b.addRelocation("struct_ops/enqueue", 32, Elf.R_BPF_64_64, "scx_bpf_dsq_insert");
        b.addRelocation("struct_ops/enqueue", 48, Elf.R_BPF_64_64, ".data");
        b.addRelocation(".struct_ops.link", 0, Elf.R_BPF_64_ABS64, "rich_enqueue");
        b.setLicense("GPL");
        b.setBtf(enc.btf(), enc.btfExt());
        return b.build();
    }
}
