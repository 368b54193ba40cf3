package org.schedc.lower;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.schedc.sema.CheckedPolicy;
import org.schedc.sema.Symbols.GlobalInfo;

/**
 * The message strings of error(): they live in .data after the globals, because the kernel types the
 * kfunc's format argument as writable memory. Shared by every program of the policy.
 */
final class DataTables {
    private final CheckedPolicy policy;
    private final ByteArrayOutputStream strings = new ByteArrayOutputStream();
    private final Map<String, Integer> stringOffsets = new HashMap<>();

    DataTables(CheckedPolicy policy) { this.policy = policy; }

    /** Strings start after the initialised globals, 8-byte aligned. */
    int stringsOffset() {
        int end = 0;
        for (GlobalInfo g : policy.globals()) if (g.section().equals(".data")) end = Math.max(end, g.offset() + g.size());
        return (end + 7) / 8 * 8;
    }

    /** The offset of {@code s} (NUL-terminated) within the strings, each distinct string stored once. */
    int string(String s) {
        return stringOffsets.computeIfAbsent(s, k -> {
            int off = strings.size();
            byte[] b = k.getBytes(StandardCharsets.UTF_8);
            strings.writeBytes(b);
            strings.write(0);
            return off;
        });
    }

    byte[] bytes() { return strings.toByteArray(); }
}
