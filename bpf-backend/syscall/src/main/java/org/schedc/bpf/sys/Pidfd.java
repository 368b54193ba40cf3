package org.schedc.bpf.sys;

/**
 * Process descriptors (pidfd_open(2)): the key by which user space reads a task's entry in a
 * {@code BPF_MAP_TYPE_TASK_STORAGE} map (the kernel resolves the pidfd to its task).
 */
public final class Pidfd {
    private Pidfd() {
    }

    /** A descriptor for thread or process {@code pid}; ESRCH when there is none. Close it. */
    public static BpfFd open(int pid) throws BpfException {
        return new BpfFd(BpfSyscall.pidfdOpen(pid));
    }
}
