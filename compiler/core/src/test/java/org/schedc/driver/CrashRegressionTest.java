package org.schedc.driver;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.schedc.testing.Compilation;

/**
 * Regression suite: inputs that once crashed the compiler (found by the mutation properties; all fixed), each
 * of which must stay a diagnostic. A new crash gets a case here, and its pattern in testing/KnownCrashes only
 * while it is open.
 */
class CrashRegressionTest {
    private static String policyWith(String item) {
        return "policy t {\n  " + item + "\n  queue q: fifo\n  on enqueue(p, enq_flags) {\n    insert p into q slice 5ms\n  }\n"
                + "  on dispatch(cpu, prev) {\n    move q to local\n  }\n}\n";
    }

    private static void assertRejectedWithoutCrash(String text) {
        Compilation.Outcome o = assertDoesNotThrow(() -> Compilation.compile(text));
        assertFalse(o.succeeded(), o::golden);
        assertTrue(o.codes().stream().allMatch(c -> c.startsWith("E01") || c.startsWith("E02") || c.startsWith("E03")), o::golden);
    }

    @Test
    void globalWithoutType() {
        assertRejectedWithoutCrash(policyWith("var g = 0"));
    }

    @Test
    void functionParameterWithoutType() {
        assertRejectedWithoutCrash(policyWith("fn f(x) { }"));
    }

    @Test
    void functionWithBrokenParameterList() {
        assertRejectedWithoutCrash(policyWith("fn fx: u64) { }"));
    }

    @Test
    void misspeltCallback() {
        assertRejectedWithoutCrash(policyWith("on enqeue(p, enq_flags) { }"));
    }
}
