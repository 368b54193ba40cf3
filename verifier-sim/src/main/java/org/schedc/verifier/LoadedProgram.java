package org.schedc.verifier;

import java.util.List;
import java.util.Map;
import org.schedc.bpf.insn.Insn;

/**
 * One program as libbpf would load it: its own instructions followed by the .text subprograms it calls (appended in
 * discovery order), the relocation meaning of each slot, and line info in combined-slot coordinates.
 * {@code callback} is the sched_ext_ops member whose slot refers to the program (null when none does).
 */
record LoadedProgram(String section, String symbol, String callback, boolean sleepable, Insn[] insns, int mainLength,
        Map<Integer, SlotReloc> relocs, List<Line> lines) {
    record Line(int slot, SourceLocation location) {}

    /** Line info entry covering {@code slot}, or null. */
    SourceLocation sourceAt(int slot) {
        SourceLocation best = null;
        int bestSlot = -1;
        for (Line l : lines) {
            if (l.slot() <= slot && l.slot() >= bestSlot) {
                best = l.location();
                bestSlot = l.slot();
            }
        }
        return best;
    }
}
