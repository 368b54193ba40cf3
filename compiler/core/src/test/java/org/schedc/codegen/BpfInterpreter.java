package org.schedc.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.schedc.bpf.asm.AluOp;
import org.schedc.bpf.asm.BpfFunction;
import org.schedc.bpf.asm.Instruction;
import org.schedc.bpf.asm.InstructionCodec;
import org.schedc.bpf.asm.JmpOp;
import org.schedc.bpf.asm.Reg;
import org.schedc.bpf.asm.Relocation;
import org.schedc.bpf.asm.Size;
import org.schedc.bpf.asm.Width;
import org.schedc.bpf.insn.Insn;

/**
 * A tiny concrete BPF interpreter, written from the ISA rather than from the compiler, with the verifier's view
 * of registers: r0-r5 are unreadable after a call (the kernel marks them NOT_INIT), so a value kept there across
 * a call fails here as it would at load time. Kfunc calls return {@link Machine#kfunc} and leave garbage in r1-r5.
 */
final class BpfInterpreter {
    /** The program did something the kernel verifier would reject, or that the model cannot run. */
    static final class Fault extends RuntimeException {
        Fault(String message) { super(message); }
    }

    private record Entry(int slot, Instruction insn) {}

    private final long[] regs = new long[11];
    private final boolean[] init = new boolean[11];
    private final Map<Long, Byte> stack = new HashMap<>();
    private final List<Machine.CallRecord> calls = new ArrayList<>();
    private final List<Long> args;
    private final Random garbage;

    private BpfInterpreter(List<Long> args, long garbageSeed) {
        this.args = args;
        this.garbage = new Random(garbageSeed);
    }

    static Machine.Outcome run(BpfFunction f, List<Long> args, long garbageSeed) {
        BpfInterpreter in = new BpfInterpreter(args, garbageSeed);
        return new Machine.Outcome(in.execute(f), in.calls);
    }

    private long read(Reg r) {
        if (!init[r.num()]) throw new Fault("reads " + r + " which holds no value (unset, or clobbered by a call)");
        return regs[r.num()];
    }

    private void write(Reg r, long v) {
        if (r == Reg.R10) throw new Fault("writes the frame pointer");
        regs[r.num()] = v;
        init[r.num()] = true;
    }

    private long execute(BpfFunction f) {
        List<Insn> slots = f.insns();
        Map<Integer, Relocation> relocs = new HashMap<>();
        for (Relocation r : f.relocations()) relocs.put(r.slot(), r);
        Map<Integer, Integer> indexOfSlot = new HashMap<>();
        List<Entry> code = new ArrayList<>();
        for (int s = 0; s < slots.size(); ) {
            Instruction insn = InstructionCodec.decode(slots, s, relocs.get(s));
            indexOfSlot.put(s, code.size());
            code.add(new Entry(s, insn));
            s += insn.slots();
        }
        write(Reg.R1, Machine.CTX);
        regs[10] = Machine.STACK_TOP;
        init[10] = true;
        int pc = 0;
        for (int steps = 0; steps < 100_000; steps++) {
            if (pc < 0 || pc >= code.size()) throw new Fault("falls off the end of the program");
            Entry e = code.get(pc);
            Integer jump = step(e);
            if (jump != null && jump == Integer.MIN_VALUE) return read(Reg.R0);
            if (jump == null) pc++;
            else {
                Integer target = indexOfSlot.get(e.slot() + 1 + jump);
                if (target == null) throw new Fault("jumps into the middle of an instruction at slot " + e.slot());
                pc = target;
            }
        }
        throw new Fault("does not terminate");
    }

    /** Executes one instruction; returns a jump offset, null to fall through, or MIN_VALUE at exit. */
    private Integer step(Entry e) {
        switch (e.insn()) {
            case Instruction.AluReg(AluOp op, Width w, Reg dst, Reg src) -> write(dst, alu(op, w, op == AluOp.MOV ? 0 : read(dst), read(src)));
            case Instruction.AluImm(AluOp op, Width w, Reg dst, int imm) -> write(dst, alu(op, w, op == AluOp.MOV ? 0 : read(dst), imm));
            case Instruction.Neg(Width w, Reg dst) -> write(dst, w == Width.W64 ? -read(dst) : (-read(dst)) & 0xffffffffL);
            case Instruction.MovSx(Width w, Reg dst, Reg src, int bits) -> {
                long v = read(src) << (64 - bits) >> (64 - bits);
                write(dst, w == Width.W64 ? v : v & 0xffffffffL);
            }
            case Instruction.LdImm64(Reg dst, long imm) -> write(dst, imm);
            case Instruction.Load(Size size, Reg dst, Reg base, int off) -> write(dst, load(read(base) + off, size.bytes()));
            case Instruction.Store(Size size, Reg base, int off, Reg src) -> store(read(base) + off, size.bytes(), read(src));
            case Instruction.StoreImm(Size size, Reg base, int off, int imm) -> store(read(base) + off, size.bytes(), imm);
            case Instruction.JumpReg(JmpOp op, Width w, Reg dst, Reg src, int offset) -> {
                return compare(op, w, read(dst), read(src)) ? offset : null;
            }
            case Instruction.JumpImm(JmpOp op, Width w, Reg dst, int imm, int offset) -> {
                return compare(op, w, read(dst), imm) ? offset : null;
            }
            case Instruction.Goto(int offset) -> { return offset; }
            case Instruction.GotoLong(int offset) -> { return offset; }
            case Instruction.CallKfunc(String name) -> {
                List<Long> a = new ArrayList<>();
                for (int k = 1; k <= Machine.arity(name); k++) a.add(read(Reg.of(k)));
                calls.add(new Machine.CallRecord(name, a));
                for (int k = 1; k <= 5; k++) {
                    regs[k] = garbage.nextLong();
                    init[k] = false;
                }
                write(Reg.R0, Machine.kfunc(name, a));
            }
            case Instruction.Exit x -> { return Integer.MIN_VALUE; }
            default -> throw new Fault("instruction outside the model: " + e.insn());
        }
        return null;
    }

