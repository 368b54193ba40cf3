package org.schedc.verifier;

import org.schedc.bpf.link.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schedc.bpf.asm.Reg.*;

import org.junit.jupiter.api.Test;
import org.schedc.bpf.asm.AluOp;
import org.schedc.bpf.asm.BpfWriter;
import org.schedc.bpf.asm.Helpers;
import org.schedc.bpf.asm.JmpOp;
import org.schedc.bpf.asm.Label;
import org.schedc.bpf.asm.Size;
import org.schedc.bpf.asm.Width;
import org.schedc.bpf.btf.Btf;

/** One accepted and one rejected program per verifier rule. */
class RulesTest {
    private static final Btf K = Kernels.snapshot72();

    private static void accepted(ProgramVerdict v) {
        assertTrue(v.accepted(), () -> v.summary());
        assertEquals(-1, v.insnIndex());
    }

    private static void rejected(ProgramVerdict v, String ruleId, int insn, String message) {
        assertFalse(v.accepted(), "expected " + ruleId);
        assertEquals(ruleId, v.ruleId(), v.summary());
        assertEquals(insn, v.insnIndex(), v.summary());
        if (message != null) assertEquals(message, v.message());
        assertFalse(v.explanation().isEmpty());
    }

    private static void ret0(BpfWriter w) {
        w.visitAluImm(AluOp.MOV, Width.W64, R0, 0);
        w.visitExit();
    }

    @Test
    void returnValueRequiredOnlyForNonVoidCallbacks() throws Exception {
        accepted(Asm.single("enqueue", BpfWriter::visitExit));
        accepted(Asm.single("select_cpu", RulesTest::ret0));
        rejected(Asm.single("select_cpu", BpfWriter::visitExit), "r0-unset", 0, "R0 !read_ok");
    }

    @Test
    void uninitialisedRegister() throws Exception {
        rejected(Asm.single("enqueue", w -> { w.visitAluReg(AluOp.MOV, Width.W64, R0, R2); w.visitExit(); }), "uninit-reg", 0, "R2 !read_ok");
        accepted(Asm.single("enqueue", w -> { w.visitAluReg(AluOp.MOV, Width.W64, R0, R1); w.visitExit(); }));
    }

    @Test
    void framePointerIsReadOnly() throws Exception {
        rejected(Asm.single("enqueue", w -> { w.visitAluImm(AluOp.MOV, Width.W64, R10, 0); w.visitExit(); }), "fp-write", 0, "frame pointer is read only");
    }

    @Test
    void divisionByImmediateZeroAndBadShift() throws Exception {
        rejected(Asm.single("enqueue", w -> { w.visitAluImm(AluOp.MOV, Width.W64, R0, 1); w.visitAluImm(AluOp.DIV, Width.W64, R0, 0); w.visitExit(); }),
                "div-by-zero", 1, "div by zero");
        rejected(Asm.single("enqueue", w -> { w.visitAluImm(AluOp.MOV, Width.W64, R0, 1); w.visitAluImm(AluOp.LSH, Width.W32, R0, 32); w.visitExit(); }),
                "bad-shift", 1, "invalid shift 32");
        // division by a register that may be zero is fine: the result is defined
        accepted(Asm.single("enqueue", w -> { w.visitAluImm(AluOp.MOV, Width.W64, R0, 1); w.visitLoad(Size.DW, R2, R1, 8); w.visitAluReg(AluOp.DIV, Width.W64, R0, R2); w.visitExit(); }));
    }

    @Test
    void contextIsReadOnlyAndBounded() throws Exception {
        rejected(Asm.single("enqueue", w -> { w.visitStoreImm(Size.DW, R1, 0, 0); w.visitExit(); }), "ctx-write", 0, "invalid bpf_context access off=0 size=8");
        rejected(Asm.single("enqueue", w -> { w.visitLoad(Size.DW, R2, R1, 16); w.visitExit(); }), "ctx-access", 0, "invalid bpf_context access off=16 size=8");
        // 7.2 folds a constant offset added to ctx into the access (kernel log: R1=ctx(imm=8))
        accepted(Asm.single("enqueue", w -> { w.visitAluImm(AluOp.ADD, Width.W64, R1, 8); w.visitLoad(Size.DW, R2, R1, 0); w.visitExit(); }));
        rejected(Asm.single("enqueue", w -> {
            w.visitLoad(Size.DW, R2, R1, 8);
            w.visitAluImm(AluOp.AND, Width.W64, R2, 8);
            w.visitAluReg(AluOp.ADD, Width.W64, R1, R2);
            w.visitLoad(Size.DW, R3, R1, 0);
            w.visitExit();
        }), "ctx-ptr-arith", 3, "variable ctx access var_off=(0x0; 0x8) disallowed");
        accepted(Asm.single("enqueue", w -> { w.visitLoad(Size.DW, R2, R1, 8); w.visitExit(); }));
    }

