package org.schedc.bpf.asm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.schedc.bpf.insn.Insn;

/** Test visitor in a chain: counts slots independently of the writer and records label placements and jumps. */
final class SlotRecorder extends BpfVisitor {
    record JumpAt(int slot, Label target) {}

    int slot;
    final Map<Label, Integer> labelSlots = new IdentityHashMap<>();
    final List<JumpAt> jumps = new ArrayList<>();
    final List<Integer> ldImm64Slots = new ArrayList<>();

    SlotRecorder(BpfVisitor next) {
        super(next);
    }

    @Override public void visitAluReg(AluOp op, Width w, Reg dst, Reg src) { slot++; super.visitAluReg(op, w, dst, src); }
    @Override public void visitAluImm(AluOp op, Width w, Reg dst, int imm) { slot++; super.visitAluImm(op, w, dst, imm); }
    @Override public void visitNeg(Width w, Reg dst) { slot++; super.visitNeg(w, dst); }
    @Override public void visitMovSx(Width w, Reg dst, Reg src, int b) { slot++; super.visitMovSx(w, dst, src, b); }
    @Override public void visitEndian(EndianOp op, Reg dst, int bits) { slot++; super.visitEndian(op, dst, bits); }
    @Override public void visitLoad(Size s, Reg d, Reg b, int o) { slot++; super.visitLoad(s, d, b, o); }
    @Override public void visitLoadSx(Size s, Reg d, Reg b, int o) { slot++; super.visitLoadSx(s, d, b, o); }
    @Override public void visitStore(Size s, Reg b, int o, Reg src) { slot++; super.visitStore(s, b, o, src); }
    @Override public void visitStoreImm(Size s, Reg b, int o, int imm) { slot++; super.visitStoreImm(s, b, o, imm); }
    @Override public void visitAtomic(AtomicOp op, Size s, Reg b, int o, Reg src) { slot++; super.visitAtomic(op, s, b, o, src); }
    @Override public void visitLdImm64(Reg dst, long imm) { ldImm64Slots.add(slot); slot += 2; super.visitLdImm64(dst, imm); }
    @Override public void visitLdImm64Symbol(Reg dst, String sym, int a) { ldImm64Slots.add(slot); slot += 2; super.visitLdImm64Symbol(dst, sym, a); }
    @Override public void visitJump(JmpOp op, Width w, Reg d, Reg s, Label t) { jumps.add(new JumpAt(slot++, t)); super.visitJump(op, w, d, s, t); }
    @Override public void visitJumpImm(JmpOp op, Width w, Reg d, int imm, Label t) { jumps.add(new JumpAt(slot++, t)); super.visitJumpImm(op, w, d, imm, t); }
    @Override public void visitGoto(Label t) { jumps.add(new JumpAt(slot++, t)); super.visitGoto(t); }
    @Override public void visitCallHelper(int id) { slot++; super.visitCallHelper(id); }
    @Override public void visitCallKfunc(String n) { slot++; super.visitCallKfunc(n); }
    @Override public void visitCallSubprog(String n) { slot++; super.visitCallSubprog(n); }
    @Override public void visitExit() { slot++; super.visitExit(); }
    @Override public void visitRaw(Insn insn) { slot++; super.visitRaw(insn); }
    @Override public void visitLabel(Label l) { labelSlots.put(l, slot); super.visitLabel(l); }
}
