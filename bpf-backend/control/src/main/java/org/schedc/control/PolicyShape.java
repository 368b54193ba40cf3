package org.schedc.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * What code generated from a policy ({@code schedc gen java}) expects of the running policy's maps: its name, tag
 * numbers, counter names and state layouts. {@link PolicyControl#attach} checks the kernel's maps and their BTF
 * against it, so a service built for one version of a policy refuses a different one instead of misreading it.
 */
public record PolicyShape(String policy, SequencedMap<String, Long> tags, List<String> counters,
                          Optional<StateShape> taskState, Optional<StateShape> cpuState) {
    public PolicyShape {
        tags = new LinkedHashMap<>(tags);
        counters = List.copyOf(counters);
    }

    /** A {@code task state}/{@code cpu state} value: its BTF struct name, size and the fields user space reads. */
    public record StateShape(String struct, int size, List<StateField> fields) {
        public StateShape {
            fields = List.copyOf(fields);
        }
    }

    /** A field by name, byte offset and size (a {@code [u8; N]} is N bytes). */
    public record StateField(String name, int offset, int size) {}
}
