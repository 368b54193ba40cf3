package org.schedc.driver;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.schedc.ast.Ast;
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
import org.schedc.verifier.Options;
import org.schedc.verifier.VerifierSim;

/**
 * {@code SCHEDC_TIMINGS=phases}: runs the compile pipeline's phases once each, cold, calling {@code mark}
 * after each, so a start-up profile can say what parsing (ANTLR's ATN), the kernel schemas, the checker,
 * code generation and verifier-sim cost in a fresh JVM. Measurement only: its results are dropped.
 */
public final class PhaseProbe {
    private PhaseProbe() {}

    public static void run(SourceFile file, List<String> kernels, KabiRegistry registry, Consumer<String> mark) {
        Diagnostics scratch = new Diagnostics();
        Ast.PolicyFile tree = SchedcParser.parse(file).tree();
        mark.accept("probe: parse (ANTLR, cold)");
        if (tree.module() != null || tree.policy() == null) return;
        List<Checker.ModuleUnit> modules = new ModuleLoader(scratch).load(file, tree.imports());
        mark.accept("probe: modules");
        KfuncRules rules = KfuncRules.load();
        mark.accept("probe: kfunc rules");
        try {
            List<Kabi> targets = new FrontEnd(registry, rules).targets(file, tree.policy(), kernels, scratch);
            mark.accept("probe: kernel schemas (BTF) x" + targets.size());
            Optional<CheckedPolicy> checked = new Checker(file, scratch, targets, rules).check(tree, modules);
            mark.accept("probe: check");
            if (checked.isEmpty()) return;
            Lowering.Result lowered = Compiler.lower(checked.get());
            mark.accept("probe: lower (IR, passes)");
            ObjectAssembler.Output out = new ObjectAssembler(checked.get()).assemble(lowered);
            mark.accept("probe: codegen + object");
            for (Kabi k : targets) VerifierSim.verify(out.elf(), k.btf(), k.name(), Options.defaults());
            mark.accept("probe: verifier-sim x" + targets.size());
        } catch (Exception e) {
            mark.accept("probe: stopped (" + e.getClass().getSimpleName() + ")");
        }
    }
}
