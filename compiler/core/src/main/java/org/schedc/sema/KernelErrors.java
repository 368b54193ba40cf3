package org.schedc.sema;

import java.util.List;
import org.schedc.diag.Span;

/** The catalogue of target-kernel errors (E04xx): what a kernel lacks, and the kernel's callback rules. */
final class KernelErrors {
    private KernelErrors() {}

    static SemaError noSchedExtOps(Span at, String kernel) {
        return new SemaError("E0401", at, "kernel " + kernel + " has no sched_ext_ops");
    }

    static SemaError noCreateDsq(Span at, String kernel) {
        return new SemaError("E0401", at, "kernel " + kernel + " has no scx_bpf_create_dsq, needed to create queues");
    }

    static SemaError noTagPath(Span at, String kernel, List<String> path) {
        return new SemaError("E0401", at, "kernel " + kernel + " has no " + String.join(".", path) + ", needed for tags and classify");
    }

    static SemaError noEnumerator(Span at, String kernel, String enumerator) {
        return new SemaError("E0401", at, "kernel " + kernel + " has no " + enumerator);
    }

    static SemaError noKfunc(Span at, String kernel, Builtin builtin) {
        return new SemaError("E0401", at, "kernel " + kernel + " lacks " + String.join(" / ", builtin.kfuncs()) + ", needed for '" + builtin.spelling() + "'");
    }

    static SemaError noKfuncNamed(Span at, String kernel, String kfunc) {
        return new SemaError("E0401", at, "kernel " + kernel + " has no kernel function '" + kfunc + "'");
    }

    /** E0404: one call, one prototype; a kfunc whose types changed between the targets cannot be checked once. */
    static SemaError kfuncPrototypesDiffer(Span at, String kfunc, String kernel, String proto, String otherKernel, String otherProto) {
        return new SemaError("E0404", at, "kernel function '" + kfunc + "' differs between the target kernels: " + kernel + " has '" + proto
                + "', " + otherKernel + " has '" + otherProto + "'");
    }

    static SemaError noStruct(Span at, String kernel, String struct) {
        return new SemaError("E0401", at, "kernel " + kernel + " has no struct " + struct);
    }

    /** The field exists in another target kernel but not in this one. */
    static SemaError noFieldInKernel(Span at, String kernel, String field, String struct) {
        return new SemaError("E0401", at, "kernel " + kernel + " has no field '" + field + "' in struct " + struct);
    }

    static SemaError fieldTypeDiffers(Span at, String path, Type primary, String primaryKernel, Type other, String otherKernel) {
        return new SemaError("E0401", at, "field '" + path + "' is " + primary.display() + " on kernel " + primaryKernel
                + " but " + other.display() + " on kernel " + otherKernel);
    }

    /** {@code what} is the DSL construct ('move', 'default_cpu'); the kfunc behind it is an implementation detail. */
    static SemaError notAllowedInCallback(Span at, String what, String callback, List<String> allowed) {
        return new SemaError("E0402", at, "'" + what + "' is not allowed in '" + callback + "'; the kernel allows it only in: "
                + String.join(", ", allowed));
    }

    static SemaError functionUseNotAllowed(Span at, String function, String what, String callback, List<String> allowed) {
        return new SemaError("E0402", at, "'" + function + "' uses '" + what + "', which is not allowed in '" + callback
                + "'; the kernel allows it only in: " + String.join(", ", allowed));
    }
}
