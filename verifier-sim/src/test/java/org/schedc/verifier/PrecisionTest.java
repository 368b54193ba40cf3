package org.schedc.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schedc.bpf.asm.Reg.*;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.asm.AluOp;
import org.schedc.bpf.asm.BpfWriter;
import org.schedc.bpf.asm.Helpers;
import org.schedc.bpf.asm.JmpOp;
import org.schedc.bpf.asm.Label;
import org.schedc.bpf.asm.Size;
import org.schedc.bpf.asm.Width;

/**
 * Issue 16: precision tracking. Each program forks on an unknown value into two paths that differ in one scalar and
 * join at a label; the fall-through path is explored first and leaves a checkpoint at the join. Whether the second
 * path is pruned there depends only on whether the scalar was needed precisely after the join.
 */
class PrecisionTest {
    /** Tail instructions after the join: enough that a second walk through them shows in the processed count. */
    private static final int TAIL = 20;

    /**
     * {@code r7 = 1} or {@code r7 = 2} (and r6 unknown, either <= 10 or > 10) at the join, then {@code use}. The
     * prefix (filler, a helper call, the branch) makes the join pass the kernel's add-a-state heuristic (2 jumps, 8
     * instructions).
     */
    private static ProgramVerdict diamond(Consumer<BpfWriter> use) throws Exception {
        return Asm.single("enqueue", w -> {
            Label join = new Label();
            for (int i = 0; i < 6; i++) w.visitAluImm(AluOp.MOV, Width.W64, R9, 0);
            w.visitCallHelper(Helpers.KTIME_GET_NS);
            w.visitAluReg(AluOp.MOV, Width.W64, R6, R0);
            w.visitAluImm(AluOp.MOV, Width.W64, R7, 1);
            w.visitJumpImm(JmpOp.JGT, Width.W64, R6, 10, join);
            w.visitAluImm(AluOp.MOV, Width.W64, R7, 2);
            w.visitLabel(join);
            use.accept(w);
            w.visitExit();
        });
    }

    private static void tail(BpfWriter w) {
        for (int i = 0; i < TAIL; i++) w.visitAluImm(AluOp.ADD, Width.W64, R8, 1);
    }

    @Test
    void aScalarNeverUsedPreciselyDoesNotKeepPathsApart() throws Exception {
        // r7 flows into plain arithmetic only: the second path is pruned at the join although r7 (and r6) differ;
        // before precision tracking every live scalar was compared and the tail was walked twice (35 + 24 steps)
        ProgramVerdict v = diamond(w -> { w.visitAluReg(AluOp.MOV, Width.W64, R8, R7); tail(w); w.visitAluReg(AluOp.MOV, Width.W64, R0, R8); });
        assertTrue(v.accepted(), v::summary);
        // 11 steps to the join + 23 after it (mov, 20 adds, mov, exit) on the first path; 1 for the pruned arrival
        assertEquals(11 + 23 + 1, v.processedInsns());
    }

    @Test
    void aScalarThatDecidesABranchIsComparedExactly() throws Exception {
        // `if r7 == 2` is decided on each path by r7's value: r7 becomes precise in the join's checkpoint, so the
        // second path (r7 = 1) is not pruned and walks the tail itself
        ProgramVerdict v = diamond(w -> {
            Label skip = new Label();
            w.visitAluImm(AluOp.MOV, Width.W64, R8, 0);
            w.visitJumpImm(JmpOp.JEQ, Width.W64, R7, 2, skip);
            w.visitAluImm(AluOp.MOV, Width.W64, R8, 5);
            w.visitLabel(skip);
            tail(w);
        });
        assertTrue(v.accepted(), v::summary);
        assertTrue(v.processedInsns() >= 11 + 2 * (TAIL + 3), "second path pruned: " + v.processedInsns());
    }

