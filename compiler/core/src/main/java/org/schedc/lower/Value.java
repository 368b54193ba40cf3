package org.schedc.lower;

import org.schedc.ir.Ir.Operand;
import org.schedc.sema.Type;

/** A lowered value: a scalar operand, or the two parts of a CPU pick. */
sealed interface Value {
    record Scalar(Operand op) implements Value {}
    record Pick(Operand cpu, Operand idle) implements Value {}
    record None() implements Value {}
    /** A handler argument, loaded from ctx where it is used (CSE merges repeated loads); nullable ones once. */
    record Arg(int index, Type type) implements Value {}
}
