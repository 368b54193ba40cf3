package org.schedc.sema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schedc.ir.Ir;
import org.schedc.kabi.Kabi;
import org.schedc.kabi.KabiRegistry;
import org.schedc.lower.Lowering;

/** The one walk of kernel field paths, and lowering consuming sema's resolution instead of walking again. */
class KernelFieldWalkTest {
    @Test void walkEndsWithTheLayoutOrWhereItStopped() throws Exception {
        Kabi k = new KabiRegistry().load(KabiRegistry.defaultKernels().getFirst());
        KernelFieldRef.Walk found = KernelFieldRef.walk(k, "task_struct", List.of("scx", "dsq_vtime"));
        KernelFieldRef.Layout l = assertInstanceOf(KernelFieldRef.Walk.Found.class, found).layout();
        assertEquals(List.of("scx", "dsq_vtime"), l.chain().stream().map(Kabi.FieldInfo::memberName).filter(n -> !n.isEmpty()).toList());
        assertEquals(l.chain().stream().mapToLong(Kabi.FieldInfo::byteOffset).sum(), l.byteOffset());
        assertInstanceOf(KernelFieldRef.Walk.NoStruct.class, KernelFieldRef.walk(k, "no_such_struct", List.of("x")));
        KernelFieldRef.Walk.NoMember miss = assertInstanceOf(KernelFieldRef.Walk.NoMember.class, KernelFieldRef.walk(k, "task_struct", List.of("scx", "nope")));
        assertEquals(1, miss.step());
    }

    /** Every kernel field the IR reads or writes for a policy expression carries sema's offset and member chain. */
    @Test void loweringUsesTheAttributionsKernelFieldRefs() throws Exception {
        AttributionTest.Run r = AttributionTest.analyze("""
                policy t {
                  queue q: vtime
                  var last: s32 = 0
                  on enqueue(p, enq_flags) {
                    last = p.tgid
                    p.vtime += p.scx.weight
                    insert p into q slice 5ms vtime p.vtime
                  }
                  on dispatch(cpu, prev) {
                    move q to local
                  }
                }
                """);
        CheckedPolicy policy = r.result().policy().orElseThrow(() -> new AssertionError(r.diags().sorted()));
        List<Ir.FieldRef> refs = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        for (Lowering.Program p : new Lowering(policy).lower().programs()) {
            for (Ir.Block b : p.function().blocks) {
                for (Ir.Inst i : b.insts) {
                    if (i instanceof Ir.Inst.LoadField lf) { refs.add(lf.field()); offsets.add(lf.offset()); }
                    if (i instanceof Ir.Inst.StoreField sf) { refs.add(sf.field()); offsets.add(sf.offset()); }
                }
            }
        }
        int matched = 0;
        for (KernelFieldRef ref : r.result().attribution().kernelFields().values()) {
            int at = refs.indexOf(new Ir.FieldRef(ref.rootStruct(), ref.path(), ref.primary().chain()));
            if (at < 0) continue;
            assertEquals(ref.primary().byteOffset(), offsets.get(at), ref.dotted());
            matched++;
        }
        assertTrue(matched >= 3, matched + " of " + r.result().attribution().kernelFields().size() + " kernel fields found in the IR: " + refs);
    }
}
