package org.schedc.bpf.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schedc.bpf.link.MapRef;
import org.schedc.bpf.link.ObjectLoader.MapDef;
import org.schedc.bpf.sys.BpfException;
import org.schedc.bpf.sys.BpfFd;
import org.schedc.bpf.sys.Loading;
import org.schedc.bpf.sys.PinnedMap;

/**
 * Executes a {@link LoadPlan} through bpf(2), in libbpf's order: object BTF, maps (filled, .rodata frozen),
 * programs, the struct_ops map and its value, the link (which registers the scheduler: sched_ext enables it
 * synchronously), then the pins. The pins keep everything alive once this process closes its fds. On any failure
 * every fd it opened is closed and every pin it made removed, so the kernel frees all of it.
 */
public final class Loader {
    /** BPF_F_LINK: a struct_ops map registered through a link; BPF_F_SLEEPABLE; BPF_F_RDONLY_PROG. */
    static final int F_LINK = 0x2000, F_SLEEPABLE = 1 << 4, F_RDONLY_PROG = 0x80;
    static final int PROG_TYPE_STRUCT_OPS = 27, MAP_TYPE_STRUCT_OPS = 26, MAP_TYPE_ARRAY = 2;

    /** Where things go: the link and every map under {@code pinDir}; maps declared pinned by name also in {@code pinRoot}. */
    public record Pins(Path pinDir, Path pinRoot) {}

    /** The registered scheduler: what was pinned where, and how long each phase took (nanoseconds). */
    public record Loaded(String opsName, Path link, List<Path> pins, long planNanos, long loadNanos, List<String> reusedPins) {}

    private final Deque<BpfFd> fds = new ArrayDeque<>();
    private final List<Path> pinned = new ArrayList<>();
    private Path createdDir;
    /** By-name pins that existed and were reused: left as they are on success and on failure. */
    private final java.util.Set<String> reusedByName = new java.util.TreeSet<>();

    private Loader() {}

    public static Loaded load(LoadPlan plan, KernelTarget kernel, Pins pins, long planNanos) throws LoadException {
        Loader l = new Loader();
        long t0 = System.nanoTime();
        try {
            return l.guarded(pins, "", () -> {
                Path link = l.run(plan, kernel, pins);
                return new Loaded(plan.opsName(), link, List.copyOf(l.pinned), planNanos, System.nanoTime() - t0, List.copyOf(l.reusedByName));
            });
        } finally {
            l.closeAll(); // the pins keep what is loaded
        }
    }

    /** The new policy running in place of the old one: the maps it took over, those it started empty, the gap. */
    public record Upgraded(Loaded loaded, List<String> carried, List<String> fresh, long prepareNanos, long gapNanos) {}

    /**
     * Hot upgrade. sched_ext runs one scheduler and cannot swap it in place (its struct_ops update is refused), so:
     * everything of the new object is loaded first while the old policy runs (the kernel verifies every program;
     * any failure leaves the old one untouched), with the old policy's compatible maps handed to the new programs
     * ({@link MapCarryOver}); then the old link's pins go (the kernel disables it), and the new link registers the
     * new policy. The gap is from removing the old pins to sched_ext showing the new policy enabled.
     */
    public static Upgraded upgrade(LoadPlan plan, KernelTarget kernel, Pins pins, boolean freshState) throws LoadException {
        Loader l = new Loader();
        long t0 = System.nanoTime();
        BtfSanitizer btf = BtfSanitizer.of(plan.object());
        try (MapCarryOver carry = MapCarryOver.match(plan, btf, pins, freshState); Closer closer = l::closeAll) {
            Prepared p = l.guarded(pins, "", () -> l.prepare(plan, kernel, carry.fds(), btf));
            long prepared = System.nanoTime();
            String stopped = " (the previous policy was already stopped: the fair class runs every task; 'schedc run' the old object to restore it)";
            return l.guarded(pins, stopped, () -> {
                Stopper.stop(pins);
                SchedExt gone = Stopper.awaitDisabled(SWAP_WAIT_MS);
                if (!gone.state().equals("disabled")) {
                    throw LoadException.io("E0913", "the previous policy did not go away within " + SWAP_WAIT_MS + " ms (sched_ext is " + gone.state() + ")");
                }
                Path link = l.attach(plan, p, pins, pins.pinDir().resolve(plan.ops().name()));
                SchedExt now = SchedExt.awaitEnabled(plan.opsName(), SWAP_WAIT_MS);
                long gap = System.nanoTime() - prepared;
                if (!now.enabled()) throw LoadException.input("E0915", plan.opsName() + " was registered but sched_ext is " + now.state());
                Loaded loaded = new Loaded(plan.opsName(), link, List.copyOf(l.pinned), 0, prepared - t0, List.of());
                return new Upgraded(loaded, carry.carried(), carry.fresh(), prepared - t0, gap);
            });
        }
    }

    static final long SWAP_WAIT_MS = 30_000;

    private interface Step<T> {
        T run() throws LoadException, BpfException, IOException, InterruptedException;
    }