    @Test
    void taskStructWritesOnlyToSliceAndVtime() throws Exception {
        int slice = Asm.taskScxOffset(K, "slice"), vtime = Asm.taskScxOffset(K, "dsq_vtime"), pid = Asm.taskOffset(K, "pid");
        accepted(Asm.single("enqueue", w -> {
            w.visitLoad(Size.DW, R2, R1, 0);
            w.visitStoreImm(Size.DW, R2, slice, 1000);
            w.visitStoreImm(Size.DW, R2, vtime, 5);
            w.visitExit();
        }));
        rejected(Asm.single("enqueue", w -> { w.visitLoad(Size.DW, R2, R1, 0); w.visitStoreImm(Size.W, R2, pid, 1); w.visitExit(); }), "btf-write", 1, null);
    }

    @Test
    void taskStructReadsStayInside() throws Exception {
        int pid = Asm.taskOffset(K, "pid"), size = Asm.taskSize(K);
        accepted(Asm.single("enqueue", w -> { w.visitLoad(Size.DW, R2, R1, 0); w.visitLoad(Size.W, R3, R2, pid); w.visitExit(); }));
        rejected(Asm.single("enqueue", w -> { w.visitLoad(Size.DW, R2, R1, 0); w.visitLoad(Size.W, R3, R2, size); w.visitExit(); }), "btf-access", 1, null);
        rejected(Asm.single("enqueue", w -> { w.visitLoad(Size.DW, R2, R1, 8); w.visitLoad(Size.W, R3, R2, 0); w.visitExit(); }), "invalid-mem", 1,
                "R2 invalid mem access 'scalar'");
    }

    @Test
    void stackBoundsAlignmentAndSpills() throws Exception {
        rejected(Asm.single("enqueue", w -> { w.visitStoreImm(Size.DW, R10, -520, 0); w.visitExit(); }), "stack-oob", 0, null);
        rejected(Asm.single("enqueue", w -> { w.visitStoreImm(Size.DW, R10, 0, 0); w.visitExit(); }), "stack-oob", 0, null);
        rejected(Asm.single("enqueue", w -> { w.visitStoreImm(Size.W, R10, -6, 0); w.visitExit(); }), "misaligned", 0, null);
        // privileged loads may read uninitialised stack
        accepted(Asm.single("select_cpu", w -> { w.visitLoad(Size.DW, R0, R10, -8); w.visitExit(); }));
        // a spilled task pointer comes back as a trusted pointer
        accepted(Asm.single("enqueue", w -> {
            w.visitLoad(Size.DW, R2, R1, 0);
            w.visitStore(Size.DW, R10, -16, R2);
            w.visitLoad(Size.DW, R1, R10, -16);
            w.visitAluImm(AluOp.MOV, Width.W64, R2, 0);
            w.visitAluImm(AluOp.MOV, Width.W64, R3, 1000);
            w.visitAluImm(AluOp.MOV, Width.W64, R4, 0);
            w.visitCallKfunc("scx_bpf_dsq_insert");
            w.visitExit();
        }));
    }

    @Test
    void kfuncsPerCallback() throws Exception {
        rejected(Asm.single("enqueue", w -> { w.visitAluImm(AluOp.MOV, Width.W64, R1, 0); w.visitCallKfunc("scx_bpf_dsq_move_to_local"); w.visitExit(); }),
                "kfunc-not-allowed", 1, "calling kernel function scx_bpf_dsq_move_to_local is not allowed");
        accepted(Asm.single("dispatch", w -> { w.visitAluImm(AluOp.MOV, Width.W64, R1, 0); w.visitCallKfunc("scx_bpf_dsq_move_to_local"); w.visitExit(); }));
    }

