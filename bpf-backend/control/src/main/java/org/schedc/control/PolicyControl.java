package org.schedc.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SequencedMap;
import java.util.Optional;
import org.schedc.bpf.loader.SchedExt;
import org.schedc.bpf.sys.BpfException;
import org.schedc.bpf.sys.BpfFd;
import org.schedc.bpf.sys.Errno;
import org.schedc.bpf.sys.MapTypes;
import org.schedc.bpf.sys.Pidfd;
import org.schedc.bpf.sys.PinnedMap;

/**
 * A running policy seen from user space through its pinned maps (docs/runtime-abi.md): tags, counters, task and
 * CPU state. The runtime under the code {@code schedc gen java} writes; the {@code schedc tag/stats} commands use
 * the same checks. Tag and stats maps are pinned by name whichever loader ran the policy; the state maps only by
 * {@code schedc run} (in its pin directory), so they are opened on first use. Not thread-safe; close it.
 */
public final class PolicyControl implements AutoCloseable {
    /** Where the maps are: by-name pins under {@code pinRoot}, {@code schedc run}'s under {@code pinDir}. */
    public record Pins(Path pinRoot, Path pinDir) {
        public static Pins standard() {
            return new Pins(Path.of("/sys/fs/bpf"), Path.of("/sys/fs/bpf/schedc"));
        }
    }

    /** One tag set from user space: what it labels and the tag's number. */
    public record TagEntry(TagKind kind, long id, long tag) {}

    private final PolicyShape shape;
    private final Pins pins;
    private final Map<TagKind, PolicyMaps.TagMap> tagMaps = new EnumMap<>(TagKind.class);
    private PolicyMaps.StatsMap stats;
    private PinnedMap taskState, cpuState;

    private PolicyControl(PolicyShape shape, Pins pins) {
        this.shape = shape;
        this.pins = pins;
    }