    /** Runs a step; on failure removes every pin made and closes every fd opened, and says {@code suffix} after the message. */
    private <T> T guarded(Pins pins, String suffix, Step<T> step) throws LoadException {
        boolean ok = false;
        try {
            T t = step.run();
            ok = true;
            return t;
        } catch (LoadException e) {
            throw suffix.isEmpty() ? e : new LoadException(e.code(), e.exitCode(), e.getMessage() + suffix, e.verifierLog());
        } catch (BpfException e) {
            throw new LoadException(e.isPermission() ? "E0908" : "E0909", e.isPermission() ? LoadException.IO : LoadException.INPUT, e.getMessage() + suffix, "");
        } catch (IOException e) {
            throw LoadException.io("E0910", "pin directory " + pins.pinDir() + ": " + e.getMessage() + suffix);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LoadException.io("E0910", "interrupted" + suffix);
        } finally {
            if (!ok) {
                unpinAll();
                closeAll();
            }
        }
    }

    private interface Closer extends AutoCloseable {
        @Override
        void close();
    }

    private void closeAll() {
        while (!fds.isEmpty()) fds.pop().close();
    }

    private BpfFd own(BpfFd fd) {
        fds.push(fd);
        return fd;
    }

    private Path run(LoadPlan plan, KernelTarget kernel, Pins pins) throws LoadException, BpfException, IOException {
        Path linkPin = pins.pinDir().resolve(plan.ops().name());
        if (Files.exists(pins.pinDir()) && !isEmptyDir(pins.pinDir())) {
            throw LoadException.io("E0911", "pin directory " + pins.pinDir() + " is not empty (is a policy already running? 'schedc stop' first)");
        }
        BtfSanitizer sanitized = BtfSanitizer.of(plan.object());
        Map<String, BpfFd> reused = reusePinnedByName(plan, pins, sanitized);
        Prepared p = prepare(plan, kernel, reused, sanitized);
        return attach(plan, p, pins, linkPin);
    }

    /**
     * Maps declared pinned by name whose pin already exists are reused, as libbpf does (so tags set for a policy
     * survive its reload): when the pinned map has the same type, sizes, entries, flags and BTF layout
     * ({@link MapCarryOver#incompatibility}); another layout is E0911 naming the map, nothing loaded.
     */
    private Map<String, BpfFd> reusePinnedByName(LoadPlan plan, Pins pins, BtfSanitizer sanitized) throws LoadException {
        Map<String, BpfFd> reused = new HashMap<>();
        org.schedc.bpf.btf.Btf btf = null;
        for (MapDef m : plan.maps()) {
            Path pin = pins.pinRoot().resolve(m.ref().name());
            if (m.pinning() != 1 || !Files.exists(pin)) continue;
            PinnedMap o;
            try {
                o = PinnedMap.open(pin);
            } catch (BpfException e) {
                throw LoadException.io("E0911", "map " + m.ref().name() + " cannot be pinned at " + pin + ": something else is there (" + e.getMessage() + ")");
            }
            own(o.fd());
            try {
                if (btf == null) btf = org.schedc.bpf.btf.BtfReader.read(sanitized.bytes());
            } catch (org.schedc.bpf.btf.BtfFormatException e) {
                throw LoadException.input("E0912", plan.objectName() + ": its BTF is malformed: " + e.getMessage());
            }
            String why = MapCarryOver.incompatibility(o, m, btf);
            if (why != null) {
                throw LoadException.io("E0911", "map " + m.ref().name() + " is already pinned at " + pin + " and cannot be reused: " + why
                        + " (a policy of another version left it, or one is running: 'schedc stop' it or remove the pin)");
            }
            reused.put(m.ref().name(), o.fd());
            reusedByName.add(m.ref().name());
        }
        return reused;
    }

    /** Everything loaded but not registered: the kernel verified every program; nothing is pinned yet. */
    private record Prepared(BtfSanitizer btf, Map<String, BpfFd> maps, BpfFd ops) {}