    @Test
    void kfuncArguments() throws Exception {
        rejected(Asm.single("enqueue", w -> {
            w.visitAluImm(AluOp.MOV, Width.W64, R1, 0);
            w.visitAluImm(AluOp.MOV, Width.W64, R2, 0);
            w.visitAluImm(AluOp.MOV, Width.W64, R3, 0);
            w.visitAluImm(AluOp.MOV, Width.W64, R4, 0);
            w.visitCallKfunc("scx_bpf_dsq_insert");
            w.visitExit();
        }), "null-deref", 4, "Possibly NULL pointer passed to trusted R1"); // a constant 0 is a NULL pointer
        rejected(Asm.single("enqueue", w -> {
            w.visitAluImm(AluOp.MOV, Width.W64, R1, 5);
            w.visitAluImm(AluOp.MOV, Width.W64, R2, 0);
            w.visitAluImm(AluOp.MOV, Width.W64, R3, 0);
            w.visitAluImm(AluOp.MOV, Width.W64, R4, 0);
            w.visitCallKfunc("scx_bpf_dsq_insert");
            w.visitExit();
        }), "bad-kfunc-arg", 4, "R1 pointer type STRUCT task_struct must point to scalar, or struct with scalar");
        rejected(Asm.single("enqueue", w -> { w.visitLoad(Size.DW, R1, R1, 0); w.visitCallKfunc("scx_bpf_dsq_insert"); w.visitExit(); }),
                "uninit-reg", 1, "R2 is not a scalar");
        // dispatch's prev may be NULL (sched_ext_ops__dispatch has prev__nullable)
        rejected(Asm.single("dispatch", w -> { w.visitLoad(Size.DW, R1, R1, 8); w.visitCallKfunc("scx_bpf_task_cpu"); w.visitExit(); }),
                "null-deref", 1, "Possibly NULL pointer passed to trusted R1");
        accepted(Asm.single("dispatch", w -> {
            Label skip = new Label();
            w.visitLoad(Size.DW, R1, R1, 8);
            w.visitJumpImm(JmpOp.JEQ, Width.W64, R1, 0, skip);
            w.visitCallKfunc("scx_bpf_task_cpu");
            w.visitLabel(skip);
            w.visitExit();
        }));
    }

    @Test
    void kfuncOutputArgumentsBecomeUnknown() throws Exception {
        // bool is_idle = false; scx_bpf_select_cpu_dfl(p, prev, flags, &is_idle); if (is_idle) <bad deref>
        rejected(Asm.single("select_cpu", w -> {
            Label idle = new Label();
            w.visitStoreImm(Size.B, R10, -1, 0);
            w.visitLoad(Size.DW, R2, R1, 8);
            w.visitLoad(Size.DW, R3, R1, 16);
            w.visitLoad(Size.DW, R1, R1, 0);
            w.visitAluReg(AluOp.MOV, Width.W64, R4, R10);
            w.visitAluImm(AluOp.ADD, Width.W64, R4, -1);
            w.visitCallKfunc("scx_bpf_select_cpu_dfl");
            w.visitLoad(Size.B, R1, R10, -1);
            w.visitJumpImm(JmpOp.JNE, Width.W64, R1, 0, idle);
            w.visitExit();
            w.visitLabel(idle);
            w.visitLoad(Size.DW, R0, R1, 0);
            w.visitExit();
        }), "invalid-mem", 10, "R1 invalid mem access 'scalar'");
    }

