package org.schedc.bpf.asm;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.schedc.bpf.asm.Instruction.*;
import org.schedc.bpf.insn.Insn;

/**
 * Encodes one function. Jumps to labels not yet placed are emitted with offset 0 and patched when the label is
 * placed. It validates only what it must to encode (field ranges); put a {@link CheckingVisitor} in front of it to
 * catch misuse.
 */
public final class BpfWriter extends BpfVisitor {
    private final String functionName;
    private final List<Insn> slots = new ArrayList<>();
    private final List<Relocation> relocations = new ArrayList<>();
    private final List<LineEntry> lines = new ArrayList<>();
    private final List<CoreRelocation> coreRelocations = new ArrayList<>();
    private final Map<Label, Integer> placed = new IdentityHashMap<>();
    private final Map<Label, List<Fixup>> unresolved = new IdentityHashMap<>();
    private LineEntry pendingLine;
    private final List<CoreRelocation> pendingCore = new ArrayList<>();
    private boolean ended;

    /** A jump whose offset is filled in once its label is placed. */
    private record Fixup(int slot, IntFunction<Instruction> withOffset) {}

    public BpfWriter(String functionName) {
        super(null);
        this.functionName = functionName;
    }

    /** Slot index the next instruction will get. */
    public int currentSlot() {
        return slots.size();
    }

    @Override public void visitAluReg(AluOp op, Width w, Reg dst, Reg src) { emit(new AluReg(op, w, dst, src)); }
    @Override public void visitAluImm(AluOp op, Width w, Reg dst, int imm) { emit(new AluImm(op, w, dst, imm)); }
    @Override public void visitNeg(Width w, Reg dst) { emit(new Neg(w, dst)); }
    @Override public void visitMovSx(Width w, Reg dst, Reg src, int fromBits) { emit(new MovSx(w, dst, src, fromBits)); }
    @Override public void visitEndian(EndianOp op, Reg dst, int bits) { emit(new Endian(op, dst, bits)); }
    @Override public void visitLoad(Size size, Reg dst, Reg base, int off) { emit(new Load(size, dst, base, off)); }
    @Override public void visitLoadSx(Size size, Reg dst, Reg base, int off) { emit(new LoadSx(size, dst, base, off)); }
    @Override public void visitStore(Size size, Reg base, int off, Reg src) { emit(new Store(size, base, off, src)); }
    @Override public void visitStoreImm(Size size, Reg base, int off, int imm) { emit(new StoreImm(size, base, off, imm)); }
    @Override public void visitAtomic(AtomicOp op, Size size, Reg base, int off, Reg src) { emit(new Atomic(op, size, base, off, src)); }
    @Override public void visitLdImm64(Reg dst, long imm) { emit(new LdImm64(dst, imm)); }

    @Override
    public void visitLdImm64Symbol(Reg dst, String symbol, int addend) {
        emit(new LdImm64Symbol(dst, symbol, addend), RelocKind.LD_IMM64, symbol);
    }

    @Override
    public void visitJump(JmpOp op, Width w, Reg dst, Reg src, Label target) {
        emitJump(target, off -> new JumpReg(op, w, dst, src, off));
    }

    @Override
    public void visitJumpImm(JmpOp op, Width w, Reg dst, int imm, Label target) {
        emitJump(target, off -> new JumpImm(op, w, dst, imm, off));
    }

    @Override
    public void visitGoto(Label target) {
        emitJump(target, off -> InstructionCodec.fitsS16(off) ? new Goto(off) : new GotoLong(off));
    }

    @Override public void visitCallHelper(int helperId) { emit(new CallHelper(helperId)); }

    @Override
    public void visitCallKfunc(String name) {
        emit(new CallKfunc(name), RelocKind.CALL_KFUNC, name);
    }

    @Override
    public void visitCallSubprog(String name) {
        emit(new CallSubprog(name), RelocKind.CALL_SUBPROG, name);
    }

