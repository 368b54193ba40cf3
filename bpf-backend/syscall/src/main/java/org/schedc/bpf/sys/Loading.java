package org.schedc.bpf.sys;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The bpf(2) commands that create objects: BTF, maps, programs, links, pins. Each returns an owned {@link BpfFd};
 * the verifier's (or BTF checker's) log comes back in {@link LoadFailure}. Attr offsets are the uapi's (see
 * BpfAttrLayoutTest).
 */
public final class Loading {
    /** Log bytes asked for on a retry after a failed load: the kernel needs room for the whole log (ENOSPC otherwise). */
    public static final int LOG_BYTES = 16 << 20;

    private Loading() {}

    /** A failed BTF or program load with the kernel's log (empty when none was asked for). */
    public static final class LoadFailure extends Exception {
        private final BpfException cause;
        private final String log;

        public LoadFailure(BpfException cause, String log) {
            super(cause.getMessage(), cause);
            this.cause = cause;
            this.log = log;
        }

        public int errno() { return cause.errno(); }

        /**
         * A missing privilege: EPERM only. The verifier refuses a program with EACCES (or EINVAL), which is a
         * verdict on the program, not on the caller.
         */
        public boolean isPermission() { return cause.errno() == Errno.EPERM; }

        public String log() { return log; }
    }

