package org.schedc.verifier;

import org.schedc.bpf.link.*;
import java.util.List;
import org.schedc.bpf.asm.Helpers;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

/**
 * What an instruction needs precisely and what its history entry must remember, read from the state before it runs
 * (so the steps themselves stay unaware of precision). The uses are those where the kernel calls mark_chain_precision
 * and, for safety, every other place where this model's verdict depends on a scalar's value: the scalar of pointer
 * arithmetic, constant (__k) and size (__sz) kfunc arguments, a scalar passed where a pointer is expected (only the
 * constant 0 is accepted), the constant key of an array lookup, and both operands of a branch whose direction the
 * ranges decided.
 */
final class PreciseUses {
    private PreciseUses() {}

    /** Flags a spill to or fill from a stack slot and records the copies a conditional jump will refine together. */
    static void record(State st, Insn insn, JumpHistory h) {
        int cls = Opcodes.cls(insn.opcode());
        switch (cls) {
            case Opcodes.BPF_LDX, Opcodes.BPF_ST, Opcodes.BPF_STX -> {
                if (Opcodes.mode(insn.opcode()) != Opcodes.BPF_MEM) return;
                int size = MemoryStep.sizeBytes(insn.opcode());
                Value base = st.reg(cls == Opcodes.BPF_LDX ? insn.src() : insn.dst());
                if (!(base instanceof Value.StackPtr p) || !p.off().isConst() || p.frame() >= st.frames.size()) return;
                long at = p.off().constValue() + insn.off();
                if (at < -512 || at + size > 0 || Math.floorMod(at, (long) size) != 0) return;
                int slot = Frame.slotOf(at);
                StackSlot now = st.frames.get(p.frame()).stack[slot];
                if (cls != Opcodes.BPF_LDX) { h.flagStack(p.frame(), slot, size < 8); return; }
                // a load carries the slot's value when it fills a spilled register or reads bytes known to be zero
                boolean zero = now instanceof StackSlot.Bytes b && allZero(b, (int) Math.floorMod(at, 8L), size);
                if (size == 8 && now instanceof StackSlot.Spill || zero) h.flagStack(p.frame(), slot, false);
            }
            case Opcodes.BPF_JMP, Opcodes.BPF_JMP32 -> {
                if (!InsnShape.isCondJump(insn)) return;
                int n = links(st, insn.dst(), h);
                if (Opcodes.source(insn.opcode()) == Opcodes.BPF_X) n += links(st, insn.src(), h);
                if (n > 0) h.countLinks();
            }
            default -> { }
        }
    }

    private static boolean allZero(StackSlot.Bytes b, int first, int size) {
        for (int i = first; i < first + size; i++) if (b.kind(i) != StackSlot.ZERO) return false;
        return true;
    }

