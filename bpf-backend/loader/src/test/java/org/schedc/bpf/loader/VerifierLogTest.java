package org.schedc.bpf.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.sys.BpfException;
import org.schedc.bpf.sys.Loading;
import org.schedc.testsupport.Needs;

/** A kernel rejection is explained at the DSL source line of the failing instruction (line info of the object). */
@Tag(Needs.KIT)
class VerifierLogTest {
    @Test
    void theFailingInstructionIsNamedWithItsSourceLine() throws Exception {
        LoadPlan plan = LoadPlan.of("game.bpf.o", TestObjects.byName("game").bytes(), LoadPlanTest.kernel("7.3.4"));
        LoadPlan.Program p = plan.programs().stream().filter(x -> x.member().equals("enqueue")).findFirst().orElseThrow();
        // an instruction of the policy's own file (the last lines of a program may come from inlined stdlib code)
        int pc = p.linked().lines().stream().filter(l -> l.location().file().endsWith("game.sched")).reduce((a, b) -> b).orElseThrow().slot();
        var where = p.linked().sourceAt(pc);
        String log = "func#0 @0\n0: R1=ctx() R10=fp0\n; let x = 1 @ examples/game.sched:3\n0: (b7) r1 = 0\n" + pc
                + ": (85) call scx_bpf_dsq_move_to_local#1234\ncalling kernel function scx_bpf_dsq_move_to_local is not allowed\n"
                + "processed 9 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0\n";
        LoadException e = VerifierLog.rejection("game.bpf.o", p, new Loading.LoadFailure(new BpfException(13, "BPF_PROG_LOAD of program x failed: EACCES"), log));
        assertEquals("E0914", e.code());
        assertEquals(1, e.exitCode());
        assertEquals("game.bpf.o: the kernel rejected program " + p.linked().symbol() + " (sched_ext_ops.enqueue) at instruction " + pc
                + " (" + where + "): calling kernel function scx_bpf_dsq_move_to_local is not allowed", e.getMessage());
        assertTrue(where.file().endsWith(".sched") && where.line() > 0, where.toString());
        assertEquals(log, e.verifierLog());
    }
}