    /** BPF_BTF_LOAD; the log is read only when the load fails (a second call with a log buffer). */
    public static BpfFd loadBtf(byte[] btf) throws LoadFailure {
        try {
            return new BpfFd(btfLoad(btf, 0, null));
        } catch (BpfException first) {
            if (first.errno() == Errno.EPERM) throw new LoadFailure(first, "");
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment log = arena.allocate(LOG_BYTES);
                try {
                    return new BpfFd(btfLoad(btf, 1, log));
                } catch (BpfException e) {
                    throw new LoadFailure(e, cString(log));
                }
            }
        }
    }

    private static int btfLoad(byte[] btf, int level, MemorySegment log) throws BpfException {
        try (Arena arena = Arena.ofConfined()) {
            return BpfSyscall.call(BpfCommand.BTF_LOAD, btfLoadAttr(arena, btf, level, log), "(" + btf.length + " bytes of BTF)");
        }
    }

    static MemorySegment btfLoadAttr(Arena arena, byte[] btf, int level, MemorySegment log) {
        MemorySegment data = arena.allocateFrom(JAVA_BYTE, btf);
        MemorySegment a = BpfAttr.zeroed(arena);
        a.set(JAVA_LONG, 0, data.address());
        a.set(JAVA_INT, 16, btf.length);
        if (log != null) {
            a.set(JAVA_LONG, 8, log.address());
            a.set(JAVA_INT, 20, Math.toIntExact(log.byteSize()));
            a.set(JAVA_INT, 24, level);
        }
        return a;
    }

    /** What BPF_MAP_CREATE needs; {@code name} is cut to 15 bytes (BPF_OBJ_NAME_LEN). */
    public record MapSpec(String name, int type, int keySize, int valueSize, int maxEntries, int flags, int btfFd,
            int btfKeyTypeId, int btfValueTypeId, int vmlinuxValueTypeId, long mapExtra) {}

    public static BpfFd createMap(MapSpec m) throws BpfException {
        try (Arena arena = Arena.ofConfined()) {
            return new BpfFd(BpfSyscall.call(BpfCommand.MAP_CREATE, mapCreateAttr(arena, m), "of map " + m.name()));
        }
    }

    static MemorySegment mapCreateAttr(Arena arena, MapSpec m) {
        {
            MemorySegment a = BpfAttr.zeroed(arena);
            a.set(JAVA_INT, 0, m.type());
            a.set(JAVA_INT, 4, m.keySize());
            a.set(JAVA_INT, 8, m.valueSize());
            a.set(JAVA_INT, 12, m.maxEntries());
            a.set(JAVA_INT, 16, m.flags());
            putName(a, 28, m.name());
            a.set(JAVA_INT, 48, m.btfFd());
            a.set(JAVA_INT, 52, m.btfKeyTypeId());
            a.set(JAVA_INT, 56, m.btfValueTypeId());
            a.set(JAVA_INT, 60, m.vmlinuxValueTypeId());
            a.set(JAVA_LONG, 64, m.mapExtra());
            return a;
        }
    }

    /** What BPF_PROG_LOAD needs: raw instructions, func_info (8-byte records) and line_info (16-byte records). */
    public record ProgSpec(String name, int type, byte[] insns, String license, int flags, int expectedAttachType,
            int btfFd, byte[] funcInfo, byte[] lineInfo, int attachBtfId) {}

    /** BPF_PROG_LOAD; on failure it loads again with a log (as libbpf does) so the error carries the verifier's log. */
    public static BpfFd loadProgram(ProgSpec p) throws LoadFailure {
        try {
            return new BpfFd(progLoad(p, 0, null));
        } catch (BpfException first) {
            if (first.errno() == Errno.EPERM) throw new LoadFailure(first, "");
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment log = arena.allocate(LOG_BYTES);
                try {
                    return new BpfFd(progLoad(p, 1, log)); // a transient failure: the retry's program serves
                } catch (BpfException e) {
                    throw new LoadFailure(e, cString(log));
                }
            }
        }
    }

    private static int progLoad(ProgSpec p, int level, MemorySegment log) throws BpfException {
        try (Arena arena = Arena.ofConfined()) {
            return BpfSyscall.call(BpfCommand.PROG_LOAD, progLoadAttr(arena, p, level, log), "of program " + p.name());
        }
    }

    static MemorySegment progLoadAttr(Arena arena, ProgSpec p, int level, MemorySegment log) {
        {
            MemorySegment insns = arena.allocateFrom(JAVA_BYTE, p.insns());
            MemorySegment license = arena.allocateFrom(p.license());
            MemorySegment a = BpfAttr.zeroed(arena);
            a.set(JAVA_INT, 0, p.type());
            a.set(JAVA_INT, 4, p.insns().length / 8);
            a.set(JAVA_LONG, 8, insns.address());
            a.set(JAVA_LONG, 16, license.address());
            if (log != null) {
                a.set(JAVA_INT, 24, level);
                a.set(JAVA_INT, 28, Math.toIntExact(log.byteSize()));
                a.set(JAVA_LONG, 32, log.address());
            }
            a.set(JAVA_INT, 44, p.flags());
            putName(a, 48, p.name());
            a.set(JAVA_INT, 68, p.expectedAttachType());
            a.set(JAVA_INT, 72, p.btfFd());
            if (p.funcInfo().length > 0) {
                a.set(JAVA_INT, 76, 8);
                a.set(JAVA_LONG, 80, arena.allocateFrom(JAVA_BYTE, p.funcInfo()).address());
                a.set(JAVA_INT, 88, p.funcInfo().length / 8);
            }
            if (p.lineInfo().length > 0) {
                a.set(JAVA_INT, 92, 16);
                a.set(JAVA_LONG, 96, arena.allocateFrom(JAVA_BYTE, p.lineInfo()).address());
                a.set(JAVA_INT, 104, p.lineInfo().length / 16);
            }
            a.set(JAVA_INT, 108, p.attachBtfId());
            return a;
        }
    }

    /** BPF_MAP_UPDATE_ELEM with raw key and value bytes. */
    public static void update(BpfFd map, byte[] key, byte[] value, long flags, String what) throws BpfException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment k = arena.allocateFrom(JAVA_BYTE, key);
            MemorySegment v = arena.allocateFrom(JAVA_BYTE, value);
            BpfSyscall.call(BpfCommand.MAP_UPDATE_ELEM, BpfAttr.mapElem(arena, map.value(), k, v, flags), "on " + what);
        }
    }

    public static void freeze(BpfFd map, String what) throws BpfException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = BpfAttr.zeroed(arena);
            a.set(JAVA_INT, 0, map.value());
            BpfSyscall.call(BpfCommand.MAP_FREEZE, a, "of " + what);
        }
    }

    /** BPF_LINK_CREATE of a struct_ops map (created with BPF_F_LINK): this registers the struct_ops with the kernel. */
    public static BpfFd linkStructOps(BpfFd structOpsMap, String what) throws BpfException {
        try (Arena arena = Arena.ofConfined()) {
            return new BpfFd(BpfSyscall.call(BpfCommand.LINK_CREATE, linkCreateAttr(arena, structOpsMap.value()), "of " + what));
        }
    }

    static MemorySegment linkCreateAttr(Arena arena, int mapFd) {
        MemorySegment a = BpfAttr.zeroed(arena);
        a.set(JAVA_INT, 0, mapFd); // link_create.map_fd shares offset 0 with prog_fd
        a.set(JAVA_INT, 8, BPF_STRUCT_OPS_ATTACH);
        return a;
    }

    /** enum bpf_attach_type BPF_STRUCT_OPS. */
    public static final int BPF_STRUCT_OPS_ATTACH = 44;

    public static void pin(BpfFd fd, Path path) throws BpfException {
        try (Arena arena = Arena.ofConfined()) {
            BpfSyscall.call(BpfCommand.OBJ_PIN, pinAttr(arena, arena.allocateFrom(path.toString()), fd.value()), "at " + path);
        }
    }

    static MemorySegment pinAttr(Arena arena, MemorySegment cPath, int fd) {
        MemorySegment a = BpfAttr.zeroed(arena);
        a.set(JAVA_LONG, 0, cPath.address());
        a.set(JAVA_INT, 8, fd);
        return a;
    }

    private static void putName(MemorySegment a, long at, String name) {
        byte[] b = name.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < Math.min(15, b.length); i++) a.set(JAVA_BYTE, at + i, b[i]);
    }

    private static String cString(MemorySegment log) {
        long n = 0;
        while (n < log.byteSize() && log.get(JAVA_BYTE, n) != 0) n++;
        return new String(log.asSlice(0, n).toArray(JAVA_BYTE), StandardCharsets.UTF_8);
    }
}