    /** BTF, maps (those in {@code reused} are the running policy's, kept as they are), programs, the struct_ops value. */
    private Prepared prepare(LoadPlan plan, KernelTarget kernel, Map<String, BpfFd> reused, BtfSanitizer btf) throws LoadException, BpfException {
        BpfFd btfFd;
        try {
            btfFd = own(Loading.loadBtf(btf.bytes()));
        } catch (Loading.LoadFailure f) {
            throw new LoadException(f.isPermission() ? "E0908" : "E0912", f.isPermission() ? LoadException.IO : LoadException.INPUT,
                    plan.objectName() + ": the kernel refused the object's BTF: " + f.getMessage(), f.log());
        }
        Map<String, BpfFd> maps = new HashMap<>();
        Map<String, Integer> mapFds = new HashMap<>();
        for (MapDef m : plan.maps()) {
            BpfFd fd = reused.containsKey(m.ref().name()) ? reused.get(m.ref().name()) : own(createMap(plan, m, btfFd));
            maps.put(m.ref().name(), fd);
            mapFds.put(m.ref().name(), fd.value());
        }
        Map<String, Integer> progFds = new HashMap<>();
        for (LoadPlan.Program p : plan.programs()) {
            ProgramPatcher.Patched patched = ProgramPatcher.patch(p.linked(), kernel.btf(), mapFds, btf);
            var spec = new Loading.ProgSpec(p.linked().symbol(), PROG_TYPE_STRUCT_OPS, patched.insnBytes(), plan.license(),
                    p.linked().sleepable() ? F_SLEEPABLE : 0, p.memberIndex(), btfFd.value(), patched.funcInfo(), patched.lineInfo(), kernel.opsTypeId());
            try {
                progFds.put(p.linked().symbol(), own(Loading.loadProgram(spec)).value());
            } catch (Loading.LoadFailure f) {
                throw VerifierLog.rejection(plan.objectName(), p, f);
            }
        }
        BpfFd ops = own(Loading.createMap(new Loading.MapSpec(plan.ops().name(), MAP_TYPE_STRUCT_OPS, 4, kernel.valueSize(), 1, F_LINK,
                btfFd.value(), 0, 0, kernel.valueTypeId(), 0)));
        Loading.update(ops, new byte[4], plan.value().withFds(progFds), 0, "struct_ops map " + plan.ops().name());
        return new Prepared(btf, maps, ops);
    }

    /** Creates the link (sched_ext enables the policy) and pins the link and the maps. */
    private Path attach(LoadPlan plan, Prepared p, Pins pins, Path linkPin) throws LoadException, BpfException, IOException {
        BpfFd ops = p.ops();
        Map<String, BpfFd> maps = p.maps();
        BpfFd link;
        try {
            link = own(Loading.linkStructOps(ops, "struct_ops " + plan.ops().name()));
        } catch (BpfException e) {
            throw new LoadException("E0913", e.errno() == 17 ? LoadException.IO : LoadException.INPUT, "sched_ext refused to enable "
                    + plan.opsName() + ": " + e.getMessage() + (e.errno() == 17 ? " (another scheduler is already enabled)" : "")
                    + " (the kernel log, dmesg, says why)", "");
        }
        if (!Files.exists(pins.pinDir())) createdDir = Files.createDirectories(pins.pinDir());
        pin(link, linkPin);
        for (MapDef m : plan.maps()) {
            pin(maps.get(m.ref().name()), pins.pinDir().resolve(mapName(plan, m).replace('.', '_'))); // bpffs refuses '.' in names
            if (m.pinning() == 1 && !reusedByName.contains(m.ref().name())) pin(maps.get(m.ref().name()), pins.pinRoot().resolve(m.ref().name()));
        }
        return linkPin;
    }

    private BpfFd createMap(LoadPlan plan, MapDef m, BpfFd btfFd) throws BpfException {
        MapRef r = m.ref();
        if (m.initial() == null) {
            boolean btfTypes = m.keyTypeId() != 0 || m.valueTypeId() != 0;
            return Loading.createMap(new Loading.MapSpec(r.name(), r.type(), r.keySize(), (int) r.valueSize(), (int) r.maxEntries(), (int) m.flags(),
                    btfTypes ? btfFd.value() : 0, m.keyTypeId(), m.valueTypeId(), 0, m.mapExtra()));
        }
        BpfFd fd = Loading.createMap(new Loading.MapSpec(mapName(plan, m), MAP_TYPE_ARRAY, 4, (int) r.valueSize(), 1, (int) m.flags(),
                m.valueTypeId() != 0 ? btfFd.value() : 0, 0, m.valueTypeId(), 0, 0));
        try {
            Loading.update(fd, new byte[4], m.initial(), 0, "map " + r.name());
            if ((m.flags() & F_RDONLY_PROG) != 0) Loading.freeze(fd, "map " + r.name());
        } catch (BpfException e) {
            fd.close();
            throw e;
        }
        return fd;
    }

    /** A global-data map is named as libbpf names it: up to 8 characters of the object's name, then the section. */
    static String mapName(LoadPlan plan, MapDef m) {
        if (m.initial() == null) return m.ref().name();
        String obj = plan.objectName().replaceAll("\\.bpf\\.o$|\\.o$", "").replaceAll("[^A-Za-z0-9_]", "_");
        String n = obj.substring(0, Math.min(8, obj.length())) + m.ref().name();
        return n.substring(0, Math.min(15, n.length()));
    }

    private void pin(BpfFd fd, Path at) throws BpfException {
        Loading.pin(fd, at);
        pinned.add(at);
    }

    private void unpinAll() {
        for (Path p : pinned.reversed()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the pin is on bpffs and ours: deleting cannot fail unless it already went
            }
        }
        if (createdDir != null) {
            try {
                Files.deleteIfExists(createdDir);
            } catch (IOException ignored) {
                // not empty: something else was put there meanwhile; leave it
            }
        }
    }

    private static boolean isEmptyDir(Path d) throws IOException {
        if (!Files.isDirectory(d)) throw new IOException("exists and is not a directory");
        try (var s = Files.list(d)) {
            return s.findAny().isEmpty();
        }
    }
}
