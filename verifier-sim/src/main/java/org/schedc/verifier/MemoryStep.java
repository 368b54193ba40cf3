package org.schedc.verifier;

import org.schedc.bpf.link.*;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

/** LDX / ST / STX / atomics: which memory each pointer type may touch, and what loads produce. */
final class MemoryStep {
    private final VerifierContext ctx;

    MemoryStep(VerifierContext ctx) { this.ctx = ctx; }

    static int sizeBytes(int opcode) {
        return Opcodes.sizeBytes(opcode);
    }

    void load(State st, Insn insn, int pc) {
        int mode = Opcodes.mode(insn.opcode());
        int size = sizeBytes(insn.opcode());
        boolean sx = mode == Opcodes.BPF_MEMSX;
        if ((mode != Opcodes.BPF_MEM && !sx) || (sx && size == 8) || insn.imm() != 0) {
            throw VerifierContext.reject(Rule.BAD_INSN, pc, "BPF_LDX uses reserved fields");
        }
        Value base = VerifierContext.use(st, insn.src(), pc);
        VerifierContext.checkWritable(insn.dst(), pc);
        Value v = read(st, base, insn.src(), insn.off(), size, sx, pc);
        st.setReg(insn.dst(), v);
    }

    void store(State st, Insn insn, int pc) {
        int cls = Opcodes.cls(insn.opcode());
        int mode = Opcodes.mode(insn.opcode());
        int size = sizeBytes(insn.opcode());
        if (mode == Opcodes.BPF_ATOMIC && cls == Opcodes.BPF_STX) { atomic(st, insn, size, pc); return; }
        if (mode != Opcodes.BPF_MEM || (cls == Opcodes.BPF_ST ? insn.src() != 0 : insn.imm() != 0)) {
            throw VerifierContext.reject(Rule.BAD_INSN, pc, (cls == Opcodes.BPF_ST ? "BPF_ST" : "BPF_STX") + " uses reserved fields");
        }
        Value value = cls == Opcodes.BPF_STX ? VerifierContext.use(st, insn.src(), pc) : Value.constant(insn.imm());
        Value base = VerifierContext.use(st, insn.dst(), pc);
        write(st, base, insn.dst(), insn.off(), size, value, pc);
    }

    private void atomic(State st, Insn insn, int size, int pc) {
        int op = insn.imm();
        boolean known = switch (op) {
            case 0x00, 0x40, 0x50, 0xa0, 0x01, 0x41, 0x51, 0xa1, Opcodes.BPF_XCHG, Opcodes.BPF_CMPXCHG -> true;
            default -> false;
        };
        if (!known || (size != 4 && size != 8)) throw VerifierContext.reject(Rule.BAD_INSN, pc, "BPF_ATOMIC uses invalid atomic opcode " + op);
        Value src = VerifierContext.use(st, insn.src(), pc);
        if (op == Opcodes.BPF_CMPXCHG) VerifierContext.use(st, 0, pc);
        Value base = VerifierContext.use(st, insn.dst(), pc);
        // atomics on kernel structs are checked like a read plus a write (7.2/7.3 accept them on writable task fields)
        if (base instanceof Value.CtxPtr) {
            throw VerifierContext.reject(Rule.INVALID_MEM, pc, "BPF_ATOMIC stores into R" + insn.dst() + " " + base.typeName() + " is not allowed");
        }
        read(st, base, insn.dst(), insn.off(), size, false, pc);
        write(st, base, insn.dst(), insn.off(), size, Value.unknown(), pc);
        Value old = Value.scalar(Scalar.unknownOfSize(size));
        if (op == Opcodes.BPF_CMPXCHG) st.setReg(0, old);
        else if ((op & Opcodes.BPF_FETCH) != 0) {
            VerifierContext.checkWritable(insn.src(), pc);
            st.setReg(insn.src(), old);
        }
    }

