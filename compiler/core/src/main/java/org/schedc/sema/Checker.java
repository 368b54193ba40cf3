package org.schedc.sema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.kabi.Kabi;
import org.schedc.kabi.KfuncRules;

/**
 * Name resolution and type checking of one policy against every target kernel. Reports every error it
 * finds. {@link #analyze} always returns the attribution of the whole tree; the checked policy only when
 * no error was reported. The work is done by the parts wired in {@link SemaContext}, in this order:
 * declarations (in source order), tags and classify, function signatures, recursion, handlers, function
 * bodies, queue creation, stats members.
 */
public final class Checker {
    /** Classify matches at most this many cgroup path components, each at most CGROUP_NAME_MAX bytes. */
    public static final int CGROUP_MAX_DEPTH = 8, CGROUP_NAME_MAX = 63;

    private final SemaContext ctx;
    private boolean used;

    public Checker(SourceFile file, Diagnostics diags, List<Kabi> targets, KfuncRules rules) {
        this.ctx = new SemaContext(file, diags, targets, rules);
    }

    /** An imported module, already parsed, in the order its items are declared (dependencies first). */
    public record ModuleUnit(SourceFile file, Ast.Module module) {}

    public static List<String> cgroupComponents(String path) {
        return Arrays.stream(path.split("/")).filter(x -> !x.isEmpty()).toList();
    }

    /** The checked policy of a file without imports; empty when it has errors. */
    public Optional<CheckedPolicy> check(Ast.PolicyFile tree) { return check(tree, List.of()); }

    /** The checked policy; empty when it has errors. Items of the modules come before the policy's own. */
    public Optional<CheckedPolicy> check(Ast.PolicyFile tree, List<ModuleUnit> modules) {
        return analyze(tree, modules).policy();
    }

    /**
     * Checks {@code tree} (a policy, or a module file on its own) and always returns the attribution of the
     * whole tree, also after syntax or semantic errors; the checked policy only when no error was reported
     * (syntax errors already in the Diagnostics count). A module file is checked as if imported by an empty
     * policy. One call per Checker.
     */
    public SemaResult analyze(Ast.PolicyFile tree, List<ModuleUnit> modules) {
        if (used) throw new IllegalStateException("a Checker analyses one tree");
        used = true;
        if (tree.policy() == null && tree.module() == null) return new SemaResult(Attribution.empty(ctx.policyFile), Optional.empty());
        Optional<CheckedPolicy> checked;
        if (tree.policy() != null) checked = checkPolicy(tree.policy(), modules);
        else {
            List<ModuleUnit> all = new ArrayList<>(modules);
            all.add(new ModuleUnit(ctx.policyFile, tree.module()));
            checkPolicy(new Ast.Policy(tree.module().name(), List.of(), List.of(), tree.module().span()), all);
            checked = Optional.empty();
        }
        ctx.file = ctx.policyFile;
        return new SemaResult(checked.map(CheckedPolicy::attribution).orElseGet(this::attribution), checked);
    }

    private Optional<CheckedPolicy> checkPolicy(Ast.Policy policy, List<ModuleUnit> modules) {
        Declared d = ctx.declared;
        Recorded rec = ctx.recorded;
        ctx.declarations.declareAll(ctx.declarations.collect(modules, policy));
        ctx.items.finishTagsAndClassify();
        for (Ast.Item.Function f : d.functions.values()) ctx.handlers.checkSignature(f);
        ctx.recursion.report();
        ctx.handlers.checkAll(d.handlerDecls);
        for (Ast.Item.Function f : d.functions.values()) {
            ctx.file = ctx.fileOf(f);
            ctx.handlers.checkBody(f);
        }
        ctx.file = ctx.policyFile;
        if (!d.queues.isEmpty()) {
            for (Kabi k : ctx.targets) {
                if (k.kfunc("scx_bpf_create_dsq").isEmpty()) ctx.report(KernelErrors.noCreateDsq(policy.name().span(), k.name()));
            }
            rec.initKfuncs.put("create_dsq", "scx_bpf_create_dsq");
        }
        List<Symbols.CounterInfo> counters = ctx.items.statsMembers();
        if (ctx.diags.hasErrors()) return Optional.empty();
        return Optional.of(new CheckedPolicy(ctx.policyFile, policy.name().name(), ctx.targets, d.timeoutMs, d.opsFlags,
                List.copyOf(d.queues.values()), Map.copyOf(d.consts), List.copyOf(d.globals.values()), List.copyOf(rec.handlers),
                rec.types, rec.resolutions, rec.constants, rec.declaredLocals, rec.insertKfuncs, rec.moveKfuncs, rec.assignKfuncs,
                rec.initKfuncs, Map.copyOf(rec.kfuncFallbacks), d.taskState, d.cpuState, counters, List.copyOf(d.tags.keySet()),
                d.classifyItem == null ? List.of() : List.copyOf(d.classifyItem.rules()), d.itemFiles, attribution()));
    }

    private Attribution attribution() {
        Recorded rec = ctx.recorded;
        Declared d = ctx.declared;
        return new Attribution(ctx.policyFile, Attribution.frozen(rec.types), Attribution.frozen(rec.resolutions),
                Attribution.frozen(rec.constants), Attribution.frozen(rec.declaredLocals), Attribution.frozen(rec.kernelFields),
                Attribution.frozen(d.itemFiles), Collections.unmodifiableMap(d.consts), List.copyOf(d.queues.values()),
                List.copyOf(d.globals.values()), List.copyOf(rec.handlers));
    }
}
