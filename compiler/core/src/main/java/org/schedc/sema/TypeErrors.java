package org.schedc.sema;

import java.math.BigInteger;
import org.schedc.ast.Ast;
import org.schedc.diag.Span;

/**
 * The catalogue of type errors, one factory per diagnostic: E0301 a plain mismatch (expected T, found U),
 * E0302 mixed signedness, E0303 constants out of range, and E0330-E0340 the kinds of mismatch that used to
 * share E0301 (see the codes table in docs/language.md).
 */
final class TypeErrors {
    private TypeErrors() {}

    private static SemaError e(String code, Span at, String message) { return new SemaError(code, at, message); }

    // E0301: a value of one type where another is expected
    static SemaError mismatch(Span at, Type expected, Type found) {
        return e("E0301", at, "expected " + expected.display() + ", found " + found.display());
    }

    static SemaError expectedTask(Span at, Type found) {
        return e("E0301", at, "expected a task, found " + found.display());
    }

    static SemaError expectedIntegerArgument(Span at, String what, Type found) {
        return e("E0301", at, "expected " + what + " (an integer), found " + found.display());
    }

    static SemaError expectedIntegers(Span at, Type l, Type r) {
        return e("E0301", at, "expected integers, found " + l.display() + " and " + r.display());
    }

    static SemaError needsConversion(Span at, Type.Int from, Type.Int to, String text) {
        return e("E0330", at, "a " + from.display() + " does not fit in " + to.display() + " without a conversion; write '(" + text + ") as " + to.display() + "'");
    }

    static SemaError cannotConvert(Span at, Type from, Type to) {
        return e("E0331", at, "cannot convert " + from.display() + " to " + to.display());
    }

    static SemaError callbackReturnType(Span at, String callback, Type actual, Type declared) {
        return e("E0301", at, "callback '" + callback + "' returns " + actual.display() + ", not " + declared.display());
    }

    static SemaError returnCpuPick(Span at) {
        return e("E0340", at, "return the chosen CPU with '.cpu'");
    }

    // operators
    static SemaError notNeedsBool(Span at, Type found) {
        return e("E0332", at, "'!' needs a bool, not " + found.display() + " (use '~' for bits)");
    }

    static SemaError unaryNeedsInteger(Span at, Ast.UnaryOp op, Type found) {
        return e("E0332", at, "'" + (op == Ast.UnaryOp.NEG ? "-" : "~") + "' needs an integer, not " + found.display());
    }

    static SemaError operatorNeedsIntegers(Span at, Ast.BinaryOp op, Type l, Type r) {
        return e("E0332", at, "'" + ConstantFolding.symbol(op) + "' needs integers, found " + l.display() + " and " + r.display());
    }

    static SemaError compoundNeedsInteger(Span at, Ast.BinaryOp op, Type target) {
        return e("E0332", at, "'" + ConstantFolding.symbol(op) + "=' needs an integer target, not " + target.display());
    }

    static SemaError pointerComparison(Span at) {
        return e("E0333", at, "kernel pointers can only be compared with null");
    }

    static SemaError tagWithNonTag(Span at, Type l, Type r) {
        return e("E0333", at, "a tag compares only with a tag, found " + l.display() + " and " + r.display());
    }

    static SemaError tagOperator(Span at) {
        return e("E0333", at, "tags can only be compared with == and != (or 'in [..]')");
    }

    static SemaError boolOperator(Span at) {
        return e("E0333", at, "bools can only be compared with == and !=");
    }

    // constructs that need an integer
    static SemaError loopBoundsNotIntegers(Span at) {
        return e("E0334", at, "loop bounds must be integers");
    }

    static SemaError matchNeedsInteger(Span at, Type found) {
        return e("E0334", at, "match needs an integer, not " + found.display());
    }

    static SemaError inNeedsIntegerOrTag(Span at, Type found) {
        return e("E0334", at, "'in' needs an integer or a tag, not " + found.display());
    }

    // u8 arrays
    static SemaError arrayGlobalInitialised(Span at) {
        return e("E0335", at, "a u8 array global starts zeroed and takes no initial value");
    }

    static SemaError arrayAssignedFromValue(Span at, Type target) {
        return e("E0335", at, "a " + target.display() + " is assigned from another u8 array (a global, a state field or a kernel char array such as p.comm)");
    }

    // builtin arguments
    static SemaError queuedTakesQueue(Span at) {
        return e("E0336", at, "queued() takes a queue name");
    }

    static SemaError errorTakesLiteral(Span at) {
        return e("E0336", at, "error() takes a string literal message");
    }

    static SemaError errorPercent(Span at) {
        return e("E0337", at, "error() messages cannot contain '%' yet");
    }

    static SemaError minMaxIntegers(Span at, String builtin, Type found) {
        return e("E0336", at, builtin + "() takes integers, not " + found.display());
    }

    static SemaError startsWithArray(Span at, Type found) {
        return e("E0336", at, "starts_with() takes a u8 array such as p.comm, not " + found.display());
    }

    static SemaError startsWithLiteral(Span at) {
        return e("E0336", at, "starts_with() takes a string literal prefix");
    }

    // queues and classify patterns
    static SemaError moveLocalToItself(Span at) {
        return e("E0338", at, "cannot move from the local queue to itself");
    }

    static SemaError moveFromLocalOn(Span at) {
        return e("E0338", at, "cannot move from another CPU's local queue");
    }

    static SemaError emptyCommPrefix(Span at) {
        return e("E0339", at, "an empty prefix matches every task; write the rule last as a default instead");
    }

    static SemaError cgroupPathNotAbsolute(Span at) {
        return e("E0339", at, "a cgroup path starts with '/' (the root of the cgroup v2 hierarchy)");
    }

    // E0302
    static SemaError mixedSignedness(Span at, Type.Int l, Type.Int r) {
        return e("E0302", at, "mixed signedness: " + l.display() + " and " + r.display() + "; convert one side with 'as'");
    }

    // E0303: constants out of range
    static SemaError literalTooBig(Span at, String text) {
        return e("E0303", at, "constant " + text + " does not fit in 64 bits");
    }

    static SemaError constantDoesNotFit(Span at, BigInteger v, Type.Int t) {
        return e("E0303", at, "constant " + v + " does not fit in " + t.display());
    }

    static SemaError constantOverflow(Span at) {
        return e("E0303", at, "constant expression overflows 64 bits");
    }

    static SemaError shiftCount(Span at, BigInteger count, Type t, int width) {
        return e("E0303", at, "shift count " + count + " is out of range for " + t.display() + " (0.." + (width - 1) + ")");
    }

    static SemaError arrayLength(Span at, int length) {
        return e("E0303", at, "array length must be 1..256, not " + length);
    }

    static SemaError startsWithPrefixTooLong(Span at, int arrayLength) {
        return e("E0303", at, "the prefix is longer than the " + arrayLength + "-byte array");
    }

    static SemaError commPrefixTooLong(Span at) {
        return e("E0303", at, "a command name has at most 16 bytes; this prefix is longer");
    }

    static SemaError cgroupTooDeep(Span at, int max, int components) {
        return e("E0303", at, "cgroup paths are matched to depth " + max + ", this one has " + components + " components");
    }

    static SemaError cgroupComponentTooLong(Span at, int max) {
        return e("E0303", at, "cgroup path components are matched up to " + max + " bytes");
    }
}
