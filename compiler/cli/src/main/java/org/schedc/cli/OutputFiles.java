package org.schedc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The one way schedc writes a file (compile -o, check --output, fmt, kabi-snapshot, and later gen).
 * It refuses writes that would destroy data: a target that is one of the command's inputs or a module
 * they import (E0004), or that exists but is not a regular file, such as a device node, a FIFO or a
 * directory (E0005). Symbolic links are followed: the file they point to is checked and replaced, and
 * the link stays. The bytes go to a temporary file in the target's directory and are
 * renamed over the target, so no reader ever sees a half-written file (E0003 when that fails).
 * All three are usage/I/O errors: exit 2.
 */
public final class OutputFiles {
    public static final String CANNOT_WRITE = "E0003", IS_INPUT = "E0004", NOT_REGULAR = "E0005";

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final int MAX_LINKS = 40; // as Linux's ELOOP limit
    private static final java.nio.file.attribute.FileAttribute<Set<PosixFilePermission>> PRIVATE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

    private OutputFiles() {}

    /** A refused or failed write, worded for the user; {@link #render} is the line to print. */
    public static final class Refused extends Exception {
        private final Path path;
        private final String code;

        Refused(Path path, String code, String message) {
            super(message);
            this.path = path;
            this.code = code;
        }

        public String code() { return code; }

        public String render() { return path + ": error[" + code + "]: " + getMessage(); }
    }

    /** Writes {@code out}, printing the reason and returning false when refused or failed. */
    public static boolean write(Path out, byte[] bytes, Collection<Path> inputs, PrintWriter err) {
        try {
            write(out, bytes, inputs);
            return true;
        } catch (Refused r) {
            err.println(r.render());
            return false;
        }
    }

    /** Writes {@code out} unless it would overwrite one of {@code inputs} (or their imports) or a non-regular file. */
    public static void write(Path out, byte[] bytes, Collection<Path> inputs) throws Refused {
        Path target = target(out, inputs);
        replace(out, target, bytes, false);
    }

    /** A secret (keygen's private key): as {@link #write}, and the file is rw------- from its first byte on. */
    public static boolean writePrivate(Path out, byte[] bytes, PrintWriter err) {
        try {
            replace(out, target(out, java.util.List.of()), bytes, true);
            return true;
        } catch (Refused r) {
            err.println(r.render());
            return false;
        }
    }

    /** Rewrites an existing regular file in place (fmt): same checks on what it is, its permissions kept. */
    public static void rewrite(Path file, byte[] bytes) throws Refused {
        Path target = follow(file);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) throw new Refused(file, CANNOT_WRITE, "no such file");
        checkRegular(file, target);
        replace(file, target, bytes, false);
    }

    /**
     * Where writing {@code out} really goes (symbolic links followed), after the checks: the target must not be
     * an input or an imported module (compared by real path), and must be a regular file if it exists.
     */
    public static Path target(Path out, Collection<Path> inputs) throws Refused {
        Path target = follow(out);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return target; // a new file destroys nothing
        checkRegular(out, target);
        Path real;
        try {
            real = target.toRealPath();
        } catch (IOException e) {
            throw new Refused(out, CANNOT_WRITE, "cannot write output: " + e.getMessage());
        }
        // Only an existing target can be an input, so the import scan is paid only then.
        for (Map.Entry<Path, String> e : ImportClosure.of(inputs).entrySet()) {
            if (e.getKey().equals(real)) {
                throw new Refused(out, IS_INPUT, "refusing to overwrite " + e.getValue() + " with the output; choose another output path");
            }
        }
        return target;
    }

    /** Follows symbolic links to the path that would be replaced; a dangling link gives the missing file it names. */
    private static Path follow(Path out) throws Refused {
        Path p = out;
        try {
            for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
                Path link = Files.readSymbolicLink(p);
                Path dir = p.toAbsolutePath().getParent();
                p = dir == null ? link : dir.resolve(link);
            }
        } catch (IOException e) {
            throw new Refused(out, CANNOT_WRITE, "cannot write output: cannot read the symbolic link: " + e.getMessage());
        }
        if (Files.isSymbolicLink(p)) throw new Refused(out, NOT_REGULAR, "too many levels of symbolic links");
        return p;
    }

    private static void checkRegular(Path out, Path target) throws Refused {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new Refused(out, CANNOT_WRITE, "cannot write output: " + e.getMessage());
        }
        if (a.isRegularFile()) return;
        String what = a.isDirectory() ? "a directory" : kind(target);
        String via = target.equals(out) ? "" : " (" + out + " is a symbolic link to " + target + ")";
        throw new Refused(out, NOT_REGULAR, "output exists and is " + what + ", not a regular file" + via
                + "; refusing to replace it" + (what.contains("device") ? " (to check a policy without writing an object, use 'schedc check')" : ""));
    }

    /** Names a special file from its mode bits (S_IFMT), which BasicFileAttributes lumps together as "other". */
    private static String kind(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return switch (mode & 0170000) {
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0010000 -> "a FIFO";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /** Temporary file in the target's directory, forced to disk, renamed over the target; removed on any failure. */
    private static void replace(Path shown, Path target, byte[] bytes, boolean secret) throws Refused {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = newTemporary(dir, target.getFileName().toString());
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) ch.write(b);
                // No fsync, like compilers: the rename already keeps readers and crashed runs from seeing
                // a partial file, and a sync cost 5-50 ms per compile on a busy disk (startup-breakdown.md).
            }
            if (!secret) permissions(tmp, target); // a secret keeps the temporary file's rw-------
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new Refused(shown, CANNOT_WRITE, "cannot write output: " + reason(e));
        } finally {
            if (tmp != null) {
                try { Files.deleteIfExists(tmp); } catch (IOException ignored) { /* best effort */ }
            }
        }
    }

    /**
     * A new, private, empty file {@code .NAME.PID.N.tmp} next to the target. Not Files.createTempFile: its
     * SecureRandom costs ~20 ms of start-up (security providers, /dev/urandom), and O_EXCL creation with a
     * pid and counter is just as safe (it never follows or reuses an existing path).
     */
    private static Path newTemporary(Path dir, String name) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve("." + name + "." + pid + "." + Long.toHexString(System.nanoTime() + SEQUENCE.incrementAndGet()) + ".tmp");
            try {
                Files.newByteChannel(p, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), PRIVATE).close();
                return p;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 100) throw e;
            } catch (UnsupportedOperationException e) { // not a POSIX file system: no permission attribute
                Files.newByteChannel(p, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)).close();
                return p;
            }
        }
    }

    /** Temp files are created private: a replaced file keeps its permissions, a new one gets the usual rw-r--r--. */
    private static void permissions(Path tmp, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) return; // not a POSIX file system
        Set<PosixFilePermission> perms = NEW_FILE;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            perms = Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).readAttributes().permissions();
        }
        view.setPermissions(perms);
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such directory";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return String.valueOf(e.getMessage());
    }
}