    @Test
    void acquiredReferencesMustBeReleased() throws Exception {
        rejected(Asm.single("enqueue", w -> {
            Label out = new Label();
            w.visitAluImm(AluOp.MOV, Width.W64, R1, 1);
            w.visitCallKfunc("bpf_task_from_pid");
            w.visitJumpImm(JmpOp.JEQ, Width.W64, R0, 0, out);
            w.visitAluImm(AluOp.MOV, Width.W64, R0, 0);
            w.visitLabel(out);
            w.visitExit();
        }), "ref-leak", 4, null);
        // 7.x lets struct_ops programs return a referenced pointer in R0 (the kernel accepted this on 7.2.13)
        accepted(Asm.single("enqueue", w -> {
            Label out = new Label();
            w.visitAluImm(AluOp.MOV, Width.W64, R1, 1);
            w.visitCallKfunc("bpf_task_from_pid");
            w.visitJumpImm(JmpOp.JEQ, Width.W64, R0, 0, out);
            w.visitLabel(out);
            w.visitExit();
        }));
        accepted(Asm.single("enqueue", w -> {
            Label out = new Label();
            w.visitAluImm(AluOp.MOV, Width.W64, R1, 1);
            w.visitCallKfunc("bpf_task_from_pid");
            w.visitJumpImm(JmpOp.JEQ, Width.W64, R0, 0, out);
            w.visitAluReg(AluOp.MOV, Width.W64, R1, R0);
            w.visitCallKfunc("bpf_task_release");
            w.visitLabel(out);
            w.visitExit();
        }));
        rejected(Asm.single("enqueue", w -> {
            w.visitAluImm(AluOp.MOV, Width.W64, R1, 1);
            w.visitCallKfunc("bpf_task_from_pid");
            w.visitAluReg(AluOp.MOV, Width.W64, R1, R0);
            w.visitCallKfunc("bpf_task_release");
            w.visitExit();
        }), "null-deref", 3, "Possibly NULL pointer passed to trusted R1");
        rejected(Asm.single("enqueue", w -> { w.visitLoad(Size.DW, R1, R1, 0); w.visitCallKfunc("bpf_task_release"); w.visitExit(); }),
                "bad-release", 1, null);
        accepted(Asm.single("select_cpu", w -> {
            w.visitCallKfunc("scx_bpf_get_idle_cpumask");
            w.visitAluReg(AluOp.MOV, Width.W64, R1, R0);
            w.visitCallKfunc("scx_bpf_put_idle_cpumask");
            ret0(w);
        }));
    }

    @Test
    void mapLookupsNeedNullChecksUnlessArrayWithConstantKey() throws Exception {
        java.util.function.Consumer<BpfWriter> lookup = w -> {
            w.visitStoreImm(Size.W, R10, -4, 0);
            w.visitAluReg(AluOp.MOV, Width.W64, R2, R10);
            w.visitAluImm(AluOp.ADD, Width.W64, R2, -4);
            w.visitLdImm64Symbol(R1, "m", 0);
            w.visitCallHelper(Helpers.MAP_LOOKUP_ELEM);
        };
        var hashUnchecked = TestObject.single("enqueue", Asm.fn("p", w -> { lookup.accept(w); w.visitLoad(Size.DW, R1, R0, 0); w.visitExit(); }));
        var obj = new TestObject().hashMap("m", 8).program("enqueue", Asm.fn("p", w -> { lookup.accept(w); w.visitLoad(Size.DW, R1, R0, 0); w.visitExit(); })).build();
        rejected(Asm.verdict(obj), "null-deref", 6, "R0 invalid mem access 'map_value_or_null'");
        assertNotNull(hashUnchecked);
        var arr = new TestObject().arrayMap("m", 8, 4).program("enqueue", Asm.fn("p", w -> { lookup.accept(w); w.visitLoad(Size.DW, R1, R0, 0); w.visitExit(); })).build();
        accepted(Asm.verdict(arr));
        var oob = new TestObject().arrayMap("m", 8, 4).program("enqueue", Asm.fn("p", w -> { lookup.accept(w); w.visitLoad(Size.DW, R1, R0, 8); w.visitExit(); })).build();
        rejected(Asm.verdict(oob), "map-oob", 6, "invalid access to map value, value_size=8 off=8 size=8");
        var checked = new TestObject().hashMap("m", 8).program("enqueue", Asm.fn("p", w -> {
            Label out = new Label();
            lookup.accept(w);
            w.visitJumpImm(JmpOp.JEQ, Width.W64, R0, 0, out);
            w.visitLoad(Size.DW, R1, R0, 0);
            w.visitLabel(out);
            w.visitExit();
        })).build();
        accepted(Asm.verdict(checked));
    }

