package org.schedc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.schedc.bpf.asm.BpfFunction;
import org.schedc.bpf.asm.Disassembler;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;

/**
 * Register allocation, spilling and the parallel moves of call arguments, checked end to end: a random IR
 * function and the BPF code generated for it must return the same value and make the same kfunc calls with the
 * same arguments, and the BPF code must never read a register a call clobbered.
 */
class CodegenEquivalencePropertiesTest {
    private static final CodeGenerator.CoreSites NO_CORE = field -> new CodeGenerator.CoreSites.Site(1, "0:0");

    static BpfFunction generate(Ir.Function fn) {
        try {
            return new CodeGenerator(fn, NO_CORE).generate("f");
        } catch (CodeGenerator.StackOverflow e) {
            throw new AssertionError("stack overflow in a small function: " + e.getMessage());
        }
    }

    @Property(tries = 300)
    void generatedCodeComputesWhatTheIrComputes(@ForAll long seed) {
        Ir.Function fn = RandomIr.generate(seed);
        String ir = IrText.of(fn);
        List<Long> inputs = Machine.inputs(seed);
        Machine.Outcome expected = IrInterpreter.run(fn, inputs);
        BpfFunction code;
        try {
            code = generate(fn);
        } catch (RuntimeException e) {
            throw new AssertionError("code generation failed for seed " + seed + ": " + e + "\n" + ir, e);
        }
        Machine.Outcome actual;
        try {
            actual = BpfInterpreter.run(code, inputs, seed);
        } catch (BpfInterpreter.Fault f) {
            throw new AssertionError("BPF code " + f.getMessage() + " (seed " + seed + ")\n" + ir + "\n" + Disassembler.disassemble(code), f);
        }
        assertEquals(expected, actual, () -> "seed " + seed + "\n" + ir + "\n" + Disassembler.disassemble(code));
    }

