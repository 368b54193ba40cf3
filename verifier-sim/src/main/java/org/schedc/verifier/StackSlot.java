package org.schedc.verifier;

/**
 * One 8-byte stack slot: either a spilled register (8-byte aligned store of a full register, which keeps its
 * abstract value) or eight bytes, each invalid (never written), misc (written, unknown) or zero.
 */
public sealed interface StackSlot {
    int INVALID = 0, MISC = 1, ZERO = 2;

    record Spill(Value value) implements StackSlot {}

    /** Two bits per byte, byte 0 (lowest address) in the low bits. */
    record Bytes(int kinds) implements StackSlot {
        public int kind(int i) { return (kinds >>> (2 * i)) & 3; }

        public Bytes with(int i, int kind) { return new Bytes((kinds & ~(3 << (2 * i))) | kind << (2 * i)); }
    }

    Bytes EMPTY = new Bytes(0);

    /** Byte kinds of this slot, a spill counting as written (zero if it spilled the constant 0). */
    default Bytes asBytes() {
        return switch (this) {
            case Bytes b -> b;
            case Spill s -> {
                boolean zero = s.value() instanceof Value.ScalarValue v && v.s().isConst() && v.s().constValue() == 0;
                int k = zero ? ZERO : MISC, all = 0;
                for (int i = 0; i < 8; i++) all |= k << (2 * i);
                yield new Bytes(all);
            }
        };
    }

    default String describe() {
        return switch (this) {
            case Spill s -> s.value().describe();
            case Bytes b -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 7; i >= 0; i--) sb.append("?mz".charAt(b.kind(i)));
                yield sb.toString();
            }
        };
    }
}
