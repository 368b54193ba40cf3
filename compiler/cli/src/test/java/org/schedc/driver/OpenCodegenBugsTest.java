package org.schedc.driver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schedc.diag.Diagnostic;
import org.schedc.testing.Compilation;

/**
 * Open code-generation bugs (owner: lowering/IR), one disabled test each stating the correct behaviour,
 * counted under tag {@code open-bug}. The random properties skip inputs that hit one ({@link #isKnownRefusal}),
 * with a statistics line, so that they keep hunting new ones. When fixed: enable the test, delete its
 * pattern, and replace the refused policy of cli/AsmOnRefusalTest (which relies on this bug) with another.
 */

public class OpenCodegenBugsTest {
    /** Issue 14 item 2: a handler argument re-read from the context after its null check. */
    static final String LOST_NULL_CHECK = "invalid mem access 'trusted_ptr_or_null_'";

    /** The smallest policy showing it: verifier-sim refuses dispatch. */
    public static final String LOST_NULL_CHECK_POLICY = """
            policy nul {
              tags offline, online
              queue main: fifo

              on enqueue(p, enq_flags) {
                insert p into main slice 5ms
              }

              on dispatch(cpu, prev) {
                if prev != null {
                  let k = prev.tag != offline
                  if k and (prev.scx.flags & 1) != 0 {
                    move main to local
                  }
                }
                move main to local
              }
            }
            """;

    /** A verifier-sim refusal (E0701) caused by an open bug listed here. */
    public static boolean isKnownRefusal(Diagnostic d) {
        return d.code().equals("E0701") && d.message().contains(LOST_NULL_CHECK);
    }

    @Test
    void aNullCheckedArgumentStaysCheckedAfterATagRead() {
        Compilation.Outcome o = Compilation.compile("nul.sched", LOST_NULL_CHECK_POLICY, List.of());
        assertTrue(o.succeeded(), o::golden);
    }
}
