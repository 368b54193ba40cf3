package org.schedc.bpf.asm;

import java.util.IdentityHashMap;
import java.util.Map;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

/**
 * Validating layer in front of another visitor (like ASM's CheckMethodAdapter). Each misuse throws
 * {@link BpfAsmException} at the offending call, naming the slot index the instruction would get; nothing reaches
 * {@code next} for a rejected call.
 */
public class CheckingVisitor extends BpfVisitor {
    private int slot;
    private boolean ended;
    private boolean lastIsTerminator;
    private boolean pendingLine;
    private boolean pendingCore;
    private final Map<Label, Integer> placedAt = new IdentityHashMap<>();
    private final Map<Label, Integer> firstJumpFrom = new IdentityHashMap<>();

    public CheckingVisitor(BpfVisitor next) {
        super(next);
    }

    @Override
    public void visitAluReg(AluOp op, Width w, Reg dst, Reg src) {
        String what = aluName(op, w);
        begin(what);
        require(op, "op");
        requireWritable(dst, what);
        require(src, "src");
        done(1, false);
        super.visitAluReg(op, w, dst, src);
    }

    @Override
    public void visitAluImm(AluOp op, Width w, Reg dst, int imm) {
        String what = aluName(op, w) + " imm";
        begin(what);
        require(op, "op");
        requireWritable(dst, what);
        if (op.isShift() && (imm < 0 || imm >= w.bits())) {
            throw fail(what + ": shift amount " + imm + " out of range 0.." + (w.bits() - 1));
        }
        if (op.isDivision() && imm == 0) throw fail(what + ": division by immediate 0");
        done(1, false);
        super.visitAluImm(op, w, dst, imm);
    }

    @Override
    public void visitNeg(Width w, Reg dst) {
        begin("neg");
        requireWidth(w);
        requireWritable(dst, "neg");
        done(1, false);
        super.visitNeg(w, dst);
    }

    @Override
    public void visitMovSx(Width w, Reg dst, Reg src, int fromBits) {
        begin("movsx");
        requireWidth(w);
        requireWritable(dst, "movsx");
        require(src, "src");
        if (!InstructionCodec.isSignExtensionWidth(w, fromBits)) {
            throw fail("movsx: cannot sign-extend from " + fromBits + " bits at width " + w.bits()
                    + " (allowed: 8, 16" + (w == Width.W64 ? ", 32" : "") + ")");
        }
        done(1, false);
        super.visitMovSx(w, dst, src, fromBits);
    }

    @Override
    public void visitEndian(EndianOp op, Reg dst, int bits) {
        begin("endian");
        require(op, "op");
        requireWritable(dst, "endian");
        if (!InstructionCodec.isEndianWidth(bits)) throw fail("endian: width " + bits + " is not 16, 32 or 64");
        done(1, false);
        super.visitEndian(op, dst, bits);
    }

    @Override
    public void visitLoad(Size size, Reg dst, Reg base, int off) {
        begin("load");
        require(size, "size");
        requireWritable(dst, "load");
        require(base, "base");
        requireOffset(off, "load");
        done(1, false);
        super.visitLoad(size, dst, base, off);
    }

    @Override
    public void visitLoadSx(Size size, Reg dst, Reg base, int off) {
        begin("loadsx");
        require(size, "size");
        if (size == Size.DW) throw fail("loadsx: a sign-extending load of DW does not exist");
        requireWritable(dst, "loadsx");
        require(base, "base");
        requireOffset(off, "loadsx");
        done(1, false);
        super.visitLoadSx(size, dst, base, off);
    }

    @Override
    public void visitStore(Size size, Reg base, int off, Reg src) {
        begin("store");
        require(size, "size");
        require(base, "base");
        require(src, "src");
        requireOffset(off, "store");
        done(1, false);
        super.visitStore(size, base, off, src);
    }

    @Override
    public void visitStoreImm(Size size, Reg base, int off, int imm) {
        begin("store imm");
        require(size, "size");
        require(base, "base");
        requireOffset(off, "store imm");
        done(1, false);
        super.visitStoreImm(size, base, off, imm);
    }

    @Override
    public void visitAtomic(AtomicOp op, Size size, Reg base, int off, Reg src) {
        begin("atomic");
        require(op, "op");
        require(size, "size");
        require(base, "base");
        require(src, "src");
        if (size != Size.W && size != Size.DW) throw fail("atomic " + op + ": size " + size + " is not W or DW");
        if (op.fetches() && op != AtomicOp.CMPXCHG && src == Reg.R10) {
            throw fail("atomic " + op + ": writes the old value to r10 (frame pointer is read-only)");
        }
        requireOffset(off, "atomic");
        done(1, false);
        super.visitAtomic(op, size, base, off, src);
    }

    @Override
    public void visitLdImm64(Reg dst, long imm) {
        begin("ld_imm64");
        requireWritable(dst, "ld_imm64");
        done(2, false);
        super.visitLdImm64(dst, imm);
    }

    @Override
    public void visitLdImm64Symbol(Reg dst, String symbol, int addend) {
        begin("ld_imm64");
        requireWritable(dst, "ld_imm64");
        requireName(symbol, "ld_imm64 symbol");
        done(2, false);
        super.visitLdImm64Symbol(dst, symbol, addend);
    }

