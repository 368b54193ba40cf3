package org.schedc.lower;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.schedc.testing.Compilation;

/**
 * Issue 14 item 2: a nullable handler argument (dispatch's {@code prev}) is read from ctx once and that register
 * is used everywhere, so a use after tag reads, state reads or calls (joins the kernel verifier cannot see
 * through) still carries the {@code if prev != null} check. Every compile here also runs verifier-sim.
 */
class NullableArgumentsTest {
    private static final String HEADER = """
            policy nullable {
              tags online, offline
              task state { seen: u64 }
              queue main: fifo
              var G: u64 = 0

              on enqueue(p, enq_flags) {
                insert p into main slice 5ms
              }

              on dispatch(cpu, prev) {
            """;
    private static final String FOOTER = """
                move main to local
              }
            }
            """;

    private static Compilation.Outcome compile(String dispatchBody) {
        return Compilation.compile("nullable.sched", HEADER + dispatchBody + FOOTER, List.of());
    }

    @Example
    void aTagReadBeforeAFieldReadKeepsTheNullCheck() {
        Compilation.Outcome o = compile("""
                    if prev != null {
                      let k = prev.tag != offline
                      if k and (prev.scx.flags & 1) != 0 {
                        G += 1
                      }
                    }
                """);
        assertTrue(o.succeeded(), o::golden);
    }

    @Example
    void aStateReadAndACallBeforeAFieldRead() {
        Compilation.Outcome o = compile("""
                    if prev != null {
                      prev.state.seen += 1
                      kick_cpu(cpu)
                      if prev.state.seen > 3 {
                        G += prev.scx.weight
                      }
                    }
                """);
        assertTrue(o.succeeded(), o::golden);
    }

    /** One statement inside {@code if prev != null}: each either ends in a join (branches) or calls a kfunc. */
    @Provide
    Arbitrary<List<String>> bodies() {
        Arbitrary<String> stmt = Arbitraries.of(
                "let t%d = prev.tag != offline",
                "if prev.tag == online { G += %d }",
                "prev.state.seen += %d",
                "if prev.state.seen > %d { G += 1 }",
                "kick_cpu(cpu)",
                "G += prev.scx.weight + %d",
                "if (prev.scx.flags & %d) != 0 { G -= 1 }",
                "if G > %d { G = prev.scx.dsq_vtime }",
                "prev.scx.dsq_vtime += %d");
        return stmt.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 60)
    void nullableArgumentUsedAfterBranchesAndCallsCompiles(@ForAll("bodies") List<String> stmts) {
        // Without a use of prev after something that joins or calls, the property tests nothing.
        int firstJoinOrCall = -1, lastUse = -1;
        for (int i = 0; i < stmts.size(); i++) {
            String s = stmts.get(i);
            if (firstJoinOrCall < 0 && (s.startsWith("if") || s.startsWith("kick") || s.contains(".tag") || s.contains(".state"))) firstJoinOrCall = i;
            if (s.contains("prev.")) lastUse = i;
        }
        Assume.that(firstJoinOrCall >= 0 && lastUse > firstJoinOrCall);
        Statistics.label("statements").collect(stmts.size());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < stmts.size(); i++) lines.add("      " + stmts.get(i).formatted(i + 1));
        String body = "    if prev != null {\n" + String.join("\n", lines) + "\n    }\n";
        Compilation.Outcome o = compile(body);
        assertTrue(o.succeeded(), () -> HEADER + body + FOOTER + "\n" + o.golden());
    }
}
