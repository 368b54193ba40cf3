package org.schedc.sema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schedc.ast.Ast;
import org.schedc.diag.SourceFile;
import org.schedc.sema.Flow.Exit;
import org.schedc.syntax.SchedcParser;

/** The one reachability query, shared by the checker (E0305, null narrowing) and lint (L011). */
class FlowTest {
    /** The body of {@code on dispatch(cpu, prev) { BODY }}. */
    private static Ast.Block body(String body) {
        var parsed = SchedcParser.parse(new SourceFile("flow.sched", "policy f {\n  queue q: fifo\n  on dispatch(cpu, prev) {\n" + body + "\n  }\n}\n"));
        assertEquals(java.util.List.of(), parsed.diagnostics());
        return parsed.tree().policy().items().stream().filter(Ast.Item.Handler.class::isInstance).map(i -> ((Ast.Item.Handler) i).body()).findFirst().orElseThrow();
    }

    private static Set<Exit> exits(String body) { return Flow.exits(body(body)); }

    @Test void plainStatementsCompleteAndLeavingOnesDoNot() {
        assertEquals(EnumSet.of(Exit.NORMAL), exits("move q to local"));
        assertEquals(EnumSet.of(Exit.RETURN), exits("return"));
        assertEquals(EnumSet.of(Exit.BREAK), exits("break"));
        assertEquals(EnumSet.of(Exit.CONTINUE), exits("continue"));
    }

    @Test void theFirstStatementThatLeavesEndsTheBlock() {
        // What follows a return is unreachable: neither its break nor its end count.
        assertEquals(EnumSet.of(Exit.RETURN), exits("return\n break"));
        assertEquals(EnumSet.of(Exit.RETURN), exits("if cpu > 0 { return } else { return }\n move q to local"));
    }

    @Test void ifWithoutElseAndMatchWithoutWildcardMayFallThrough() {
        assertEquals(EnumSet.of(Exit.NORMAL, Exit.RETURN), exits("if cpu > 0 { return }"));
        assertEquals(EnumSet.of(Exit.RETURN, Exit.CONTINUE), exits("if cpu > 0 { return } else { continue }"));
        assertEquals(EnumSet.of(Exit.NORMAL, Exit.RETURN), exits("match cpu { 1 => { return } 2 => { return } }"));
        assertEquals(EnumSet.of(Exit.RETURN), exits("match cpu { 1 => { return } _ => { return } }"));
    }

    @Test void loopsCompleteButTheirReturnsLeaveTheFunction() {
        assertEquals(EnumSet.of(Exit.NORMAL), exits("for i in 0..3 { break }"));
        assertEquals(EnumSet.of(Exit.NORMAL, Exit.RETURN), exits("for i in 0..3 { if i > 1 { continue } \n return }"));
        Ast.Block b = body("for i in 0..3 { return }");
        assertEquals(true, Flow.completesNormally(b.stmts().getFirst()));
    }
}