    /**
     * Opens the policy's tag and stats maps and checks them against {@code shape}: same tag numbers, every counter
     * present. A missing pin says whether the policy is loaded; a map of another layout says to generate again.
     */
    public static PolicyControl attach(PolicyShape shape, Pins pins) throws PolicyMapException {
        PolicyName.require(shape.policy());
        PolicyControl c = new PolicyControl(shape, pins);
        try {
            if (!shape.tags().isEmpty()) {
                for (TagKind kind : TagKind.values()) {
                    PolicyMaps.TagMap m = PolicyMaps.openTags(pins.pinRoot(), shape.policy(), kind);
                    c.tagMaps.put(kind, m);
                    requireTags(shape, m.names());
                }
            }
            if (!shape.counters().isEmpty()) {
                c.stats = PolicyMaps.openStats(pins.pinRoot().resolve(shape.policy() + "_stats"), shape.policy());
                for (String counter : shape.counters()) {
                    if (!c.stats.layout().counters().contains(counter)) {
                        throw PolicyMapException.input("the running policy " + shape.policy() + " has no counter '" + counter
                                + "' (its counters: " + String.join(", ", c.stats.layout().counters()) + "); generate the code again");
                    }
                }
            }
            return c;
        } catch (PolicyMapException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static void requireTags(PolicyShape shape, TagNames running) throws PolicyMapException {
        for (Map.Entry<String, Long> t : shape.tags().entrySet()) {
            Long n = running.byName().get(t.getKey());
            if (n == null || n.longValue() != t.getValue()) {
                throw PolicyMapException.input("the running policy " + shape.policy() + " numbers its tags " + running.byName()
                        + ", this code expects " + shape.tags() + "; generate the code again");
            }
        }
    }

    public PolicyShape shape() {
        return shape;
    }

    /** sched_ext's state, and whether this policy is the one enabled. */
    public SchedExt schedExt() {
        return SchedExt.read();
    }

    public boolean enabled() {
        SchedExt s = schedExt();
        return s.enabled() && s.ops().equals(shape.policy());
    }

    /** Sets {@code target}'s tag (replacing any); {@code tag} is a number the shape declares. */
    public void setTag(TagTarget target, long tag) throws PolicyMapException {
        if (!shape.tags().containsValue(tag)) {
            throw PolicyMapException.input("tag number " + tag + " is not one of policy " + shape.policy() + "'s " + shape.tags());
        }
        try {
            tags(target.kind()).map().update(target.key(), TagNames.encode(tag));
        } catch (BpfException e) {
            throw PolicyMaps.translate(e, "");
        }
    }

    /** {@code target}'s tag number, empty when untagged. */
    public OptionalLong tag(TagTarget target) throws PolicyMapException {
        try {
            Optional<byte[]> v = tags(target.kind()).map().lookup(target.key());
            return v.isPresent() ? OptionalLong.of(TagNames.decode(v.get())) : OptionalLong.empty();
        } catch (BpfException e) {
            throw PolicyMaps.translate(e, "");
        }
    }

    /** Untags {@code target}; false when it had no tag. */
    public boolean clearTag(TagTarget target) throws PolicyMapException {
        try {
            return tags(target.kind()).map().delete(target.key());
        } catch (BpfException e) {
            throw PolicyMaps.translate(e, "");
        }
    }

    /** Every tag set in the four maps, by kind then id. */
    public List<TagEntry> tags() throws PolicyMapException {
        var all = new ArrayList<TagEntry>();
        try {
            for (Map.Entry<TagKind, PolicyMaps.TagMap> e : tagMaps.entrySet()) {
                TagKind kind = e.getKey();
                var part = new ArrayList<TagEntry>();
                for (byte[] key : e.getValue().map().keys()) {
                    // a key deleted between next_key and lookup is simply gone
                    e.getValue().map().lookup(key).ifPresent(v -> part.add(new TagEntry(kind, kind.id(key), TagNames.decode(v))));
                }
                part.sort(Comparator.comparingLong(TagEntry::id));
                all.addAll(part);
            }
        } catch (BpfException e) {
            throw PolicyMaps.translate(e, "");
        }
        return all;
    }

    private PolicyMaps.TagMap tags(TagKind kind) throws PolicyMapException {
        PolicyMaps.TagMap m = tagMaps.get(kind);
        if (m == null) throw PolicyMapException.input("policy " + shape.policy() + " declares no tags");
        return m;
    }

    /** Every counter of the running policy, summed over CPUs, in declaration order. */
    public SequencedMap<String, Long> counters() throws PolicyMapException {
        if (stats == null) throw PolicyMapException.input("policy " + shape.policy() + " has no counters");
        try {
            List<byte[]> values = stats.map().lookupPerCpu(new byte[4])
                    .orElseThrow(() -> PolicyMapException.input(stats.map().path() + " has no entry 0"));
            return StatsReader.sum(stats.layout(), values);
        } catch (BpfException e) {
            throw PolicyMaps.translate(e, "");
        }
    }

    /** Task {@code pid}'s state value, empty when the policy has not stored any for it yet. */
    public Optional<byte[]> taskState(long pid) throws PolicyMapException {
        if (pid < 1 || pid > Integer.MAX_VALUE) throw PolicyMapException.input("pid must be between 1 and " + Integer.MAX_VALUE + ", got " + pid);
        PinnedMap m = taskStateMap();
        try (BpfFd pidfd = Pidfd.open((int) pid)) {
            return m.lookup(Values.intKey(pidfd.value())); // task storage: the key is a pidfd
        } catch (BpfException e) {
            if (e.errno() == Errno.ESRCH) throw PolicyMapException.input("no such task " + pid);
            throw PolicyMaps.translate(e, "");
        }
    }

    /** Every possible CPU's state value, in CPU order. */
    public List<byte[]> cpuStates() throws PolicyMapException {
        PinnedMap m = cpuStateMap();
        try {
            return m.lookupPerCpu(new byte[4]).orElseThrow(() -> PolicyMapException.input(m.path() + " has no entry 0"));
        } catch (BpfException e) {
            throw PolicyMaps.translate(e, "");
        }
    }

    private PinnedMap taskStateMap() throws PolicyMapException {
        if (taskState == null) {
            taskState = openState("task_state", MapTypes.TASK_STORAGE, "TASK_STORAGE",
                    shape.taskState().orElseThrow(() -> PolicyMapException.input("policy " + shape.policy() + " declares no task state")));
        }
        return taskState;
    }

    private PinnedMap cpuStateMap() throws PolicyMapException {
        if (cpuState == null) {
            cpuState = openState("cpu_state", MapTypes.PERCPU_ARRAY, "PERCPU_ARRAY",
                    shape.cpuState().orElseThrow(() -> PolicyMapException.input("policy " + shape.policy() + " declares no cpu state")));
        }
        return cpuState;
    }

    private PinnedMap openState(String suffix, int type, String typeName, PolicyShape.StateShape want) throws PolicyMapException {
        Path pin = pins.pinDir().resolve(shape.policy() + "_" + suffix);
        if (!Files.exists(pin)) {
            throw PolicyMapException.io("no " + pin + ": state is readable when the policy was loaded by 'schedc run' (it pins every map"
                    + " in its pin directory; bpftool pins only the tag and stats maps)");
        }
        PinnedMap m;
        try {
            m = PinnedMap.open(pin);
        } catch (BpfException e) {
            throw PolicyMaps.translate(e, "");
        }
        try {
            StateMapCheck.check(pin, type, typeName, want, m.info(), m.btf());
            return m;
        } catch (BpfException e) {
            m.close();
            throw PolicyMaps.translate(e, "");
        } catch (PolicyMapException | RuntimeException e) {
            m.close();
            throw e;
        }
    }

    @Override
    public void close() {
        tagMaps.values().forEach(PolicyMaps.TagMap::close);
        tagMaps.clear();
        if (stats != null) stats.close();
        if (taskState != null) taskState.close();
        if (cpuState != null) cpuState.close();
        stats = null;
        taskState = cpuState = null;
    }
}
