package org.schedc.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Numeric ids: exactly the u32 range is accepted (pids from 1), whatever the number. */
class TagTargetIdsPropertiesTest {
    private final TagTargets targets = new TagTargets(Path.of("/nonexistent/proc"), Path.of("/nonexistent/cgroup"));

    @Property
    void idsOutsideU32AreRejected(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long id) {
        boolean validUid = id >= 0 && id <= 0xffff_ffffL;
        try {
            assertEquals(id, targets.uid(id).id());
            assertTrue(validUid);
        } catch (PolicyMapException e) {
            assertTrue(!validUid, e.getMessage());
            assertEquals(PolicyMapException.INPUT, e.exitCode());
        }
        boolean validPid = id >= 1 && id <= 0xffff_ffffL;
        try {
            targets.pid(id, false);
            assertTrue(validPid);
        } catch (PolicyMapException e) {
            assertTrue(!validPid, e.getMessage());
        }
    }
}
