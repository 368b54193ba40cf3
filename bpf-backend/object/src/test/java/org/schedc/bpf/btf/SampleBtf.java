package org.schedc.bpf.btf;

import java.util.List;
import java.util.Map;

/** Hand-built BTF fixtures shared by tests. */
public final class SampleBtf {
    private SampleBtf() {}

    /** One type of every kind, with bitfields, signed/unsigned enums and a cycle through a pointer. */
    public static Btf everyKind() {
        return new Btf(List.of(
                new BtfType.Int("int", 4, 1, 0, 32),                                                       // 1
                new BtfType.Ptr("", 4),                                                                    // 2 -> struct node
                new BtfType.Array("", 7, 1, 16),                                                           // 3 char[16]
                new BtfType.Struct("node", 32, List.of(                                                    // 4
                        new BtfType.Member("next", 2, 0, 0),
                        new BtfType.Member("flags", 1, 64, 3),
                        new BtfType.Member("name", 3, 96, 0))),
                new BtfType.Union("u", 8, List.of(new BtfType.Member("a", 1, 0, 0), new BtfType.Member("b", 17, 0, 0))), // 5
                new BtfType.Enum("color", 4, false, List.of(new BtfType.EnumValue("RED", 0), new BtfType.EnumValue("BIG", 0xffffffffL))), // 6
                new BtfType.Int("char", 1, 2, 0, 8),                                                        // 7
                new BtfType.Enum64("big", 8, true, List.of(new BtfType.EnumValue("NEG", -5), new BtfType.EnumValue("HUGE", Long.MAX_VALUE))), // 8
                new BtfType.Fwd("later", true),                                                            // 9
                new BtfType.Typedef("u32", 1),                                                             // 10
                new BtfType.Volatile("", 10),                                                              // 11
                new BtfType.Const("", 11),                                                                 // 12
                new BtfType.Restrict("", 2),                                                               // 13
                new BtfType.TypeTag("percpu", 2),                                                          // 14
                new BtfType.FuncProto("", 1, List.of(new BtfType.Param("n", 2), new BtfType.Param("x", 12))), // 15
                new BtfType.Func("walk", 15, 1),                                                           // 16
                new BtfType.Float("double", 8),                                                            // 17
                new BtfType.Var("counter", 1, 1),                                                          // 18
                new BtfType.Datasec(".data", 4, List.of(new BtfType.SecVar(18, 0, 4))),                    // 19
                new BtfType.DeclTag("kfunc", 16, -1),                                                      // 20
                new BtfType.Enum("sgn", 4, true, List.of(new BtfType.EnumValue("M", -1)))));               // 21
    }

    public static BtfExt sampleExt() {
        return new BtfExt(
                Map.of("struct_ops/enqueue", List.of(new BtfExt.FuncInfo(0, 16)), ".text", List.of(new BtfExt.FuncInfo(0, 16), new BtfExt.FuncInfo(64, 16))),
                Map.of("struct_ops/enqueue", List.of(new BtfExt.LineInfo(0, "a.sched", "on enqueue(t) {", 3, 5),
                        new BtfExt.LineInfo(16, "a.sched", "  ünicode line", 4, 1023))),
                Map.of("struct_ops/enqueue", List.of(new BtfExt.CoreRelo(8, 4, "0:1", 0), new BtfExt.CoreRelo(16, 4, "0:2:3", 2))));
    }
}
