package org.schedc.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns --pid/--tgid/--cgroup/--uid into a {@link TagTarget}, checking the system so that a typo is reported instead
 * of silently tagging nothing: pids against /proc, cgroups against the cgroup file system (the cgroup id the kernel
 * uses is the inode number of the cgroup directory). Roots are parameters so tests can use a fake /proc.
 */
public final class TagTargets {
    private final Path proc;
    private final Path cgroupRoot;

    public TagTargets(Path proc, Path cgroupRoot) {
        this.proc = proc;
        this.cgroupRoot = cgroupRoot;
    }

    public static TagTargets system() {
        return new TagTargets(Path.of("/proc"), Path.of("/sys/fs/cgroup"));
    }

    /**
     * A thread (task) by id; {@code mustExist} false for get/clear, which may name a task that has exited (its tag
     * stays in the map until cleared).
     */
    public TagTarget pid(long pid, boolean mustExist) throws PolicyMapException {
        checkId("pid", pid, true);
        if (mustExist && !Files.isDirectory(proc.resolve(Long.toString(pid)))) {
            throw PolicyMapException.input("no such pid " + pid + " (nothing in " + proc.resolve(Long.toString(pid)) + ")");
        }
        return new TagTarget(TagKind.TASK, pid, "pid " + pid);
    }

    /** A process by its thread-group id; when it must exist it must also be a thread-group leader. */
    public TagTarget tgid(long tgid, boolean mustExist) throws PolicyMapException {
        checkId("tgid", tgid, true);
        if (mustExist) {
            Path status = proc.resolve(Long.toString(tgid)).resolve("status");
            List<String> lines;
            try {
                lines = Files.readAllLines(status);
            } catch (IOException e) {
                throw PolicyMapException.input("no such process " + tgid + " (cannot read " + status + ")");
            }
            String leader = lines.stream().filter(l -> l.startsWith("Tgid:")).map(l -> l.substring(5).strip()).findFirst().orElse("");
            if (!leader.equals(Long.toString(tgid))) {
                throw PolicyMapException.input(tgid + " is a thread of process " + (leader.isEmpty() ? "?" : leader)
                        + ", not a process; use --pid " + tgid + " for the thread or --tgid " + leader + " for its process");
            }
        }
        return new TagTarget(TagKind.PROC, tgid, "tgid " + tgid);
    }

    public TagTarget uid(long uid) throws PolicyMapException {
        checkId("uid", uid, false);
        return new TagTarget(TagKind.USER, uid, "uid " + uid);
    }

    /** A cgroup by id, as {@code tag list} prints it (for clearing entries of cgroups that no longer exist). */
    public TagTarget cgroupId(long id) throws PolicyMapException {
        if (id <= 0) {
            throw PolicyMapException.input("cgroup id must be positive, got " + id);
        }
        return new TagTarget(TagKind.CGROUP, id, "cgroup id " + id);
    }

    /**
     * A cgroup directory: an existing path as given, else the path under the cgroup root ("/game" means
     * /sys/fs/cgroup/game). It must be a cgroup (a directory with cgroup.procs).
     */
    public TagTarget cgroup(String path) throws PolicyMapException {
        if (path.isBlank()) {
            throw PolicyMapException.input("empty cgroup path");
        }
        Path given = Path.of(path);
        Path dir = Files.isDirectory(given) ? given
                : cgroupRoot.resolve(path.replaceFirst("^/+", ""));
        if (!Files.isDirectory(dir)) {
            throw PolicyMapException.input("no such cgroup " + path + " (neither " + given + " nor " + dir + " is a directory)");
        }
        if (!Files.exists(dir.resolve("cgroup.procs"))) {
            throw PolicyMapException.input(dir + " is not a cgroup directory (no cgroup.procs; is cgroup2 mounted at " + cgroupRoot + "?)");
        }
        try {
            long ino = ((Number) Files.getAttribute(dir, "unix:ino")).longValue();
            return new TagTarget(TagKind.CGROUP, ino, "cgroup " + dir + " (id " + ino + ")");
        } catch (IOException | UnsupportedOperationException e) {
            throw PolicyMapException.io("cannot stat " + dir + ": " + e.getMessage());
        }
    }

    private static void checkId(String what, long id, boolean positive) throws PolicyMapException {
        if (id < (positive ? 1 : 0) || id > 0xffff_ffffL) {
            throw PolicyMapException.input(what + " must be " + (positive ? "between 1" : "between 0") + " and 4294967295, got " + id);
        }
    }
}
