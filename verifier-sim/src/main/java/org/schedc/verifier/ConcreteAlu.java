package org.schedc.verifier;

/** Concrete BPF ALU semantics (the reference the abstract domain must contain; also folds constants). */
public final class ConcreteAlu {
    private ConcreteAlu() {}

    public static long apply(ScalarAlu.Op op, boolean alu64, long a, long b) {
        if (!alu64) {
            int x = (int) a, y = (int) b;
            long r = switch (op) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case DIV -> y == 0 ? 0 : Integer.divideUnsigned(x, y);
                case MOD -> y == 0 ? x : Integer.remainderUnsigned(x, y);
                case SDIV, SMOD -> ScalarAlu.signedDivMod32(op, x, y);
                case OR -> x | y;
                case AND -> x & y;
                case XOR -> x ^ y;
                case LSH -> x << (y & 31);
                case RSH -> x >>> (y & 31);
                case ARSH -> x >> (y & 31);
                case NEG -> -x;
                case MOV -> y;
            };
            return r & Scalar.U32_MAX;
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
}
