package org.schedc.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.insn.ConcreteAlu;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

/** Interpreter semantics: hand-computed cases, and random ALU programs against the shared semantics step by step. */
class InterpreterTest {
    private static final Calls NO_CALLS = new Calls() {
        @Override public long helper(int id, long r1, long r2, long r3, long r4, long r5) { throw new SimError(SimError.Kind.UNSUPPORTED, "helper #" + id); }
        @Override public long kfunc(String n, long r1, long r2, long r3, long r4, long r5) { throw new SimError(SimError.Kind.UNSUPPORTED, "kfunc " + n); }
    };

    private static long run(Insn... code) {
        Memory mem = new Memory();
        int n = code.length;
        int[] calls = new int[n];
        Arrays.fill(calls, -1);
        long[] imm = new long[n];
        for (int i = 0; i + 1 < n; i++) if (code[i].isLdImm64()) imm[i] = (code[i].imm() & 0xffff_ffffL) | (long) code[i + 1].imm() << 32;
        return new Interpreter(mem).run(new SimProgram("t", "t", code, imm, calls, new String[n]), 0, 10_000, NO_CALLS);
    }

    private static Insn[] ld64(int reg, long v) {
        return new Insn[] {new Insn(Opcodes.BPF_LD_IMM64, reg, 0, 0, (int) v), new Insn(0, 0, 0, 0, (int) (v >>> 32))};
    }

    private static Insn alu(boolean alu64, int op, int dst, int src, int off) {
        return new Insn((alu64 ? Opcodes.BPF_ALU64 : Opcodes.BPF_ALU) | op | Opcodes.BPF_X, dst, src, off, 0);
    }

    private static final Insn EXIT = new Insn(Opcodes.BPF_JMP | Opcodes.BPF_EXIT, 0, 0, 0, 0);

