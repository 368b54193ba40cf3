package org.schedc.sema;

/** Types of policy values. Kernel structs are known by name and resolved per target kernel. */
public sealed interface Type {
    String display();

    /** u8..u64, s8..s64. Values are kept in 64-bit registers normalised to this width. */
    record Int(int bits, boolean signed) implements Type {
        public String display() { return (signed ? "s" : "u") + bits; }
        public java.math.BigInteger min() {
            return signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1).negate() : java.math.BigInteger.ZERO;
        }
        public java.math.BigInteger max() {
            return java.math.BigInteger.ONE.shiftLeft(signed ? bits - 1 : bits).subtract(java.math.BigInteger.ONE);
        }
    }

    /** An integer constant not yet given a type (literals, constant expressions); it takes the type it meets. */
    record UntypedInt() implements Type { public String display() { return "integer constant"; } }

    record Bool() implements Type { public String display() { return "bool"; } }

    /** A pointer to a kernel struct, e.g. task ({@code struct task_struct *}); nullable ones must be checked first. */
    record KernelPtr(String struct, boolean nullable) implements Type {
        public String display() {
            String base = struct.equals("task_struct") ? "task" : "struct " + struct + " *";
            return nullable ? base + "?" : base;
        }
    }

    /** An embedded kernel struct reached by a field path; not a value by itself. */
    record KernelStruct(String struct) implements Type { public String display() { return "struct " + struct; } }

    /** A u8 array: kernel char arrays such as task comm, and {@code [u8; N]} globals and state fields. */
    record Chars(int length) implements Type { public String display() { return "[u8; " + length + "]"; } }

    /** {@code p.state}, {@code this_cpu}, {@code cpu_state(n)}: a state block, reached only through its fields. */
    record StateBlock(Symbols.StateOwner owner, boolean readOnly) implements Type {
        public String display() { return owner == Symbols.StateOwner.TASK ? "task state" : "cpu state"; }
    }

    /** The result of default_cpu(): {@code .cpu} and {@code .was_idle}. */
    record CpuPick() implements Type { public String display() { return "cpu_pick"; } }

    /** A tag of the policy's {@code tags} item ({@code none} is 0); a 32-bit number compared only with == / != / in. */
    record Tag() implements Type { public String display() { return "tag"; } }

    record Str() implements Type { public String display() { return "string"; } }

    record Queue() implements Type { public String display() { return "queue"; } }

    record Void() implements Type { public String display() { return "void"; } }

    /** The type of an expression that already had an error; suppresses follow-on errors. */
    record Error() implements Type { public String display() { return "<error>"; } }

    Type U8 = new Int(8, false), U16 = new Int(16, false), U32 = new Int(32, false), U64 = new Int(64, false);
    Type S8 = new Int(8, true), S16 = new Int(16, true), S32 = new Int(32, true), S64 = new Int(64, true);
    Type BOOL = new Bool(), VOID = new Void(), ERROR = new Error(), UNTYPED = new UntypedInt();
    Type TASK = new KernelPtr("task_struct", false);
    Type TAG = new Tag();

    static boolean isInteger(Type t) { return t instanceof Int || t instanceof UntypedInt; }
}
