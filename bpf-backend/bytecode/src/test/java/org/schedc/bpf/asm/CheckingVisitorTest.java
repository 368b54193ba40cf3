package org.schedc.bpf.asm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.insn.Insn;

/** One test per CheckingVisitor rule: the misuse is rejected with a message naming the instruction. */
class CheckingVisitorTest {

    /** Runs {@code body} on a checker with two harmless instructions already emitted (so the index is 2). */
    private static BpfAsmException rejects(Consumer<CheckingVisitor> body, String expectedFragment) {
        CheckingVisitor v = new CheckingVisitor(new BpfWriter("f"));
        v.visitAluImm(AluOp.MOV, Width.W64, Reg.R0, 0);
        v.visitAluImm(AluOp.MOV, Width.W64, Reg.R1, 0);
        BpfAsmException e = assertThrows(BpfAsmException.class, () -> body.accept(v));
        assertTrue(e.getMessage().contains(expectedFragment), "message: " + e.getMessage());
        return e;
    }

    private static void rejectsAtInsn2(Consumer<CheckingVisitor> body, String expectedFragment) {
        BpfAsmException e = rejects(body, expectedFragment);
        assertEquals(2, e.insnIndex());
        assertTrue(e.getMessage().startsWith("insn 2: "), e.getMessage());
    }

    private static void accepts(Consumer<CheckingVisitor> body) {
        BpfWriter w = new BpfWriter("f");
        CheckingVisitor v = new CheckingVisitor(w);
        body.accept(v);
        v.visitExit();
        v.visitEnd();
        assertDoesNotThrow(w::toFunction);
    }

    @Test
    void writesToR10AreRejected() {
        rejectsAtInsn2(v -> v.visitAluImm(AluOp.ADD, Width.W64, Reg.R10, 8), "writes r10");
        rejectsAtInsn2(v -> v.visitAluReg(AluOp.MOV, Width.W64, Reg.R10, Reg.R1), "writes r10");
        rejectsAtInsn2(v -> v.visitNeg(Width.W64, Reg.R10), "writes r10");
        rejectsAtInsn2(v -> v.visitMovSx(Width.W64, Reg.R10, Reg.R1, 8), "writes r10");
        rejectsAtInsn2(v -> v.visitEndian(EndianOp.TO_BE, Reg.R10, 16), "writes r10");
        rejectsAtInsn2(v -> v.visitLoad(Size.DW, Reg.R10, Reg.R1, 0), "writes r10");
        rejectsAtInsn2(v -> v.visitLoadSx(Size.W, Reg.R10, Reg.R1, 0), "writes r10");
        rejectsAtInsn2(v -> v.visitLdImm64(Reg.R10, 1), "writes r10");
        rejectsAtInsn2(v -> v.visitLdImm64Symbol(Reg.R10, "m", 0), "writes r10");
        rejectsAtInsn2(v -> v.visitAtomic(AtomicOp.FETCH_ADD, Size.DW, Reg.R1, 0, Reg.R10), "r10");
    }

    @Test
    void r10IsFineAsStoreBaseAndSource() {
        accepts(v -> {
            v.visitStore(Size.DW, Reg.R10, -8, Reg.R1);
            v.visitStoreImm(Size.W, Reg.R10, -4, 0);
            v.visitAluReg(AluOp.MOV, Width.W64, Reg.R2, Reg.R10);
            v.visitAtomic(AtomicOp.ADD, Size.DW, Reg.R10, -8, Reg.R1);
        });
    }

    @Test
    void shiftImmediatesMustFitTheWidth() {
        rejectsAtInsn2(v -> v.visitAluImm(AluOp.LSH, Width.W32, Reg.R1, 32), "shift amount 32 out of range 0..31");
        rejectsAtInsn2(v -> v.visitAluImm(AluOp.RSH, Width.W64, Reg.R1, 64), "out of range 0..63");
        rejectsAtInsn2(v -> v.visitAluImm(AluOp.ARSH, Width.W64, Reg.R1, -1), "out of range");
        accepts(v -> {
            v.visitAluImm(AluOp.LSH, Width.W64, Reg.R1, 63);
            v.visitAluImm(AluOp.ARSH, Width.W32, Reg.R1, 31);
        });
    }