    private static Insn[] concat(Insn[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(Insn[]::new);
    }

    @Test
    void handComputedAlu() {
        // 32-bit: -1 + 2 wraps to 1 and is zero-extended; division by zero gives 0; modulo by zero keeps the dividend
        assertEquals(1, run(concat(ld64(0, -1), ld64(1, 2), new Insn[] {alu(false, Opcodes.BPF_ADD, 0, 1, 0), EXIT})));
        assertEquals(0, run(concat(ld64(0, 7), ld64(1, 0), new Insn[] {alu(true, Opcodes.BPF_DIV, 0, 1, 0), EXIT})));
        assertEquals(7, run(concat(ld64(0, 7), ld64(1, 0), new Insn[] {alu(true, Opcodes.BPF_MOD, 0, 1, 0), EXIT})));
        assertEquals(-4, run(concat(ld64(0, -8), ld64(1, 1), new Insn[] {alu(true, Opcodes.BPF_ARSH, 0, 1, 0), EXIT})));
        assertEquals(-3, run(concat(ld64(0, -7), ld64(1, 2), new Insn[] {alu(true, Opcodes.BPF_DIV, 0, 1, 1), EXIT}))); // sdiv truncates
        assertEquals(0xffff_ffffL, run(concat(ld64(0, -1), new Insn[] {new Insn(Opcodes.BPF_ALU | Opcodes.BPF_MOV | Opcodes.BPF_X, 0, 0, 0, 0), EXIT})));
        assertEquals(-128, run(concat(ld64(1, 0x80), new Insn[] {alu(true, Opcodes.BPF_MOV, 0, 1, 8), EXIT}))); // movsx8
    }

    @Test
    void memoryJumpsAndAtomics() {
        Insn[] prog = concat(ld64(1, 0x1122334455667788L), new Insn[] {
            new Insn(Opcodes.BPF_STX | Opcodes.BPF_MEM | Opcodes.BPF_DW, 10, 1, -8, 0), // *(u64 *)(r10 - 8) = r1
            new Insn(Opcodes.BPF_LDX | Opcodes.BPF_MEM | Opcodes.BPF_H, 0, 10, -6, 0), // r0 = *(u16 *)(r10 - 6) = 0x5566
            new Insn(Opcodes.BPF_ALU64 | Opcodes.BPF_MOV | Opcodes.BPF_K, 2, 0, 0, 5),
            new Insn(Opcodes.BPF_STX | Opcodes.BPF_ATOMIC | Opcodes.BPF_DW, 10, 2, -8, Opcodes.BPF_ADD | Opcodes.BPF_FETCH), // r2 = old
            new Insn(Opcodes.BPF_LDX | Opcodes.BPF_MEM | Opcodes.BPF_B, 3, 10, -8, 0), // 0x88 + 5
            new Insn(Opcodes.BPF_JMP | Opcodes.BPF_JNE | Opcodes.BPF_K, 3, 0, 1, 0x8d),
            new Insn(Opcodes.BPF_ALU64 | Opcodes.BPF_ADD | Opcodes.BPF_K, 0, 0, 0, 1), // taken only if the byte is 0x8d
            EXIT});
        assertEquals(0x5567, run(prog));
    }

    @Test
    void outOfBoundsAccessNamesTheInstruction() {
        SimError e = assertThrows(SimError.class, () -> run(new Insn(Opcodes.BPF_LDX | Opcodes.BPF_MEM | Opcodes.BPF_DW, 0, 1, 8, 0), EXIT)); // r1 = 0: a null dereference
        assertTrue(e.getMessage().equals("program t, insn 0: access of 8 bytes at 0x8: not a mapped address"), e.getMessage());
    }

    @Test
    void endlessLoopRunsOutOfBudget() {
        SimError e = assertThrows(SimError.class, () -> run(new Insn(Opcodes.BPF_JMP | Opcodes.BPF_JA, 0, 0, -1, 0), EXIT));
        assertEquals(SimError.Kind.BUDGET, e.kind());
    }

    @Provide
    Arbitrary<Integer> aluOps() {
        return Arbitraries.of(Opcodes.BPF_ADD, Opcodes.BPF_SUB, Opcodes.BPF_MUL, Opcodes.BPF_DIV, Opcodes.BPF_OR, Opcodes.BPF_AND,
                Opcodes.BPF_LSH, Opcodes.BPF_RSH, Opcodes.BPF_MOD, Opcodes.BPF_XOR, Opcodes.BPF_MOV, Opcodes.BPF_ARSH);
    }

    /** A random chain of register ALU ops, interpreted, equals folding the same chain with the shared semantics. */
    @Property(tries = 300)
    void randomAluProgramsMatchTheSharedSemantics(@ForAll long a, @ForAll long b, @ForAll("chains") int[][] chain) {
        Insn[] code = concat(ld64(0, a), ld64(1, b));
        long r0 = a, r1 = b;
        for (int[] step : chain) {
            boolean alu64 = step[1] == 1;
            int off = (step[0] == Opcodes.BPF_DIV || step[0] == Opcodes.BPF_MOD) ? step[2] : 0;
            code = concat(code, new Insn[] {alu(alu64, step[0], 0, 1, off)});
            r0 = ConcreteAlu.apply(ConcreteAlu.of(step[0], off), alu64, r0, r1);
            r1 = r1 * 31 + 7;
            code = concat(code, new Insn[] {new Insn(Opcodes.BPF_ALU64 | Opcodes.BPF_MUL | Opcodes.BPF_K, 1, 0, 0, 31),
                new Insn(Opcodes.BPF_ALU64 | Opcodes.BPF_ADD | Opcodes.BPF_K, 1, 0, 0, 7)});
        }
        assertEquals(r0, run(concat(code, new Insn[] {EXIT})));
    }

    @Provide
    Arbitrary<int[][]> chains() {
        return net.jqwik.api.Combinators.combine(aluOps(), Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1))
                .as((op, w, off) -> new int[] {op, w, off}).array(int[][].class).ofMinSize(1).ofMaxSize(12);
    }
}
