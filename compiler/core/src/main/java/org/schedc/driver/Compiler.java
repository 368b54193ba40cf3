package org.schedc.driver;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import org.schedc.sema.Checker;
import org.schedc.kabi.KfuncRules;
import org.schedc.syntax.SchedcParser;

/** The whole pipeline for one policy file: parse, check against each target kernel, lower, emit. */
public final class Compiler {
    private final KabiRegistry registry;
    private final KfuncRules rules = KfuncRules.load();

    public Compiler(KabiRegistry registry) { this.registry = registry; }

    /** Kernels named on the command line win over the policy's own list; with neither, every bundled kernel. */
    public record Options(List<String> kernels) {}

    public record Result(CheckedPolicy policy, ObjectAssembler.Output output) {}

    public Optional<Result> compile(SourceFile file, Options options, Diagnostics diags) throws KabiRegistry.KabiException {
        org.schedc.syntax.ParseResult parsed = SchedcParser.parse(file);
        parsed.diagnostics().forEach(diags::report);
        Ast.PolicyFile tree = parsed.tree();
        if (tree.module() != null) {
            diags.error("E0326", file, tree.module().name().span(), "'" + tree.module().name().name()
                    + "' is a module: policies import it ('import " + tree.module().name().name() + "'); compile a policy");
            return Optional.empty();
        }
        if (tree.policy() == null) return Optional.empty();
        List<Checker.ModuleUnit> modules = new ModuleLoader(diags).load(file, tree.imports());
        List<Kabi> targets = new ArrayList<>();
        if (!options.kernels().isEmpty()) {
            for (String k : new LinkedHashSet<>(options.kernels())) targets.add(registry.load(k));
        } else {
            List<Ast.KernelRef> refs = new ArrayList<>(tree.policy().kernels());
            for (Ast.Item item : tree.policy().items()) if (item instanceof Ast.Item.Kernels ks) refs.addAll(ks.kernels());
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            for (Ast.KernelRef ref : refs) {
                if (!seen.add(ref.version())) continue;
                try {
                    targets.add(registry.load(ref.version()));
                } catch (KabiRegistry.KabiException e) {
                    diags.error("E0403", file, ref.span(), e.getMessage());
                }
            }
            if (refs.isEmpty()) for (String k : KabiRegistry.defaultKernels()) targets.add(registry.load(k));
        }
        if (targets.isEmpty()) return Optional.empty();
        Optional<CheckedPolicy> checked = new Checker(file, diags, targets, rules).check(tree, modules);
        if (checked.isEmpty() || diags.hasErrors()) return Optional.empty();
        Lowering.Result lowered = new Lowering(checked.get()).lower();
        for (Lowering.Program p : lowered.programs()) org.schedc.ir.passes.Passes.STANDARD.run(p.function());
        ObjectAssembler.Output output;
        try {
            output = new ObjectAssembler(checked.get()).assemble(lowered);
        } catch (CodeGenerator.StackOverflow e) {
            diags.error("E0502", file, tree.policy().name().span(), "the policy " + e.getMessage());
            return Optional.empty();
        }
        if (!verifyOutput(file, output, targets, checked.get(), diags, tree.policy().name().span())) return Optional.empty();
        return Optional.of(new Result(checked.get(), output));
    }

    /**
     * A policy that compiles must load: the object goes through verifier-sim for every target kernel
     * ({@link VerifierGate}); nothing is written when it is predicted to be rejected.
     */
    private static boolean verifyOutput(SourceFile file, ObjectAssembler.Output output, List<Kabi> targets, CheckedPolicy policy, Diagnostics diags, org.schedc.diag.Span fallback) {
        return VerifierGate.check(file, output, targets, policy, diags, fallback);
    }

}
