package org.schedc.driver;

import java.util.List;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.codegen.CodeGenerator;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.kabi.Kabi;
import org.schedc.kabi.KabiRegistry;
import org.schedc.lower.Lowering;
import org.schedc.object.ObjectAssembler;
import org.schedc.sema.CheckedPolicy;

/** The whole pipeline for one policy file: the {@link FrontEnd} (parse, modules, targets, check), then lower, emit, verify. */
public final class Compiler {
    private final FrontEnd frontEnd;

    public Compiler(KabiRegistry registry) { this.frontEnd = new FrontEnd(registry); }

    /** The front end this compiler runs: clients that only check share it (and its kernel schemas). */
    public FrontEnd frontEnd() { return frontEnd; }

    /** Kernels named on the command line win over the policy's own list; with neither, every bundled kernel. */
    public record Options(List<String> kernels) {}

    public record Result(CheckedPolicy policy, ObjectAssembler.Output output) {}

    public Optional<Result> compile(SourceFile file, Options options, Diagnostics diags) throws KabiRegistry.KabiException {
        return compile(frontEnd.analyze(file, options.kernels()), diags);
    }

    /** The back end on a front-end result: its diagnostics go to {@code diags} first; the object is verified. */
    public Optional<Result> compile(FrontEnd.Result front, Diagnostics diags) {
        Optional<Result> built = build(front, diags);
        if (built.isEmpty()) return built;
        Ast.PolicyFile tree = front.tree();
        if (!verifyOutput(front.file(), built.get().output(), front.targets(), built.get().policy(), diags, tree.policy().name().span())) return Optional.empty();
        return built;
    }

    /**
     * Lowering, the pass pipeline, codegen and the object, without the verifier-sim gate: {@link #compile}
     * adds the gate; {@code compile --asm} lists a refused object from here.
     */
    public Optional<Result> build(FrontEnd.Result front, Diagnostics diags) {
        front.diagnostics().forEach(diags::report);
        SourceFile file = front.file();
        Ast.PolicyFile tree = front.tree();
        if (front.unit() == FrontEnd.Unit.MODULE) {
            diags.error("E0326", file, tree.module().name().span(), "'" + tree.module().name().name()
                    + "' is a module: policies import it ('import " + tree.module().name().name() + "'); compile a policy");
            return Optional.empty();
        }
        Optional<CheckedPolicy> checked = front.checked();
        if (checked.isEmpty() || diags.hasErrors()) return Optional.empty();
        Lowering.Result lowered = lower(checked.get());
        try {
            return Optional.of(new Result(checked.get(), new ObjectAssembler(checked.get()).assemble(lowered)));
        } catch (CodeGenerator.StackOverflow e) {
            diags.error("E0502", file, tree.policy().name().span(), "the policy " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The IR every object is generated from: lowering, then the named pass list on each program. */
    public static Lowering.Result lower(CheckedPolicy checked) {
        Lowering.Result lowered = new Lowering(checked).lower();
        for (Lowering.Program p : lowered.programs()) org.schedc.ir.passes.Passes.STANDARD.run(p.function());
        return lowered;
    }

    /**
     * A policy that compiles must load: the object goes through verifier-sim for every target kernel
     * ({@link VerifierGate}); nothing is written when it is predicted to be rejected.
     */
    private static boolean verifyOutput(SourceFile file, ObjectAssembler.Output output, List<Kabi> targets, CheckedPolicy policy, Diagnostics diags, org.schedc.diag.Span fallback) {
        return VerifierGate.check(file, output, targets, policy, diags, fallback);
    }
}
