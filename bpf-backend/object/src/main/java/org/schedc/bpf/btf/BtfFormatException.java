package org.schedc.bpf.btf;

/** Malformed .BTF or .BTF.ext input; the message names the byte offset or type id at fault. */
public final class BtfFormatException extends Exception {
    public BtfFormatException(String message) {
        super(message);
    }
}