    /** Checks a read of {@code size} bytes at {@code base + off} and returns the loaded value. */
    Value read(State st, Value base, int reg, int off, int size, boolean sx, int pc) {
        return switch (base) {
            case Value.NotInit n -> throw VerifierContext.reject(Rule.UNINIT_REG, pc, "R" + reg + " !read_ok");
            case Value.ScalarValue s -> throw VerifierContext.reject(Rule.INVALID_MEM, pc, "R" + reg + " invalid mem access 'scalar'");
            case Value.MapPtr m -> throw VerifierContext.reject(Rule.INVALID_MEM, pc, "R" + reg + " invalid mem access 'map_ptr'");
            case Value.CtxPtr c -> readCtx(c, reg, off, size, pc);
            case Value.StackPtr p -> readStack(st, p, reg, off, size, sx, pc);
            case Value.MapValuePtr p -> {
                nonNull(base, reg, pc);
                long at = checkBounds(p.off(), off, size, p.map().valueSize(), reg, pc, "map value", "value_size");
                MapRef.Kptr kptr = kptrField(p, off, size, at, pc);
                if (kptr != null) yield kptrLoad(st, kptr, pc);
                if (p.map().knownContents() && at >= 0) yield Value.scalar(Scalar.constant(rodataValue(p.map().rodata(), (int) at, size, sx)));
                yield loaded(size, sx);
            }
            case Value.MemPtr p -> {
                nonNull(base, reg, pc);
                checkBounds(p.off(), off, size, p.size(), reg, pc, "memory", "mem_size");
                yield loaded(size, sx);
            }
            case Value.BtfPtr p -> readBtf(st, p, reg, off, size, sx, pc);
        };
    }

    /** The kptr field an access at constant offset {@code at} (-1: variable) touches, with the kernel's shape checks. */
    private static MapRef.Kptr kptrField(Value.MapValuePtr p, int off, int size, long at, int pc) {
        if (p.map().kptrs().isEmpty()) return null;
        long lo = at >= 0 ? at : p.off().smin() + off, hi = at >= 0 ? at + size : p.off().smax() + off + size;
        MapRef.Kptr k = p.map().kptrAt(lo, hi);
        if (k == null) return null;
        if (at < 0) throw VerifierContext.reject(Rule.INVALID_MEM, pc, "kptr access cannot have variable offset");
        if (size != 8) throw VerifierContext.reject(Rule.INVALID_MEM, pc, "kptr access size must be BPF_DW");
        if (at != k.offset()) throw VerifierContext.reject(Rule.INVALID_MEM, pc, "kptr access misaligned expected=" + k.offset() + " off=" + at);
        return k;
    }

    /**
     * A load of a kptr field (check_map_kptr_access): maybe NULL; RCU-protected when it is a referenced kptr of an
     * RCU-safe type (task_struct, cgroup, bpf_cpumask) read inside an RCU section (a non-sleepable program always
     * is), otherwise untrusted.
     */
    private Value kptrLoad(State st, MapRef.Kptr k, int pc) {
        var id = ctx.kernel.btf().find(k.struct(), org.schedc.bpf.btf.BtfType.Struct.class);
        if (k.percpu() || id.isEmpty()) throw VerifierContext.reject(Rule.NOT_MODELLED, pc, "not modelled: kptr to " + k.struct() + (k.percpu() ? " (per-CPU)" : ""));
        boolean rcuSafe = java.util.Set.of("task_struct", "cgroup", "bpf_cpumask").contains(k.struct());
        boolean inRcu = st.rcuDepth > 0 || !ctx.prog.sleepable();
        Value.Trust trust = k.referenced() && rcuSafe && inRcu ? Value.Trust.RCU : Value.Trust.UNTRUSTED;
        return new Value.BtfPtr(id.getAsInt(), k.struct(), Scalar.constant(0), trust, true, ctx.newId(), 0);
    }

    private static Value loaded(int size, boolean sx) {
        return Value.scalar(sx ? Scalar.unknownOfSize(size).signExtend(size * 8) : Scalar.unknownOfSize(size));
    }

