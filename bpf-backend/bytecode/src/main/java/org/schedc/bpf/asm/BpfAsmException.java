package org.schedc.bpf.asm;

/** Misuse of the assembler API or an unencodable instruction; the message names the instruction index when known. */
public final class BpfAsmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int insnIndex;

    public BpfAsmException(String message) {
        super(message);
        this.insnIndex = -1;
    }

    /** @param insnIndex slot index of the offending instruction inside its function */
    public BpfAsmException(int insnIndex, String message) {
        super("insn " + insnIndex + ": " + message);
        this.insnIndex = insnIndex;
    }

    /** Slot index of the offending instruction, or -1 when the error is not tied to one. */
    public int insnIndex() {
        return insnIndex;
    }
}