    @Override public void visitExit() { emit(new Exit()); }
    @Override public void visitRaw(Insn insn) { emit(new Unknown(insn)); }

    @Override
    public void visitLabel(Label label) {
        checkOpen();
        if (placed.putIfAbsent(label, currentSlot()) != null) {
            throw new BpfAsmException(currentSlot(), "label " + label + " placed twice");
        }
        List<Fixup> waiting = unresolved.remove(label);
        if (waiting != null) {
            for (Fixup f : waiting) patch(f, currentSlot());
        }
    }

    @Override
    public void visitLineNumber(int line, int column) {
        checkOpen();
        pendingLine = new LineEntry(currentSlot(), line, column);
    }

    @Override
    public void visitCoreRelocation(int rootTypeId, String accessString, CoreReloKind kind) {
        checkOpen();
        pendingCore.add(new CoreRelocation(currentSlot(), rootTypeId, accessString, kind));
    }

    @Override
    public void visitEnd() {
        checkOpen();
        ended = true;
    }

    /** The encoded function; throws {@link BpfAsmException} before {@link #visitEnd()} or while a jumped-to label is unplaced. */
    public BpfFunction toFunction() {
        if (!ended) throw new BpfAsmException("function '" + functionName + "': toFunction() called before visitEnd()");
        if (!unresolved.isEmpty()) {
            // Report the earliest jump so the message does not depend on identity-hash order.
            Label label = null;
            int slot = Integer.MAX_VALUE;
            for (Map.Entry<Label, List<Fixup>> e : unresolved.entrySet()) {
                if (e.getValue().getFirst().slot() < slot) {
                    slot = e.getValue().getFirst().slot();
                    label = e.getKey();
                }
            }
            throw new BpfAsmException(slot, "function '" + functionName + "': jump to label " + label + " that was never placed");
        }
        ByteArrayOutputStream code = new ByteArrayOutputStream(slots.size() * Insn.SIZE);
        for (Insn insn : slots) code.writeBytes(insn.toBytes());
        return new BpfFunction(functionName, code.toByteArray(), relocations, lines, coreRelocations);
    }

    private void emitJump(Label target, IntFunction<Instruction> withOffset) {
        int slot = currentSlot();
        Integer at = placed.get(target);
        emit(withOffset.apply(0));
        Fixup fixup = new Fixup(slot, withOffset);
        if (at != null) {
            patch(fixup, at);
        } else {
            unresolved.computeIfAbsent(target, l -> new ArrayList<>()).add(fixup);
        }
    }

    private void patch(Fixup fixup, int targetSlot) {
        // A conditional jump whose offset overflows cannot be widened in place; the code generator must branch around a goto.
        slots.set(fixup.slot(), encode(fixup.withOffset().apply(targetSlot - fixup.slot() - 1), fixup.slot()).getFirst());
    }

    private void emit(Instruction instruction) {
        emit(instruction, null, null);
    }

    private void emit(Instruction instruction, RelocKind relocKind, String symbol) {
        checkOpen();
        int slot = currentSlot();
        List<Insn> encoded = encode(instruction, slot);
        if (relocKind != null) relocations.add(new Relocation(slot, relocKind, symbol));
        if (pendingLine != null) {
            lines.add(new LineEntry(slot, pendingLine.line(), pendingLine.column()));
            pendingLine = null;
        }
        for (CoreRelocation c : pendingCore) {
            coreRelocations.add(new CoreRelocation(slot, c.rootTypeId(), c.accessString(), c.kind()));
        }
        pendingCore.clear();
        slots.addAll(encoded);
    }

    private static List<Insn> encode(Instruction instruction, int slot) {
        try {
            return InstructionCodec.encode(instruction);
        } catch (BpfAsmException e) {
            throw new BpfAsmException(slot, e.getMessage());
        }
    }

    private void checkOpen() {
        if (ended) throw new BpfAsmException(currentSlot(), "function '" + functionName + "': visit after visitEnd()");
    }
}
