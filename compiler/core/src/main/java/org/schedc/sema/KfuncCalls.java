package org.schedc.sema;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.schedc.ast.Ast.Expr;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;
import org.schedc.kabi.Kabi;
import org.schedc.kabi.KfuncFlags;
import org.schedc.sema.Symbols.Resolution;

/**
 * The escape hatch {@code kfunc.NAME(args)}: a call of a kernel function the target kernels' BTF declares,
 * typed by its FUNC_PROTO in every target. Parameters: integers by size and signedness, bool, pointers to
 * kernel structs ({@code task} for task_struct); results: those scalars or nothing. Pointer results are
 * refused for now: many kfuncs return acquired references the policy would have to release.
 */
final class KfuncCalls {
    /** What policies write before the kernel function's name. */
    static final String PREFIX = "kfunc.";

    /** A kfunc's prototype as policy types, and how the first target's BTF spells it (for messages). */
    record Signature(List<Type> params, Type result, String text) {}

    private final SemaContext ctx;

    KfuncCalls(SemaContext ctx) { this.ctx = ctx; }

    static boolean isKfuncCall(String callee) { return callee.startsWith(PREFIX); }

    Type infer(Expr.Call c) {
        String name = c.callee().name().substring(PREFIX.length());
        List<Kabi> having = ctx.targets.stream().filter(k -> isKfunc(k, name)).toList();
        if (having.isEmpty()) {
            ctx.report(NameErrors.unknownKfunc(c.callee().span(), name, Suggestions.closest(name, allKfuncs())));
            return checkArgsOnly(c);
        }
        boolean missing = false;
        for (Kabi k : ctx.targets) {
            if (!having.contains(k)) {
                ctx.report(KernelErrors.noKfuncNamed(c.callee().span(), k.name(), name));
                missing = true;
            }
        }
        if (missing) return checkArgsOnly(c);
        KfuncFlags flags = KfuncFlags.of(name);
        if (flags.acquires() || flags == KfuncFlags.RELEASE) {
            ctx.report(ValueErrors.kfuncReference(c.callee().span(), name, flags.acquires()));
            return checkArgsOnly(c);
        }
        Signature sig = signature(having.getFirst(), name, c);
        if (sig == null) return checkArgsOnly(c);
        for (Kabi k : having.subList(1, having.size())) {
            Signature other = signature(k, name, null);
            if (other == null || !other.params().equals(sig.params()) || !other.result().equals(sig.result())) {
                ctx.report(KernelErrors.kfuncPrototypesDiffer(c.callee().span(), name, having.getFirst().name(), sig.text(), k.name(),
                        other == null ? "a prototype policies cannot use" : other.text()));
                return checkArgsOnly(c);
            }
        }
        if (c.args().size() != sig.params().size()) {
            ctx.report(ValueErrors.kfuncArity(c.span(), name, sig.params().size(), c.args().size(), sig.text()));
            return checkArgsOnly(c);
        }
        for (int i = 0; i < c.args().size(); i++) {
            Expr arg = c.args().get(i);
            Type pt = sig.params().get(i);
            Type at = ctx.check(arg, pt);
            if (pt.equals(Type.TASK)) ctx.conversions.requireTask(at, arg);
            else ctx.conversions.assignable(at, pt, arg);
        }
        ctx.kfuncs.checkRaw(name, PREFIX + name, c.span());
        ctx.recorded.resolve(c, new Resolution.KfuncCall(name, sig.params(), sig.result()));
        return sig.result();
    }

    /** A BTF FUNC that is a kernel function (the sched_ext_ops stubs are also FUNCs, but not callable). */
    private static boolean isKfunc(Kabi k, String name) { return !name.startsWith("sched_ext_ops__") && k.kfunc(name).isPresent(); }

    private List<String> allKfuncs() {
        TreeSet<String> names = new TreeSet<>();
        for (Kabi k : ctx.targets) {
            for (BtfType t : k.btf().types()) if (t instanceof BtfType.Func f && !f.name().startsWith("sched_ext_ops__")) names.add(f.name());
        }
        return List.copyOf(names);
    }

    /** The prototype in policy types; null (reported at {@code c} when given) when a part has no policy type. */
    private Signature signature(Kabi k, String name, Expr.Call c) {
        Btf btf = k.btf();
        BtfType.FuncProto proto = (BtfType.FuncProto) btf.type(k.kfunc(name).getAsInt());
        String text = k.kfuncPrototype(name).orElseThrow();
        List<Type> params = new ArrayList<>();
        for (BtfType.Param p : proto.params()) {
            Type t = ctx.kernelFields.valueType(btf, p.type(), false, null);
            if (!(t instanceof Type.Int || t instanceof Type.Bool || t instanceof Type.KernelPtr)) {
                if (c != null) ctx.report(ValueErrors.kfuncTypeUnsupported(c.callee().span(), name, "parameter '" + p.name() + "'", btf.describe(p.type()), text));
                return null;
            }
            params.add(t);
        }
        Type result = ctx.kernelFields.valueType(btf, proto.returnType(), true, null);
        // Pointer results stay refused even without a reference (KF_RET_NULL scx_bpf_cpu_curr): they are RCU
        // pointers, not trusted, and a kfunc taking a task refuses them, so they would need a type of their own.
        if (!(result instanceof Type.Int || result instanceof Type.Bool || result instanceof Type.Void)) {
            if (c != null) ctx.report(ValueErrors.kfuncTypeUnsupported(c.callee().span(), name, "result", btf.describe(proto.returnType()), text));
            return null;
        }
        return new Signature(List.copyOf(params), result, text);
    }

    private Type checkArgsOnly(Expr.Call c) {
        c.args().forEach(a -> ctx.check(a, null));
        return Type.ERROR;
    }

}
