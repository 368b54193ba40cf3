package org.schedc.bpf.link;

import java.util.List;
import java.util.Map;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.insn.Insn;

/**
 * One program as libbpf would load it: its own instructions followed by the .text subprograms it calls (appended in
 * discovery order), the relocation meaning of each slot, and line info in combined-slot coordinates.
 * {@code callback} is the sched_ext_ops member whose slot refers to the program (null when none does).
 */
public record LoadedProgram(String section, String symbol, String callback, boolean sleepable, Insn[] insns, int mainLength,
        Map<Integer, SlotReloc> relocs, List<Line> lines, Btf objectBtf, List<CoreRelo> coreRelos, java.util.Set<String> btfExterns,
        List<Func> funcs) {
    /** A func_info entry: the function starting at combined {@code slot} has object-BTF FUNC {@code typeId}. */
    public record Func(int slot, int typeId) {}

    public record Line(int slot, SourceLocation location) {}

    /** A CO-RE relocation of the instruction at combined {@code slot}; libbpf patches it against the kernel's BTF. */
    public record CoreRelo(int slot, int rootTypeId, String access, int kind) {}

    /** The same program with other instructions (after CO-RE patching). */
    public LoadedProgram withInsns(Insn[] patched) {
        return new LoadedProgram(section, symbol, callback, sleepable, patched, mainLength, relocs, lines, objectBtf, coreRelos, btfExterns, funcs);
    }

    /** Line info entry covering {@code slot}, or null. */
    public SourceLocation sourceAt(int slot) {
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