    /** Adds the locations sharing register {@code reg}'s scalar identity when there is more than one; returns the count. */
    private static int links(State st, int reg, JumpHistory h) {
        if (reg > 10 || !(st.reg(reg) instanceof Value.ScalarValue sv)) return 0;
        int top = st.depth(), n = 0;
        if (sv.id() == 0) { // BranchStep refines the same object in other registers of the frame (fills of one spill)
            for (int r = 0; r < 10; r++) if (r != reg && st.reg(r) == sv) n++;
            if (n == 0) return 0;
            for (int r = 0; r < 10; r++) if (st.reg(r) == sv) h.addLink(top, false, r);
            return n + 1;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int f = 0; f < st.frames.size(); f++) {
                Frame fr = st.frames.get(f);
                for (int r = 0; r < 10; r++) {
                    if (fr.regs[r] instanceof Value.ScalarValue o && o.id() == sv.id()) { if (pass == 0) n++; else h.addLink(f, false, r); }
                }
                for (int s = 0; s < Frame.STACK_SLOTS; s++) {
                    if (fr.stack[s] instanceof StackSlot.Spill sp && sp.value() instanceof Value.ScalarValue o && o.id() == sv.id()) {
                        if (pass == 0) n++; else h.addLink(f, true, s);
                    }
                }
            }
            if (pass == 0 && n < 2) return 0;
        }
        return n;
    }

    /** The scalars an ALU or call instruction depends on exactly; null when none. */
    static Precision.Request needs(VerifierContext ctx, State st, Insn insn, int pc) {
        int cls = Opcodes.cls(insn.opcode());
        Precision.Request bt = new Precision.Request(st.depth());
        if (cls == Opcodes.BPF_ALU || cls == Opcodes.BPF_ALU64) {
            int op = Opcodes.op(insn.opcode());
            if (Opcodes.source(insn.opcode()) != Opcodes.BPF_X || op == Opcodes.BPF_MOV || op == Opcodes.BPF_END || insn.src() > 10 || insn.dst() > 10) return null;
            Value d = st.reg(insn.dst()), s = st.reg(insn.src());
            if (d.isPointer() && s instanceof Value.ScalarValue) bt.reg(insn.src());
            else if (s.isPointer() && d instanceof Value.ScalarValue) bt.reg(insn.dst());
            else return null;
            return bt;
        }
        if (!InsnShape.isCall(insn)) return null;
        SlotReloc r = ctx.reloc(pc).orElse(null);
        if (r instanceof SlotReloc.CallKfunc k) kfunc(ctx, st, k, bt);
        else if (r == null && insn.src() == 0) helper(st, insn.imm(), bt);
        return bt.empty() ? null : bt;
    }

    private static void kfunc(VerifierContext ctx, State st, SlotReloc.CallKfunc call, Precision.Request bt) {
        KernelModel.Kfunc k = ctx.kernel.kfunc(call.name()).orElse(null);
        if (k == null) return;
        List<ArgType> params = k.params();
        for (int i = 0; i < Math.min(5, params.size()); i++) {
            int reg = i + 1;
            String name = k.paramNames().get(i);
            boolean scalar = st.reg(reg) instanceof Value.ScalarValue;
            switch (params.get(i)) {
                case ArgType.ScalarArg s -> { if (scalar && (name.endsWith("__k") || name.endsWith("__szk") || name.endsWith("__sz"))) bt.reg(reg); }
                case ArgType.StructPtr s -> { if (scalar) bt.reg(reg); } // only a constant 0 (NULL) passes
                case ArgType.MemPtr m -> {
                    if (scalar) bt.reg(reg);
                    String next = i + 1 < params.size() ? k.paramNames().get(i + 1) : "";
                    if ((next.endsWith("__sz") || next.endsWith("__szk")) && st.reg(reg + 1) instanceof Value.ScalarValue) bt.reg(reg + 1);
                }
                case ArgType.Void v -> { }
            }
        }
    }

    private static void helper(State st, int id, Precision.Request bt) {
        switch (id) {
            case Helpers.MAP_LOOKUP_ELEM -> {
                // an array lookup with a constant in-range key is known non-NULL: the key's value decides
                if (st.reg(1) instanceof Value.MapPtr m && m.map().kind() == MapRef.Kind.ARRAY && st.reg(2) instanceof Value.StackPtr p
                        && p.off().isConst() && p.frame() < st.frames.size()) {
                    long at = p.off().constValue();
                    if (at >= -512 && at <= -8) bt.slot(p.frame(), Frame.slotOf(at)); // a spilled constant or zero bytes
                }
            }
            case Helpers.TASK_STORAGE_GET -> {
                if (st.reg(2) instanceof Value.ScalarValue) bt.reg(2);
                if (st.reg(3) instanceof Value.ScalarValue) bt.reg(3);
            }
            case Helpers.TASK_STORAGE_DELETE -> { if (st.reg(2) instanceof Value.ScalarValue) bt.reg(2); }
            default -> { }
        }
    }

    /** A branch only one direction of which is feasible: the scalar operands' ranges decided it. */
    static Precision.Request decided(Value dst, Value src, Insn insn, int depth) {
        Precision.Request bt = new Precision.Request(depth);
        if (dst instanceof Value.ScalarValue) bt.reg(insn.dst());
        if (Opcodes.source(insn.opcode()) == Opcodes.BPF_X && src instanceof Value.ScalarValue) bt.reg(insn.src());
        return bt.empty() ? null : bt;
    }
}
