package org.schedc.bpf.sys;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfFormatException;
import org.schedc.bpf.btf.BtfReader;

/**
 * A map opened by its bpffs pin path. Keys and values are raw little-endian bytes of exactly the map's key and
 * value size; per-CPU maps read and write one value per possible CPU. Close it to release the fd.
 */
public final class PinnedMap implements AutoCloseable {
    private static final int MAX_BTF_BYTES = 64 << 20;

    private final Path path;
    private final BpfFd fd;
    private final MapInfo info;

    private PinnedMap(Path path, BpfFd fd, MapInfo info) {
        this.path = path;
        this.fd = fd;
        this.info = info;
    }

    /**
     * Opens {@code pin} with BPF_OBJ_GET and reads its map info. A missing path, an object that is not a map and a
     * missing privilege are distinct messages; the fd is closed on every failure.
     */
    public static PinnedMap open(Path pin) throws BpfException {
        int raw;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cPath = arena.allocateFrom(pin.toString());
            try {
                raw = BpfSyscall.call(BpfCommand.OBJ_GET, BpfAttr.objGet(arena, cPath), pin.toString());
            } catch (BpfException e) {
                throw switch (e.errno()) {
                    case Errno.ENOENT -> new BpfException(e.errno(), "no such pinned object: " + pin);
                    case Errno.ENOTDIR -> new BpfException(e.errno(), "no such pinned object: " + pin + " (a path component is not a directory)");
                    case Errno.EINVAL -> new BpfException(e.errno(), pin + " is not a pinned BPF object (not on a bpf file system?)");
                    default -> e;
                };
            }
        }
        BpfFd fd = new BpfFd(raw);
        try {
            PinnedObjectKind kind = kindOf(raw);
            if (kind != PinnedObjectKind.MAP) {
                throw new BpfException(0, pin + " is " + kind.label() + ", not a map");
            }
            return new PinnedMap(pin, fd, readInfo(raw, pin));
        } catch (BpfException | RuntimeException e) {
            fd.close();
            throw e;
        }
    }

    private static PinnedObjectKind kindOf(int fd) throws BpfException {
        Path fdinfo = Path.of("/proc/self/fdinfo/" + fd);
        try {
            return PinnedObjectKind.fromFdinfo(Files.readAllLines(fdinfo));
        } catch (IOException e) {
            throw new BpfException(0, "cannot read " + fdinfo + " (is /proc mounted?): " + e.getMessage());
        }
    }

    private static MapInfo readInfo(int fd, Path pin) throws BpfException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment info = arena.allocate(MapInfo.STRUCT_SIZE, 8);
            BpfSyscall.call(BpfCommand.OBJ_GET_INFO_BY_FD, BpfAttr.infoByFd(arena, fd, info), "map info of " + pin);
            return MapInfo.decode(info);
        }
    }

    public Path path() {
        return path;
    }

    /** The open map, valid until {@link #close()}: e.g. to hand the same map to programs being loaded. */
    public BpfFd fd() {
        return fd;
    }

    public MapInfo info() {
        return info;
    }

    /** The raw BTF the map was created with (BPF_BTF_GET_FD_BY_ID + BPF_OBJ_GET_INFO_BY_FD); empty when it has none. */
    public Optional<byte[]> rawBtf() throws BpfException {
        if (info.btfId() == 0) {
            return Optional.empty();
        }
        try (Arena arena = Arena.ofConfined();
             BpfFd btf = new BpfFd(BpfSyscall.call(BpfCommand.BTF_GET_FD_BY_ID,
                     BpfAttr.btfGetFdById(arena, info.btfId()), "BTF id " + info.btfId() + " of " + path))) {
            // First call learns the size, second fetches the bytes.
            MemorySegment btfInfo = arena.allocate(BtfInfo.STRUCT_SIZE, 8);
            BpfSyscall.call(BpfCommand.OBJ_GET_INFO_BY_FD, BpfAttr.infoByFd(arena, btf.value(), btfInfo), "BTF info of " + path);
            int size = btfInfo.get(JAVA_INT, BtfInfo.BTF_SIZE);
            if (size <= 0 || size > MAX_BTF_BYTES) {
                throw new BpfException(0, "BTF of " + path + " has an implausible size " + size);
            }
            MemorySegment bytes = arena.allocate(size, 8);
            btfInfo.fill((byte) 0);
            btfInfo.set(JAVA_LONG, BtfInfo.BTF_PTR, bytes.address());
            btfInfo.set(JAVA_INT, BtfInfo.BTF_SIZE, size);
            BpfSyscall.call(BpfCommand.OBJ_GET_INFO_BY_FD, BpfAttr.infoByFd(arena, btf.value(), btfInfo), "BTF of " + path);
            return Optional.of(bytes.toArray(JAVA_BYTE));
        }
    }

    /** The map's BTF parsed, empty when it has none; malformed BTF is a BpfException naming the map. */
    public Optional<Btf> btf() throws BpfException {
        Optional<byte[]> raw = rawBtf();
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BtfReader.read(raw.get()));
        } catch (BtfFormatException e) {
            throw new BpfException(0, "BTF of " + path + " is malformed: " + e.getMessage());
        }
    }

    /** Bytes a lookup/update value buffer needs: the value size, or one 8-aligned slot per possible CPU. */
    public int valueBufferSize(int possibleCpus) {
        return info.perCpu() ? PossibleCpus.slotSize(info.valueSize()) * possibleCpus : info.valueSize();
    }

    /** The value for {@code key}, empty when absent. For per-CPU maps use {@link #lookupPerCpu}. */
    public Optional<byte[]> lookup(byte[] key) throws BpfException {
        requireNotPerCpu("lookup");
        return lookupRaw(key, info.valueSize());
    }

    /** One value per possible CPU (CPU order), empty when the key is absent. */
    public Optional<List<byte[]>> lookupPerCpu(byte[] key) throws BpfException {
        if (!info.perCpu()) {
            throw new IllegalStateException(path + " is not a per-CPU map");
        }
        int cpus = PossibleCpus.count();
        int slot = PossibleCpus.slotSize(info.valueSize());
        Optional<byte[]> all = lookupRaw(key, slot * cpus);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        var values = new ArrayList<byte[]>(cpus);
        for (int c = 0; c < cpus; c++) {
            byte[] v = new byte[info.valueSize()];
            System.arraycopy(all.get(), c * slot, v, 0, v.length);
            values.add(v);
        }
        return Optional.of(values);
    }

    private Optional<byte[]> lookupRaw(byte[] key, int valueBytes) throws BpfException {
        requireKey(key);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment k = arena.allocateFrom(JAVA_BYTE, key);
            MemorySegment v = arena.allocate(valueBytes, 8);
            try {
                BpfSyscall.call(BpfCommand.MAP_LOOKUP_ELEM, BpfAttr.mapElem(arena, fd.value(), k, v, 0), "on " + path);
            } catch (BpfException e) {
                if (e.errno() == Errno.ENOENT) {
                    return Optional.empty();
                }
                throw e;
            }
            return Optional.of(v.toArray(JAVA_BYTE));
        }
    }

    /** Creates or replaces {@code key}'s value (BPF_ANY). */
    public void update(byte[] key, byte[] value) throws BpfException {
        requireNotPerCpu("update");
        requireKey(key);
        if (value.length != info.valueSize()) {
            throw new IllegalArgumentException("value of " + value.length + " bytes for a map with " + info.valueSize() + "-byte values");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment k = arena.allocateFrom(JAVA_BYTE, key);
            MemorySegment v = arena.allocateFrom(JAVA_BYTE, value);
            BpfSyscall.call(BpfCommand.MAP_UPDATE_ELEM, BpfAttr.mapElem(arena, fd.value(), k, v, BpfAttr.BPF_ANY), "on " + path);
        }
    }

    /** Deletes {@code key}; false when it was not there. */
    public boolean delete(byte[] key) throws BpfException {
        requireKey(key);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment k = arena.allocateFrom(JAVA_BYTE, key);
            BpfSyscall.call(BpfCommand.MAP_DELETE_ELEM, BpfAttr.mapElem(arena, fd.value(), k, MemorySegment.NULL, 0), "on " + path);
            return true;
        } catch (BpfException e) {
            if (e.errno() == Errno.ENOENT) {
                return false;
            }
            throw e;
        }
    }

    /** The key after {@code key} (null: the first key); empty at the end. */
    public Optional<byte[]> nextKey(byte[] key) throws BpfException {
        if (key != null) {
            requireKey(key);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment k = key == null ? MemorySegment.NULL : arena.allocateFrom(JAVA_BYTE, key);
            MemorySegment next = arena.allocate(info.keySize(), 8);
            try {
                BpfSyscall.call(BpfCommand.MAP_GET_NEXT_KEY, BpfAttr.mapElem(arena, fd.value(), k, next, 0), "on " + path);
            } catch (BpfException e) {
                if (e.errno() == Errno.ENOENT) {
                    return Optional.empty();
                }
                throw e;
            }
            return Optional.of(next.toArray(JAVA_BYTE));
        }
    }

    /**
     * Every key, bounded by max_entries + 1 steps (a hash map being changed concurrently can restart iteration; the
     * bound keeps that from looping forever).
     */
    public List<byte[]> keys() throws BpfException {
        var keys = new ArrayList<byte[]>();
        byte[] k = null;
        long bound = (long) info.maxEntries() + 1;
        for (long i = 0; i < bound; i++) {
            Optional<byte[]> next = nextKey(k);
            if (next.isEmpty()) {
                break;
            }
            k = next.get();
            keys.add(k);
        }
        return keys;
    }

    private void requireKey(byte[] key) {
        if (key.length != info.keySize()) {
            throw new IllegalArgumentException("key of " + key.length + " bytes for a map with " + info.keySize() + "-byte keys");
        }
    }

    private void requireNotPerCpu(String op) {
        if (info.perCpu()) {
            throw new IllegalStateException(op + " on per-CPU map " + path + " needs the per-CPU variant");
        }
    }

    @Override
    public void close() {
        fd.close();
    }
}
