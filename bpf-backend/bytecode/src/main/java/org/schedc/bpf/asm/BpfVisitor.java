package org.schedc.bpf.asm;

import org.schedc.bpf.insn.Insn;

/**
 * Visitor over the instructions of one function, in the style of OW2 ASM's MethodVisitor: every method forwards to
 * {@code next} when it is non-null, so subclasses override what they need and call {@code super} to pass it on.
 * Calls come in program order: per instruction optional {@link #visitLabel}, {@link #visitLineNumber} and
 * {@link #visitCoreRelocation}, then one instruction visit; finally {@link #visitEnd()}.
 */
public abstract class BpfVisitor {
    protected final BpfVisitor next;

    protected BpfVisitor(BpfVisitor next) {
        this.next = next;
    }

    protected BpfVisitor() {
        this(null);
    }

    /** {@code dst op= src}. */
    public void visitAluReg(AluOp op, Width w, Reg dst, Reg src) {
        if (next != null) next.visitAluReg(op, w, dst, src);
    }

    /** {@code dst op= imm}. */
    public void visitAluImm(AluOp op, Width w, Reg dst, int imm) {
        if (next != null) next.visitAluImm(op, w, dst, imm);
    }

    public void visitNeg(Width w, Reg dst) {
        if (next != null) next.visitNeg(w, dst);
    }

    /** Sign-extending move (cpu v4): MOV with offset 8/16/32. */
    public void visitMovSx(Width w, Reg dst, Reg src, int fromBits) {
        if (next != null) next.visitMovSx(w, dst, src, fromBits);
    }

    /** Byte-order conversion of the low {@code bits} (16/32/64) of {@code dst}. */
    public void visitEndian(EndianOp op, Reg dst, int bits) {
        if (next != null) next.visitEndian(op, dst, bits);
    }

    /** {@code LDX | MEM}: {@code dst = *(size *)(base + off)}. */
    public void visitLoad(Size size, Reg dst, Reg base, int off) {
        if (next != null) next.visitLoad(size, dst, base, off);
    }

    /** {@code LDX | MEMSX} (cpu v4): sign-extending load. */
    public void visitLoadSx(Size size, Reg dst, Reg base, int off) {
        if (next != null) next.visitLoadSx(size, dst, base, off);
    }

    /** {@code STX | MEM}: {@code *(size *)(base + off) = src}. */
    public void visitStore(Size size, Reg base, int off, Reg src) {
        if (next != null) next.visitStore(size, base, off, src);
    }

    /** {@code ST | MEM}: {@code *(size *)(base + off) = imm}. */
    public void visitStoreImm(Size size, Reg base, int off, int imm) {
        if (next != null) next.visitStoreImm(size, base, off, imm);
    }

    /** {@code STX | ATOMIC} on a W or DW location. */
    public void visitAtomic(AtomicOp op, Size size, Reg base, int off, Reg src) {
        if (next != null) next.visitAtomic(op, size, base, off, src);
    }

    /** Two-slot 64-bit immediate load. */
    public void visitLdImm64(Reg dst, long imm) {
        if (next != null) next.visitLdImm64(dst, imm);
    }

    /** Two-slot load of a symbol's address (map, global, section or kfunc) plus {@code addend}; records a relocation. */
    public void visitLdImm64Symbol(Reg dst, String symbol, int addend) {
        if (next != null) next.visitLdImm64Symbol(dst, symbol, addend);
    }

    public void visitJump(JmpOp op, Width w, Reg dst, Reg src, Label target) {
        if (next != null) next.visitJump(op, w, dst, src, target);
    }

    public void visitJumpImm(JmpOp op, Width w, Reg dst, int imm, Label target) {
        if (next != null) next.visitJumpImm(op, w, dst, imm, target);
    }

    /** Unconditional jump; writers use the 32-bit {@code JMP32|JA} form when the offset does not fit 16 bits. */
    public void visitGoto(Label target) {
        if (next != null) next.visitGoto(target);
    }

    public void visitCallHelper(int helperId) {
        if (next != null) next.visitCallHelper(helperId);
    }

    /** Kfunc call in object-file form (src 1, imm -1) with a relocation against {@code name}. */
    public void visitCallKfunc(String name) {
        if (next != null) next.visitCallKfunc(name);
    }

    /** BPF-to-BPF call (src 1, imm -1 until linked) with a relocation against {@code name}. */
    public void visitCallSubprog(String name) {
        if (next != null) next.visitCallSubprog(name);
    }

    public void visitExit() {
        if (next != null) next.visitExit();
    }

    /**
     * One raw slot, copied as is. Used by {@link BpfReader} for what the typed visits cannot express (unknown
     * opcodes, loader-resolved calls and {@code ld_imm64} pseudo forms, which arrive as two raw slots).
     */
    public void visitRaw(Insn insn) {
        if (next != null) next.visitRaw(insn);
    }

    /** Places {@code label} at the next instruction. */
    public void visitLabel(Label label) {
        if (next != null) next.visitLabel(label);
    }

    /** Source position of the next instruction emitted; a later call before that instruction replaces it. */
    public void visitLineNumber(int line, int column) {
        if (next != null) next.visitLineNumber(line, column);
    }

    /** CO-RE relocation of the next instruction emitted. */
    public void visitCoreRelocation(int rootTypeId, String accessString, CoreReloKind kind) {
        if (next != null) next.visitCoreRelocation(rootTypeId, accessString, kind);
    }

    public void visitEnd() {
        if (next != null) next.visitEnd();
    }
}