    private long load(long addr, int size) {
        if (addr >= Machine.CTX && addr < Machine.CTX + 8L * args.size()) {
            if (size != 8 || (addr - Machine.CTX) % 8 != 0) throw new Fault("odd context access at " + Long.toHexString(addr));
            return args.get((int) ((addr - Machine.CTX) / 8));
        }
        checkStack(addr, size);
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            Byte b = stack.get(addr + i);
            if (b == null) throw new Fault("reads uninitialised stack at " + (addr - Machine.STACK_TOP));
            v = (v << 8) | (b & 0xff);
        }
        return v;
    }

    private void store(long addr, int size, long value) {
        checkStack(addr, size);
        for (int i = 0; i < size; i++) stack.put(addr + i, (byte) (value >>> (8 * i)));
    }

    private static void checkStack(long addr, int size) {
        if (addr < Machine.STACK_TOP - 512 || addr + size > Machine.STACK_TOP) throw new Fault("memory access outside the stack at " + Long.toHexString(addr));
        if (addr % size != 0) throw new Fault("misaligned stack access at " + (addr - Machine.STACK_TOP));
    }

    /** BPF ALU semantics: division by zero gives 0, modulo by zero keeps the dividend; 32-bit forms zero-extend. */
    static long alu(AluOp op, Width w, long a, long b) {
        if (w == Width.W32) {
            long x = a & 0xffffffffL, y = b & 0xffffffffL;
            int xs = (int) a, ys = (int) b;
            long r = switch (op) {
                case ADD -> x + y; case SUB -> x - y; case MUL -> x * y;
                case DIV -> y == 0 ? 0 : x / y;
                case MOD -> y == 0 ? x : x % y;
                case SDIV -> ys == 0 ? 0 : (xs == Integer.MIN_VALUE && ys == -1 ? xs : xs / ys);
                case SMOD -> ys == 0 ? xs : (ys == -1 ? 0 : xs % ys);
                case OR -> x | y; case AND -> x & y; case XOR -> x ^ y; case MOV -> y;
                case LSH -> x << (y & 31); case RSH -> x >>> (y & 31); case ARSH -> xs >> (y & 31);
            };
            return r & 0xffffffffL;
        }
        return switch (op) {
            case ADD -> a + b; case SUB -> a - b; case MUL -> a * b;
            case DIV -> b == 0 ? 0 : Long.divideUnsigned(a, b);
            case MOD -> b == 0 ? a : Long.remainderUnsigned(a, b);
            case SDIV -> b == 0 ? 0 : (a == Long.MIN_VALUE && b == -1 ? a : a / b);
            case SMOD -> b == 0 ? a : (b == -1 ? 0 : a % b);
            case OR -> a | b; case AND -> a & b; case XOR -> a ^ b; case MOV -> b;
            case LSH -> a << (b & 63); case RSH -> a >>> (b & 63); case ARSH -> a >> (b & 63);
        };
    }

    static boolean compare(JmpOp op, Width w, long a, long b) {
        if (w == Width.W32) {
            a = (int) a;
            b = (int) b;
            if (op == JmpOp.JGT || op == JmpOp.JGE || op == JmpOp.JLT || op == JmpOp.JLE) {
                a &= 0xffffffffL;
                b &= 0xffffffffL;
            }
        }
        return switch (op) {
            case JEQ -> a == b; case JNE -> a != b; case JSET -> (a & b) != 0;
            case JGT -> Long.compareUnsigned(a, b) > 0; case JGE -> Long.compareUnsigned(a, b) >= 0;
            case JLT -> Long.compareUnsigned(a, b) < 0; case JLE -> Long.compareUnsigned(a, b) <= 0;
            case JSGT -> a > b; case JSGE -> a >= b; case JSLT -> a < b; case JSLE -> a <= b;
        };
    }
}
