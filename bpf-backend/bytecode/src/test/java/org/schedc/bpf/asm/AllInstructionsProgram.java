package org.schedc.bpf.asm;

import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

/** A hand-built function that uses every instruction kind the assembler knows, for the golden disassembly. */
final class AllInstructionsProgram {
    private AllInstructionsProgram() {}

    static BpfFunction build() {
        BpfWriter w = new BpfWriter("all_instructions");
        BpfVisitor v = new CheckingVisitor(w);
        Label loop = new Label(), out = new Label(), done = new Label();
        int line = 1;

        v.visitLineNumber(line++, 1);
        v.visitAluReg(AluOp.MOV, Width.W64, Reg.R6, Reg.R1);
        for (AluOp op : AluOp.values()) {
            v.visitLineNumber(line++, 3);
            v.visitAluReg(op, Width.W64, Reg.R2, Reg.R3);
            v.visitAluReg(op, Width.W32, Reg.R2, Reg.R3);
            int imm = op.isShift() ? 7 : op == AluOp.SUB ? -5 : 11;
            v.visitAluImm(op, Width.W64, Reg.R2, imm);
            v.visitAluImm(op, Width.W32, Reg.R2, imm);
        }
        v.visitLineNumber(line++, 1);
        v.visitNeg(Width.W64, Reg.R4);
        v.visitNeg(Width.W32, Reg.R4);
        v.visitMovSx(Width.W64, Reg.R4, Reg.R5, 8);
        v.visitMovSx(Width.W64, Reg.R4, Reg.R5, 16);
        v.visitMovSx(Width.W64, Reg.R4, Reg.R5, 32);
        v.visitMovSx(Width.W32, Reg.R4, Reg.R5, 8);
        v.visitMovSx(Width.W32, Reg.R4, Reg.R5, 16);
        for (EndianOp op : EndianOp.values()) {
            for (int bits : new int[] {16, 32, 64}) v.visitEndian(op, Reg.R4, bits);
        }
        v.visitLineNumber(line++, 1);
        for (Size size : Size.values()) {
            v.visitLoad(size, Reg.R2, Reg.R6, size.bytes() * 2);
            if (size != Size.DW) v.visitLoadSx(size, Reg.R2, Reg.R6, -size.bytes());
            v.visitStore(size, Reg.R10, -8, Reg.R2);
            v.visitStoreImm(size, Reg.R10, -16, -1);
        }
        v.visitLineNumber(line++, 1);
        for (Size size : new Size[] {Size.W, Size.DW}) {
            for (AtomicOp op : AtomicOp.values()) v.visitAtomic(op, size, Reg.R6, 24, Reg.R3);
        }
        v.visitLineNumber(line++, 1);
        v.visitLdImm64(Reg.R1, 0x8000000000000001L);
        v.visitLdImm64(Reg.R1, -1L);
        v.visitLdImm64Symbol(Reg.R1, "my_map", 0);
        v.visitLdImm64Symbol(Reg.R2, ".data", 16);
        v.visitRaw(new Insn(Opcodes.BPF_LD_IMM64, 1, Opcodes.BPF_PSEUDO_MAP_FD, 0, 5));
        v.visitRaw(new Insn(0, 0, 0, 0, 0));
        v.visitLineNumber(line++, 1);
        v.visitCoreRelocation(42, "0:1:3", CoreReloKind.FIELD_BYTE_OFFSET);
        v.visitLoad(Size.W, Reg.R7, Reg.R6, 120);
        v.visitCoreRelocation(42, "0:4", CoreReloKind.FIELD_EXISTS);
        v.visitAluImm(AluOp.MOV, Width.W64, Reg.R8, 1);
        v.visitLabel(loop);
        v.visitLineNumber(line++, 5);
        for (JmpOp op : JmpOp.values()) {
            v.visitJump(op, Width.W64, Reg.R7, Reg.R8, out);
            v.visitJumpImm(op, Width.W32, Reg.R7, -3, loop);
        }
        v.visitJumpImm(JmpOp.JGT, Width.W64, Reg.R7, 0x7fffffff, out);
        v.visitGoto(loop);
        v.visitLabel(out);
        v.visitLineNumber(line++, 1);
        v.visitCallHelper(Helpers.MAP_LOOKUP_ELEM);
        v.visitCallHelper(Helpers.TASK_STORAGE_GET);
        v.visitCallHelper(999);
        v.visitCallKfunc("scx_bpf_dsq_insert");
        v.visitCallSubprog("pick_cpu");
        v.visitRaw(new Insn(Opcodes.BPF_JMP | Opcodes.BPF_CALL, 0, Opcodes.BPF_PSEUDO_KFUNC_CALL, 0, 52187));
        v.visitRaw(new Insn(Opcodes.BPF_JMP | Opcodes.BPF_CALL, 0, Opcodes.BPF_PSEUDO_CALL, 0, 3));
        v.visitRaw(new Insn(0x8f, 3, 4, 1, 2));
        v.visitJumpImm(JmpOp.JEQ, Width.W64, Reg.R0, 0, done);
        v.visitLineNumber(line, 1);
        v.visitAluImm(AluOp.MOV, Width.W64, Reg.R0, 0);
        v.visitLabel(done);
        v.visitExit();
        v.visitEnd();
        return w.toFunction();
    }
}
