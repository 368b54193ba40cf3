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
import org.schedc.kabi.KfuncRules;
import org.schedc.lower.Lowering;
import org.schedc.object.ObjectAssembler;
import org.schedc.sema.CheckedPolicy;
import org.schedc.sema.Checker;
import org.schedc.syntax.SchedcParser;

/**
 * The object {@link Compiler} built and then refused because verifier-sim predicted a kernel rejection
 * (E0701): {@code compile --asm} lists it so the user sees the code that was refused. The driver drops
 * a refused object, so this repeats its pipeline without the verification step.
 *
 * <p>It lives in the cli module but in the driver's package to reach {@link ModuleLoader}. Its target
 * selection mirrors {@code Compiler.compile}; when the driver returns refused objects itself (or exposes
 * its front end), replace this class with that.
 */
public final class UnverifiedBuild {
    private UnverifiedBuild() {}

    /** The unverified object, or empty when the policy does not get that far (then there is nothing to list). */
    public static Optional<ObjectAssembler.Output> build(SourceFile file, List<String> kernels, KabiRegistry registry) {
        Diagnostics scratch = new Diagnostics(); // the real compile already reported everything
        Ast.PolicyFile tree = SchedcParser.parse(file).tree();
        if (tree.module() != null || tree.policy() == null) return Optional.empty();
        try {
            List<Checker.ModuleUnit> modules = new ModuleLoader(scratch).load(file, tree.imports());
            List<Kabi> targets = targets(tree, kernels, registry);
            Optional<CheckedPolicy> checked = new Checker(file, scratch, targets, KfuncRules.load()).check(tree, modules);
            if (checked.isEmpty() || scratch.hasErrors()) return Optional.empty();
            return Optional.of(new ObjectAssembler(checked.get()).assemble(new Lowering(checked.get()).lower()));
        } catch (KabiRegistry.KabiException | CodeGenerator.StackOverflow e) {
            return Optional.empty();
        }
    }

    /** The target kernels as Compiler.compile picks them: the command line's, else the policy's, else every bundled one. */
    static List<Kabi> targets(Ast.PolicyFile tree, List<String> kernels, KabiRegistry registry) throws KabiRegistry.KabiException {
        List<Kabi> targets = new ArrayList<>();
        if (!kernels.isEmpty()) {
            for (String k : new LinkedHashSet<>(kernels)) targets.add(registry.load(k));
            return targets;
        }
        LinkedHashSet<String> named = new LinkedHashSet<>();
        for (Ast.KernelRef ref : tree.policy().kernels()) named.add(ref.version());
        for (Ast.Item item : tree.policy().items()) {
            if (item instanceof Ast.Item.Kernels ks) for (Ast.KernelRef ref : ks.kernels()) named.add(ref.version());
        }
        for (String k : named.isEmpty() ? KabiRegistry.defaultKernels() : named) targets.add(registry.load(k));
        return targets;
    }
}
