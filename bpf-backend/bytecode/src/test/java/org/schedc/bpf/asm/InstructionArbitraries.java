package org.schedc.bpf.asm;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.schedc.bpf.asm.Instruction.*;

/** Generators of canonical {@link Instruction}s (every kind the codec knows). */
final class InstructionArbitraries {
    private InstructionArbitraries() {}

    static Arbitrary<Reg> regs() { return Arbitraries.of(Reg.class); }
    static Arbitrary<Width> widths() { return Arbitraries.of(Width.class); }
    static Arbitrary<Integer> s16() { return Arbitraries.integers().between(Short.MIN_VALUE, Short.MAX_VALUE); }
    static Arbitrary<Integer> ints() { return Arbitraries.integers(); }
    static Arbitrary<String> names() { return Arbitraries.of("my_map", "scx_bpf_dsq_insert", ".data", "helper_fn"); }

    static Arbitrary<Instruction> any() {
        return Arbitraries.oneOf(List.of(
                Combinators.combine(Arbitraries.of(AluOp.class), widths(), regs(), regs()).as(AluReg::new),
                Combinators.combine(Arbitraries.of(AluOp.class), widths(), regs(), ints()).as(AluImm::new),
                Combinators.combine(widths(), regs()).as(Neg::new),
                Combinators.combine(widths(), regs(), regs(), Arbitraries.of(8, 16, 32))
                        .filter((w, d, s, b) -> InstructionCodec.isSignExtensionWidth(w, b)).as(MovSx::new),
                Combinators.combine(Arbitraries.of(EndianOp.class), regs(), Arbitraries.of(16, 32, 64)).as(Endian::new),
                Combinators.combine(Arbitraries.of(Size.class), regs(), regs(), s16()).as(Load::new),
                Combinators.combine(Arbitraries.of(Size.B, Size.H, Size.W), regs(), regs(), s16()).as(LoadSx::new),
                Combinators.combine(Arbitraries.of(Size.class), regs(), s16(), regs()).as(Store::new),
                Combinators.combine(Arbitraries.of(Size.class), regs(), s16(), ints()).as(StoreImm::new),
                Combinators.combine(Arbitraries.of(AtomicOp.class), Arbitraries.of(Size.W, Size.DW), regs(), s16(), regs()).as(Atomic::new),
                Combinators.combine(regs(), Arbitraries.longs()).as(LdImm64::new),
                Combinators.combine(regs(), names(), ints()).as(LdImm64Symbol::new),
                Combinators.combine(regs(), Arbitraries.integers().between(1, 15), Arbitraries.longs()).as(LdImm64Pseudo::new),
                Combinators.combine(Arbitraries.of(JmpOp.class), widths(), regs(), regs(), s16()).as(JumpReg::new),
                Combinators.combine(Arbitraries.of(JmpOp.class), widths(), regs(), ints(), s16()).as(JumpImm::new),
                s16().map(Goto::new),
                ints().map(GotoLong::new),
                ints().map(CallHelper::new),
                names().map(CallKfunc::new),
                names().map(CallSubprog::new),
                ints().map(CallPseudo::new),
                Combinators.combine(ints(), s16()).as(CallKfuncId::new),
                Arbitraries.just(new Exit())));
    }

    /** The relocation the writer would record for {@code instruction} at {@code slot}, or null. */
    static Relocation relocationFor(Instruction instruction, int slot) {
        return switch (instruction) {
            case LdImm64Symbol s -> new Relocation(slot, RelocKind.LD_IMM64, s.symbol());
            case CallKfunc k -> new Relocation(slot, RelocKind.CALL_KFUNC, k.name());
            case CallSubprog s -> new Relocation(slot, RelocKind.CALL_SUBPROG, s.name());
            default -> null;
        };
    }
}
