package org.schedc.bpf.asm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.EdgeCasesMode;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

/** Random straight-line and branchy programs, with jumps in both directions across two-slot ld_imm64s. */
class RandomProgramTest {

    sealed interface Step {}
    record Alu(AluOp op, int imm) implements Step {}
    record Wide(long imm) implements Step {}
    record MapAddr(String map, int addend) implements Step {}
    record Kfunc(String name) implements Step {}
    record CoreLoad(int off) implements Step {}
    record Position(int line, int column) implements Step {}
    record Cond(int label, JmpOp op, Width w, boolean reg) implements Step {}
    record Jmp(int label) implements Step {}
    record Place(int label) implements Step {}

    record Program(int labelCount, List<Step> steps) {}

    @Provide
    Arbitrary<Program> programs() {
        return Arbitraries.integers().between(1, 6).flatMap(labels -> Combinators.combine(
                step(labels).list().ofMinSize(1).ofMaxSize(60),
                Arbitraries.integers().between(0, 1000).list().ofSize(labels)
        ).as((steps, positions) -> place(labels, steps, positions)));
    }

    private static Arbitrary<Step> step(int labels) {
        Arbitrary<Integer> label = Arbitraries.integers().between(0, labels - 1);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Combinators.combine(Arbitraries.of(AluOp.ADD, AluOp.SUB, AluOp.XOR, AluOp.MOV, AluOp.OR),
                        Arbitraries.integers()).as(Alu::new)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().map(Wide::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.of("m1", "m2"), Arbitraries.integers().between(-64, 64)).as(MapAddr::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("scx_bpf_dsq_insert", "scx_bpf_kick_cpu").map(Kfunc::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-512, 512).map(CoreLoad::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.integers().between(1, 500), Arbitraries.integers().between(0, 80)).as(Position::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(label, Arbitraries.of(JmpOp.class), Arbitraries.of(Width.class), Arbitraries.of(true, false)).as(Cond::new)),
                net.jqwik.api.Tuple.of(1, label.map(Jmp::new)));
    }

    /** Inserts each label's placement before the step at its (random) position, or before the final exit. */
    private static Program place(int labels, List<Step> steps, List<Integer> positions) {
        List<Step> out = new ArrayList<>();
        for (int i = 0; i <= steps.size(); i++) {
            for (int l = 0; l < labels; l++) {
                if (positions.get(l) % (steps.size() + 1) == i) out.add(new Place(l));
            }
            if (i < steps.size()) out.add(steps.get(i));
        }
        return new Program(labels, out);
    }

    private static void emit(Program p, BpfVisitor v) {
        Label[] labels = new Label[p.labelCount()];
        for (int i = 0; i < labels.length; i++) labels[i] = new Label("l" + i);
        for (Step s : p.steps()) {
            switch (s) {
                case Alu(AluOp op, int imm) -> v.visitAluImm(op, Width.W64, Reg.R1, imm);
                case Wide(long imm) -> v.visitLdImm64(Reg.R2, imm);
                case MapAddr(String map, int addend) -> v.visitLdImm64Symbol(Reg.R1, map, addend);
                case Kfunc(String name) -> v.visitCallKfunc(name);
                case CoreLoad(int off) -> {
                    v.visitCoreRelocation(7, "0:1:" + Math.abs(off % 5), CoreReloKind.FIELD_BYTE_OFFSET);
                    v.visitLoad(Size.DW, Reg.R3, Reg.R1, off);
                }
                case Position(int line, int column) -> v.visitLineNumber(line, column);
                case Cond(int l, JmpOp op, Width w, boolean reg) -> {
                    if (reg) v.visitJump(op, w, Reg.R1, Reg.R2, labels[l]);
                    else v.visitJumpImm(op, w, Reg.R1, 42, labels[l]);
                }
                case Jmp(int l) -> v.visitGoto(labels[l]);
                case Place(int l) -> v.visitLabel(labels[l]);
            }
        }
        v.visitExit();
        v.visitEnd();
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void everyJumpLandsOnItsLabel(@ForAll("programs") Program p) {
        BpfWriter writer = new BpfWriter("f");
        SlotRecorder recorder = new SlotRecorder(writer);
        emit(p, new CheckingVisitor(recorder));
        BpfFunction f = writer.toFunction();

        assertEquals(recorder.slot, f.slotCount());
        for (SlotRecorder.JumpAt jump : recorder.jumps) {
            Insn insn = f.insn(jump.slot());
            int offset = insn.opcode() == (Opcodes.BPF_JMP32 | Opcodes.BPF_JA) ? insn.imm() : insn.off();
            assertEquals(recorder.labelSlots.get(jump.target()), jump.slot() + 1 + offset, "jump at slot " + jump.slot());
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void readerReplayReproducesTheFunction(@ForAll("programs") Program p) {
        BpfWriter writer = new BpfWriter("f");
        emit(p, new CheckingVisitor(writer));
        BpfFunction f = writer.toFunction();

        BpfWriter copy = new BpfWriter("f");
        new BpfReader(f).accept(new CheckingVisitor(copy));
        BpfFunction g = copy.toFunction();
        assertEquals(f, g);
        assertEquals(Disassembler.disassemble(f, n -> "line " + n), Disassembler.disassemble(g, n -> "line " + n));
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void linesAreIncreasingAndNeverInsideLdImm64(@ForAll("programs") Program p) {
        BpfWriter writer = new BpfWriter("f");
        SlotRecorder recorder = new SlotRecorder(writer);
        emit(p, new CheckingVisitor(recorder));
        BpfFunction f = writer.toFunction();

        Set<Integer> secondSlots = new HashSet<>();
        for (int s : recorder.ldImm64Slots) secondSlots.add(s + 1);
        int previous = -1;
        for (LineEntry line : f.lines()) {
            assertTrue(line.slot() > previous, "line slots must increase: " + f.lines());
            assertFalse(secondSlots.contains(line.slot()), "line on 2nd slot of ld_imm64: " + line);
            previous = line.slot();
        }
        for (Relocation r : f.relocations()) assertFalse(secondSlots.contains(r.slot()));
        for (CoreRelocation c : f.coreRelocations()) assertEquals(0x79, f.insn(c.slot()).opcode(), "CO-RE on the load");
    }
}
