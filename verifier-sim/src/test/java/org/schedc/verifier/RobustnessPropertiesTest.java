package org.schedc.verifier;

import org.schedc.bpf.link.*;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.schedc.bpf.asm.BpfFunction;
import org.schedc.bpf.insn.Insn;

/** Any input terminates with a report or an ObjectFormatException, and never with a simulator error. */
class RobustnessPropertiesTest {
    private static final Options FAST = Options.defaults().withInsnLimit(50_000).withVerbose(true);

    private static void check(byte[] object) {
        try {
            VerifyReport r = VerifierSim.verify(object, Kernels.snapshot72(), "7.2.13", FAST);
            for (ProgramVerdict v : r.programs()) assertNotEquals(Rule.INTERNAL.id(), v.ruleId(), v::message);
        } catch (ObjectFormatException expected) {
            // bad input is reported, not crashed on
        }
    }

    @Property(tries = 300)
    void randomBytes(@ForAll @Size(max = 600) byte[] bytes) {
        check(bytes);
    }

    private static byte[] sample() {
        return new TestObject().global(".data", "counter", new byte[16]).hashMap("m", 16).program("enqueue", Asm.fn("p", w -> {
            w.visitLoad(org.schedc.bpf.asm.Size.DW, org.schedc.bpf.asm.Reg.R2, org.schedc.bpf.asm.Reg.R1, 0);
            w.visitLdImm64Symbol(org.schedc.bpf.asm.Reg.R3, "counter", 0);
            w.visitLdImm64Symbol(org.schedc.bpf.asm.Reg.R4, "m", 0);
            w.visitAluImm(org.schedc.bpf.asm.AluOp.MOV, org.schedc.bpf.asm.Width.W64, org.schedc.bpf.asm.Reg.R1, 0);
            w.visitCallKfunc("scx_bpf_dsq_move_to_local");
            w.visitExit();
        })).build();
    }

    @Property(tries = 400)
    void mutatedObjects(@ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.constraints.IntRange(min = 0, max = 1 << 20) Integer> positions,
            @ForAll @Size(min = 8, max = 8) byte[] values, @ForAll boolean reference) throws Exception {
        Path ref = Path.of("../tests/kernel/reference/harness_ref.bpf.o");
        byte[] obj = reference && Files.exists(ref) ? Files.readAllBytes(ref) : sample();
        for (int i = 0; i < positions.size(); i++) obj[positions.get(i) % obj.length] = values[i];
        check(obj);
    }

    @Provide
    Arbitrary<Insn> insns() {
        Arbitrary<Integer> opcodes = Arbitraries.oneOf(
                Arbitraries.of(0x07, 0x0f, 0x17, 0x1f, 0x27, 0x2f, 0x37, 0x3f, 0x47, 0x4f, 0x57, 0x5f, 0x67, 0x6f, 0x77, 0x7f, 0x87, 0x97, 0x9f,
                        0xa7, 0xaf, 0xb7, 0xbf, 0xc7, 0xcf, 0xd4, 0xdc, 0xd7, 0x04, 0x0c, 0xb4, 0xbc, 0x34, 0x3c, 0x64),
                Arbitraries.of(0x79, 0x61, 0x69, 0x71, 0x91, 0x89, 0x81, 0x7b, 0x63, 0x6b, 0x73, 0x7a, 0x62, 0xdb, 0xc3),
                Arbitraries.of(0x05, 0x15, 0x1d, 0x25, 0x2d, 0x35, 0x45, 0x55, 0x5d, 0x65, 0x75, 0xa5, 0xb5, 0xc5, 0xd5, 0x16, 0x56, 0xa6, 0x06),
                Arbitraries.of(0x85, 0x95),
                Arbitraries.integers().between(0, 255));
        return Combinators.combine(opcodes, Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 10),
                Arbitraries.oneOf(Arbitraries.integers().between(-16, 16), Arbitraries.of(-8, -16, -512, -520, 0, 8, 16)),
                Arbitraries.oneOf(Arbitraries.integers().between(-3, 70), Arbitraries.of(1, 2, 3, 5, 8, 156, 157, 0x40, 0xe1, 0xf1), Arbitraries.integers()))
                .as((op, dst, src, off, imm) -> new Insn(op, dst, src, off, imm));
    }

    @Property(tries = 600)
    void randomProgramsTerminate(@ForAll @Size(min = 1, max = 40) List<@net.jqwik.api.From("insns") Insn> body, @ForAll("callbacks") String callback) {
        // Initialise every register first so that paths get past the first instruction.
        List<Insn> prefix = List.of(new Insn(0x79, 6, 1, 0, 0), new Insn(0xbf, 7, 10, 0, 0), new Insn(0xb7, 8, 0, 0, 5),
                new Insn(0x79, 9, 1, 0, 0), new Insn(0x77, 9, 0, 0, 60), new Insn(0xb7, 0, 0, 0, 0), new Insn(0xb7, 2, 0, 0, 1),
                new Insn(0xb7, 3, 0, 0, 2), new Insn(0xb7, 4, 0, 0, -8), new Insn(0xbf, 5, 10, 0, 0), new Insn(0x07, 5, 0, 0, -64));
        List<Insn> all = new java.util.ArrayList<>(prefix);
        all.addAll(body);
        all.add(new Insn(0x95, 0, 0, 0, 0));
        byte[] code = new byte[all.size() * 8];
        for (int i = 0; i < all.size(); i++) all.get(i).encode(code, i * 8);
        check(new TestObject().global(".data", "counter", new byte[16]).program(callback, BpfFunction.ofCode("p", code)).build());
    }

    @Provide
    Arbitrary<String> callbacks() { return Arbitraries.of("enqueue", "dispatch", "select_cpu", "init_task", "running"); }
}