    @Test
    void globalsBoundsAndReadOnlyData() throws Exception {
        var ok = new TestObject().global(".data", "counter", new byte[8]).program("enqueue", Asm.fn("p", w -> {
            w.visitLdImm64Symbol(R1, "counter", 0);
            w.visitLoad(Size.DW, R2, R1, 0);
            w.visitExit();
        })).build();
        accepted(Asm.verdict(ok));
        var oob = new TestObject().global(".data", "counter", new byte[8]).program("enqueue", Asm.fn("p", w -> {
            w.visitLdImm64Symbol(R1, "counter", 0);
            w.visitLoad(Size.W, R2, R1, 8);
            w.visitExit();
        })).build();
        rejected(Asm.verdict(oob), "map-oob", 2, null);
        var ro = new TestObject().global(".rodata", "limit", new byte[] {3, 0, 0, 0, 0, 0, 0, 0}).program("enqueue", Asm.fn("p", w -> {
            w.visitLdImm64Symbol(R1, "limit", 0);
            w.visitStoreImm(Size.DW, R1, 0, 1);
            w.visitExit();
        })).build();
        rejected(Asm.verdict(ro), "readonly-write", 2, null);
        // a .rodata constant is known to the verifier: the branch that would dereference a scalar is dead
        var folded = new TestObject().global(".rodata", "limit", new byte[] {3, 0, 0, 0, 0, 0, 0, 0}).program("enqueue", Asm.fn("p", w -> {
            Label dead = new Label();
            w.visitLdImm64Symbol(R1, "limit", 0);
            w.visitLoad(Size.DW, R2, R1, 0);
            w.visitJumpImm(JmpOp.JNE, Width.W64, R2, 3, dead);
            w.visitExit();
            w.visitLabel(dead);
            w.visitLoad(Size.DW, R3, R2, 0);
            w.visitExit();
        })).build();
        accepted(Asm.verdict(folded));
    }

    @Test
    void boundedVariableIndexIntoMapValue() throws Exception {
        java.util.function.BiFunction<Integer, Boolean, byte[]> build = (mask, check) -> new TestObject().global(".bss", "table", new byte[64])
                .program("enqueue", Asm.fn("p", w -> {
                    w.visitLoad(Size.DW, R2, R1, 8);
                    if (check) w.visitAluImm(AluOp.AND, Width.W64, R2, mask);
                    w.visitAluImm(AluOp.LSH, Width.W64, R2, 3);
                    w.visitLdImm64Symbol(R1, "table", 0);
                    w.visitAluReg(AluOp.ADD, Width.W64, R1, R2);
                    w.visitLoad(Size.DW, R3, R1, 0);
                    w.visitExit();
                })).build();
        accepted(Asm.verdict(build.apply(7, true)));
        rejected(Asm.verdict(build.apply(15, true)), "map-oob", 6, null);
        rejected(Asm.verdict(build.apply(0, false)), "ptr-arith", 4, "math between map_value pointer and register with unbounded min value is not allowed");
    }

    @Test
    void boundsLearnedOnACopyApplyToTheOriginal() throws Exception {
        byte[] obj = new TestObject().global(".data", "table", new byte[64]).program("enqueue", Asm.fn("p", w -> {
            Label out = new Label();
            w.visitLoad(Size.DW, R6, R1, 8);
            w.visitAluReg(AluOp.MOV, Width.W64, R2, R6);
            w.visitJumpImm(JmpOp.JGT, Width.W64, R2, 7, out); // checks the copy
            w.visitAluImm(AluOp.LSH, Width.W64, R6, 3);       // indexes with the original
            w.visitLdImm64Symbol(R1, "table", 0);
            w.visitAluReg(AluOp.ADD, Width.W64, R1, R6);
            w.visitLoad(Size.DW, R3, R1, 0);
            w.visitLabel(out);
            w.visitExit();
        })).build();
        accepted(Asm.verdict(obj));
    }

    @Test
    void pointerArithmeticRules() throws Exception {
        rejected(Asm.single("enqueue", w -> { w.visitAluReg(AluOp.MOV, Width.W64, R2, R10); w.visitAluImm(AluOp.AND, Width.W64, R2, 8); w.visitExit(); }),
                "ptr-arith", 1, "R2 bitwise operator &= on pointer prohibited");
        rejected(Asm.single("enqueue", w -> { w.visitAluReg(AluOp.MOV, Width.W64, R2, R10); w.visitAluImm(AluOp.ADD, Width.W32, R2, 8); w.visitExit(); }),
                "ptr-arith", 1, "R2 32-bit pointer arithmetic prohibited");
        rejected(Asm.single("dispatch", w -> { w.visitLoad(Size.DW, R2, R1, 8); w.visitAluImm(AluOp.ADD, Width.W64, R2, 8); w.visitExit(); }),
                "null-deref", 1, null);
        accepted(Asm.single("enqueue", w -> { w.visitAluReg(AluOp.MOV, Width.W64, R2, R10); w.visitAluImm(AluOp.ADD, Width.W64, R2, -8); w.visitStoreImm(Size.DW, R2, 0, 1); w.visitExit(); }));
    }