    @Test
    void divisionByImmediateZeroIsRejected() {
        for (AluOp op : new AluOp[] {AluOp.DIV, AluOp.SDIV, AluOp.MOD, AluOp.SMOD}) {
            rejectsAtInsn2(v -> v.visitAluImm(op, Width.W64, Reg.R1, 0), "division by immediate 0");
        }
        accepts(v -> v.visitAluImm(AluOp.SDIV, Width.W32, Reg.R1, -1));
    }

    @Test
    void movSxWidthsAreChecked() {
        rejectsAtInsn2(v -> v.visitMovSx(Width.W64, Reg.R1, Reg.R2, 64), "cannot sign-extend from 64");
        rejectsAtInsn2(v -> v.visitMovSx(Width.W64, Reg.R1, Reg.R2, 4), "cannot sign-extend from 4");
        rejectsAtInsn2(v -> v.visitMovSx(Width.W32, Reg.R1, Reg.R2, 32), "cannot sign-extend from 32 bits at width 32");
        accepts(v -> {
            v.visitMovSx(Width.W64, Reg.R1, Reg.R2, 32);
            v.visitMovSx(Width.W32, Reg.R1, Reg.R2, 16);
        });
    }

    @Test
    void atomicsNeedWordOrDoubleWord() {
        rejectsAtInsn2(v -> v.visitAtomic(AtomicOp.ADD, Size.B, Reg.R1, 0, Reg.R2), "size B is not W or DW");
        rejectsAtInsn2(v -> v.visitAtomic(AtomicOp.XCHG, Size.H, Reg.R1, 0, Reg.R2), "size H is not W or DW");
    }

    @Test
    void offsetsMustFitSixteenBits() {
        rejectsAtInsn2(v -> v.visitLoad(Size.W, Reg.R1, Reg.R2, 32768), "offset 32768 does not fit");
        rejectsAtInsn2(v -> v.visitStore(Size.W, Reg.R1, -32769, Reg.R2), "offset -32769 does not fit");
        rejectsAtInsn2(v -> v.visitStoreImm(Size.W, Reg.R1, 1 << 20, 0), "does not fit");
        rejectsAtInsn2(v -> v.visitAtomic(AtomicOp.ADD, Size.W, Reg.R1, 40000, Reg.R2), "does not fit");
        rejectsAtInsn2(v -> v.visitLoadSx(Size.W, Reg.R1, Reg.R2, 40000), "does not fit");
    }

    @Test
    void loadSxOfDoubleWordIsRejected() {
        rejectsAtInsn2(v -> v.visitLoadSx(Size.DW, Reg.R1, Reg.R2, 0), "DW");
    }

    @Test
    void endianWidthIsChecked() {
        rejectsAtInsn2(v -> v.visitEndian(EndianOp.BSWAP, Reg.R1, 8), "width 8");
    }

    @Test
    void labelPlacedTwice() {
        Label l = new Label("twice");
        BpfAsmException e = rejects(v -> {
            v.visitLabel(l);
            v.visitExit();
            v.visitLabel(l);
        }, "label twice placed twice (first at insn 2)");
        assertEquals(3, e.insnIndex());
    }

    @Test
    void labelJumpedToButNeverPlaced() {
        BpfAsmException e = rejects(v -> {
            v.visitGoto(new Label("lost"));
            v.visitEnd();
        }, "jump to label lost that is never placed");
        assertEquals(2, e.insnIndex());
    }

