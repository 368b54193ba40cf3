package org.schedc.bpf.sys;

import java.util.Map;

/** Linux errno numbers (x86-64) that bpf(2) returns, with their symbolic names and what they mean for a map user. */
public final class Errno {
    public static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EBADF = 9, EAGAIN = 11, ENOMEM = 12, EACCES = 13,
            EFAULT = 14, EBUSY = 16, EEXIST = 17, ENOTDIR = 20, EINVAL = 22, ENOSPC = 28, E2BIG = 7,
            ENOSYS = 38, ELOOP = 40, EOPNOTSUPP = 95, ENOTSUPP = 524;

    private record Entry(String name, String meaning) {}

    private static final Map<Integer, Entry> TABLE = Map.ofEntries(
            Map.entry(EPERM, new Entry("EPERM", "operation not permitted")),
            Map.entry(ENOENT, new Entry("ENOENT", "no such file or entry")),
            Map.entry(ESRCH, new Entry("ESRCH", "no such process")),
            Map.entry(E2BIG, new Entry("E2BIG", "argument too big")),
            Map.entry(EINTR, new Entry("EINTR", "interrupted")),
            Map.entry(EBADF, new Entry("EBADF", "bad file descriptor")),
            Map.entry(EAGAIN, new Entry("EAGAIN", "try again")),
            Map.entry(ENOMEM, new Entry("ENOMEM", "out of memory")),
            Map.entry(EACCES, new Entry("EACCES", "permission denied")),
            Map.entry(EFAULT, new Entry("EFAULT", "bad address")),
            Map.entry(EBUSY, new Entry("EBUSY", "busy")),
            Map.entry(EEXIST, new Entry("EEXIST", "already exists")),
            Map.entry(ENOTDIR, new Entry("ENOTDIR", "not a directory")),
            Map.entry(EINVAL, new Entry("EINVAL", "invalid argument")),
            Map.entry(ENOSPC, new Entry("ENOSPC", "no space left (map full)")),
            Map.entry(ENOSYS, new Entry("ENOSYS", "bpf(2) not implemented by this kernel")),
            Map.entry(ELOOP, new Entry("ELOOP", "too many symbolic links")),
            Map.entry(EOPNOTSUPP, new Entry("EOPNOTSUPP", "operation not supported")),
            Map.entry(ENOTSUPP, new Entry("ENOTSUPP", "operation not supported by this map")));

    private Errno() {
    }

    /** "ENOENT", or "errno N" for numbers outside the table. */
    public static String name(int errno) {
        Entry e = TABLE.get(errno);
        return e == null ? "errno " + errno : e.name();
    }

    /** A short English meaning, or "unknown error" for numbers outside the table. */
    public static String meaning(int errno) {
        Entry e = TABLE.get(errno);
        return e == null ? "unknown error" : e.meaning();
    }

    /** True for the errnos that mean the caller lacks privilege (not that the object is wrong). */
    public static boolean isPermission(int errno) {
        return errno == EPERM || errno == EACCES;
    }
}
