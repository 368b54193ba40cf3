package org.schedc.bpf.insn;

/** Raised when bytes cannot hold an instruction at all (too short, bad alignment); unknown opcodes are not errors. */
public final class InsnDecodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InsnDecodeException(String message) {
        super(message);
    }
}