    @Test
    void boundedLoopsPassAndUnboundedOnesHitTheLimit() throws Exception {
        java.util.function.IntFunction<ProgramVerdict> loop = n -> {
            try {
                return Asm.single("enqueue", w -> {
                    Label top = new Label();
                    w.visitAluImm(AluOp.MOV, Width.W64, R6, 0);
                    w.visitLabel(top);
                    w.visitAluImm(AluOp.ADD, Width.W64, R6, 1);
                    w.visitJumpImm(JmpOp.JLT, Width.W64, R6, n, top);
                    w.visitExit();
                });
            } catch (ObjectFormatException e) {
                throw new AssertionError(e);
            }
        };
        ProgramVerdict small = loop.apply(100);
        accepted(small);
        assertEquals(202, small.processedInsns()); // what 7.2.13 reported for this program
        ProgramVerdict big = loop.apply(2_000_000);
        assertEquals("insn-limit", big.ruleId());
        assertEquals("BPF program is too large. Processed 1000001 insn", big.message());
        rejected(Asm.single("enqueue", w -> { Label l = new Label(); w.visitLabel(l); w.visitGoto(l); }), "infinite-loop", 0, "infinite loop detected at insn 0");
    }

    @Test
    void controlFlowShape() throws Exception {
        rejected(Asm.single("enqueue", w -> { ret0(w); ret0(w); }), "unreachable-insn", 2, "unreachable insn 2");
        rejected(Asm.single("enqueue", w -> w.visitAluImm(AluOp.MOV, Width.W64, R0, 0)), "fall-off-end", 0, "last insn is not an exit or jmp");
        rejected(Asm.single("enqueue", w -> {
            w.visitRaw(new org.schedc.bpf.insn.Insn(0x05, 0, 0, 5, 0));
            w.visitExit();
        }), "jump-out-of-range", 0, "jump out of range from insn 0 to 6");
    }

    @Test
    void deadBranchesArePrunedUsingZeroExtension() throws Exception {
        // w0 = -1 zero-extends, so r0 >> 32 is 0 and the scalar dereference below is never reached
        accepted(Asm.single("enqueue", w -> {
            Label bad = new Label();
            w.visitAluImm(AluOp.MOV, Width.W32, R0, -1);
            w.visitAluImm(AluOp.RSH, Width.W64, R0, 32);
            w.visitJumpImm(JmpOp.JNE, Width.W64, R0, 0, bad);
            w.visitExit();
            w.visitLabel(bad);
            w.visitLoad(Size.DW, R0, R0, 0);
            w.visitExit();
        }));
        // the same with a 64-bit move: the dereference is reachable
        rejected(Asm.single("enqueue", w -> {
            Label bad = new Label();
            w.visitAluImm(AluOp.MOV, Width.W64, R0, -1);
            w.visitAluImm(AluOp.RSH, Width.W64, R0, 32);
            w.visitJumpImm(JmpOp.JNE, Width.W64, R0, 0, bad);
            w.visitExit();
            w.visitLabel(bad);
            w.visitLoad(Size.DW, R0, R0, 0);
            w.visitExit();
        }), "invalid-mem", 4, "R0 invalid mem access 'scalar'");
    }

    @Test
    void sleepableAndAttachment() throws Exception {
        accepted(Asm.verdict(new TestObject().program("init", true, Asm.fn("p", RulesTest::ret0)).build()));
        rejected(Asm.verdict(new TestObject().program("enqueue", true, Asm.fn("p", BpfWriter::visitExit)).build()), "sleepable-not-allowed", 0, null);
        rejected(Asm.verdict(new TestObject().program("enqueue", Asm.fn("p", BpfWriter::visitExit)).detached().build()), "no-ops-slot", 0, null);
        rejected(Asm.verdict(new TestObject().program("no_such_callback", Asm.fn("p", BpfWriter::visitExit)).build()), "no-ops-slot", 0, null);
    }

