package org.schedc.bpf.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfEquivalence;
import org.schedc.bpf.btf.BtfFormatException;
import org.schedc.bpf.btf.BtfReader;
import org.schedc.bpf.link.ObjectLoader.MapDef;
import org.schedc.bpf.sys.BpfException;
import org.schedc.bpf.sys.BpfFd;
import org.schedc.bpf.sys.MapInfo;
import org.schedc.bpf.sys.PinnedMap;

/**
 * Which maps of the running policy (pinned in the pin directory) a new object takes over in a hot upgrade: a map
 * of the new object is carried over when the running policy has a map of the same name (global data: the same
 * section) with the same type, key and value sizes, entries and flags, and a BTF key/value type of the same layout
 * and names ({@link BtfEquivalence}). Read-only data is the new object's own. A same-named map with another layout
 * is an error naming the map (E0918), or starts empty with {@code freshState}. Holds the carried maps open.
 */
final class MapCarryOver implements AutoCloseable {
    private final List<PinnedMap> open = new ArrayList<>();
    private final Map<String, BpfFd> fds = new HashMap<>();
    private final List<String> carried = new ArrayList<>(), fresh = new ArrayList<>();
    /** The running policy's maps by pin file name, and by kernel name (15 characters: not unique for long names). */
    private final Map<String, PinnedMap> byPin = new HashMap<>(), byKernelName = new HashMap<>();

    private MapCarryOver() {}

    static MapCarryOver match(LoadPlan plan, BtfSanitizer newBtf, Loader.Pins pins, boolean freshState) throws LoadException {
        if (!Files.isDirectory(pins.pinDir())) {
            throw LoadException.io("E0917", "nothing to upgrade: " + pins.pinDir() + " does not exist (start a policy with 'schedc run')");
        }
        MapCarryOver c = new MapCarryOver();
        try {
            Btf btf = BtfReader.read(newBtf.bytes());
            c.openMaps(pins.pinDir());
            for (MapDef m : plan.maps()) {
                String label = m.ref().name();
                if ((m.flags() & Loader.F_RDONLY_PROG) != 0) continue; // the new object's constants
                PinnedMap o = c.find(m);
                if (o == null) {
                    c.fresh.add(label);
                    continue;
                }
                String why = incompatibility(o, m, btf);
                if (why == null) {
                    c.fds.put(m.ref().name(), o.fd());
                    c.carried.add(label);
                } else if (freshState) {
                    c.fresh.add(label + " (" + why + ")");
                } else {
                    throw LoadException.input("E0918", "map " + label + " of the running policy cannot be carried over: " + why
                            + "; 'schedc upgrade --fresh-state' starts it empty");
                }
            }
            return c;
        } catch (BtfFormatException e) {
            c.close();
            throw LoadException.input("E0912", plan.objectName() + ": its BTF is malformed: " + e.getMessage());
        } catch (LoadException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    Map<String, BpfFd> fds() { return fds; }
    List<String> carried() { return List.copyOf(carried); }
    List<String> fresh() { return List.copyOf(fresh); }

    /** Opens the maps pinned in {@code dir} (the link and anything not a map are skipped). */
    private void openMaps(Path dir) throws LoadException {
        try (var s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                try {
                    PinnedMap m = PinnedMap.open(p);
                    open.add(m);
                    byPin.put(p.getFileName().toString(), m);
                    byKernelName.putIfAbsent(m.info().name(), m);
                } catch (BpfException notAMap) {
                    // the link
                }
            }
        } catch (IOException e) {
            throw LoadException.io("E0910", "cannot list " + dir + ": " + e.getMessage());
        }
    }

    /**
     * The running map standing for {@code m}: a BTF-defined map by its pin (the loader pins it under its own name);
     * global data by section, from the kernel name ("obj.bss": the prefix is the object's, which may differ).
     */
    private PinnedMap find(MapDef m) {
        if (m.initial() == null) return byPin.get(m.ref().name().replace('.', '_'));
        PinnedMap only = null;
        for (var e : byKernelName.entrySet()) {
            if (!e.getKey().endsWith(m.ref().name())) continue;
            if (only != null) return null; // two candidates: do not guess
            only = e.getValue();
        }
        return only;
    }

    /** Why {@code m} cannot use the existing map {@code o}, or null when it can. */
    static String incompatibility(PinnedMap o, MapDef m, Btf btf) throws LoadException {
        MapInfo i = o.info();
        boolean data = m.initial() != null;
        int type = data ? Loader.MAP_TYPE_ARRAY : m.ref().type(), key = data ? 4 : m.ref().keySize();
        long value = m.ref().valueSize(), entries = data ? 1 : m.ref().maxEntries();
        if (i.type() != type) return "it is a " + i.typeName() + " map, the new object's is type " + type;
        if (i.keySize() != key || i.valueSize() != value) {
            return "key/value sizes " + i.keySize() + "/" + i.valueSize() + " became " + key + "/" + value;
        }
        if (i.maxEntries() != entries) return "max_entries " + i.maxEntries() + " became " + entries;
        if (i.flags() != (int) m.flags()) return "map flags 0x" + Integer.toHexString(i.flags()) + " became 0x" + Long.toHexString(m.flags());
        if (m.valueTypeId() == 0 && m.keyTypeId() == 0) return null;
        Optional<Btf> oldBtf;
        try {
            oldBtf = o.btf();
        } catch (BpfException e) {
            throw LoadException.io("E0909", "map " + m.ref().name() + ": " + e.getMessage());
        }
        if (oldBtf.isEmpty()) return "the running map has no BTF to compare its layout with";
        if (m.valueTypeId() != 0 && !BtfEquivalence.same(oldBtf.get(), i.btfValueTypeId(), btf, m.valueTypeId())) {
            return "its value type changed (" + describe(oldBtf.get(), i.btfValueTypeId()) + " became " + btf.describe(m.valueTypeId()) + ")";
        }
        if (m.keyTypeId() != 0 && !BtfEquivalence.same(oldBtf.get(), i.btfKeyTypeId(), btf, m.keyTypeId())) {
            return "its key type changed (" + describe(oldBtf.get(), i.btfKeyTypeId()) + " became " + btf.describe(m.keyTypeId()) + ")";
        }
        return null;
    }

    private static String describe(Btf btf, int id) {
        return id == 0 ? "none" : btf.describe(id);
    }

    @Override
    public void close() {
        for (PinnedMap m : open) m.close();
        open.clear();
    }
}
