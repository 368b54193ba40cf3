package org.schedc.bpf.sys;

/** A file descriptor bpf(2) returned; closed exactly once by {@link #close()}. */
public final class BpfFd implements AutoCloseable {
    private final int fd;
    private boolean closed;

    BpfFd(int fd) {
        this.fd = fd;
    }

    /** The raw descriptor; valid until {@link #close()}. */
    public int value() {
        if (closed) {
            throw new IllegalStateException("fd " + fd + " is closed");
        }
        return fd;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            BpfSyscall.close(fd);
        }
    }
}
