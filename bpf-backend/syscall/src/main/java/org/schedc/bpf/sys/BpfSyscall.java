package org.schedc.bpf.sys;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * bpf(2) through the C library's {@code syscall(2)} symbol (there is no glibc wrapper for bpf), and close(2),
 * with errno captured by the linker right after the call so nothing in between can clobber it.
 */
final class BpfSyscall {
    /** __NR_bpf on x86-64. */
    static final long SYS_BPF = 321;

    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle SYSCALL;
    private static final MethodHandle CLOSE;
    /** __NR_pidfd_open on x86-64 (Linux 5.3+). */
    static final long SYS_PIDFD_OPEN = 434;
    private static final MethodHandle SYSCALL2;

    static {
        Linker linker = Linker.nativeLinker();
        var lookup = linker.defaultLookup();
        // long syscall(long number, ...): every variadic argument passed as a full 64-bit word, as glibc reads them.
        SYSCALL = linker.downcallHandle(lookup.find("syscall").orElseThrow(),
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG),
                Linker.Option.firstVariadicArg(1), Linker.Option.captureCallState("errno"));
        SYSCALL2 = linker.downcallHandle(lookup.find("syscall").orElseThrow(),
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG),
                Linker.Option.firstVariadicArg(1), Linker.Option.captureCallState("errno"));
        CLOSE = linker.downcallHandle(lookup.find("close").orElseThrow(), FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    }

    private BpfSyscall() {
    }

    /** Issues {@code cmd} with {@code attr}; returns the non-negative result (an fd for the fd-returning commands). */
    static int call(BpfCommand cmd, MemorySegment attr, String context) throws BpfException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            long rc = (long) SYSCALL.invokeExact(state, SYS_BPF, (long) cmd.number(), attr, (long) cmd.attrSize());
            if (rc < 0) {
                throw BpfException.of(cmd, (int) ERRNO.get(state, 0L), context);
            }
            return (int) rc;
        } catch (BpfException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("bpf(2) downcall failed: " + t, t);
        }
    }

    /** pidfd_open(pid, 0): a descriptor for the process or thread {@code pid}; task storage maps take it as key. */
    static int pidfdOpen(int pid) throws BpfException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            long rc = (long) SYSCALL2.invokeExact(state, SYS_PIDFD_OPEN, (long) pid, 0L);
            if (rc < 0) {
                int errno = (int) ERRNO.get(state, 0L);
                throw new BpfException(errno, "pidfd_open(" + pid + ") failed: " + Errno.name(errno) + " (" + Errno.meaning(errno) + ")");
            }
            return (int) rc;
        } catch (BpfException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("pidfd_open downcall failed: " + t, t);
        }
    }

    static void close(int fd) {
        try {
            int ignored = (int) CLOSE.invokeExact(fd);
        } catch (Throwable t) {
            throw new IllegalStateException("close(2) downcall failed: " + t, t);
        }
    }
}
