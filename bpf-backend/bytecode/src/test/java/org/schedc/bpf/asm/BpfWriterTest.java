package org.schedc.bpf.asm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

class BpfWriterTest {

    @Test
    void recordsRelocationsLinesAndCoreRelocationsAtInstructionSlots() {
        BpfWriter w = new BpfWriter("f");
        w.visitLineNumber(1, 1);
        w.visitLineNumber(2, 5); // same slot: the last position wins
        w.visitLdImm64Symbol(Reg.R1, "my_map", 0);
        w.visitLineNumber(3, 1);
        w.visitCoreRelocation(12, "0:2", CoreReloKind.FIELD_BYTE_OFFSET);
        w.visitLoad(Size.DW, Reg.R2, Reg.R1, 16);
        w.visitCallKfunc("scx_bpf_dsq_insert");
        w.visitCallSubprog("helper");
        w.visitExit();
        w.visitEnd();
        BpfFunction f = w.toFunction();

        assertEquals(6, f.slotCount());
        assertEquals(List.of(new LineEntry(0, 2, 5), new LineEntry(2, 3, 1)), f.lines());
        assertEquals(List.of(new CoreRelocation(2, 12, "0:2", CoreReloKind.FIELD_BYTE_OFFSET)), f.coreRelocations());
        assertEquals(List.of(new Relocation(0, RelocKind.LD_IMM64, "my_map"),
                new Relocation(3, RelocKind.CALL_KFUNC, "scx_bpf_dsq_insert"),
                new Relocation(4, RelocKind.CALL_SUBPROG, "helper")), f.relocations());
        assertEquals(new Insn(0x85, 0, 1, 0, -1), f.insn(3));
    }

    @Test
    void forwardAndBackwardJumpsAcrossLdImm64() {
        BpfWriter w = new BpfWriter("f");
        Label top = new Label(), out = new Label();
        w.visitLabel(top);                                         // 0
        w.visitJumpImm(JmpOp.JEQ, Width.W64, Reg.R1, 0, out);      // 0 -> 4
        w.visitLdImm64(Reg.R2, 5);                                 // 1-2
        w.visitGoto(top);                                          // 3 -> 0
        w.visitLabel(out);
        w.visitExit();                                             // 4
        w.visitEnd();
        BpfFunction f = w.toFunction();
        assertEquals(3, f.insn(0).off());
        assertEquals(-4, f.insn(3).off());
    }

    @Test
    void farGotoUsesTheLongForm() {
        int filler = 40_000;
        BpfWriter w = new BpfWriter("far");
        Label end = new Label(), start = new Label();
        w.visitLabel(start);
        w.visitGoto(end);                                          // forward, patched later
        for (int i = 0; i < filler; i++) w.visitAluImm(AluOp.ADD, Width.W64, Reg.R0, 1);
        w.visitGoto(start);                                        // backward, known at once
        w.visitLabel(end);
        w.visitExit();
        w.visitEnd();
        BpfFunction f = w.toFunction();

        Insn forward = f.insn(0);
        assertEquals(Opcodes.BPF_JMP32 | Opcodes.BPF_JA, forward.opcode());
        assertEquals(filler + 1, forward.imm());
        Insn backward = f.insn(filler + 1);
        assertEquals(Opcodes.BPF_JMP32 | Opcodes.BPF_JA, backward.opcode());
        assertEquals(-(filler + 2), backward.imm());

        BpfWriter copy = new BpfWriter("far");
        new BpfReader(f).accept(new CheckingVisitor(copy));
        assertEquals(f, copy.toFunction());
    }

    @Test
    void farConditionalJumpIsAnError() {
        BpfWriter w = new BpfWriter("far");
        Label end = new Label();
        w.visitJumpImm(JmpOp.JNE, Width.W64, Reg.R1, 0, end);
        for (int i = 0; i < 40_000; i++) w.visitAluImm(AluOp.ADD, Width.W64, Reg.R0, 1);
        BpfAsmException e = assertThrows(BpfAsmException.class, () -> w.visitLabel(end));
        assertEquals("insn 0: jump offset 40000 does not fit in 16 bits", e.getMessage());
    }

    @Test
    void toFunctionNeedsVisitEndAndPlacedLabels() {
        BpfWriter w = new BpfWriter("f");
        w.visitGoto(new Label("nowhere"));
        assertThrows(BpfAsmException.class, w::toFunction);
        w.visitEnd();
        BpfAsmException e = assertThrows(BpfAsmException.class, w::toFunction);
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void oneLabelServesSeveralWriters() {
        Label l = new Label();
        for (int pad = 0; pad < 3; pad++) {
            BpfWriter w = new BpfWriter("f" + pad);
            for (int i = 0; i < pad; i++) w.visitAluImm(AluOp.MOV, Width.W64, Reg.R0, 0);
            w.visitLabel(l);
            w.visitGoto(l);
            w.visitEnd();
            assertEquals(-1, w.toFunction().insn(pad).off());
        }
    }

    @Test
    void readerReplaysLoaderFormsAndUnknownOpcodesRaw() {
        BpfWriter w = new BpfWriter("f");
        w.visitRaw(new Insn(0x18, 1, Opcodes.BPF_PSEUDO_MAP_FD, 0, 7));   // ld_imm64 map fd, as libbpf rewrites it
        w.visitRaw(new Insn(0, 0, 0, 0, 0));
        w.visitRaw(new Insn(0x85, 0, Opcodes.BPF_PSEUDO_KFUNC_CALL, 0, 1234));
        w.visitRaw(new Insn(0x8f, 1, 2, 0, 0));                        // no such opcode
        w.visitRaw(new Insn(0x05, 0, 0, 100, 0));                      // jumps out of the function
        w.visitExit();
        w.visitEnd();
        BpfFunction f = w.toFunction();
        BpfWriter copy = new BpfWriter("f");
        new BpfReader(f).accept(copy);
        assertEquals(f, copy.toFunction());
    }

    @Test
    void functionEqualityComparesCodeBytes() {
        byte[] code = new Insn(0x95, 0, 0, 0, 0).toBytes();
        BpfFunction a = BpfFunction.ofCode("f", code);
        code[0] = 0;
        assertEquals(0x95, a.insn(0).opcode(), "defensive copy");
        assertEquals(a, BpfFunction.ofCode("f", new Insn(0x95, 0, 0, 0, 0).toBytes()));
        assertThrows(IllegalArgumentException.class, () -> BpfFunction.ofCode("f", new byte[7]));
    }
}
