package org.schedc.driver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schedc.testing.Compilation;

/**
 * Regression suite for code generation the compiler once got wrong (all fixed), each test stating the correct
 * behaviour. Property tests over generated and mutated policies hunt for new ones.
 */
public class CodegenRegressionTest {
    /** Issue 14 item 2: a handler argument was re-read from the context after its null check, losing the check. */
    static final String LOST_NULL_CHECK_POLICY = """
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

    @Test
    void aNullCheckedArgumentStaysCheckedAfterATagRead() {
        Compilation.Outcome o = Compilation.compile("nul.sched", LOST_NULL_CHECK_POLICY, List.of());
        assertTrue(o.succeeded(), o::golden);
    }

    /**
     * Every map key, kfunc out-parameter and spill had a stack slot of its own, so a handler with many state
     * reads ran out of BPF's 512 bytes (E0502) although one key is live at a time; slots now share bytes.
     */
    @Test
    void manyStateAccessesFitTheStack() {
        String body = "    this_cpu.busy += cpu_state(task_cpu(p)).busy\n".repeat(100);
        Compilation.Outcome o = Compilation.compile("many.sched", "policy many {\n  queue q: fifo\n  cpu state { busy: u64 }\n"
                + "  on enqueue(p, enq_flags) {\n" + body + "    insert p into q slice 5ms\n  }\n"
                + "  on dispatch(cpu, prev) {\n    move q to local\n  }\n}\n", List.of());
        assertTrue(o.succeeded(), o::golden);
    }

    /**
     * A tag cached per invocation and tested on every loop iteration made the verifier track each tag value
     * apart: this nest (from a generated policy) went from 11,029 processed instructions to the 1M limit (E0702).
     */
    @Test
    void aTagReadInALoopNestStaysWithinTheVerifierLimit() {
        Compilation.Outcome o = Compilation.compile("loop.sched", """
                policy loop {
                  const K0 = 234
                  const K2: s32 = 73
                  queue q: fifo
                  queue vq: vtime
                  var g0: u64 = 613674
                  var g1: s32 = -76
                  var g2: u8
                  cpu state { busy: u64, runs: u32 }
                  tags ta, tb
                  on enqueue(p, enq_flags) { insert p into q slice 5ms }
                  on dispatch(cpu, prev) { move q to local }
                  on enable(p) {
                    for i in 1..7 {
                      for j in 0..4 {
                        if ((((g0 as s64) - K0) << 47) > (((g1 as u64) % K0) as s64)) { g1 |= (-2147483647) }
                        match (g0 as s32) {
                          K2 => { g2 >>= 3  g0 += K0 },
                          491 => {
                            g0 = K0
                            g1 -= ((((g2 as s32) - K2) % ((queued(vq) as s32) / (g0 as s32))) * K0)
                          }
                          2147483647 => { g1 = (g0 as s32)  this_cpu.runs += 1  this_cpu.busy += i },
                          _ => {
                            g0 = i
                            if (p.tag in [ta, tb]) { break }
                          }
                        }
                      }
                    }
                  }
                }
                """, List.of());
        assertTrue(o.succeeded(), o::golden);
    }
}
