package org.schedc.sema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schedc.ast.Ast;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.kabi.Kabi;
import org.schedc.kabi.KabiRegistry;
import org.schedc.kabi.KfuncRules;
import org.schedc.syntax.SchedcParser;

/** {@link Checker#analyze} attributes the whole tree, also when the file has errors. */
class AttributionTest {
    private static final KabiRegistry REGISTRY = new KabiRegistry();
    private static final KfuncRules RULES = KfuncRules.load();

    record Run(Ast.PolicyFile tree, SemaResult result, Diagnostics diags) {}

    static Run analyze(String text) throws KabiRegistry.KabiException {
        SourceFile file = new SourceFile("t.sched", text);
        var parsed = SchedcParser.parse(file);
        Diagnostics diags = new Diagnostics();
        parsed.diagnostics().forEach(diags::report);
        List<Kabi> targets = new ArrayList<>();
        for (String k : KabiRegistry.defaultKernels()) targets.add(REGISTRY.load(k));
        return new Run(parsed.tree(), new Checker(file, diags, targets, RULES).analyze(parsed.tree(), List.of()), diags);
    }

    /** The first expression statement's or let's expression in handler {@code cb}. */
    static List<Ast.Stmt> body(Ast.PolicyFile tree, String cb) {
        for (Ast.Item i : tree.policy().items()) if (i instanceof Ast.Item.Handler h && h.callback().name().equals(cb)) return h.body().stmts();
        throw new AssertionError("no handler " + cb);
    }

    private static final String OK = """
            policy t {
              const BASE = 2ms
              queue q: fifo
              on enqueue(p, enq_flags) {
                let s = BASE * 2
                p.vtime += s
                insert p into q slice s
              }
              on dispatch(cpu, prev) {
                move q to local
              }
            }
            """;

    @Test
    void cleanPolicyHasPolicyAndAttribution() throws Exception {
        Run r = analyze(OK);
        assertTrue(r.result().policy().isPresent(), () -> r.diags().sorted().toString());
        Ast.Stmt.Let let = (Ast.Stmt.Let) body(r.tree(), "enqueue").get(0);
        Attribution a = r.result().attribution();
        assertEquals(Type.U64, a.typeOf(let.init()));
        assertEquals(BigInteger.valueOf(4_000_000), a.constantValue(let.init()).orElseThrow());
        assertEquals("s", a.declaredLocal(let).orElseThrow().name);
        assertTrue(r.result().policy().get().attribution() == a, "the policy carries the same attribution");
    }

    @Test
    void kernelFieldResolvedOncePerTargetWithAccess() throws Exception {
        Run r = analyze(OK);
        Ast.Stmt.Assign assign = (Ast.Stmt.Assign) body(r.tree(), "enqueue").get(1);
        KernelFieldRef ref = r.result().policy().orElseThrow().kernelField(assign.target()).orElseThrow();
        assertEquals(List.of("scx", "dsq_vtime"), ref.path());
        assertEquals("task_struct", ref.rootStruct());
        assertEquals(KernelFieldRef.Access.READ_WRITE, ref.access());
        assertEquals(KabiRegistry.defaultKernels().size(), ref.layouts().size());
        for (KernelFieldRef.Layout l : ref.layouts()) {
            assertEquals(List.of("scx", "dsq_vtime"), l.chain().stream().map(Kabi.FieldInfo::memberName).filter(n -> !n.isEmpty()).toList());
            assertTrue(l.byteOffset() > 0, "dsq_vtime is not the first member of task_struct");
        }
        assertEquals(Type.U64, ref.type());
    }

    @Test
    void fileWithSemanticErrorsStillAttributed() throws Exception {
        Run r = analyze("""
                policy t {
                  queue q: fifo
                  on enqueue(p, enq_flags) {
                    let bad = nosuch + 1
                    let w = p.weight
                    insert p into q slice 5ms
                  }
                  on dispatch(cpu, prev) { move q to local }
                }
                """);
        assertTrue(r.diags().hasErrors());
        assertFalse(r.result().policy().isPresent());
        Attribution a = r.result().attribution();
        List<Ast.Stmt> stmts = body(r.tree(), "enqueue");
        Ast.Expr.Binary bad = (Ast.Expr.Binary) ((Ast.Stmt.Let) stmts.get(0)).init();
        assertEquals(Type.ERROR, a.typeOf(bad.left()));
        Ast.Expr w = ((Ast.Stmt.Let) stmts.get(1)).init();
        assertEquals(Type.U32, a.typeOf(w));
        assertTrue(a.kernelField(w).isPresent());
        assertEquals(1, a.queues().size());
        assertEquals(2, a.handlers().size());
    }

    @Test
    void fileWithSyntaxErrorAttributesWhatParsed() throws Exception {
        Run r = analyze("""
                policy t {
                  queue q: fifo
                  on enqueue(p, enq_flags) {
                    let x = 3 +
                    let y = p.slice
                    insert p into q slice 5ms
                  }
                  on dispatch(cpu, prev) { move q to local }
                }
                """);
        assertTrue(r.diags().hasErrors());
        Attribution a = r.result().attribution();
        Ast.Stmt.Let y = body(r.tree(), "enqueue").stream().filter(s -> s instanceof Ast.Stmt.Let l && l.name().name().equals("y"))
                .map(Ast.Stmt.Let.class::cast).findFirst().orElseThrow();
        assertEquals(Type.U64, a.typeOf(y.init()));
        assertEquals("y", a.declaredLocal(y).orElseThrow().name);
    }

    @Test
    void moduleFileAttributedOnItsOwn() throws Exception {
        Run r = analyze("""
                module m
                const K = 7
                fn twice(x: u64) -> u64 { return x * K }
                """);
        assertFalse(r.diags().hasErrors(), () -> r.diags().sorted().toString());
        assertFalse(r.result().policy().isPresent());
        assertEquals(BigInteger.valueOf(7), r.result().attribution().consts().get("K").value());
    }

    @Test
    void emptyFileGivesEmptyAttribution() throws Exception {
        Run r = analyze("");
        assertTrue(r.result().attribution().types().isEmpty());
        assertFalse(r.result().policy().isPresent());
    }
}
