package org.schedc.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * The compiler's intermediate representation: per BPF program, basic blocks of instructions over
 * virtual registers (not SSA: a mutable local is one register assigned several times). Every value is
 * 64 bits wide; narrow types are kept normalised with {@link Inst.Norm}.
 */
public final class Ir {
    private Ir() {}

    /** See {@link Inst.Line}: line numbers below this are in the policy file itself. */
    public static final int LINE_FILE_STRIDE = 1 << 20;

    public record VReg(int id) implements Operand {
        @Override public String toString() { return "v" + id; }
    }

    public record Imm(long value) implements Operand {
        @Override public String toString() { return Long.toString(value); }
    }

    public sealed interface Operand permits VReg, Imm {}

    public enum AluOp { ADD, SUB, MUL, DIV, SDIV, MOD, SMOD, AND, OR, XOR, LSH, RSH, ARSH;
        public boolean commutative() { return this == ADD || this == MUL || this == AND || this == OR || this == XOR; }
    }

    public enum Cond { EQ, NE, ULT, ULE, UGT, UGE, SLT, SLE, SGT, SGE;
        public Cond negate() {
            return switch (this) {
                case EQ -> NE; case NE -> EQ; case ULT -> UGE; case ULE -> UGT; case UGT -> ULE; case UGE -> ULT;
                case SLT -> SGE; case SLE -> SGT; case SGT -> SLE; case SGE -> SLT;
            };
        }
        /** The same test with operands swapped: a < b  ==  b > a. */
        public Cond swap() {
            return switch (this) {
                case EQ -> EQ; case NE -> NE; case ULT -> UGT; case ULE -> UGE; case UGT -> ULT; case UGE -> ULE;
                case SLT -> SGT; case SLE -> SGE; case SGT -> SLT; case SGE -> SLE;
            };
        }
    }

    /** A kernel struct field reached from a pointer: root struct name and member path, e.g. task_struct / [scx, dsq_vtime]. */
    /**
     * A kernel field: {@code path} from {@code rootStruct} names it (for CO-RE access strings and the IR printer;
     * trailing "[k]" steps index a char array), {@code chain} is the primary kernel's member steps for the named
     * part, anonymous members included — sema's resolution, so the CO-RE type builder does not walk BTF again.
     */
    public record FieldRef(String rootStruct, List<String> path, List<org.schedc.kabi.Kabi.FieldInfo> chain) {
        public FieldRef {
            path = List.copyOf(path);
            chain = List.copyOf(chain);
        }

        /** A path step "[k]" indexes element k of the array member before it. */
        public static String indexStep(int k) { return "[" + k + "]"; }
        public static boolean isIndex(String step) { return step.startsWith("["); }
        public static int index(String step) { return Integer.parseInt(step.substring(1, step.length() - 1)); }
    }

    public sealed interface Callee {
        /**
         * A kfunc call. With {@code fallbacks}, the kernel may lack {@code name}: the code tests each
         * (weak) extern for existence in turn and calls the first one present, the last unconditionally.
         */
        record Kfunc(String name, List<String> fallbacks) implements Callee {
            public Kfunc {
                fallbacks = List.copyOf(fallbacks);
            }

            public Kfunc(String name) {
                this(name, List.of());
            }
        }
        record Helper(int id) implements Callee {}
        /**
         * An atomic read-modify-write of the {@code size}-byte integer at {@code args[0] + offset} ({@code STX | ATOMIC}):
         * {@code ADD}/{@code FETCH_ADD} take the addend as {@code args[1]}, {@code CMPXCHG} the expected and the new
         * value as {@code args[1]} and {@code args[2]}; the fetching ones give the old value. A callee rather than an
         * instruction of its own because it has a call's shape: fixed registers (r0 is CMPXCHG's implicit operand and
         * result), a side effect no pass may move or merge, memory it invalidates.
         */
        record Atomic(org.schedc.bpf.asm.AtomicOp op, int size, int offset) implements Callee {
            public Atomic {
                if (size != 4 && size != 8) throw new IllegalArgumentException("atomics are 4 or 8 bytes, not " + size);
            }
        }
    }

    public sealed interface Inst {
        /**
         * dst = value. With an {@code enumerator} (a kernel enum constant such as SCX_DSQ_LOCAL) the value is
         * the primary kernel's and carries an ENUMVAL CO-RE relocation, so it is never folded into other code.
         */
        record Const(VReg dst, long value, String enumerator) implements Inst {
            public Const(VReg dst, long value) {
                this(dst, value, null);
            }
        }
        record Mov(VReg dst, VReg src) implements Inst {}
        record Alu(AluOp op, VReg dst, VReg a, Operand b) implements Inst {}
        record Neg(VReg dst, VReg src) implements Inst {}
        /** dst = src truncated to {@code bits} and zero- or sign-extended back to 64 bits. */
        record Norm(VReg dst, VReg src, int bits, boolean signed) implements Inst {}
        /** dst = ((u64 *)ctx)[index] — a struct_ops program argument. */
        record CtxArg(VReg dst, VReg ctx, int index) implements Inst {}
        /** dst = *(size *)(base + offset of field); a CO-RE-relocated kernel read. */
        record LoadField(VReg dst, VReg base, FieldRef field, long offset, int size, boolean signed) implements Inst {}
        record StoreField(VReg base, FieldRef field, long offset, int size, Operand value) implements Inst {}
        /** dst = address of a global (a section symbol plus offset) or of a map (its symbol, offset 0), relocated by the loader. */
        record GlobalAddr(VReg dst, String section, int offset) implements Inst {}
        record Load(VReg dst, VReg base, int offset, int size) implements Inst {}
        record Store(VReg base, int offset, int size, Operand value) implements Inst {}
        /** Stack objects are numbered; codegen gives them frame offsets. */
        record StackAddr(VReg dst, int slot) implements Inst {}
        record StackLoad(VReg dst, int slot, int size) implements Inst {}
        record StackStore(int slot, int size, Operand value) implements Inst {}
        record Call(VReg dst, Callee callee, List<Operand> args) implements Inst {}
        /**
         * Source position of the following instructions (for line info). {@code line} encodes the file too:
         * its index in the lowering's file list times {@link Ir#LINE_FILE_STRIDE}, plus the line.
         */
        record Line(int line, int column) implements Inst {}
    }

    public sealed interface Terminator {
        record Jump(Block target) implements Terminator {}
        record Branch(Cond cond, VReg a, Operand b, Block ifTrue, Block ifFalse) implements Terminator {}
        record Return(Operand value) implements Terminator {}
    }

    public static final class Block {
        public final int id;
        public final List<Inst> insts = new ArrayList<>();
        public Terminator terminator;

        public Block(int id) { this.id = id; }

        @Override public String toString() { return "b" + id; }
    }

    /** One BPF program: {@code ctx} arrives in r1. Stack objects have sizes in bytes. */
    public static final class Function {
        public final String name;
        public final List<Block> blocks = new ArrayList<>();
        public final List<Integer> stackObjects = new ArrayList<>();
        public final VReg ctx;
        private int nextVReg;
        private int nextBlock;

        public Function(String name) {
            this.name = name;
            this.ctx = newVReg();
        }

        public VReg newVReg() { return new VReg(nextVReg++); }
        public int vregCount() { return nextVReg; }

        public Block newBlock() {
            Block b = new Block(nextBlock++);
            blocks.add(b);
            return b;
        }

        public int newStackObject(int size) {
            stackObjects.add(size);
            return stackObjects.size() - 1;
        }

        public Block entry() { return blocks.getFirst(); }
    }
}
