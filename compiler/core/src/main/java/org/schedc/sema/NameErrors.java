package org.schedc.sema;

import java.util.List;
import java.util.Optional;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;
import org.schedc.diag.Span;

/** The catalogue of name errors (E02xx): one factory per diagnostic, the only place their text is written. */
final class NameErrors {
    private NameErrors() {}

    private static String mean(Optional<String> suggestion) { return Suggestions.suffix(suggestion); }

    // E0201 unknown name
    static SemaError unknownName(Span at, String name, Optional<String> suggestion) {
        return new SemaError("E0201", at, "unknown name '" + name + "'" + mean(suggestion));
    }

    static SemaError unknownTag(Span at, String tag, boolean policyHasNoTags, Optional<String> suggestion) {
        return new SemaError("E0201", at, "unknown tag '" + tag + "'" + (policyHasNoTags ? "; declare it with 'tags " + tag + "'" : mean(suggestion)));
    }

    static SemaError tagFieldWithoutTags(Span at, String field) {
        return new SemaError("E0201", at, "'" + field + "' needs a 'tags' item in the policy (e.g. 'tags online, offline')");
    }

    static SemaError cpuStateWithoutBlock(Span at) {
        return new SemaError("E0201", at, "cpu_state() needs a 'cpu state { ... }' block in the policy");
    }

    // E0202 duplicate or reserved names
    static SemaError noneTagDeclared(Span at) {
        return new SemaError("E0202", at, "'none' is the implicit tag 0 and cannot be declared");
    }

    static SemaError duplicateHandler(Span at, String callback, Span first) {
        return new SemaError("E0202", at, "handler '" + callback + "' is defined twice",
                List.of(SemaError.here(first, "the first 'on " + callback + "'")));
    }

    static SemaError classCacheFieldName(Span at) {
        return new SemaError("E0202", at, "'" + Symbols.CLASS_FIELD + "' is the compiler's classify cache; rename the field");
    }

    static SemaError duplicateStateField(Span at, String name) {
        return new SemaError("E0202", at, "state field '" + name + "' is declared twice");
    }

    static SemaError counterIsQueueCounter(Span at, String counter, String queue) {
        return new SemaError("E0202", at, "counter '" + counter + "' is the compiler's counter for queue '" + queue + "'; rename it");
    }

    static SemaError counterIsBuiltinQueueCounter(Span at, String counter) {
        return new SemaError("E0202", at, "counter '" + counter + "' is the compiler's counter for a built-in queue; rename it");
    }

    /** A second top-level declaration; {@code first} is where the name was declared first (maybe another file). */
    static SemaError duplicateDeclaration(Span at, String name, SourceFile here, boolean inPolicy, SourceFile firstFile, Span first) {
        boolean sameFile = firstFile == here;
        return new SemaError("E0202", at, sameFile
                ? "'" + name + "' is already declared in this " + (inPolicy ? "policy" : "module")
                : "'" + name + "' is already declared in " + firstFile.path(),
                List.of(new Diagnostic.Related(sameFile ? null : firstFile, first, "'" + name + "' is first declared here")));
    }

    static SemaError builtinRedeclared(Span at, String name) {
        return new SemaError("E0202", at, "'" + name + "' is the name of a builtin and cannot be redeclared");
    }

    /** A declaration would hide a kernel enum constant: one name, one meaning, whichever kernel loads the policy. */
    static SemaError kernelEnumRedeclared(Span at, String name) {
        return new SemaError("E0202", at, "'" + name + "' is a sched_ext enum constant of the target kernels and cannot be redeclared; choose another name");
    }

    static SemaError duplicateParameter(Span at, String name) {
        return new SemaError("E0202", at, "parameter '" + name + "' is declared twice");
    }

    static SemaError duplicateLocal(Span at, String name, Span first) {
        return new SemaError("E0202", at, "'" + name + "' is already declared in this block",
                List.of(SemaError.here(first, "'" + name + "' is first declared here")));
    }

    // E0203 .. E0210
    static SemaError notACallback(Span at, String callback, String kernel, Optional<String> suggestion) {
        return new SemaError("E0203", at, "'" + callback + "' is not a sched_ext callback on kernel " + kernel + mean(suggestion));
    }

    static SemaError unknownType(Span at, String name, Optional<String> suggestion) {
        return new SemaError("E0204", at, "unknown type '" + name + "'" + mean(suggestion));
    }

    static SemaError nullableNonPointer(Span at) {
        return new SemaError("E0204", at, "only kernel pointers such as task can be nullable");
    }

    static SemaError untypedParameter(Span at, String name) {
        return new SemaError("E0204", at, "parameter '" + name + "' needs a type, e.g. '" + name + ": u64'");
    }

    static SemaError noStateField(Span at, String name, Type.StateBlock block, Optional<String> suggestion) {
        return new SemaError("E0205", at, "no field '" + name + "' in the " + block.display() + mean(suggestion));
    }

    static SemaError noPickField(Span at, String field) {
        return new SemaError("E0205", at, "a CPU pick has '.cpu' and '.was_idle', not '" + field + "'");
    }

    static SemaError noFields(Span at, Type t) {
        return new SemaError("E0205", at, t.display() + " has no fields");
    }

    static SemaError noKernelField(Span at, String field, String struct, Optional<String> suggestion) {
        return new SemaError("E0205", at, "no field '" + field + "' in struct " + struct + mean(suggestion));
    }

    /** The field may exist in the kernel: the bundled schema keeps only the members policies are known to use. */
    static SemaError fieldNotInBundledSchema(Span at, String field, String struct, String kernel) {
        return new SemaError("E0205", at, "no field '" + field + "' in struct " + struct + " in the bundled schema for kernel " + kernel
                + " (it keeps only the members policies use; a kernel BTF file or vmlinux given with --kernel has them all)");
    }

    static SemaError unknownQueue(Span at, String name, Optional<String> suggestion) {
        return new SemaError("E0206", at, "unknown queue '" + name + "'" + mean(suggestion));
    }

    static SemaError tooManyHandlerParams(Span at, String callback, int count, String signature) {
        return new SemaError("E0207", at, "callback '" + callback + "' has " + count + " parameter(s): " + signature);
    }

    static SemaError recursiveCall(Span at, List<String> cycle) {
        return new SemaError("E0208", at, "recursive call: " + String.join(" -> ", cycle) + "; functions are inlined and cannot be recursive");
    }

    static SemaError unknownFlag(Span at, String flag, String kernel, String enumerator) {
        return new SemaError("E0209", at, "unknown flag '" + flag + "': kernel " + kernel + " has no " + enumerator);
    }

    static SemaError unknownKfunc(Span at, String name, Optional<String> suggestion) {
        return new SemaError("E0210", at, "no target kernel declares a kernel function '" + name + "'" + mean(suggestion.map(s -> "kfunc." + s)));
    }

    static SemaError unknownFunction(Span at, String name, Optional<String> suggestion) {
        return new SemaError("E0210", at, "unknown function '" + name + "'" + mean(suggestion));
    }
}
