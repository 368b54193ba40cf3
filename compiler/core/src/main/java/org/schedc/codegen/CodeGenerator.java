package org.schedc.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schedc.bpf.asm.AluOp;
import org.schedc.bpf.asm.BpfFunction;
import org.schedc.bpf.asm.BpfVisitor;
import org.schedc.bpf.asm.BpfWriter;
import org.schedc.bpf.asm.CheckingVisitor;
import org.schedc.bpf.asm.CoreReloKind;
import org.schedc.bpf.asm.JmpOp;
import org.schedc.bpf.asm.Label;
import org.schedc.bpf.asm.Reg;
import org.schedc.bpf.asm.Size;
import org.schedc.bpf.asm.Width;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;

/** Emits one IR function as BPF instructions through the checking emitter. */
public final class CodeGenerator {
    /** Where CO-RE relocations point: the local BTF root type and access string of a field. */
    public interface CoreSites {
        Site site(Ir.FieldRef field);
        /** The local enum type and enumerator index of a kernel enum constant (ENUMVAL relocations). */
        default Site enumSite(String enumerator) {
            throw new IllegalStateException("no CO-RE site for enumerator " + enumerator);
        }
        record Site(int rootTypeId, String accessString) {}
    }

    public static final int MAX_STACK = 512;

    /** The stack (in bytes) a function needs exceeds the BPF limit. */
    public static final class StackOverflow extends Exception {
        public StackOverflow(String message) { super(message); }
    }

    private final Ir.Function fn;
    private final CoreSites core;
    private BpfVisitor out;
    private Map<VReg, Reg> regs;
    private final Map<Block, Label> labels = new HashMap<>();
    private final List<Integer> frameOffsets = new ArrayList<>();

    public CodeGenerator(Ir.Function fn, CoreSites core) {
        this.fn = fn;
        this.core = core;
    }

    public BpfFunction generate(String symbol) throws StackOverflow {
        RegisterAllocator.Allocation alloc = new RegisterAllocator(fn).allocate();
        regs = alloc.registers();
        StackLayout.Frame layoutOfFrame = StackLayout.of(fn, alloc.layout());
        frameOffsets.addAll(layoutOfFrame.offsets());
        int frame = layoutOfFrame.size();
        if (frame > MAX_STACK) throw new StackOverflow("needs " + frame + " bytes of stack; BPF allows " + MAX_STACK);
        BpfWriter writer = new BpfWriter(symbol);
        out = new CheckingVisitor(writer);
        List<Block> layout = alloc.layout();
        for (Block b : layout) labels.put(b, new Label());
        Reg ctx = regs.get(fn.ctx);
        if (ctx != null && ctx != Reg.R1) out.visitAluReg(AluOp.MOV, Width.W64, ctx, Reg.R1);
        for (int k = 0; k < layout.size(); k++) {
            Block b = layout.get(k);
            Block next = k + 1 < layout.size() ? layout.get(k + 1) : null;
            out.visitLabel(labels.get(b));
            for (Inst i : b.insts) emit(i);
            terminate(b.terminator, next);
        }
        out.visitEnd();
        return writer.toFunction();
    }

    private Reg r(VReg v) {
        Reg reg = regs.get(v);
        if (reg == null) throw new IllegalStateException("no register for " + v + " in " + fn.name);
        return reg;
    }

    private void move(Reg dst, Reg src) {
        if (dst != src) out.visitAluReg(AluOp.MOV, Width.W64, dst, src);
    }

