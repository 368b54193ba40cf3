package org.schedc.sema;

import java.math.BigInteger;
import org.schedc.diag.Span;

/** The catalogue of errors about values and statements (E0304-E0318): one factory per diagnostic. */
final class ValueErrors {
    // E0341 .. E0343: the target of an atomic
    static SemaError atomicNotShared(Span at, String builtin) {
        return new SemaError("E0341", at, "'" + builtin + "' needs a global variable or a state field (p.state.x, this_cpu.x, cpu_state(c).x) as its target");
    }

    static SemaError atomicType(Span at, String builtin, Type t) {
        return new SemaError("E0341", at, "'" + builtin + "' works on 32- and 64-bit integers (u32, s32, u64, s64), not " + t.display());
    }

    static SemaError atomicOnLocal(Span at, String builtin, String local) {
        return new SemaError("E0342", at, "'" + local + "' is a local: no other CPU can see it, so '" + builtin
                + "' is meaningless; use a plain assignment");
    }

    static SemaError atomicOnCounter(Span at, String builtin, String counter) {
        return new SemaError("E0343", at, "counter '" + counter + "' is per-CPU already, so '+=' on it is race-free; '" + builtin
                + "' is not needed (and counters cannot be read)");
    }

    private ValueErrors() {}

    private static SemaError e(String code, Span at, String message) { return new SemaError(code, at, message); }

    // E0304 assignment to something immutable
    static SemaError otherCpuStateReadOnly(Span at, String field) {
        return e("E0304", at, "another CPU's state is read-only; write this_cpu." + field + " on that CPU instead");
    }

    static SemaError notMutable(Span at, String local) {
        return e("E0304", at, "'" + local + "' is not mutable; declare it with 'var'");
    }

    static SemaError kernelFieldReadOnly(Span at, String path) {
        return e("E0304", at, "kernel field '" + path + "' is read-only; a scheduler may write only p.slice and p.vtime");
    }

    static SemaError notAssignable(Span at) {
        return e("E0304", at, "cannot assign to this expression");
    }

    // E0305 missing return value
    static SemaError handlerMustReturn(Span at, String callback, Type t) {
        return e("E0305", at, "handler '" + callback + "' must return a " + t.display() + " on every path");
    }

    static SemaError functionMustReturn(Span at, String function, Type t) {
        return e("E0305", at, "function '" + function + "' must return a " + t.display() + " on every path");
    }

    static SemaError selectCpuReturnsCpu(Span at) {
        return e("E0305", at, "select_cpu must return a CPU number");
    }

    static SemaError returnNeedsValue(Span at, Type t) {
        return e("E0305", at, "this function must return a " + t.display());
    }

    // E0306
    static SemaError kfuncArity(Span at, String kfunc, int expected, int actual, String prototype) {
        return e("E0306", at, "'kfunc." + kfunc + "' takes " + expected + " argument(s), not " + actual + ": the kernel declares '" + prototype + "'");
    }

    static SemaError kfuncReference(Span at, String kfunc, boolean acquires) {
        return e("E0313", at, "kernel function '" + kfunc + "' " + (acquires ? "returns a reference the program must release" : "releases a reference")
                + "; policies cannot hold kernel references yet");
    }

    static SemaError kfuncTypeUnsupported(Span at, String kfunc, String part, String described, String prototype) {
        return e("E0313", at, "the " + part + " of kernel function '" + kfunc + "' has type '" + described
                + "', which policies cannot pass or use yet (the kernel declares '" + prototype + "')");
    }

    static SemaError wrongArity(Span at, String callee, int expected, int actual) {
        return e("E0306", at, "'" + callee + "' takes " + expected + " argument(s), not " + actual);
    }

    // E0307 possibly-null task
    static SemaError mayBeNullField(Span at, String text) {
        return e("E0307", at, "'" + text + "' may be null; check it first: if " + text + " != null { ... }");
    }

