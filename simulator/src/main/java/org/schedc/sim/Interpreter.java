package org.schedc.sim;

import org.schedc.bpf.insn.ConcreteAlu;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

/**
 * Executes one program's instructions (after libbpf-style linking and CO-RE patching) on {@link Memory}. ALU and jump
 * results come from {@link ConcreteAlu}, the semantics verifier-sim and the compiler's folding share. Calls go to
 * {@link Calls}; bpf-to-bpf calls get a fresh 512-byte frame, as in the kernel (at most 8 frames deep).
 */
final class Interpreter {
    static final int STACK = 512, MAX_FRAMES = 8;

    private final Memory mem;
    private final long stackBase;
    private long executed;

    Interpreter(Memory mem) {
        this.mem = mem;
        this.stackBase = mem.add("stack", new byte[STACK * MAX_FRAMES], false);
    }

    /** Instructions executed so far, over all runs. */
    long executed() { return executed; }

    /** Runs {@code prog} with r1 = {@code r1}; returns r0. {@code budget} bounds the instructions of this run. */
    long run(SimProgram prog, long r1, long budget, Calls calls) {
        long[] r = new long[11];
        r[1] = r1;
        int depth = 0;
        r[10] = stackBase + STACK;
        int[] retPc = new int[MAX_FRAMES];
        long[][] saved = new long[MAX_FRAMES][];
        Insn[] code = prog.insns();
        int pc = 0;
        long left = budget;
        try {
            while (true) {
                if (--left < 0) {
                    throw new SimError(SimError.Kind.BUDGET, "instruction budget of " + budget + " per callback run out (an endless loop?)");
                }
                executed++;
                Insn in = code[pc];
                int opc = in.opcode();
                int cls = opc & 7;
                switch (cls) {
                    case Opcodes.BPF_ALU, Opcodes.BPF_ALU64 -> {
                        alu(r, in, cls == Opcodes.BPF_ALU64);
                        pc++;
                    }
                    case Opcodes.BPF_JMP, Opcodes.BPF_JMP32 -> {
                        int op = opc & 0xf0;
                        if (op == Opcodes.BPF_JA) {
                            pc += 1 + (cls == Opcodes.BPF_JMP32 ? in.imm() : in.off());
                        } else if (op == Opcodes.BPF_CALL) {
                            int target = prog.callTarget(pc);
                            if (target >= 0) {
                                if (depth + 1 >= MAX_FRAMES) throw new SimError(SimError.Kind.FAULT, "call depth over " + MAX_FRAMES);
                                saved[depth] = new long[] {r[6], r[7], r[8], r[9], r[10]};
                                retPc[depth] = pc + 1;
                                depth++;
                                r[10] = stackBase + (long) STACK * (depth + 1);
                                pc = target;
                            } else {
                                String kf = prog.kfunc(pc);
                                r[0] = kf != null ? calls.kfunc(kf, r[1], r[2], r[3], r[4], r[5])
                                        : calls.helper(in.imm(), r[1], r[2], r[3], r[4], r[5]);
                                pc++;
                            }
                        } else if (op == Opcodes.BPF_EXIT) {
                            if (depth == 0) return r[0];
                            depth--;
                            long[] s = saved[depth];
                            r[6] = s[0]; r[7] = s[1]; r[8] = s[2]; r[9] = s[3]; r[10] = s[4];
                            pc = retPc[depth];
                        } else {
                            long b = (opc & Opcodes.BPF_X) != 0 ? r[in.src()] : in.imm();
                            pc += ConcreteAlu.jumpTaken(op, cls == Opcodes.BPF_JMP32, r[in.dst()], b) ? 1 + in.off() : 1;
                        }
                    }
                    case Opcodes.BPF_LD -> {
                        if (opc != Opcodes.BPF_LD_IMM64) throw new SimError(SimError.Kind.UNSUPPORTED, "legacy packet load 0x" + Integer.toHexString(opc));
                        r[in.dst()] = prog.ldImm64(pc);
                        pc += 2;
                    }
                    case Opcodes.BPF_LDX -> {
                        int size = size(opc);
                        long v = mem.load(r[in.src()] + in.off(), size);
                        if ((opc & 0xe0) == Opcodes.BPF_MEMSX) v = ConcreteAlu.movsx(v, size * 8, true);
                        r[in.dst()] = v;
                        pc++;
                    }
                    case Opcodes.BPF_ST -> {
                        mem.store(r[in.dst()] + in.off(), size(opc), in.imm());
                        pc++;
                    }
                    default -> { // BPF_STX
                        long addr = r[in.dst()] + in.off();
                        if ((opc & 0xe0) == Opcodes.BPF_ATOMIC) atomic(r, in, addr, size(opc));
                        else mem.store(addr, size(opc), r[in.src()]);
                        pc++;
                    }
                }
            }
        } catch (SimError e) {
            throw e.at(prog.name(), pc);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new SimError(SimError.Kind.FAULT, "control left the program").at(prog.name(), pc);
        }
    }

    private static int size(int opc) {
        return switch (opc & 0x18) {
            case Opcodes.BPF_B -> 1;
            case Opcodes.BPF_H -> 2;
            case Opcodes.BPF_W -> 4;
            default -> 8;
        };
    }

    private static void alu(long[] r, Insn in, boolean alu64) {
        int opc = in.opcode();
        int op = opc & 0xf0;
        long src = (opc & Opcodes.BPF_X) != 0 ? r[in.src()] : (alu64 ? in.imm() : in.imm() & ConcreteAlu.U32_MAX);
        if (op == Opcodes.BPF_END) {
            r[in.dst()] = ConcreteAlu.endian(r[in.dst()], in.imm(), (opc & Opcodes.BPF_X) != 0, alu64);
        } else if (op == Opcodes.BPF_MOV && in.off() != 0) {
            r[in.dst()] = ConcreteAlu.movsx(src, in.off(), alu64);
        } else {
            r[in.dst()] = ConcreteAlu.apply(ConcreteAlu.of(op, in.off()), alu64, r[in.dst()], src);
        }
    }

    private void atomic(long[] r, Insn in, long addr, int size) {
        int imm = in.imm();
        long old = mem.load(addr, size);
        boolean fetch = (imm & Opcodes.BPF_FETCH) != 0;
        long v = r[in.src()];
        long mask = size == 4 ? ConcreteAlu.U32_MAX : -1L;
        switch (imm & ~Opcodes.BPF_FETCH) {
            case Opcodes.BPF_ADD -> mem.store(addr, size, old + v);
            case Opcodes.BPF_OR -> mem.store(addr, size, old | v);
            case Opcodes.BPF_AND -> mem.store(addr, size, old & v);
            case Opcodes.BPF_XOR -> mem.store(addr, size, old ^ v);
            case 0xe0 -> mem.store(addr, size, v); // xchg
            case 0xf0 -> { // cmpxchg: compares with r0, old value to r0
                if ((old & mask) == (r[0] & mask)) mem.store(addr, size, v);
                r[0] = old;
                return;
            }
            default -> throw new SimError(SimError.Kind.UNSUPPORTED, "atomic operation 0x" + Integer.toHexString(imm));
        }
        if (fetch) r[in.src()] = old;
    }
}
