package org.schedc.sim;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One map's contents in {@link Memory}. Arrays and global data are one region; per-CPU arrays one region per CPU;
 * hashes and task storage allocate a value region per element (so a pointer a program holds stays valid until
 * the element is deleted, as with the kernel's RCU-freed elements).
 */
final class SimMap {
    enum Kind { ARRAY, PERCPU_ARRAY, HASH, TASK_STORAGE, UNSUPPORTED }

    static final int MAP_TYPE_HASH = 1, MAP_TYPE_ARRAY = 2, MAP_TYPE_PERCPU_HASH = 5, MAP_TYPE_PERCPU_ARRAY = 6,
            MAP_TYPE_LRU_HASH = 9, MAP_TYPE_LRU_PERCPU_HASH = 10, MAP_TYPE_TASK_STORAGE = 29;
    private static final long E2BIG = -7, ENOENT = -2, EEXIST = -17;
    private static final long BPF_NOEXIST = 1, BPF_EXIST = 2;

    final String name;
    final Kind kind;
    final int keySize;
    final int valueSize;
    final long maxEntries;
    final long handle;
    private final Memory mem;
    private long[] bases; // ARRAY: one; PERCPU_ARRAY: one per CPU
    private final Map<Object, Long> hash = new LinkedHashMap<>();
    private final Map<Long, Long> storage = new HashMap<>();

    SimMap(Memory mem, String name, int type, int keySize, long valueSize, long maxEntries, int cpus) {
        this.mem = mem;
        this.name = name;
        this.keySize = keySize;
        this.valueSize = (int) valueSize;
        this.maxEntries = maxEntries;
        this.kind = switch (type) {
            case MAP_TYPE_ARRAY -> Kind.ARRAY;
            case MAP_TYPE_PERCPU_ARRAY -> Kind.PERCPU_ARRAY;
            case MAP_TYPE_HASH, MAP_TYPE_PERCPU_HASH, MAP_TYPE_LRU_HASH, MAP_TYPE_LRU_PERCPU_HASH -> Kind.HASH;
            case MAP_TYPE_TASK_STORAGE -> Kind.TASK_STORAGE;
            default -> Kind.UNSUPPORTED;
        };
        this.handle = mem.add("map " + name, new byte[0], true);
        if (kind == Kind.ARRAY || kind == Kind.PERCPU_ARRAY) {
            long bytes = valueSize * maxEntries;
            if (bytes > 64L << 20) throw new SimError(SimError.Kind.UNSUPPORTED, "map " + name + ": " + bytes + " bytes of values (over the model's 64 MiB)");
            bases = new long[kind == Kind.ARRAY ? 1 : cpus];
            for (int c = 0; c < bases.length; c++) bases[c] = mem.add("map " + name + (kind == Kind.ARRAY ? "" : " cpu " + c), new byte[(int) bytes], false);
        }
    }

    /** A global-data section (.data, .bss, .rodata): a one-element array initialised with the section's bytes. */
    static SimMap globalData(Memory mem, String name, byte[] init, long size, boolean readOnly) {
        SimMap m = new SimMap(mem, name, -1, 4, size, 1, 1);
        byte[] data = new byte[(int) size];
        if (init != null) System.arraycopy(init, 0, data, 0, Math.min(init.length, data.length));
        m.bases = new long[] {mem.add(name, data, readOnly)};
        return m;
    }

    long dataBase() { return bases[0]; }

    private void need(Kind... kinds) {
        for (Kind k : kinds) if (k == kind) return;
        throw new SimError(SimError.Kind.UNSUPPORTED, "map " + name + " (" + kind.name().toLowerCase() + "): this operation is not modelled for its type");
    }

    long lookup(long keyAddr, int cpu) {
        return switch (kind) {
            case ARRAY, PERCPU_ARRAY -> {
                long k = mem.load(keyAddr, 4);
                yield k < maxEntries ? bases[kind == Kind.ARRAY ? 0 : cpu] + k * valueSize : 0;
            }
            case HASH -> hash.getOrDefault(key(keyAddr), 0L);
            case TASK_STORAGE, UNSUPPORTED -> { need(Kind.ARRAY); yield 0; }
        };
    }

    long update(long keyAddr, long valueAddr, long flags, int cpu) {
        byte[] v = mem.read(valueAddr, valueSize);
        switch (kind) {
            case ARRAY, PERCPU_ARRAY -> {
                long at = lookup(keyAddr, cpu);
                if (at == 0) return E2BIG;
                if (flags == BPF_NOEXIST) return EEXIST;
                mem.write(at, v);
            }
            case HASH -> {
                Object k = key(keyAddr);
                Long at = hash.get(k);
                if (at != null && flags == BPF_NOEXIST) return EEXIST;
                if (at == null && flags == BPF_EXIST) return ENOENT;
                if (at == null) {
                    if (hash.size() >= maxEntries) return E2BIG;
                    at = mem.add("map " + name + " element", new byte[valueSize], false);
                    hash.put(k, at);
                }
                mem.write(at, v);
            }
            case TASK_STORAGE, UNSUPPORTED -> need(Kind.ARRAY, Kind.HASH);
        }
        return 0;
    }

    long delete(long keyAddr) {
        need(Kind.HASH);
        return hash.remove(key(keyAddr)) == null ? ENOENT : 0;
    }

    /** bpf_task_storage_get: the task's value, created zeroed (or from {@code init}) when {@code create}. */
    long taskStorage(long task, long init, boolean create) {
        need(Kind.TASK_STORAGE);
        Long at = storage.get(task);
        if (at == null && create) {
            at = mem.add("map " + name + " task value", init != 0 ? mem.read(init, valueSize) : new byte[valueSize], false);
            storage.put(task, at);
        }
        return at == null ? 0 : at;
    }

    long taskStorageDelete(long task) {
        need(Kind.TASK_STORAGE);
        return storage.remove(task) == null ? ENOENT : 0;
    }

    /** Keys of up to 8 bytes as a Long (the common pid/cgroup-id keys, without formatting), longer ones as hex. */
    private Object key(long keyAddr) {
        if (keySize <= 8 && (keySize & (keySize - 1)) == 0 && keySize > 0) return mem.load(keyAddr, keySize);
        return java.util.HexFormat.of().formatHex(mem.read(keyAddr, keySize));
    }
}
