package org.schedc.sign;

/** A refused signature, key or trust file, with its stable code; {@link #exitCode} is the CLI's exit code. */
public final class SignatureException extends Exception {
    /** The object has no signature beside it. */
    public static final String UNSIGNED = "E0920";
    /** The signature file is not in the documented layout (docs/signing.md). */
    public static final String MALFORMED = "E0921";
    /** The object's bytes are not the bytes that were signed. */
    public static final String TAMPERED = "E0922";
    /** No trusted key made this signature. */
    public static final String UNTRUSTED = "E0923";
    /** A key or trust file that cannot be used (missing, not PEM, not Ed25519, expired certificate). */
    public static final String BAD_KEY = "E0924";

    private final String code;

    public SignatureException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** 1 for a refused object (the input is wrong), 2 for keys and trust files that cannot be read or used. */
    public int exitCode() {
        return code.equals(BAD_KEY) ? 2 : 1;
    }
}
