package org.schedc.kernel;

/** Verifier statistics of one BPF program of a loaded object ({@code processed N insns}). */
public record ProgramStat(String name, int processedInsns) {
}
