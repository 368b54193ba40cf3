package org.schedc.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Cond;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;
import org.schedc.ir.passes.Passes;

/** The IR verifier accepts well-formed functions and names what is wrong in broken ones. */
class IrVerifierTest {
    /** x = ctx[0]; if x != 0 { y = x + 1 } else { y = 2 }; return y */
    private static Ir.Function diamond() {
        Ir.Function fn = new Ir.Function("f");
        Block entry = fn.newBlock(), then = fn.newBlock(), otherwise = fn.newBlock(), join = fn.newBlock();
        VReg x = fn.newVReg(), y = fn.newVReg();
        entry.insts.add(new Inst.CtxArg(x, fn.ctx, 0));
        entry.terminator = new Terminator.Branch(Cond.NE, x, new Imm(0), then, otherwise);
        then.insts.add(new Inst.Alu(Ir.AluOp.ADD, y, x, new Imm(1)));
        then.terminator = new Terminator.Jump(join);
        otherwise.insts.add(new Inst.Const(y, 2));
        otherwise.terminator = new Terminator.Jump(join);
        join.terminator = new Terminator.Return(y);
        return fn;
    }

    private static String problems(Ir.Function fn, boolean legalised) { return String.join("\n", IrVerifier.problems(fn, legalised)); }

    @Test
    void wellFormedFunctionsPass() {
        assertEquals(List.of(), IrVerifier.problems(diamond(), true));
    }

    @Test
    void aValueAssignedOnOnlyOnePathIsCaught() {
        Ir.Function fn = diamond();
        fn.blocks.get(2).insts.clear(); // the else path no longer assigns y
        assertTrue(problems(fn, false).contains("v2 may be read unassigned in 'return v2'"), problems(fn, false));
    }

    @Test
    void aUseBeforeItsDefinitionInTheSameBlockIsCaught() {
        Ir.Function fn = diamond();
        Block then = fn.blocks.get(1);
        VReg z = fn.newVReg();
        then.insts.addFirst(new Inst.Mov(z, (VReg) ((Inst.Alu) then.insts.getFirst()).dst()));
        assertTrue(problems(fn, false).contains("b1: v2 may be read unassigned in 'v3 = mov v2'"), problems(fn, false));
    }

    @Test
    void aLoopCarriedValueIsAssignedWhenItIsAssignedBeforeTheLoop() {
        Ir.Function fn = new Ir.Function("loop");
        Block entry = fn.newBlock(), header = fn.newBlock(), body = fn.newBlock(), exit = fn.newBlock();
        VReg i = fn.newVReg();
        entry.insts.add(new Inst.Const(i, 0));
        entry.terminator = new Terminator.Jump(header);
        header.terminator = new Terminator.Branch(Cond.ULT, i, new Imm(10), body, exit);
        body.insts.add(new Inst.Alu(Ir.AluOp.ADD, i, i, new Imm(1)));
        body.terminator = new Terminator.Jump(header);
        exit.terminator = new Terminator.Return(i);
        assertEquals(List.of(), IrVerifier.problems(fn, true));
        entry.insts.clear();
        assertTrue(problems(fn, false).contains("v1 may be read unassigned"), problems(fn, false));
    }

    @Test
    void structuralBreakageIsCaught() {
        Ir.Function fn = diamond();
        fn.blocks.get(3).terminator = null;
        assertTrue(problems(fn, false).contains("b3 has no terminator"));

        Ir.Function stray = diamond();
        Block elsewhere = new Block(99);
        elsewhere.terminator = new Terminator.Return(new Imm(0));
        stray.blocks.get(1).terminator = new Terminator.Jump(elsewhere);
        assertTrue(problems(stray, false).contains("b1 jumps to b99, which is not in the function"), problems(stray, false));

        Ir.Function twice = diamond();
        twice.blocks.add(twice.blocks.get(1));
        assertTrue(problems(twice, false).contains("b1 listed twice"));
    }

    @Test
    void registersWidthsAndStackObjectsAreChecked() {
        Ir.Function fn = diamond();
        Block entry = fn.entry();
        VReg v = fn.newVReg();
        entry.insts.add(new Inst.Load(v, fn.ctx, 0, 3));
        entry.insts.add(new Inst.Norm(fn.newVReg(), v, 12, false));
        entry.insts.add(new Inst.StackLoad(fn.newVReg(), 0, 8));
        entry.insts.add(new Inst.Const(fn.ctx, 1));
        entry.insts.add(new Inst.Mov(fn.newVReg(), new VReg(1000)));
        entry.insts.add(new Inst.Const(null, 1));
        String p = problems(fn, false);
        assertTrue(p.contains("instruction without a result register"), p);
        assertTrue(p.contains("width 3 in 'v3 = load.u24 v0+0'"), p);
        assertTrue(p.contains("normalisation to 12 bits"), p);
        assertTrue(p.contains("no stack object s0"), p);
        assertTrue(p.contains("assigns ctx"), p);
        assertTrue(p.contains("v1000 is not a register of this function"), p);
    }

    @Test
    void returnsMustAgreeAndLegalisedImmediatesMustFit() {
        Ir.Function fn = diamond();
        Block extra = fn.newBlock();
        extra.terminator = new Terminator.Return(null);
        fn.blocks.get(2).terminator = new Terminator.Jump(extra);
        assertTrue(problems(fn, false).contains("returns no value where others do not"), problems(fn, false));

        Ir.Function wide = diamond();
        wide.blocks.get(1).insts.set(0, new Inst.Alu(Ir.AluOp.ADD, new VReg(2), new VReg(1), new Imm(1L << 40)));
        assertEquals(List.of(), IrVerifier.problems(wide, false), "before legalisation wide immediates are fine");
        assertTrue(problems(wide, true).contains("ALU immediate needs 64 bits"), problems(wide, true));
    }

    @Test
    void thePipelineVerifiesAfterEveryPass() {
        String was = System.getProperty(PassPipeline.VERIFY_PROPERTY);
        System.setProperty(PassPipeline.VERIFY_PROPERTY, "true");
        try {
            // A pass that drops the instruction defining y on one path: the verifier must stop the pipeline there.
            Pass broken = new Pass("drop-a-definition", f -> {
                f.blocks.get(2).insts.clear();
                return true;
            });
            PassPipeline pipeline = new PassPipeline(List.of(new PassPipeline.Stage.Once(broken), new PassPipeline.Stage.Once(Passes.LEGALISE)));
            IrVerifier.Malformed e = assertThrows(IrVerifier.Malformed.class, () -> pipeline.run(diamond()));
            assertTrue(e.getMessage().contains("after drop-a-definition"), e.getMessage());
            Passes.STANDARD.run(diamond());
        } finally {
            if (was == null) System.clearProperty(PassPipeline.VERIFY_PROPERTY);
            else System.setProperty(PassPipeline.VERIFY_PROPERTY, was);
        }
    }

    @Test
    void unitTestsRunWithTheVerifierOn() {
        assertTrue(Boolean.getBoolean(PassPipeline.VERIFY_PROPERTY), "surefire must set -D" + PassPipeline.VERIFY_PROPERTY + "=true (compiler/core/pom.xml)");
    }
}