    @Override
    public void visitJump(JmpOp op, Width w, Reg dst, Reg src, Label target) {
        begin("jump");
        require(op, "op");
        requireWidth(w);
        require(dst, "dst");
        require(src, "src");
        jumpTo(target);
        done(1, false);
        super.visitJump(op, w, dst, src, target);
    }

    @Override
    public void visitJumpImm(JmpOp op, Width w, Reg dst, int imm, Label target) {
        begin("jump imm");
        require(op, "op");
        requireWidth(w);
        require(dst, "dst");
        jumpTo(target);
        done(1, false);
        super.visitJumpImm(op, w, dst, imm, target);
    }

    @Override
    public void visitGoto(Label target) {
        begin("goto");
        jumpTo(target);
        done(1, true);
        super.visitGoto(target);
    }

    @Override
    public void visitCallHelper(int helperId) {
        begin("call");
        if (helperId <= 0) throw fail("call: helper id " + helperId + " is not positive");
        done(1, false);
        super.visitCallHelper(helperId);
    }

    @Override
    public void visitCallKfunc(String name) {
        begin("call kfunc");
        requireName(name, "kfunc name");
        done(1, false);
        super.visitCallKfunc(name);
    }

    @Override
    public void visitCallSubprog(String name) {
        begin("call subprog");
        requireName(name, "subprogram name");
        done(1, false);
        super.visitCallSubprog(name);
    }

    @Override
    public void visitExit() {
        begin("exit");
        done(1, true);
        super.visitExit();
    }

    @Override
    public void visitRaw(Insn insn) {
        begin("raw");
        require(insn, "insn");
        int code = insn.opcode();
        boolean terminator = code == (Opcodes.BPF_JMP | Opcodes.BPF_EXIT) || code == (Opcodes.BPF_JMP | Opcodes.BPF_JA)
                || code == (Opcodes.BPF_JMP32 | Opcodes.BPF_JA);
        done(1, terminator);
        super.visitRaw(insn);
    }

    @Override
    public void visitLabel(Label label) {
        begin("label");
        require(label, "label");
        Integer previous = placedAt.putIfAbsent(label, slot);
        if (previous != null) throw fail("label " + label + " placed twice (first at insn " + previous + ")");
        super.visitLabel(label);
    }

    @Override
    public void visitLineNumber(int line, int column) {
        begin("line number");
        if (line < 0 || column < 0) throw fail("negative source position " + line + ":" + column);
        pendingLine = true;
        super.visitLineNumber(line, column);
    }

    @Override
    public void visitCoreRelocation(int rootTypeId, String accessString, CoreReloKind kind) {
        begin("CO-RE relocation");
        require(kind, "kind");
        if (rootTypeId <= 0) throw fail("CO-RE relocation: root type id " + rootTypeId + " is not positive");
        requireName(accessString, "CO-RE access string");
        if (pendingCore) throw fail("two CO-RE relocations for one instruction");
        pendingCore = true;
        super.visitCoreRelocation(rootTypeId, accessString, kind);
    }

    @Override
    public void visitEnd() {
        begin("visitEnd");
        ended = true;
        if (pendingLine) throw atEnd("a line number is not followed by an instruction");
        if (pendingCore) throw atEnd("a CO-RE relocation is not followed by an instruction");
        int worstFrom = Integer.MAX_VALUE;
        Label worst = null;
        boolean placedAtEnd = false;
        for (Map.Entry<Label, Integer> e : firstJumpFrom.entrySet()) {
            Integer at = placedAt.get(e.getKey());
            boolean bad = at == null || at == slot;
            if (bad && e.getValue() < worstFrom) {
                worstFrom = e.getValue();
                worst = e.getKey();
                placedAtEnd = at != null;
            }
        }
        if (worst != null) {
            throw new BpfAsmException(worstFrom, "jump to label " + worst
                    + (placedAtEnd ? " placed after the last instruction" : " that is never placed"));
        }
        if (!lastIsTerminator) {
            throw atEnd("falls off the end: the last instruction must be exit or goto");
        }
        super.visitEnd();
    }

    private void jumpTo(Label target) {
        require(target, "target label");
        firstJumpFrom.putIfAbsent(target, slot);
    }

    private void begin(String what) {
        if (ended) throw fail(what + " after visitEnd()");
    }

    private void done(int slots, boolean terminator) {
        slot += slots;
        lastIsTerminator = terminator;
        pendingLine = false;
        pendingCore = false;
    }

    private void requireWritable(Reg dst, String what) {
        require(dst, "dst");
        if (dst == Reg.R10) throw fail(what + ": writes r10 (frame pointer is read-only)");
    }

    private void requireWidth(Width w) {
        require(w, "width");
    }

    private void requireOffset(int off, String what) {
        if (!InstructionCodec.fitsS16(off)) throw fail(what + ": offset " + off + " does not fit in 16 bits");
    }

    private void requireName(String name, String what) {
        if (name == null || name.isEmpty()) throw fail(what + " is empty");
    }

    private void require(Object value, String what) {
        if (value == null) throw fail(what + " is null");
    }

    private String aluName(AluOp op, Width w) {
        require(w, "width");
        return (w == Width.W64 ? "alu64 " : "alu32 ") + (op == null ? "?" : op.name().toLowerCase(java.util.Locale.ROOT));
    }

    private BpfAsmException fail(String message) {
        return new BpfAsmException(slot, message);
    }

    private BpfAsmException atEnd(String message) {
        return new BpfAsmException("end of function (after insn " + (slot - 1) + "): " + message);
    }
}
