package org.schedc.bpf.sys;

/**
 * A bpf(2) call (or the file work around it) failed. {@link #errno()} is the kernel's errno (0 when the failure
 * was detected in Java, e.g. a pinned object that is not a map); the message is meant for a human as is.
 */
public final class BpfException extends Exception {
    private final int errno;

    public BpfException(int errno, String message) {
        super(message);
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }

    /** True when the failure is a missing privilege, so callers can report it as such. */
    public boolean isPermission() {
        return Errno.isPermission(errno);
    }

    /**
     * The standard message for a failed command: permission problems are named as such (the usual cause when not
     * root), everything else gets the errno name and meaning plus the context.
     */
    static BpfException of(BpfCommand cmd, int errno, String context) {
        if (Errno.isPermission(errno)) {
            return new BpfException(errno, "permission denied: bpf(2) needs CAP_BPF/root (" + cmd.label() + " "
                    + context + ": " + Errno.name(errno) + ")");
        }
        return new BpfException(errno, cmd.label() + " " + context + " failed: " + Errno.name(errno) + " ("
                + Errno.meaning(errno) + ")");
    }
}
