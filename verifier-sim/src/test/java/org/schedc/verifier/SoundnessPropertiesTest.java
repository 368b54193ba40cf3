package org.schedc.verifier;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.schedc.bpf.insn.ConcreteAlu;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.schedc.bpf.insn.Insn;

/** Soundness of the abstract domain: whatever a concrete run computes lies within the abstract result. */
class SoundnessPropertiesTest {
    /** Interesting concrete values: boundaries, small numbers and random bits. */
    @Provide
    Arbitrary<Long> values() {
        return Arbitraries.oneOf(
                Arbitraries.of(0L, 1L, -1L, 2L, 31L, 32L, 63L, 64L, 0x7fffffffL, 0x80000000L, 0xffffffffL, 0x100000000L, Long.MAX_VALUE, Long.MIN_VALUE),
                Arbitraries.longs().between(-300, 300),
                Arbitraries.longs());
    }

    /** An abstraction of a concrete value: constant, range around it, partially known bits, or unknown. */
    static Scalar abstraction(long v, int shape, long a, long b) {
        Scalar s = switch (shape) {
            case 0 -> Scalar.constant(v);
            case 1 -> Scalar.UNKNOWN;
            case 2 -> { // unsigned range containing v
                long lo = Long.compareUnsigned(v, Math.abs(a % 1000)) >= 0 ? v - Math.abs(a % 1000) : 0;
                long hi = Long.compareUnsigned(v + Math.abs(b % 1000), v) >= 0 ? v + Math.abs(b % 1000) : -1L;
                yield Scalar.unsigned(lo, hi);
            }
            case 3 -> { // signed range containing v
                long lo = v - Math.abs(a % 100000) <= v ? v - Math.abs(a % 100000) : Long.MIN_VALUE;
                long hi = v + Math.abs(b % 100000) >= v ? v + Math.abs(b % 100000) : Long.MAX_VALUE;
                yield Scalar.signed(lo, hi);
            }
            case 4 -> Scalar.ofTnum(new Tnum(v & ~a, a)); // bits in a unknown
            default -> Scalar.unknownOfSize(4).contains(v) ? Scalar.unknownOfSize(4) : Scalar.UNKNOWN;
        };
        assertNotNull(s);
        assertTrue(s.contains(v), () -> s + " must contain " + v);
        return s;
    }

    @Property(tries = 3000)
    void scalarOpsContainConcreteResults(@ForAll("values") long x, @ForAll("values") long y, @ForAll @IntRange(max = 5) int sx,
            @ForAll @IntRange(max = 5) int sy, @ForAll long a, @ForAll long b, @ForAll ConcreteAlu.Op op, @ForAll boolean alu64) {
        Scalar ax = abstraction(x, sx, a, b), ay = abstraction(y, sy, b, a);
        long concrete = oracle(op, alu64, x, y);
        Scalar r = ScalarAlu.apply(op, alu64, ax, ay);
        assertTrue(r.contains(concrete), () -> op + (alu64 ? "64 " : "32 ") + ax + ", " + ay + " -> " + r + " misses " + concrete);
    }

    private static long oracle(ConcreteAlu.Op op, boolean alu64, long x, long y) {
        long[] regs = {x, y};
        int opBits = switch (op) {
            case ADD -> 0x00; case SUB -> 0x10; case MUL -> 0x20; case DIV, SDIV -> 0x30; case OR -> 0x40; case AND -> 0x50;
            case LSH -> 0x60; case RSH -> 0x70; case NEG -> 0x80; case MOD, SMOD -> 0x90; case XOR -> 0xa0; case MOV -> 0xb0; case ARSH -> 0xc0;
        };
        int off = op == ConcreteAlu.Op.SDIV || op == ConcreteAlu.Op.SMOD ? 1 : 0;
        boolean neg = op == ConcreteAlu.Op.NEG;
        TinyInterpreter.step(regs, new Insn(opBits | (neg ? 0 : 0x08) | (alu64 ? 7 : 4), 0, neg ? 0 : 1, off, 0));
        return regs[0];
    }

