package org.schedc.bpf.asm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.EdgeCasesMode;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.asm.Instruction.*;
import org.schedc.bpf.insn.Insn;

class InstructionCodecTest {

    @Provide
    Arbitrary<Instruction> instructions() {
        return InstructionArbitraries.any();
    }

    @Property(edgeCases = EdgeCasesMode.MIXIN)
    void decodeInvertsEncode(@ForAll("instructions") Instruction instruction) {
        List<Insn> slots = InstructionCodec.encode(instruction);
        assertEquals(instruction.slots(), slots.size());
        assertEquals(instruction, InstructionCodec.decode(slots, 0, InstructionArbitraries.relocationFor(instruction, 0)));
    }

    @Provide
    Arbitrary<byte[]> rawCode() {
        return Arbitraries.integers().between(0, 40).flatMap(n -> Arbitraries.bytes().array(byte[].class).ofSize(n * 8));
    }

    /** Whatever the bytes, decoding splits them into instructions whose encodings are exactly those bytes. */
    @Property(edgeCases = EdgeCasesMode.MIXIN)
    void decodingArbitraryBytesIsLossless(@ForAll("rawCode") byte[] code) {
        List<Insn> slots = BpfFunction.ofCode("f", code).insns();
        List<Insn> reencoded = new ArrayList<>();
        for (int i = 0; i < slots.size(); ) {
            Instruction ins = InstructionCodec.decode(slots, i, null);
            reencoded.addAll(InstructionCodec.encode(ins));
            i += ins.slots();
        }
        assertEquals(slots, reencoded);
    }

    @Test
    void signedDivisionUsesOffsetOne() {
        Insn sdiv = InstructionCodec.encode(new AluReg(AluOp.SDIV, Width.W64, Reg.R1, Reg.R2)).getFirst();
        assertEquals(new Insn(0x3f, 1, 2, 1, 0), sdiv);
        Insn smod = InstructionCodec.encode(new AluImm(AluOp.SMOD, Width.W32, Reg.R1, 7)).getFirst();
        assertEquals(new Insn(0x94, 1, 0, 1, 7), smod);
    }

    @Test
    void canonicalEncodingsOfCpuV4Forms() {
        assertEquals(new Insn(0xbf, 1, 2, 8, 0), InstructionCodec.encode(new MovSx(Width.W64, Reg.R1, Reg.R2, 8)).getFirst());
        assertEquals(new Insn(0x91, 1, 2, 4, 0), InstructionCodec.encode(new LoadSx(Size.B, Reg.R1, Reg.R2, 4)).getFirst());
        assertEquals(new Insn(0xd7, 1, 0, 0, 32), InstructionCodec.encode(new Endian(EndianOp.BSWAP, Reg.R1, 32)).getFirst());
        assertEquals(new Insn(0x06, 0, 0, 0, 70000), InstructionCodec.encode(new GotoLong(70000)).getFirst());
        assertEquals(new Insn(0xdb, 1, 2, 0, 0xf1), InstructionCodec.encode(new Atomic(AtomicOp.CMPXCHG, Size.DW, Reg.R1, 0, Reg.R2)).getFirst());
    }

    @Test
    void kfuncCallIsWrittenAsClangDoes() {
        assertEquals(new Insn(0x85, 0, 1, 0, -1), InstructionCodec.encode(new CallKfunc("scx_bpf_dsq_insert")).getFirst());
    }

    @Test
    void ldImm64SplitsTheImmediate() {
        List<Insn> slots = InstructionCodec.encode(new LdImm64(Reg.R1, 0x8000000000000001L));
        assertEquals(List.of(new Insn(0x18, 1, 0, 0, 1), new Insn(0, 0, 0, 0, 0x80000000)), slots);
    }

    @Test
    void reservedFieldsMakeAnInstructionUnknown() {
        Insn addWithImm = new Insn(0x0f, 1, 2, 0, 5);
        assertEquals(new Unknown(addWithImm), InstructionCodec.decode(List.of(addWithImm), 0, null));
        Insn le8 = new Insn(0xd4, 1, 0, 0, 8);
        assertEquals(new Unknown(le8), InstructionCodec.decode(List.of(le8), 0, null));
        Insn w32MovSx32 = new Insn(0xbc, 1, 2, 32, 0);
        assertEquals(new Unknown(w32MovSx32), InstructionCodec.decode(List.of(w32MovSx32), 0, null));
        Insn truncatedLd = new Insn(0x18, 1, 0, 0, 5);
        assertEquals(new Unknown(truncatedLd), InstructionCodec.decode(List.of(truncatedLd), 0, null));
    }

    @Test
    void overlongOffsetIsAnAsmError() {
        BpfAsmException e = assertThrows(BpfAsmException.class,
                () -> InstructionCodec.encode(new Load(Size.W, Reg.R1, Reg.R2, 40000)));
        assertTrue(e.getMessage().contains("40000"), e.getMessage());
    }
}
