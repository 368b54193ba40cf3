package org.schedc.bpf.loader;

/**
 * Loading failed; nothing the load created is left behind (fds closed, pins removed). {@link #code()} is stable
 * (E09xx, listed in the module README), {@link #exitCode()} follows the CLI convention: 1 the object is wrong for
 * this kernel, 2 the system refused (permission, I/O, a policy already running). {@link #verifierLog()} is the
 * kernel's log with DSL source lines beside the instructions, empty when there is none.
 */
public final class LoadException extends Exception {
    public static final int INPUT = 1, IO = 2;

    private final String code;
    private final int exitCode;
    private final String verifierLog;

    public LoadException(String code, int exitCode, String message, String verifierLog) {
        super(message);
        this.code = code;
        this.exitCode = exitCode;
        this.verifierLog = verifierLog;
    }

    public static LoadException input(String code, String message) {
        return new LoadException(code, INPUT, message, "");
    }

    public static LoadException io(String code, String message) {
        return new LoadException(code, IO, message, "");
    }

    public String code() { return code; }

    public int exitCode() { return exitCode; }

    public String verifierLog() { return verifierLog; }
}
