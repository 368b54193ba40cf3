package org.schedc.bpf.link;

/** A program of the object that is not verified (not a struct_ops program), with the reason. */
public record SkippedProgram(String section, String symbol, String reason) {
    public String summary() { return section + ": skipped (" + reason + ")"; }
}