    @Property(tries = 2000)
    void tnumOpsContainConcreteResults(@ForAll("values") long x, @ForAll("values") long y, @ForAll long mx, @ForAll long my, @ForAll @IntRange(max = 63) int sh) {
        Tnum a = new Tnum(x & ~mx, mx), b = new Tnum(y & ~my, my);
        long xv = x, yv = y;
        assertTrue(a.add(b).contains(xv + yv));
        assertTrue(a.sub(b).contains(xv - yv));
        assertTrue(a.mul(b).contains(xv * yv));
        assertTrue(a.and(b).contains(xv & yv));
        assertTrue(a.or(b).contains(xv | yv));
        assertTrue(a.xor(b).contains(xv ^ yv));
        assertTrue(a.shl(sh).contains(xv << sh));
        assertTrue(a.shr(sh).contains(xv >>> sh));
        assertTrue(a.sar(sh).contains(xv >> sh));
        long lo = Math.min(xv, yv), hi = Math.max(xv, yv);
        if (lo >= 0) assertTrue(Tnum.range(lo, hi).contains((lo + hi) >>> 1));
    }

    private record Prog(long[] init, int[] shapes, long[] seeds, List<Insn> code) {}

    @Provide
    Arbitrary<Prog> programs() {
        Arbitrary<Insn> insn = Combinators.combine(
                Arbitraries.of(0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80, 0x90, 0xa0, 0xb0, 0xc0, 0xd0),
                Arbitraries.of(4, 7), Arbitraries.of(0, 8), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
                Arbitraries.oneOf(Arbitraries.integers().between(-40, 70), Arbitraries.integers()), Arbitraries.integers().between(0, 3))
                .as((op, cls, x, dst, src, imm, variant) -> make(op, cls, x, dst, src, imm, variant));
        return Combinators.combine(values().array(long[].class).ofSize(4), Arbitraries.integers().between(0, 5).array(int[].class).ofSize(4),
                Arbitraries.longs().array(long[].class).ofSize(8), insn.list().ofMinSize(1).ofMaxSize(25))
                .as(Prog::new);
    }

    /** A valid straight-line ALU instruction (shifts in range, no division by immediate 0, legal MOVSX/END forms). */
    private static Insn make(int op, int cls, int x, int dst, int src, int imm, int variant) {
        boolean is64 = cls == 7;
        int off = 0;
        if (op == 0x80) return new Insn(op | cls, dst, 0, 0, 0);
        if (op == 0xd0) {
            int bits = new int[] {16, 32, 64, 16}[variant];
            return new Insn(op | cls | (is64 ? 0 : x), dst, 0, 0, bits);
        }
        if ((op == 0x30 || op == 0x90) && variant == 1) off = 1;
        if (op == 0xb0 && x == 8 && variant > 0) off = is64 ? new int[] {0, 8, 16, 32}[variant] : new int[] {0, 8, 16, 8}[variant];
        if (x == 8) return new Insn(op | cls | 8, dst, src, off, 0);
        if (op == 0x60 || op == 0x70 || op == 0xc0) imm = Math.floorMod(imm, is64 ? 64 : 32);
        if ((op == 0x30 || op == 0x90) && imm == 0) imm = 3;
        return new Insn(op | cls, dst, 0, off, imm);
    }

