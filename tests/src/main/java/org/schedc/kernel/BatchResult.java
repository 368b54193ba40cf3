package org.schedc.kernel;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed batch result file (guest blocks plus the host's HOST lines).
 *
 * @param kernel        manifest kernel version the batch booted
 * @param guestRelease  {@code uname -r} inside the guest
 * @param guestBootTime kernel uptime when /init started the batch
 * @param hostWallTime  wall time of qemu, start to exit (null if not recorded)
 * @param hostBootTime  wall time until the first result line (null if never)
 * @param complete      the guest reached the end of the batch
 * @param failure       the host's reason for killing the guest, else null
 */
public record BatchResult(
        String kernel,
        String guestRelease,
        Duration guestBootTime,
        Duration hostWallTime,
        Duration hostBootTime,
        List<ObjectRun> runs,
        boolean complete,
        String failure) {

    public BatchResult {
        runs = List.copyOf(runs);
    }

    /** Verdicts by object name, in batch (sorted) order. */
    public Map<String, ObjectVerdict> verdicts() {
        var map = new LinkedHashMap<String, ObjectVerdict>();
        runs.forEach(r -> map.put(r.verdict().name(), r.verdict()));
        return map;
    }
}
