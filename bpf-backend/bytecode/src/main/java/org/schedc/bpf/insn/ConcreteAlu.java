package org.schedc.bpf.insn;

/**
 * Concrete BPF ALU semantics: the one definition the verifier model's abstract domain must contain, the compiler's
 * constant folding uses, and the simulator executes.
 */
public final class ConcreteAlu {
    public static final long U32_MAX = 0xffff_ffffL;

    private ConcreteAlu() {}

    public enum Op { ADD, SUB, MUL, DIV, SDIV, OR, AND, LSH, RSH, NEG, MOD, SMOD, XOR, MOV, ARSH }

    /** The operation of an ALU/ALU64 opcode's operation bits and offset field (SDIV/SMOD are offset 1); not BPF_END. */
    public static Op of(int opBits, int off) {
        return switch (opBits) {
            case Opcodes.BPF_ADD -> Op.ADD;
            case Opcodes.BPF_SUB -> Op.SUB;
            case Opcodes.BPF_MUL -> Op.MUL;
            case Opcodes.BPF_DIV -> off == 1 ? Op.SDIV : Op.DIV;
            case Opcodes.BPF_MOD -> off == 1 ? Op.SMOD : Op.MOD;
            case Opcodes.BPF_OR -> Op.OR;
            case Opcodes.BPF_AND -> Op.AND;
            case Opcodes.BPF_LSH -> Op.LSH;
            case Opcodes.BPF_RSH -> Op.RSH;
            case Opcodes.BPF_NEG -> Op.NEG;
            case Opcodes.BPF_XOR -> Op.XOR;
            case Opcodes.BPF_MOV -> Op.MOV;
            case Opcodes.BPF_ARSH -> Op.ARSH;
            default -> throw new IllegalArgumentException("not a two-operand ALU operation: 0x" + Integer.toHexString(opBits));
        };
    }

    /** 32-bit signed division/modulo, zero-extended; division by zero gives 0 (SDIV) or the dividend (SMOD). */
    public static long signedDivMod32(Op op, int a, int b) {
        if (op == Op.SDIV) return b == 0 ? 0 : (b == -1 ? -a : a / b) & U32_MAX;
        return b == 0 ? a & U32_MAX : (b == -1 ? 0 : a % b) & U32_MAX;
    }

    public static long apply(Op op, boolean alu64, long a, long b) {
        if (!alu64) {
            int x = (int) a, y = (int) b;
            long r = switch (op) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case DIV -> y == 0 ? 0 : Integer.divideUnsigned(x, y);
                case MOD -> y == 0 ? x : Integer.remainderUnsigned(x, y);
                case SDIV, SMOD -> signedDivMod32(op, x, y);
                case OR -> x | y;
                case AND -> x & y;
                case XOR -> x ^ y;
                case LSH -> x << (y & 31);
                case RSH -> x >>> (y & 31);
                case ARSH -> x >> (y & 31);
                case NEG -> -x;
                case MOV -> y;
            };
            return r & U32_MAX;
        }
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> b == 0 ? 0 : Long.divideUnsigned(a, b);
            case MOD -> b == 0 ? a : Long.remainderUnsigned(a, b);
            case SDIV -> b == 0 ? 0 : (b == -1 ? -a : a / b);
            case SMOD -> b == 0 ? a : (b == -1 ? 0 : a % b);
            case OR -> a | b;
            case AND -> a & b;
            case XOR -> a ^ b;
            case LSH -> a << (b & 63);
            case RSH -> a >>> (b & 63);
            case ARSH -> a >> (b & 63);
            case NEG -> -a;
            case MOV -> b;
        };
    }

    /** MOVSX: the low {@code bits} (8, 16, 32) of {@code v} sign-extended, then truncated to 32 bits unless alu64. */
    public static long movsx(long v, int bits, boolean alu64) {
        long r = (v << (64 - bits)) >> (64 - bits);
        return alu64 ? r : r & U32_MAX;
    }

    /**
     * BPF_END: byte swap to little endian ({@code toBe} false: on a little-endian machine a truncation), to big endian,
     * or (ALU64, cpu v4) an unconditional swap; {@code bits} is 16, 32 or 64.
     */
    public static long endian(long v, int bits, boolean toBe, boolean alu64) {
        boolean swap = toBe || alu64;
        return switch (bits) {
            case 16 -> swap ? Short.reverseBytes((short) v) & 0xffffL : v & 0xffffL;
            case 32 -> swap ? Integer.reverseBytes((int) v) & U32_MAX : v & U32_MAX;
            default -> swap ? Long.reverseBytes(v) : v;
        };
    }

    /** Whether a conditional jump with operation bits {@code opBits} is taken for operands a, b (JMP32: low halves). */
    public static boolean jumpTaken(int opBits, boolean jmp32, long a, long b) {
        if (jmp32) {
            a = (int) a; // sign-extended for the signed comparisons; the unsigned ones compare the masked halves
            b = (int) b;
            if (!isSignedJump(opBits)) { a &= U32_MAX; b &= U32_MAX; }
        }
        return switch (opBits) {
            case Opcodes.BPF_JEQ -> a == b;
            case Opcodes.BPF_JNE -> a != b;
            case Opcodes.BPF_JGT -> Long.compareUnsigned(a, b) > 0;
            case Opcodes.BPF_JGE -> Long.compareUnsigned(a, b) >= 0;
            case Opcodes.BPF_JLT -> Long.compareUnsigned(a, b) < 0;
            case Opcodes.BPF_JLE -> Long.compareUnsigned(a, b) <= 0;
            case Opcodes.BPF_JSGT -> a > b;
            case Opcodes.BPF_JSGE -> a >= b;
            case Opcodes.BPF_JSLT -> a < b;
            case Opcodes.BPF_JSLE -> a <= b;
            case Opcodes.BPF_JSET -> (a & b) != 0;
            default -> throw new IllegalArgumentException("not a conditional jump: 0x" + Integer.toHexString(opBits));
        };
    }

    private static boolean isSignedJump(int opBits) {
        return opBits == Opcodes.BPF_JSGT || opBits == Opcodes.BPF_JSGE || opBits == Opcodes.BPF_JSLT || opBits == Opcodes.BPF_JSLE;
    }
}