    @Test
    void weakKfuncsNeedAnExistenceGuard() throws Exception {
        var guarded = new TestObject().weakKfunc("scx_bpf_not_in_any_kernel").program("enqueue", Asm.fn("p", w -> {
            Label skip = new Label();
            w.visitLdImm64Symbol(R1, "scx_bpf_not_in_any_kernel", 0);
            w.visitJumpImm(JmpOp.JEQ, Width.W64, R1, 0, skip);
            w.visitCallKfunc("scx_bpf_not_in_any_kernel");
            w.visitLabel(skip);
            w.visitExit();
        })).build();
        accepted(Asm.verdict(guarded));
        var unguarded = new TestObject().weakKfunc("scx_bpf_not_in_any_kernel").program("enqueue", Asm.fn("p", w -> {
            w.visitCallKfunc("scx_bpf_not_in_any_kernel");
            w.visitExit();
        })).build();
        rejected(Asm.verdict(unguarded), "kfunc-unresolved", 0, "kfunc 'scx_bpf_not_in_any_kernel' is referenced but wasn't resolved");
        var strong = new TestObject().program("enqueue", Asm.fn("p", w -> {
            Label skip = new Label();
            w.visitJumpImm(JmpOp.JEQ, Width.W64, R1, 0, skip);
            w.visitCallKfunc("scx_bpf_not_in_any_kernel");
            w.visitLabel(skip);
            w.visitExit();
        })).build();
        rejected(Asm.verdict(strong), "kfunc-unresolved", 1, "extern (func ksym) 'scx_bpf_not_in_any_kernel': not found in kernel or module BTFs");
        // the guard is on a resolved kfunc: the address is non-NULL and the call is checked normally
        var present = new TestObject().weakKfunc("scx_bpf_dsq_move_to_local").program("enqueue", Asm.fn("p", w -> {
            Label skip = new Label();
            w.visitLdImm64Symbol(R1, "scx_bpf_dsq_move_to_local", 0);
            w.visitJumpImm(JmpOp.JEQ, Width.W64, R1, 0, skip);
            w.visitAluImm(AluOp.MOV, Width.W64, R1, 0);
            w.visitCallKfunc("scx_bpf_dsq_move_to_local");
            w.visitLabel(skip);
            w.visitExit();
        })).build();
        rejected(Asm.verdict(present), "kfunc-not-allowed", 4, null);
    }

    @Test
    void subprogramsAreAppendedAndVerifiedInContext() throws Exception {
        var obj = new TestObject().text(Asm.fn("twice", w -> {
            w.visitAluReg(AluOp.MOV, Width.W64, R0, R1);
            w.visitAluReg(AluOp.ADD, Width.W64, R0, R1);
            w.visitExit();
        })).program("select_cpu", Asm.fn("p", w -> {
            w.visitAluImm(AluOp.MOV, Width.W64, R1, 2);
            w.visitCallSubprog("twice");
            w.visitExit();
        })).build();
        accepted(Asm.verdict(obj));
        var bad = new TestObject().text(Asm.fn("deref", w -> {
            w.visitLoad(Size.DW, R0, R1, 0);
            w.visitExit();
        })).program("select_cpu", Asm.fn("p", w -> {
            w.visitAluImm(AluOp.MOV, Width.W64, R1, 2);
            w.visitCallSubprog("deref");
            w.visitExit();
        })).build();
        rejected(Asm.verdict(bad), "invalid-mem", 3, "R1 invalid mem access 'scalar'"); // slot 3 = first insn of the appended subprogram
    }

    @Test
    void rejectionsCarryTheSourceLine() throws Exception {
        ProgramVerdict v = Asm.single("enqueue", w -> {
            w.visitLineNumber(7, 3);
            w.visitAluImm(AluOp.MOV, Width.W64, R1, 0);
            w.visitLineNumber(8, 5);
            w.visitCallKfunc("scx_bpf_dsq_move_to_local");
            w.visitExit();
        });
        assertEquals(new SourceLocation("test.sched", 8, 5, "line 8"), v.source());
    }

    @Test
    void badObjectsAreFormatErrors() {
        assertThrows(ObjectFormatException.class, () -> VerifierSim.verify(new byte[] {1, 2, 3}, K, "k", Options.defaults()));
        var b = new org.schedc.bpf.elf.BpfObjectBuilder();
        b.addProgram("struct_ops/enqueue", "e", new byte[] {(byte) 0x95, 0, 0, 0, 0, 0, 0, 0});
        b.setLicense("GPL");
        ObjectFormatException noBtf = assertThrows(ObjectFormatException.class, () -> VerifierSim.verify(b.build(), K, "k", Options.defaults()));
        assertTrue(noBtf.getMessage().contains("no .BTF"), noBtf.getMessage());
    }
}