    @Example
    void theRandomFunctionsExerciseSpillingAndCalls() {
        int spilled = 0, withCalls = 0, selfRight = 0;
        for (long seed = 0; seed < 200; seed++) {
            Ir.Function fn = RandomIr.generate(seed);
            boolean calls = fn.blocks.stream().anyMatch(b -> b.insts.stream().anyMatch(i -> i instanceof Inst.Call));
            if (fn.blocks.stream().anyMatch(b -> b.insts.stream().anyMatch(i -> i instanceof Inst.Alu a && a.b().equals(a.dst())
                    && !a.a().equals(a.dst()) && !a.op().commutative()))) selfRight++;
            generate(fn);
            if (!fn.stackObjects.isEmpty()) spilled++;
            if (calls) withCalls++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(spilled >= 20, "only " + spilled + " of 200 functions spill");
        org.junit.jupiter.api.Assertions.assertTrue(withCalls >= 100, "only " + withCalls + " of 200 functions call kfuncs");
        org.junit.jupiter.api.Assertions.assertTrue(selfRight >= 20, "only " + selfRight + " of 200 functions compute d = a - d");
    }

    @Example
    void valueLiveAcrossACallSurvivesIt() {
        Ir.Function fn = new Ir.Function("f");
        Ir.Block b = fn.newBlock();
        VReg x = fn.newVReg(), y = fn.newVReg(), r = fn.newVReg();
        b.insts.add(new Inst.CtxArg(x, fn.ctx, 0));
        b.insts.add(new Inst.Call(y, new Ir.Callee.Kfunc("kf0_1"), List.of(x)));
        b.insts.add(new Inst.Alu(Ir.AluOp.SUB, r, x, y));
        b.terminator = new Terminator.Return(r);
        List<Long> in = List.of(42L, 0L, 0L, 0L, 0L);
        Machine.Outcome expected = IrInterpreter.run(fn, in);
        assertEquals(42L - Machine.kfunc("kf0_1", List.of(42L)), expected.result());
        assertEquals(expected, BpfInterpreter.run(generate(fn), in, 1));
    }

    @Example
    void argumentsThatFormACycleArePassedCorrectly() {
        // b = kf(a2, a1): the two arguments want each other's registers.
        Ir.Function fn = new Ir.Function("f");
        Ir.Block blk = fn.newBlock();
        VReg a1 = fn.newVReg(), a2 = fn.newVReg(), r1 = fn.newVReg(), r2 = fn.newVReg(), sum = fn.newVReg();
        blk.insts.add(new Inst.CtxArg(a1, fn.ctx, 0));
        blk.insts.add(new Inst.CtxArg(a2, fn.ctx, 1));
        blk.insts.add(new Inst.Call(r1, new Ir.Callee.Kfunc("kf1_2"), List.of(a1, a2)));
        blk.insts.add(new Inst.Call(r2, new Ir.Callee.Kfunc("kf2_3"), List.of(a2, a1, new Imm(7))));
        blk.insts.add(new Inst.Alu(Ir.AluOp.XOR, sum, r1, r2));
        blk.terminator = new Terminator.Return(sum);
        List<Long> in = List.of(1L, 2L, 0L, 0L, 0L);
        assertEquals(IrInterpreter.run(fn, in), BpfInterpreter.run(generate(fn), in, 2));
    }

    @Example
    void manyLiveValuesForceSpills() {
        Ir.Function fn = new Ir.Function("f");
        Ir.Block b = fn.newBlock();
        List<VReg> vals = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            VReg v = fn.newVReg();
            b.insts.add(new Inst.Const(v, 1000L * i + 1));
            vals.add(v);
        }
        VReg c = fn.newVReg();
        b.insts.add(new Inst.Call(c, new Ir.Callee.Kfunc("kf0_0"), List.of()));
        VReg acc = c;
        for (VReg v : vals) {
            VReg n = fn.newVReg();
            b.insts.add(new Inst.Alu(Ir.AluOp.ADD, n, acc, v));
            acc = n;
        }
        b.terminator = new Terminator.Return(acc);
        List<Long> in = Machine.inputs(0);
        Machine.Outcome expected = IrInterpreter.run(fn, in);
        BpfFunction code = generate(fn);
        assertEquals(expected, BpfInterpreter.run(code, in, 3));
    }

    /** Two-address ALU: the result register must not be the right operand's unless the copy of the left is skipped. */
    @Example
    void resultInTheRightOperandRegister() {
        Ir.Function fn = new Ir.Function("f");
        Ir.Block b = fn.newBlock();
        VReg x = fn.newVReg(), y = fn.newVReg();
        b.insts.add(new Inst.CtxArg(x, fn.ctx, 0));
        b.insts.add(new Inst.CtxArg(y, fn.ctx, 1));
        b.insts.add(new Inst.Alu(Ir.AluOp.SUB, y, x, y));
        b.terminator = new Terminator.Return(y);
        List<Long> in = List.of(10L, 3L, 0L, 0L, 0L);
        assertEquals(IrInterpreter.run(fn, in), BpfInterpreter.run(generate(fn), in, 4));
    }

    @Example
    void interpreterRejectsReadingAClobberedRegister() {
        // r6 = ctx; call; return r1  -- r1 was clobbered by the call.
        org.schedc.bpf.asm.BpfWriter w = new org.schedc.bpf.asm.BpfWriter("f");
        w.visitCallKfunc("kf0_0");
        w.visitAluReg(org.schedc.bpf.asm.AluOp.MOV, org.schedc.bpf.asm.Width.W64, org.schedc.bpf.asm.Reg.R0, org.schedc.bpf.asm.Reg.R1);
        w.visitExit();
        w.visitEnd();
        BpfFunction f = w.toFunction();
        assertThrows(BpfInterpreter.Fault.class, () -> BpfInterpreter.run(f, Machine.inputs(0), 0));
    }
}
