package org.schedc.bpf.elf;

/** Malformed ELF input; the message names the header, section or symbol at fault. */
public final class ElfFormatException extends Exception {
    public ElfFormatException(String message) {
        super(message);
    }
}