    @Test
    void aScalarIndexingTheStackIsComparedAndItsBadValueCaught() throws Exception {
        // r7 = 0 on the first path (fp-8: fine), 16 on the second (fp+8: outside the frame). Pointer arithmetic marks
        // r7 precise at the join; had the second path been pruned there, the bad store would go unnoticed
        ProgramVerdict v = Asm.single("enqueue", w -> {
            Label join = new Label();
            for (int i = 0; i < 6; i++) w.visitAluImm(AluOp.MOV, Width.W64, R9, 0);
            w.visitCallHelper(Helpers.KTIME_GET_NS);
            w.visitAluImm(AluOp.MOV, Width.W64, R7, 16);
            w.visitJumpImm(JmpOp.JGT, Width.W64, R0, 10, join);
            w.visitAluImm(AluOp.MOV, Width.W64, R7, 0);
            w.visitLabel(join);
            w.visitAluReg(AluOp.MOV, Width.W64, R2, R10);
            w.visitAluImm(AluOp.ADD, Width.W64, R2, -8);
            w.visitAluReg(AluOp.ADD, Width.W64, R2, R7);
            w.visitStoreImm(Size.DW, R2, 0, 0);
            w.visitExit();
        });
        assertEquals("stack-oob", v.ruleId(), v::summary);
    }

    @Test
    void precisionFollowsASpillAcrossTheJoin() throws Exception {
        // the same bad index, spilled to fp-16 before the join and filled after it: backtracking goes from the fill
        // to the slot, so the slot is precise in the checkpoint and the second path is explored
        ProgramVerdict v = Asm.single("enqueue", w -> {
            Label join = new Label();
            for (int i = 0; i < 6; i++) w.visitAluImm(AluOp.MOV, Width.W64, R9, 0);
            w.visitCallHelper(Helpers.KTIME_GET_NS);
            w.visitAluImm(AluOp.MOV, Width.W64, R7, 16);
            w.visitJumpImm(JmpOp.JGT, Width.W64, R0, 10, join);
            w.visitAluImm(AluOp.MOV, Width.W64, R7, 0);
            w.visitLabel(join);
            w.visitStore(Size.DW, R10, -16, R7);
            w.visitAluImm(AluOp.MOV, Width.W64, R7, 0);
            w.visitLoad(Size.DW, R3, R10, -16);
            w.visitAluReg(AluOp.MOV, Width.W64, R2, R10);
            w.visitAluImm(AluOp.ADD, Width.W64, R2, -8);
            w.visitAluReg(AluOp.ADD, Width.W64, R2, R3);
            w.visitStoreImm(Size.DW, R2, 0, 0);
            w.visitExit();
        });
        assertEquals("stack-oob", v.ruleId(), v::summary);
    }

    @Test
    void copiesRefinedTogetherByABranchArePreciseTogether() throws Exception {
        // first path: r8 = r7 (linked copies), second: r8 = 0 and r7 unrelated. After the join `if r8 > 8` bounds r7
        // only through the link, and r7 indexes the stack. Backtracking from r7 passes the jump, whose linked copy r8
        // becomes precise too; the second path's r8 (a constant, not a copy of r7) then fails the id check, is
        // explored, and its unbounded r7 is refused. Without the linked copies it would be pruned: a false accept.
        ProgramVerdict v = Asm.single("enqueue", w -> {
            Label other = new Label(), join = new Label(), out = new Label();
            for (int i = 0; i < 6; i++) w.visitAluImm(AluOp.MOV, Width.W64, R9, 0);
            w.visitCallHelper(Helpers.KTIME_GET_NS);
            w.visitAluReg(AluOp.MOV, Width.W64, R7, R0);
            w.visitCallHelper(Helpers.KTIME_GET_NS);
            w.visitJumpImm(JmpOp.JGT, Width.W64, R0, 5, other);
            w.visitAluReg(AluOp.MOV, Width.W64, R8, R7);
            // the second call left a checkpoint right after it: 8 more steps before the join gets one
            for (int i = 0; i < 8; i++) w.visitAluImm(AluOp.MOV, Width.W64, R9, 0);
            w.visitGoto(join);
            w.visitLabel(other);
            w.visitAluImm(AluOp.MOV, Width.W64, R8, 0);
            w.visitLabel(join);
            w.visitJumpImm(JmpOp.JGT, Width.W64, R8, 8, out);
            w.visitAluReg(AluOp.MOV, Width.W64, R2, R10);
            w.visitAluImm(AluOp.ADD, Width.W64, R2, -16);
            w.visitAluReg(AluOp.ADD, Width.W64, R2, R7);
            w.visitStoreImm(Size.B, R2, 0, 0);
            w.visitLabel(out);
            w.visitExit();
        });
        assertEquals("ptr-arith", v.ruleId(), v::summary);
        assertTrue(v.message().contains("unbounded min value"), v::summary);
    }
}
