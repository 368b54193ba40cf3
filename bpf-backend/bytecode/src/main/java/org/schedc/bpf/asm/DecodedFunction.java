package org.schedc.bpf.asm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.schedc.bpf.asm.Instruction.*;
import org.schedc.bpf.insn.Insn;

/** A function split into instructions, with jump targets resolved to instruction starts; shared by reader and disassembler. */
final class DecodedFunction {

    record Entry(int slot, Instruction instruction) {}

    private final List<Entry> entries = new ArrayList<>();
    /** Target slot → label index, numbered in slot order; only targets that start an instruction. */
    private final Map<Integer, Integer> labelBySlot = new HashMap<>();

    DecodedFunction(BpfFunction f) {
        Map<Integer, Relocation> relocBySlot = new HashMap<>();
        for (Relocation r : f.relocations()) relocBySlot.putIfAbsent(r.slot(), r);
        List<Insn> slots = f.insns();
        TreeSet<Integer> starts = new TreeSet<>();
        for (int i = 0; i < slots.size(); ) {
            Instruction ins = InstructionCodec.decode(slots, i, relocBySlot.get(i));
            entries.add(new Entry(i, ins));
            starts.add(i);
            i += ins.slots();
        }
        TreeSet<Integer> targets = new TreeSet<>();
        for (Entry e : entries) {
            Integer t = jumpTarget(e);
            if (t != null && starts.contains(t)) targets.add(t);
        }
        int n = 0;
        for (int t : targets) labelBySlot.put(t, n++);
    }

    List<Entry> entries() {
        return entries;
    }

    /** Label number of the instruction at {@code slot}, or null when nothing jumps there. */
    Integer labelAt(int slot) {
        return labelBySlot.get(slot);
    }

    /** Label number of the jump's target, or null when the target is not an instruction of this function. */
    Integer targetLabel(Entry e) {
        Integer t = jumpTarget(e);
        return t == null ? null : labelBySlot.get(t);
    }

    /** Absolute target slot of a jump, or null for non-jumps. */
    static Integer jumpTarget(Entry e) {
        return switch (e.instruction()) {
            case JumpReg j -> e.slot() + 1 + j.offset();
            case JumpImm j -> e.slot() + 1 + j.offset();
            case Goto g -> e.slot() + 1 + g.offset();
            case GotoLong g -> e.slot() + 1 + g.offset();
            default -> null;
        };
    }
}
