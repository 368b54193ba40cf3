package org.schedc.bpf.link;

/** The input is not a BPF object the simulator can analyse (bad ELF/BTF, missing .BTF, unknown sections...). */
public final class ObjectFormatException extends Exception {
    public ObjectFormatException(String message) {
        super(message);
    }

    public ObjectFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
