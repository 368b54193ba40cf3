package org.schedc.bpf.sys;

import java.util.List;

/** {@code enum bpf_map_type} numbers (include/uapi/linux/bpf.h) this project cares about, and names for messages. */
public final class MapTypes {
    public static final int HASH = 1, ARRAY = 2, PERCPU_HASH = 5, PERCPU_ARRAY = 6, LRU_PERCPU_HASH = 10,
            PERCPU_CGROUP_STORAGE = 21, TASK_STORAGE = 29;

    // Index = type number; from the uapi enum, in order.
    private static final List<String> NAMES = List.of("UNSPEC", "HASH", "ARRAY", "PROG_ARRAY", "PERF_EVENT_ARRAY",
            "PERCPU_HASH", "PERCPU_ARRAY", "STACK_TRACE", "CGROUP_ARRAY", "LRU_HASH", "LRU_PERCPU_HASH", "LPM_TRIE",
            "ARRAY_OF_MAPS", "HASH_OF_MAPS", "DEVMAP", "SOCKMAP", "CPUMAP", "XSKMAP", "SOCKHASH", "CGROUP_STORAGE",
            "REUSEPORT_SOCKARRAY", "PERCPU_CGROUP_STORAGE", "QUEUE", "STACK", "SK_STORAGE", "DEVMAP_HASH",
            "STRUCT_OPS", "RINGBUF", "INODE_STORAGE", "TASK_STORAGE", "BLOOM_FILTER", "USER_RINGBUF",
            "CGRP_STORAGE", "ARENA");

    private MapTypes() {
    }

    public static String name(int type) {
        return type >= 0 && type < NAMES.size() ? "BPF_MAP_TYPE_" + NAMES.get(type) : "map type " + type;
    }

    public static boolean isPerCpu(int type) {
        return type == PERCPU_HASH || type == PERCPU_ARRAY || type == LRU_PERCPU_HASH || type == PERCPU_CGROUP_STORAGE;
    }
}