    static SemaError taskMayBeNull(Span at, String text) {
        return e("E0307", at, "this task may be null; check it first: if " + text + " != null { ... }");
    }

    static SemaError mayBeNull(Span at, String text) {
        return e("E0307", at, "'" + text + "' may be null; check it first");
    }

    // E0308 .. E0312
    static SemaError conditionNotBool(Span at, Type t) {
        return e("E0308", at, "a condition must be bool, not " + t.display() + " (compare it, e.g. x != 0)");
    }

    static SemaError vtimeOnFifo(Span at) {
        return e("E0309", at, "only vtime queues take a vtime; this queue is FIFO");
    }

    static SemaError vtimeMissing(Span at) {
        return e("E0309", at, "inserting into a vtime queue needs 'vtime <expr>'");
    }

    static SemaError loopEndNotConstant(Span at) {
        return e("E0310", at, "the loop's end must be a constant so the kernel verifier can bound it");
    }

    static SemaError handlerReturnsNothing(Span at, String callback) {
        return e("E0311", at, "handler '" + callback + "' returns nothing");
    }

    static SemaError functionReturnsNothing(Span at) {
        return e("E0311", at, "this function returns nothing; declare '-> type'");
    }

    static SemaError outsideLoop(Span at, String keyword) {
        return e("E0312", at, "'" + keyword + "' outside a loop");
    }

    // E0313 types policies cannot use
    static SemaError globalNeedsType(Span at, String name) {
        return e("E0313", at, "global '" + name + "' needs a type, e.g. 'var " + name + ": u64 = 0'");
    }

    static SemaError globalType(Span at, Type t) {
        return e("E0313", at, "global variables must have an integer type (u8..u64, s8..s64) or be a u8 array, not " + t.display());
    }

    static SemaError arrayElementType(Span at, String element) {
        return e("E0313", at, "arrays hold u8 only, not " + element);
    }

    static SemaError kernelTypeUnsupported(Span at, String described) {
        return e("E0313", at, "kernel type '" + described + "' cannot be used by policies yet");
    }

    static SemaError localType(Span at, Type t) {
        return e("E0313", at, "a local cannot hold a value of type " + t.display());
    }

    static SemaError bitField(Span at, String field) {
        return e("E0313", at, "bit-field '" + field + "' cannot be read by policies yet");
    }

    // E0315 not a compile-time constant
    static SemaError constNotConstant(Span at, String name) {
        return e("E0315", at, "the value of constant '" + name + "' must be computable at compile time");
    }

    static SemaError globalInitNotConstant(Span at) {
        return e("E0315", at, "a global's initial value must be computable at compile time");
    }

    static SemaError timeoutNotConstant(Span at) {
        return e("E0315", at, "the timeout must be a constant such as 5s");
    }

    static SemaError classifyValueNotConstant(Span at) {
        return e("E0315", at, "a classify rule compares with a constant");
    }

    static SemaError patternNotConstant(Span at) {
        return e("E0315", at, "a match pattern must be a constant");
    }

    static SemaError inOptionNotConstant(Span at) {
        return e("E0315", at, "the options of 'in' must be constants");
    }

    // E0316 .. E0318
    static SemaError valueUnused(Span at) {
        return e("E0316", at, "this expression's value is not used");
    }

    static SemaError secondWildcard(Span at) {
        return e("E0317", at, "a second '_' arm can never match");
    }

    static SemaError duplicateArm(Span at, BigInteger value) {
        return e("E0317", at, "value " + value + " is already matched by an earlier arm");
    }

    static SemaError counterOperator(Span at, String counter) {
        return e("E0318", at, "counter '" + counter + "' can only be changed with += or -=");
    }

    static SemaError counterRead(Span at, String counter) {
        return e("E0318", at, "counter '" + counter + "' cannot be read in the policy (read it with 'schedc stats'); only 'name += n' and 'name -= n'");
    }
}
