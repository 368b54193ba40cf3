package org.schedc.bpf.asm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schedc.bpf.asm.Instruction.*;
import org.schedc.bpf.insn.Insn;

/**
 * Replays an encoded function onto a visitor (like ASM's ClassReader): jump targets become {@link Label}s and
 * relocations, source lines and CO-RE relocations are replayed before their instruction. What the typed visits
 * cannot express (unknown opcodes, loader-resolved forms, jumps leaving the function) arrives as
 * {@link BpfVisitor#visitRaw}, so replaying into a {@link BpfWriter} reproduces the bytes exactly (a {@code gotol}
 * whose offset would fit 16 bits is also replayed raw, since a writer would shorten it). Lines and CO-RE
 * relocations attached to a slot that does not start an instruction, and relocations on instructions that take
 * none, are dropped.
 */
public final class BpfReader {
    private final BpfFunction function;

    public BpfReader(BpfFunction f) {
        this.function = f;
    }

    public void accept(BpfVisitor v) {
        DecodedFunction decoded = new DecodedFunction(function);
        Map<Integer, LineEntry> lines = new HashMap<>();
        for (LineEntry l : function.lines()) lines.put(l.slot(), l);
        Map<Integer, List<CoreRelocation>> cores = new HashMap<>();
        for (CoreRelocation c : function.coreRelocations()) cores.computeIfAbsent(c.slot(), s -> new ArrayList<>()).add(c);
        Map<Integer, Label> labels = new HashMap<>();

        for (DecodedFunction.Entry e : decoded.entries()) {
            Integer own = decoded.labelAt(e.slot());
            if (own != null) v.visitLabel(labels.computeIfAbsent(own, n -> new Label("L" + n)));
            LineEntry line = lines.get(e.slot());
            if (line != null) v.visitLineNumber(line.line(), line.column());
            for (CoreRelocation c : cores.getOrDefault(e.slot(), List.of())) {
                v.visitCoreRelocation(c.rootTypeId(), c.accessString(), c.kind());
            }
            Integer target = decoded.targetLabel(e);
            Label label = target == null ? null : labels.computeIfAbsent(target, n -> new Label("L" + n));
            replay(e, label, v);
        }
        v.visitEnd();
    }

    private void replay(DecodedFunction.Entry e, Label target, BpfVisitor v) {
        switch (e.instruction()) {
            case AluReg(AluOp op, Width w, Reg dst, Reg src) -> v.visitAluReg(op, w, dst, src);
            case AluImm(AluOp op, Width w, Reg dst, int imm) -> v.visitAluImm(op, w, dst, imm);
            case Neg(Width w, Reg dst) -> v.visitNeg(w, dst);
            case MovSx(Width w, Reg dst, Reg src, int fromBits) -> v.visitMovSx(w, dst, src, fromBits);
            case Endian(EndianOp op, Reg dst, int bits) -> v.visitEndian(op, dst, bits);
            case Load(Size size, Reg dst, Reg base, int off) -> v.visitLoad(size, dst, base, off);
            case LoadSx(Size size, Reg dst, Reg base, int off) -> v.visitLoadSx(size, dst, base, off);
            case Store(Size size, Reg base, int off, Reg src) -> v.visitStore(size, base, off, src);
            case StoreImm(Size size, Reg base, int off, int imm) -> v.visitStoreImm(size, base, off, imm);
            case Atomic(AtomicOp op, Size size, Reg base, int off, Reg src) -> v.visitAtomic(op, size, base, off, src);
            case LdImm64(Reg dst, long imm) -> v.visitLdImm64(dst, imm);
            case LdImm64Symbol(Reg dst, String symbol, int addend) -> v.visitLdImm64Symbol(dst, symbol, addend);
            case JumpReg(JmpOp op, Width w, Reg dst, Reg src, int offset) -> {
                if (target != null) v.visitJump(op, w, dst, src, target); else raw(e, v);
            }
            case JumpImm(JmpOp op, Width w, Reg dst, int imm, int offset) -> {
                if (target != null) v.visitJumpImm(op, w, dst, imm, target); else raw(e, v);
            }
            case Goto g -> {
                if (target != null) v.visitGoto(target); else raw(e, v);
            }
            case GotoLong(int offset) -> {
                // A gotol whose offset fits 16 bits would come back as goto; keep it raw so bytes survive a replay.
                if (target != null && !InstructionCodec.fitsS16(offset)) v.visitGoto(target); else raw(e, v);
            }
            case CallHelper(int id) -> v.visitCallHelper(id);
            case CallKfunc(String name) -> v.visitCallKfunc(name);
            case CallSubprog(String name) -> v.visitCallSubprog(name);
            case Exit x -> v.visitExit();
            case LdImm64Pseudo p -> raw(e, v);
            case CallPseudo p -> raw(e, v);
            case CallKfuncId k -> raw(e, v);
            case Unknown u -> raw(e, v);
        }
    }

    private void raw(DecodedFunction.Entry e, BpfVisitor v) {
        for (int i = 0; i < e.instruction().slots(); i++) v.visitRaw(function.insn(e.slot() + i));
    }
}