    private void loadConst(Reg dst, long v) {
        if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) out.visitAluImm(AluOp.MOV, Width.W64, dst, (int) v);
        else if (v >= 0 && v <= 0xffffffffL) out.visitAluImm(AluOp.MOV, Width.W32, dst, (int) v); // zero-extends
        else out.visitLdImm64(dst, v);
    }

    private static Size size(int bytes) {
        return switch (bytes) {
            case 1 -> Size.B;
            case 2 -> Size.H;
            case 4 -> Size.W;
            case 8 -> Size.DW;
            default -> throw new IllegalStateException("no BPF access of " + bytes + " bytes");
        };
    }

    private static AluOp alu(Ir.AluOp op) {
        return switch (op) {
            case ADD -> AluOp.ADD; case SUB -> AluOp.SUB; case MUL -> AluOp.MUL; case DIV -> AluOp.DIV; case SDIV -> AluOp.SDIV;
            case MOD -> AluOp.MOD; case SMOD -> AluOp.SMOD; case AND -> AluOp.AND; case OR -> AluOp.OR; case XOR -> AluOp.XOR;
            case LSH -> AluOp.LSH; case RSH -> AluOp.RSH; case ARSH -> AluOp.ARSH;
        };
    }

    private void emit(Inst i) {
        switch (i) {
            case Inst.Const c -> {
                if (c.enumerator() == null) loadConst(r(c.dst()), c.value());
                else {
                    // ld_imm64 holds any width; libbpf rewrites its immediate to the running kernel's value.
                    CoreSites.Site site = core.enumSite(c.enumerator());
                    out.visitCoreRelocation(site.rootTypeId(), site.accessString(), CoreReloKind.ENUMVAL_VALUE);
                    out.visitLdImm64(r(c.dst()), c.value());
                }
            }
            case Inst.Mov m -> move(r(m.dst()), r(m.src()));
            case Inst.Alu a -> {
                Reg dst = r(a.dst()), left = r(a.a());
                AluOp op = alu(a.op());
                if (a.b() instanceof Imm imm) {
                    move(dst, left);
                    int v = (int) imm.value();
                    if ((a.op() == Ir.AluOp.LSH || a.op() == Ir.AluOp.RSH || a.op() == Ir.AluOp.ARSH)) v &= 63;
                    out.visitAluImm(op, Width.W64, dst, v);
                } else {
                    Reg right = r((VReg) a.b());
                    if (dst == left) out.visitAluReg(op, Width.W64, dst, right);
                    else if (dst != right) {
                        move(dst, left);
                        out.visitAluReg(op, Width.W64, dst, right);
                    } else if (a.op().commutative()) out.visitAluReg(op, Width.W64, dst, left);
                    else throw new IllegalStateException("allocator put the right operand of " + a + " in the result register");
                }
            }
            case Inst.Neg n -> {
                move(r(n.dst()), r(n.src()));
                out.visitNeg(Width.W64, r(n.dst()));
            }
            case Inst.Norm n -> {
                Reg dst = r(n.dst()), src = r(n.src());
                if (n.signed()) out.visitMovSx(Width.W64, dst, src, n.bits());
                else if (n.bits() == 32) out.visitAluReg(AluOp.MOV, Width.W32, dst, src);
                else {
                    move(dst, src);
                    out.visitAluImm(AluOp.AND, Width.W64, dst, (int) ((1L << n.bits()) - 1));
                }
            }
            case Inst.CtxArg c -> out.visitLoad(Size.DW, r(c.dst()), r(c.ctx()), 8 * c.index());
            case Inst.LoadField l -> {
                relocate(l.field());
                out.visitLoad(size(l.size()), r(l.dst()), r(l.base()), (int) l.offset());
            }
            case Inst.StoreField s -> {
                relocate(s.field());
                // Legalisation gives field stores a register value (STX), never an immediate.
                out.visitStore(size(s.size()), r(s.base()), (int) s.offset(), r((VReg) s.value()));
            }
            case Inst.GlobalAddr g -> out.visitLdImm64Symbol(r(g.dst()), g.section(), g.offset());
            case Inst.Load l -> out.visitLoad(size(l.size()), r(l.dst()), r(l.base()), l.offset());
            case Inst.Store s -> store(r(s.base()), s.offset(), s.size(), s.value());
            case Inst.StackAddr s -> {
                move(r(s.dst()), Reg.R10);
                out.visitAluImm(AluOp.ADD, Width.W64, r(s.dst()), frameOffsets.get(s.slot()));
            }
            case Inst.StackLoad s -> out.visitLoad(size(s.size()), r(s.dst()), Reg.R10, frameOffsets.get(s.slot()));
            case Inst.StackStore s -> store(Reg.R10, frameOffsets.get(s.slot()), s.size(), s.value());
            case Inst.Call c -> call(c);
            case Inst.Line l -> out.visitLineNumber(l.line(), l.column());
        }
    }

    private void relocate(Ir.FieldRef field) {
        CoreSites.Site site = core.site(field);
        out.visitCoreRelocation(site.rootTypeId(), site.accessString(), CoreReloKind.FIELD_BYTE_OFFSET);
    }

    private void store(Reg base, int offset, int bytes, Operand value) {
        if (value instanceof VReg v) out.visitStore(size(bytes), base, offset, r(v));
        else out.visitStoreImm(size(bytes), base, offset, (int) ((Imm) value).value());
    }

    /** Arguments go to r1..r5 as a parallel move (sources may sit in argument registers), result comes from r0. */
    private void call(Inst.Call c) {
        Map<Reg, Reg> regMoves = new java.util.LinkedHashMap<>();
        Map<Reg, Long> immMoves = new java.util.LinkedHashMap<>();
        for (int k = 0; k < c.args().size(); k++) {
            Reg dst = Reg.values()[k + 1];
            Operand a = c.args().get(k);
            if (a instanceof VReg v) {
                if (r(v) != dst) regMoves.put(dst, r(v));
            } else immMoves.put(dst, ((Imm) a).value());
        }
        while (!regMoves.isEmpty()) {
            Reg ready = null;
            for (Reg d : regMoves.keySet()) if (!regMoves.containsValue(d)) { ready = d; break; }
            if (ready != null) {
                move(ready, regMoves.remove(ready));
                continue;
            }
            // Only cycles among r1-r5 remain, so r0 is free: save one destination there and redirect its readers.
            Reg d = regMoves.keySet().iterator().next();
            move(Reg.R0, d);
            for (Map.Entry<Reg, Reg> e : regMoves.entrySet()) if (e.getValue() == d) e.setValue(Reg.R0);
        }
        immMoves.forEach(this::loadConst);
        switch (c.callee()) {
            case Ir.Callee.Kfunc k -> callKfunc(k);
            case Ir.Callee.Helper h -> out.visitCallHelper(h.id());
            case Ir.Callee.Atomic a -> atomic(a);
        }
        if (c.dst() != null) move(r(c.dst()), Reg.R0);
    }

    /**
     * An atomic on {@code *(r1 + offset)}, its operands in r2 (r3) like a call's; the old value, when fetched,
     * ends in r0 like a call's result. CMPXCHG compares with r0 and writes the old value there.
     */
    private void atomic(Ir.Callee.Atomic a) {
        org.schedc.bpf.asm.Size size = a.size() == 8 ? org.schedc.bpf.asm.Size.DW : org.schedc.bpf.asm.Size.W;
        switch (a.op()) {
            case CMPXCHG -> {
                move(Reg.R0, Reg.R2);
                out.visitAtomic(a.op(), size, Reg.R1, a.offset(), Reg.R3);
            }
            case FETCH_ADD, FETCH_OR, FETCH_AND, FETCH_XOR, XCHG -> {
                out.visitAtomic(a.op(), size, Reg.R1, a.offset(), Reg.R2);
                move(Reg.R0, Reg.R2);
            }
            case ADD, OR, AND, XOR -> out.visitAtomic(a.op(), size, Reg.R1, a.offset(), Reg.R2);
        }
    }

    /**
     * A kfunc call; with fallbacks, each variant but the last is guarded by an existence test of its weak
     * extern (the address libbpf writes is 0 when the kernel lacks it, and the verifier prunes the dead
     * call). Arguments are already in r1-r5 and r0 is free, so the test needs no other register.
     */
    private void callKfunc(Ir.Callee.Kfunc k) {
        if (k.fallbacks().isEmpty()) {
            out.visitCallKfunc(KsymNames.externName(k.name()));
            return;
        }
        List<String> variants = new ArrayList<>();
        variants.add(k.name());
        variants.addAll(k.fallbacks());
        Label done = new Label();
        for (int v = 0; v < variants.size() - 1; v++) {
            String extern = KsymNames.externName(variants.get(v));
            Label absent = new Label();
            out.visitLdImm64Symbol(Reg.R0, extern, 0);
            out.visitJumpImm(JmpOp.JEQ, Width.W64, Reg.R0, 0, absent);
            out.visitCallKfunc(extern);
            out.visitGoto(done);
            out.visitLabel(absent);
        }
        out.visitCallKfunc(KsymNames.externName(variants.getLast()));
        out.visitLabel(done);
    }

    private void terminate(Terminator t, Block next) {
        switch (t) {
            case Terminator.Jump j -> {
                if (j.target() != next) out.visitGoto(labels.get(j.target()));
            }
            case Terminator.Branch br -> {
                Ir.Cond cond = br.cond();
                Block target = br.ifTrue(), fallthrough = br.ifFalse();
                if (br.ifTrue() == next) {
                    cond = cond.negate();
                    target = br.ifFalse();
                    fallthrough = br.ifTrue();
                }
                JmpOp op = jmp(cond);
                if (br.b() instanceof Imm imm) out.visitJumpImm(op, Width.W64, r(br.a()), (int) imm.value(), labels.get(target));
                else out.visitJump(op, Width.W64, r(br.a()), r((VReg) br.b()), labels.get(target));
                if (fallthrough != next) out.visitGoto(labels.get(fallthrough));
            }
            case Terminator.Return ret -> {
                if (ret.value() instanceof VReg v) move(Reg.R0, r(v));
                else if (ret.value() instanceof Imm imm) loadConst(Reg.R0, imm.value());
                out.visitExit();
            }
        }
    }

    private static JmpOp jmp(Ir.Cond c) {
        return switch (c) {
            case EQ -> JmpOp.JEQ; case NE -> JmpOp.JNE;
            case ULT -> JmpOp.JLT; case ULE -> JmpOp.JLE; case UGT -> JmpOp.JGT; case UGE -> JmpOp.JGE;
            case SLT -> JmpOp.JSLT; case SLE -> JmpOp.JSLE; case SGT -> JmpOp.JSGT; case SGE -> JmpOp.JSGE;
        };
    }
}
