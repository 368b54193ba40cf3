package org.schedc.bpf.asm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.InsnDecodeException;
import org.schedc.bpf.insn.Opcodes;

class DisassemblerTest {

    @Test
    void printsTheDocumentedExample() {
        BpfWriter w = new BpfWriter("example");
        Label l0 = new Label();
        w.visitAluReg(AluOp.MOV, Width.W64, Reg.R6, Reg.R1);
        w.visitLoad(Size.DW, Reg.R2, Reg.R6, 8);
        w.visitJumpImm(JmpOp.JEQ, Width.W64, Reg.R2, 0, l0);
        w.visitLdImm64(Reg.R1, 0x8000000000000001L);
        w.visitCallKfunc("scx_bpf_dsq_insert");
        w.visitAluReg(AluOp.MOV, Width.W32, Reg.R0, Reg.R0);
        w.visitLabel(l0);
        w.visitStore(Size.DW, Reg.R10, -8, Reg.R1);
        w.visitExit();
        w.visitEnd();
        assertEquals("""
                   0: r6 = r1
                   1: r2 = *(u64 *)(r6 + 8)
                   2: if r2 == 0x0 goto +4 <L0>
                   3: r1 = 0x8000000000000001 ll
                   5: call scx_bpf_dsq_insert
                   6: w0 = w0
                L0:
                   7: *(u64 *)(r10 - 8) = r1
                   8: exit
                """, Disassembler.disassemble(w.toFunction()));
    }

    @Test
    void kfuncCallsInBothForms() {
        BpfWriter w = new BpfWriter("f");
        w.visitCallKfunc("scx_bpf_kick_cpu");
        w.visitRaw(new Insn(0x85, 0, Opcodes.BPF_PSEUDO_KFUNC_CALL, 0, 52187));
        w.visitRaw(new Insn(0x85, 0, Opcodes.BPF_PSEUDO_CALL, 0, -1));
        w.visitExit();
        w.visitEnd();
        BpfFunction f = w.toFunction();
        assertEquals("""
                   0: call scx_bpf_kick_cpu
                   1: call kfunc#52187
                   2: call pc-1
                   3: exit
                """, Disassembler.disassemble(f));
        // Without relocations the object form is a bare pseudo call.
        assertTrue(Disassembler.disassemble(f.code()).startsWith("   0: call pc-1\n"));
    }

    @Test
    void interleavesSourceLinesOncePerNewLine() {
        BpfWriter w = new BpfWriter("f");
        w.visitLineNumber(3, 5);
        w.visitAluImm(AluOp.MOV, Width.W64, Reg.R0, 1);
        w.visitLineNumber(3, 9);
        w.visitAluImm(AluOp.ADD, Width.W64, Reg.R0, 2);
        w.visitLineNumber(4, 1);
        w.visitExit();
        w.visitEnd();
        List<String> source = List.of("", "", "  x = 1 + 2", "return x");
        assertEquals("""
                ; x = 1 + 2 [3:5]
                   0: r0 = 1
                   1: r0 += 2
                ; return x [4:1]
                   2: exit
                """, Disassembler.disassemble(w.toFunction(), n -> source.get(n - 1)));
    }

    @Test
    void unknownOpcodesPrintAsInsn() {
        byte[] code = new Insn(0x8f, 1, 2, -3, 9).toBytes();
        assertEquals("   0: .insn 0x8f dst=1 src=2 off=-3 imm=9\n", Disassembler.disassemble(code));
        assertThrows(InsnDecodeException.class, () -> Disassembler.disassemble(new byte[9]));
    }

    @Provide
    Arbitrary<byte[]> rawCode() {
        return Arbitraries.integers().between(0, 40).flatMap(n -> Arbitraries.bytes().array(byte[].class).ofSize(n * 8));
    }

    /** Any bytes disassemble, one line per decoded instruction plus label lines; replay keeps them byte-exact. */
    @Property(edgeCases = EdgeCasesMode.MIXIN)
    void anyBytesDisassembleAndReplay(@ForAll("rawCode") byte[] code) {
        BpfFunction f = BpfFunction.ofCode("f", code);
        String text = Disassembler.disassemble(code);
        long insnLines = text.lines().filter(l -> l.matches(" *\\d+: .*")).count();
        assertEquals(Disassembler.instructions(f).size(), insnLines);
        BpfWriter copy = new BpfWriter("f");
        new BpfReader(f).accept(copy);
        assertEquals(f, copy.toFunction());
    }

    @Test
    void goldenDisassemblyOfEveryInstructionClass() {
        BpfFunction f = AllInstructionsProgram.build();
        String text = Disassembler.disassemble(f, n -> "source line " + n);
        GoldenFiles.assertMatches("all-instructions.txt", text);
        // The golden program also survives a replay through the checker.
        BpfWriter copy = new BpfWriter(f.name());
        new BpfReader(f).accept(new CheckingVisitor(copy));
        assertEquals(f, copy.toFunction());
    }
}
