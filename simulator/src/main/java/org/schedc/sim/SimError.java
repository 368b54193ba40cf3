package org.schedc.sim;

/**
 * Something the simulation cannot continue past: the object uses what the model lacks (UNSUPPORTED), an access the
 * model cannot serve (FAULT), or a callback ran out of its instruction budget (BUDGET). The interpreter adds the
 * program and instruction; the CLI prints it with a stable code and exits 1.
 */
public final class SimError extends RuntimeException {
    public enum Kind {
        UNSUPPORTED("E0701"), FAULT("E0702"), BUDGET("E0703"), BAD_OBJECT("E0704");

        private final String code;

        Kind(String code) { this.code = code; }

        public String code() { return code; }
    }

    private final Kind kind;

    public SimError(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() { return kind; }

    /** The same error located at a program's instruction (the first location wins: the innermost). */
    SimError at(String program, int insn) {
        if (getMessage().startsWith("program ")) return this;
        return new SimError(kind, "program " + program + ", insn " + insn + ": " + getMessage());
    }
}