    @Property(tries = 1500)
    void straightLineProgramsStayInsideTheirAbstraction(@ForAll("programs") Prog p) {
        long[] concrete = p.init().clone();
        State st = new State();
        Frame f = new Frame(-1);
        for (int r = 0; r < 4; r++) f.regs[r] = Value.scalar(abstraction(concrete[r], p.shapes()[r], p.seeds()[2 * r], p.seeds()[2 * r + 1]));
        f.regs[10] = new Value.StackPtr(0, Scalar.constant(0));
        st.frames.add(f);
        List<String> log = new ArrayList<>();
        for (int pc = 0; pc < p.code().size(); pc++) {
            Insn insn = p.code().get(pc);
            AluStep.execute(st, insn, pc);
            TinyInterpreter.step(concrete, insn);
            log.add(insn + " -> " + st.describe());
            for (int r = 0; r < 4; r++) {
                Scalar s = ((Value.ScalarValue) st.reg(r)).s();
                long c = concrete[r];
                int reg = r;
                assertTrue(s.contains(c), () -> "R" + reg + "=" + c + " outside " + s + "\n" + String.join("\n", log));
            }
        }
    }

    @Property(tries = 3000)
    void branchRefinementKeepsTheConcreteDirection(@ForAll("values") long x, @ForAll("values") long y, @ForAll @IntRange(max = 5) int sx,
            @ForAll @IntRange(max = 5) int sy, @ForAll long a, @ForAll long b,
            @ForAll("jumpOps") int op) {
        Scalar ax = abstraction(x, sx, a, b), ay = abstraction(y, sy, b, a);
        boolean taken = switch (op) {
            case 0x10 -> x == y; case 0x50 -> x != y;
            case 0x20 -> Long.compareUnsigned(x, y) > 0; case 0x30 -> Long.compareUnsigned(x, y) >= 0;
            case 0xa0 -> Long.compareUnsigned(x, y) < 0; case 0xb0 -> Long.compareUnsigned(x, y) <= 0;
            case 0x60 -> x > y; case 0x70 -> x >= y; case 0xc0 -> x < y; case 0xd0 -> x <= y;
            default -> (x & y) != 0;
        };
        Scalar[] r = BranchStep.refine(op, ax, ay);
        Scalar rx = taken ? r[0] : r[2], ry = taken ? r[1] : r[3];
        assertNotNull(rx, "direction wrongly judged impossible");
        assertNotNull(ry, "direction wrongly judged impossible");
        assertTrue(rx.contains(x) && ry.contains(y), () -> rx + " / " + ry + " lost " + x + ", " + y);
    }

    @Property(tries = 2000)
    void jmp32KeepsTheConcreteDirection(@ForAll("values") long x, @ForAll("values") long y, @ForAll @IntRange(max = 5) int sx,
            @ForAll @IntRange(max = 5) int sy, @ForAll long a, @ForAll long b, @ForAll("jumpOps") int op) {
        int xi = (int) x, yi = (int) y;
        boolean taken = switch (op) {
            case 0x10 -> xi == yi; case 0x50 -> xi != yi;
            case 0x20 -> Integer.compareUnsigned(xi, yi) > 0; case 0x30 -> Integer.compareUnsigned(xi, yi) >= 0;
            case 0xa0 -> Integer.compareUnsigned(xi, yi) < 0; case 0xb0 -> Integer.compareUnsigned(xi, yi) <= 0;
            case 0x60 -> xi > yi; case 0x70 -> xi >= yi; case 0xc0 -> xi < yi; case 0xd0 -> xi <= yi;
            default -> (xi & yi) != 0;
        };
        State st = new State();
        Frame f = new Frame(-1);
        f.regs[1] = Value.scalar(abstraction(x, sx, a, b));
        f.regs[2] = Value.scalar(abstraction(y, sy, b, a));
        st.frames.add(f);
        BranchStep.Outcome o = BranchStep.execute(st, new Insn(0x06 | op | 0x08, 1, 2, 0, 0), 0);
        State dir = taken ? o.taken() : o.fallthrough();
        assertNotNull(dir, "feasible direction dropped");
        assertTrue(((Value.ScalarValue) dir.reg(1)).s().contains(x) && ((Value.ScalarValue) dir.reg(2)).s().contains(y));
    }

    @Provide
    Arbitrary<Integer> jumpOps() { return Arbitraries.of(0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0xa0, 0xb0, 0xc0, 0xd0); }
}