    @Test
    void labelPlacedAfterTheLastInstruction() {
        Label end = new Label("end");
        rejects(v -> {
            v.visitJumpImm(JmpOp.JEQ, Width.W64, Reg.R1, 0, end);
            v.visitExit();
            v.visitLabel(end);
            v.visitEnd();
        }, "placed after the last instruction");
    }

    @Test
    void nothingAfterVisitEnd() {
        CheckingVisitor v = new CheckingVisitor(new BpfWriter("f"));
        v.visitExit();
        v.visitEnd();
        BpfAsmException e = assertThrows(BpfAsmException.class, () -> v.visitAluImm(AluOp.MOV, Width.W64, Reg.R0, 0));
        assertEquals("insn 1: alu64 mov imm after visitEnd()", e.getMessage());
        assertThrows(BpfAsmException.class, v::visitEnd);
        assertThrows(BpfAsmException.class, () -> v.visitLabel(new Label()));
    }

    @Test
    void lineNumberMustBeFollowedByAnInstruction() {
        rejects(v -> {
            v.visitExit();
            v.visitLineNumber(3, 1);
            v.visitEnd();
        }, "line number is not followed by an instruction");
    }

    @Test
    void coreRelocationMustBeFollowedByAnInstruction() {
        rejects(v -> {
            v.visitExit();
            v.visitCoreRelocation(5, "0:1", CoreReloKind.FIELD_BYTE_OFFSET);
            v.visitEnd();
        }, "CO-RE relocation is not followed by an instruction");
    }

    @Test
    void oneCoreRelocationPerInstruction() {
        rejectsAtInsn2(v -> {
            v.visitCoreRelocation(5, "0:1", CoreReloKind.FIELD_BYTE_OFFSET);
            v.visitCoreRelocation(5, "0:2", CoreReloKind.FIELD_BYTE_OFFSET);
        }, "two CO-RE relocations");
        rejectsAtInsn2(v -> v.visitCoreRelocation(0, "0:1", CoreReloKind.FIELD_EXISTS), "root type id 0");
    }

    @Test
    void functionMustNotFallOffTheEnd() {
        rejects(CheckingVisitor::visitEnd, "falls off the end");
        rejects(v -> {
            v.visitCallHelper(Helpers.KTIME_GET_NS);
            v.visitEnd();
        }, "falls off the end");
        Label top = new Label();
        accepts(v -> {
            v.visitLabel(top);
            v.visitAluImm(AluOp.ADD, Width.W64, Reg.R1, 1);
            v.visitJumpImm(JmpOp.JLT, Width.W64, Reg.R1, 10, top);
        });
        BpfWriter w = new BpfWriter("loop");
        CheckingVisitor v = new CheckingVisitor(w);
        Label l = new Label();
        v.visitLabel(l);
        v.visitGoto(l);
        assertDoesNotThrow(v::visitEnd);
    }

    @Test
    void rawExitCountsAsTerminator() {
        CheckingVisitor v = new CheckingVisitor(new BpfWriter("f"));
        v.visitRaw(new Insn(0x95, 0, 0, 0, 0));
        assertDoesNotThrow(v::visitEnd);
    }

    @Test
    void namesAndHelperIdsAreChecked() {
        rejectsAtInsn2(v -> v.visitCallKfunc(""), "kfunc name is empty");
        rejectsAtInsn2(v -> v.visitCallSubprog(null), "subprogram name is empty");
        rejectsAtInsn2(v -> v.visitLdImm64Symbol(Reg.R1, "", 0), "symbol is empty");
        rejectsAtInsn2(v -> v.visitCallHelper(0), "helper id 0");
    }

    @Test
    void rejectedCallsDoNotReachTheWriter() {
        BpfWriter w = new BpfWriter("f");
        CheckingVisitor v = new CheckingVisitor(w);
        assertThrows(BpfAsmException.class, () -> v.visitAluImm(AluOp.DIV, Width.W64, Reg.R1, 0));
        assertEquals(0, w.currentSlot());
    }
}