    private static long rodataValue(byte[] data, int at, int size, boolean sx) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) v = v << 8 | (at + i < data.length ? data[at + i] & 0xff : 0);
        if (sx && size < 8) v = (v << (64 - 8 * size)) >> (64 - 8 * size);
        return v;
    }

    private static void nonNull(Value base, int reg, int pc) {
        if (base.maybeNull()) throw VerifierContext.reject(Rule.NULL_DEREF, pc, "R" + reg + " invalid mem access '" + base.typeName() + "'");
    }

    /** Bounds of a map value / memory access; returns the constant byte offset, or -1 when it is variable. */
    private static long checkBounds(Scalar ptrOff, int off, int size, long limit, int reg, int pc, String what, String sizeName) {
        if (ptrOff.smin() < -(1L << 29) || ptrOff.smin() + off < 0) {
            if (!ptrOff.isConst()) {
                throw VerifierContext.reject(Rule.MAP_OOB, pc, "R" + reg + " min value is negative, either use unsigned index or do a if (index >=0) check.");
            }
        }
        if (ptrOff.smax() > (1L << 29)) {
            throw VerifierContext.reject(Rule.MAP_OOB, pc, "R" + reg + " unbounded memory access, make sure to bounds check any such access");
        }
        long lo = ptrOff.smin() + off, hi = ptrOff.smax() + off + size;
        if (lo < 0 || hi > limit) {
            throw VerifierContext.reject(Rule.MAP_OOB, pc, "invalid access to " + what + ", " + sizeName + "=" + limit + " off=" + (ptrOff.isConst() ? lo : ptrOff.smax() + off) + " size=" + size);
        }
        return ptrOff.isConst() ? lo : -1;
    }

    private Value readCtx(Value.CtxPtr c, int reg, int insnOff, int size, int pc) {
        checkCtxPointer(c, reg, pc);
        long total = c.off().constValue() + insnOff;
        if (total < Integer.MIN_VALUE || total > Integer.MAX_VALUE) throw VerifierContext.reject(Rule.CTX_ACCESS, pc, "invalid bpf_context access off=" + total + " size=" + size);
        int off = (int) total;
        KernelModel.Callback cb = ctx.callback;
        int arg = off / 8;
        if (off < 0 || off % 8 != 0 || arg >= cb.params().size() || off + size > 8 * cb.params().size()) {
            throw VerifierContext.reject(Rule.CTX_ACCESS, pc, "invalid bpf_context access off=" + off + " size=" + size);
        }
        return switch (cb.params().get(arg)) {
            case ArgType.StructPtr sp -> {
                if (size != 8) throw VerifierContext.reject(Rule.CTX_ACCESS, pc, "invalid bpf_context access off=" + off + " size=" + size);
                boolean nullable = cb.nullable().get(arg);
                yield new Value.BtfPtr(sp.btfId(), sp.name(), Scalar.constant(0), Value.Trust.TRUSTED, nullable, nullable ? ctx.newId() : 0, 0);
            }
            case ArgType.ScalarArg s -> Value.scalar(Scalar.unknownOfSize(size));
            case ArgType.MemPtr m -> Value.scalar(Scalar.unknownOfSize(size));
            case ArgType.Void v -> Value.scalar(Scalar.unknownOfSize(size));
        };
    }

    private static void checkCtxPointer(Value.CtxPtr c, int reg, int pc) {
        if (!c.off().isConst()) {
            throw VerifierContext.reject(Rule.CTX_PTR_ARITH, pc, "variable ctx access var_off=" + c.off().t() + " disallowed");
        }
    }

    /** Loads and stores may not touch an iterator's slots (STACK_ITER is neither data nor a spill). */
    private static void noIter(State st, Value.StackPtr p, long lo, long hi, int pc) {
        if (st.iters.isEmpty() || hi <= lo) return;
        if (st.overlapsIter(p.frame(), Frame.slotOf(Math.max(lo, -512)), Frame.slotOf(Math.min(hi, 0) - 1) + 1)) {
            throw VerifierContext.reject(Rule.NOT_MODELLED, pc, "not modelled: direct access to the stack slot of an iterator at fp" + lo);
        }
    }

    private Value readStack(State st, Value.StackPtr p, int reg, int off, int size, boolean sx, int pc) {
        Frame f = st.frames.get(p.frame());
        noIter(st, p, p.off().smin() + off, p.off().smax() + off + size, pc);
        if (!p.off().isConst()) {
            long lo = p.off().smin() + off, hi = p.off().smax() + off + size;
            if (lo < -512 || hi > 0) {
                throw VerifierContext.reject(Rule.STACK_OOB, pc, "invalid variable-offset read from stack R" + reg + " var_off=" + p.off().t() + " off=" + off + " size=" + size);
            }
            ctx.noteStack(f, lo);
            ctx.stackReads.read(p.frame(), lo, hi);
            return loaded(size, sx); // privileged: uninitialised stack reads are allowed
        }
        long at = p.off().constValue() + off;
        checkStackRange(at, size, reg, pc, "read from");
        ctx.noteStack(f, at);
        ctx.stackReads.read(p.frame(), at, at + size);
        StackSlot slot = f.stack[Frame.slotOf(at)];
        if (slot instanceof StackSlot.Spill sp) {
            if (size == 8) return sp.value();
            if (sp.value().isPointer()) throw VerifierContext.reject(Rule.INVALID_MEM, pc, "invalid size of register fill");
            return loaded(size, sx);
        }
        StackSlot.Bytes b = (StackSlot.Bytes) slot;
        int first = (int) Math.floorMod(at, 8L);
        boolean allZero = true;
        for (int i = 0; i < size; i++) allZero &= b.kind(first + i) == StackSlot.ZERO;
        return allZero ? Value.constant(0) : loaded(size, sx);
    }

    private static void checkStackRange(long at, int size, int reg, int pc, String verb) {
        if (at < -512 || at + size > 0) {
            throw VerifierContext.reject(Rule.STACK_OOB, pc, "invalid " + verb + " stack R" + reg + " off=" + at + " size=" + size);
        }
        if (Math.floorMod(at, (long) size) != 0) {
            throw VerifierContext.reject(Rule.MISALIGNED, pc, "misaligned stack access off 0+" + at + " size " + size);
        }
    }

    private Value readBtf(State st, Value.BtfPtr p, int reg, int off, int size, boolean sx, int pc) {
        nonNull(p, reg, pc);
        long at = btfOffset(p, reg, off, pc);
        return switch (ctx.kernel.read(p.btfId(), at, size)) {
            case KernelModel.FieldRead.ScalarField s -> loaded(size, sx);
            case KernelModel.FieldRead.PointerField pf -> {
                // check_ptr_to_btf_access: walking an untrusted pointer stays untrusted; inside an RCU section (a
                // non-sleepable program always is) RCU-safe fields give RCU pointers, others flagless ones
                boolean inRcu = st.rcuDepth > 0 || !ctx.prog.sleepable();
                Value.Trust t = p.trust() == Value.Trust.UNTRUSTED || !inRcu ? Value.Trust.UNTRUSTED
                        : ctx.kernel.isRcuSafeField(p.btfId(), pf.member()) ? Value.Trust.RCU : Value.Trust.PLAIN;
                yield new Value.BtfPtr(pf.btfId(), pf.name(), Scalar.constant(0), t, false, 0, 0);
            }
            case KernelModel.FieldRead.Denied d -> throw VerifierContext.reject(Rule.BTF_ACCESS, pc, d.message());
        };
    }

    private static long btfOffset(Value.BtfPtr p, int reg, int off, int pc) {
        if (!p.off().isConst()) {
            throw VerifierContext.reject(Rule.BTF_ACCESS, pc, "R" + reg + " is ptr_" + p.structName() + " invalid variable offset: off=" + off + ", var_off=" + p.off().t());
        }
        long at = p.off().constValue() + off;
        if (at < 0) throw VerifierContext.reject(Rule.BTF_ACCESS, pc, "R" + reg + " is ptr_" + p.structName() + " invalid negative access: off=" + at);
        return at;
    }

    void write(State st, Value base, int reg, int off, int size, Value value, int pc) {
        switch (base) {
            case Value.NotInit n -> throw VerifierContext.reject(Rule.UNINIT_REG, pc, "R" + reg + " !read_ok");
            case Value.ScalarValue s -> throw VerifierContext.reject(Rule.INVALID_MEM, pc, "R" + reg + " invalid mem access 'scalar'");
            case Value.MapPtr m -> throw VerifierContext.reject(Rule.INVALID_MEM, pc, "R" + reg + " invalid mem access 'map_ptr'");
            case Value.CtxPtr c -> {
                checkCtxPointer(c, reg, pc);
                throw VerifierContext.reject(Rule.CTX_WRITE, pc, "invalid bpf_context access off=" + (c.off().constValue() + off) + " size=" + size);
            }
            case Value.StackPtr p -> writeStack(st, p, reg, off, size, value, pc);
            case Value.MapValuePtr p -> {
                nonNull(base, reg, pc);
                if (p.map().readOnly()) {
                    throw VerifierContext.reject(Rule.READONLY_WRITE, pc, "write into map forbidden, value_size=" + p.map().valueSize() + " off=" + (p.off().smin() + off) + " size=" + size);
                }
                long at = checkBounds(p.off(), off, size, p.map().valueSize(), reg, pc, "map value", "value_size");
                if (kptrField(p, off, size, at, pc) != null) {
                    // stores to kptr fields (only NULL or an untrusted pointer, never a reference) are not modelled
                    throw VerifierContext.reject(Rule.NOT_MODELLED, pc, "not modelled: direct store to a kptr field of " + p.map().name() + " (use bpf_kptr_xchg)");
                }
            }
            case Value.MemPtr p -> {
                nonNull(base, reg, pc);
                if (p.readOnly()) throw VerifierContext.reject(Rule.READONLY_WRITE, pc, "R" + reg + " cannot write into " + p.typeName());
                checkBounds(p.off(), off, size, p.size(), reg, pc, "memory", "mem_size");
            }
            case Value.BtfPtr p -> {
                nonNull(base, reg, pc);
                long at = btfOffset(p, reg, off, pc);
                if (!ctx.kernel.taskFieldWritable(p.btfId(), at, size)) {
                    throw VerifierContext.reject(Rule.BTF_WRITE, pc, "R" + reg + " cannot write into ptr_" + p.structName() + " at off=" + at + " size=" + size);
                }
                if (value.isPointer()) throw VerifierContext.reject(Rule.BTF_WRITE, pc, "R" + reg + " cannot store a pointer into a kernel object");
            }
        }
    }

    private void writeStack(State st, Value.StackPtr p, int reg, int off, int size, Value value, int pc) {
        Frame f = st.frames.get(p.frame());
        noIter(st, p, p.off().smin() + off, p.off().smax() + off + size, pc);
        if (!p.off().isConst()) {
            long lo = p.off().smin() + off, hi = p.off().smax() + off + size;
            if (lo < -512 || hi > 0) {
                throw VerifierContext.reject(Rule.STACK_OOB, pc, "invalid variable-offset write to stack R" + reg + " var_off=" + p.off().t() + " off=" + off + " size=" + size);
            }
            ctx.noteStack(f, lo);
            for (long a = lo; a < hi; a++) markByte(f, a, StackSlot.MISC);
            return;
        }
        long at = p.off().constValue() + off;
        checkStackRange(at, size, reg, pc, "write to");
        ctx.noteStack(f, at);
        if (size == 8) { f.stack[Frame.slotOf(at)] = new StackSlot.Spill(value); return; }
        boolean zero = value instanceof Value.ScalarValue s && s.s().isConst() && AluStep.truncate(s.s().constValue(), size) == 0;
        for (int i = 0; i < size; i++) markByte(f, at + i, zero ? StackSlot.ZERO : StackSlot.MISC);
    }

    /**
     * {@code size} bytes of stack passed to a helper or kfunc through R{@code reg} (check_stack_range_initialized):
     * only the bounds matter for root, which may pass never-written bytes (allow_uninit_stack) and bytes of spilled
     * pointers (allow_ptr_leaks), e.g. the u64 argument array the scx error macros fill with a mix of both.
     * With {@code written} the callee may store into the range: those bytes become unknown (spills included).
     */
    void stackRange(State st, Value.StackPtr p, int reg, long size, boolean written, int pc) {
        Frame f = st.frames.get(p.frame());
        long lo = p.off().smin(), hi = p.off().smax() + Math.max(size, 0);
        if (lo < -512 || hi > 0 || (size == 0 && lo >= 0)) {
            if (p.off().isConst()) throw VerifierContext.reject(Rule.STACK_OOB, pc, "invalid read from stack R" + reg + " off=" + lo + " size=" + size);
            throw VerifierContext.reject(Rule.STACK_OOB, pc, "invalid variable-offset indirect access to stack R" + reg + " var_off=" + p.off().t() + " size=" + size);
        }
        noIter(st, p, lo, hi, pc);
        ctx.noteStack(f, lo);
        if (!written) return;
        for (long a = lo; a < hi; a++) markByte(f, a, StackSlot.MISC);
    }

    private static void markByte(Frame f, long at, int kind) {
        int slot = Frame.slotOf(at);
        f.stack[slot] = f.stack[slot].asBytes().with((int) Math.floorMod(at, 8L), kind);
    }
}
