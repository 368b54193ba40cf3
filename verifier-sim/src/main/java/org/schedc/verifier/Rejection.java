package org.schedc.verifier;

/** Thrown inside the interpreter when a path breaks a rule; turned into a {@link ProgramVerdict}. */
final class Rejection extends RuntimeException {
    final Rule rule;
    final int insn;

    Rejection(Rule rule, int insn, String message) {
        super(message, null, false, false);
        this.rule = rule;
        this.insn = insn;
    }
}
