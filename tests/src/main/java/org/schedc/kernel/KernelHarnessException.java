package org.schedc.kernel;

/**
 * The kernel harness could not produce verdicts: missing tools or kernel inputs,
 * a failing script, a hung guest or an unreadable result file. Kernel tests must
 * fail on it (never skip), so that CI cannot pass without running them.
 */
public final class KernelHarnessException extends RuntimeException {
    public KernelHarnessException(String message) {
        super(message);
    }

    public KernelHarnessException(String message, Throwable cause) {
        super(message, cause);
    }
}
