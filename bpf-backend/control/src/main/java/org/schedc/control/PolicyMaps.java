package org.schedc.control;

import java.nio.file.Path;
import java.util.Optional;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.sys.BpfException;
import org.schedc.bpf.sys.Errno;
import org.schedc.bpf.sys.PinnedMap;

/**
 * Opens a policy's pinned maps and checks them against docs/runtime-abi.md before anything is read or written;
 * bpf(2) failures become {@link PolicyMapException}s with the project's exit codes.
 */
public final class PolicyMaps {
    private PolicyMaps() {
    }

    /** An opened, checked tag map; close it. */
    public record TagMap(PinnedMap map, TagKind kind, TagNames names) implements AutoCloseable {
        @Override
        public void close() {
            map.close();
        }
    }

    /** An opened, checked stats map; close it. */
    public record StatsMap(PinnedMap map, StatsLayout layout) implements AutoCloseable {
        @Override
        public void close() {
            map.close();
        }
    }

    public static TagMap openTags(Path pinRoot, String policy, TagKind kind) throws PolicyMapException {
        Path pin = pinRoot.resolve(kind.mapName(policy));
        PinnedMap map = open(pin, "is policy " + policy + " loaded?");
        try {
            return new TagMap(map, kind, TagMapCheck.check(pin, policy, kind, map.info(), btf(map)));
        } catch (PolicyMapException | RuntimeException e) {
            map.close();
            throw e;
        }
    }

    /** {@code policy} null: any schedc stats map, the policy name taken from its BTF. */
    public static StatsMap openStats(Path pin, String policy) throws PolicyMapException {
        PinnedMap map = open(pin, policy == null ? "" : "is policy " + policy + " loaded?");
        try {
            return new StatsMap(map, StatsMapCheck.check(pin, policy, map.info(), btf(map)));
        } catch (PolicyMapException | RuntimeException e) {
            map.close();
            throw e;
        }
    }

    private static PinnedMap open(Path pin, String hint) throws PolicyMapException {
        try {
            return PinnedMap.open(pin);
        } catch (BpfException e) {
            throw translate(e, e.errno() == Errno.ENOENT && !hint.isEmpty() ? " (" + hint + ")" : "");
        }
    }

    private static Optional<Btf> btf(PinnedMap map) throws PolicyMapException {
        try {
            return map.btf();
        } catch (BpfException e) {
            throw translate(e, "");
        }
    }

    /**
     * A pinned object of the wrong kind (a program, a file outside bpffs) is wrong input (1); a missing pin, a
     * missing privilege and other kernel failures are I/O (2).
     */
    public static PolicyMapException translate(BpfException e, String suffix) {
        boolean wrongObject = e.errno() == 0 || e.errno() == Errno.EINVAL;
        return new PolicyMapException(wrongObject ? PolicyMapException.INPUT : PolicyMapException.IO, e.getMessage() + suffix);
    }
}
