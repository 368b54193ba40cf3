package org.schedc.bpf.sys;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The kernel's log buffer, as {@code dmesg} reads it: klogctl(2) SYSLOG_ACTION_READ_ALL, one line per record with
 * its syslog level, {@code <3>[   12.345678] text}. sched_ext writes why it disabled a scheduler here, and nowhere
 * else a loader without the scheduler's cooperation (a user exit info map) can see.
 */
public final class KernelLog {
    private static final int READ_ALL = 3, SIZE_BUFFER = 10;
    private static final MethodHandle KLOGCTL = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("klogctl").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));

    private KernelLog() {
    }

    /** The whole buffer; empty when it cannot be read (no CAP_SYSLOG with dmesg_restrict, or no such call). */
    public static Optional<String> readAll() {
        try (Arena arena = Arena.ofConfined()) {
            int size = (int) KLOGCTL.invokeExact(SIZE_BUFFER, MemorySegment.NULL, 0);
            if (size <= 0) return Optional.empty();
            MemorySegment buf = arena.allocate(size);
            int n = (int) KLOGCTL.invokeExact(READ_ALL, buf, size);
            if (n < 0) return Optional.empty();
            return Optional.of(new String(buf.asSlice(0, n).toArray(JAVA_BYTE), StandardCharsets.UTF_8));
        } catch (Throwable t) {
            return Optional.empty();
        }
    }
}
