package org.schedc.sema;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.schedc.ast.Ast;
import org.schedc.diag.SourceFile;
import org.schedc.kabi.Kabi;
import org.schedc.sema.Symbols.ConstInfo;
import org.schedc.sema.Symbols.GlobalInfo;
import org.schedc.sema.Symbols.HandlerInfo;
import org.schedc.sema.Symbols.Local;
import org.schedc.sema.Symbols.QueueInfo;
import org.schedc.sema.Symbols.Resolution;

/** A policy that passed the checker, with everything lowering needs to know about each node. */
public record CheckedPolicy(
        SourceFile file,
        String name,
        List<Kabi> targets,
        long timeoutMs,
        long opsFlags,
        List<QueueInfo> queues,
        Map<String, ConstInfo> consts,
        List<GlobalInfo> globals,
        List<HandlerInfo> handlers,
        IdentityHashMap<Ast.Expr, Type> types,
        IdentityHashMap<Object, Resolution> resolutions,
        IdentityHashMap<Ast.Expr, BigInteger> constantValues,
        IdentityHashMap<Object, Local> declaredLocals,
        IdentityHashMap<Ast.Stmt.Insert, String> insertKfuncs,
        IdentityHashMap<Ast.Expr.Move, String> moveKfuncs,
        /** Task field writes done through a setter kfunc rather than a store. */
        IdentityHashMap<Ast.Stmt.Assign, String> assignKfuncs,
        Map<String, String> initKfuncs,
        /** For a chosen kfunc some target kernels lack: the variants to fall back to, in order (existence-checked at run time). */
        Map<String, List<String>> kfuncFallbacks,
        /** Per-task and per-CPU state blocks (null when the policy declares none). */
        Symbols.StateLayout taskState,
        Symbols.StateLayout cpuState,
        /** Members of the stats map, in order; empty when the policy has no counters and no queues. */
        List<Symbols.CounterInfo> counters,
        /** Tag names in number order (tag i+1); empty when the policy declares no tags. */
        List<String> tags,
        /** The classify rules, first match wins; empty without a classify block. */
        List<Ast.ClassifyRule> classify,
        /** Source file of each item that came from an imported module (policy items are absent). */
        IdentityHashMap<Object, SourceFile> moduleFiles,
        /** The whole tree's attribution; the identity maps above are views of the same data, kept for existing callers. */
        Attribution attribution) {

    /** The number of a tag name. */
    public int tagNumber(String tag) { return tags.indexOf(tag) + 1; }

    /** The stats member named {@code name}, e.g. a queue's {@code inserted_Q}. */
    public java.util.Optional<Symbols.CounterInfo> counter(String name) {
        return counters.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Kabi primary() { return targets.getFirst(); }

    public Type typeOf(Ast.Expr e) { return types.getOrDefault(e, Type.ERROR); }

    /** The kernel field {@code e} reads or writes, resolved once by the checker for every target. */
    public java.util.Optional<KernelFieldRef> kernelField(Ast.Expr e) { return attribution.kernelField(e); }
}
