package org.schedc.verifier;

import org.schedc.bpf.link.*;
import java.util.ArrayDeque;
import java.util.TreeSet;
import org.schedc.bpf.insn.Insn;

/** The kernel's check_subprogs/check_cfg pass: well-formed ld_imm64, jumps in range, no dead code, no fall-through. */
final class StaticChecks {
    private StaticChecks() {}

    static void check(LoadedProgram prog) {
        Insn[] insns = prog.insns();
        int n = insns.length;
        boolean[] second = new boolean[n];
        TreeSet<Integer> functionStarts = new TreeSet<>();
        functionStarts.add(0);
        for (SlotReloc r : prog.relocs().values()) {
            if (r instanceof SlotReloc.CallSubprog c) functionStarts.add(c.target());
            if (r instanceof SlotReloc.LoadFunc f) functionStarts.add(f.target()); // check_cfg: a callback starts a subprogram
        }
        for (int pc = 0; pc < n; pc++) {
            Insn i = insns[pc];
            if (i.isLdImm64()) {
                if (pc + 1 >= n || insns[pc + 1].opcode() != 0 || insns[pc + 1].dst() != 0 || insns[pc + 1].src() != 0 || insns[pc + 1].off() != 0) {
                    throw VerifierContext.reject(Rule.BAD_INSN, pc, "invalid bpf_ld_imm64 insn");
                }
                second[pc + 1] = true;
                pc++;
            }
        }
        for (int pc = 0; pc < n; pc++) {
            Insn i = insns[pc];
            if (second[pc]) continue;
            if (InsnShape.isJa(i) || InsnShape.isCondJump(i)) {
                long t = InsnShape.jumpTarget(i, pc);
                Integer fnStart = functionStarts.floor(pc), nextFn = functionStarts.higher(pc);
                long end = nextFn == null ? n : nextFn;
                if (t < fnStart || t >= end) throw VerifierContext.reject(Rule.JUMP_OUT_OF_RANGE, pc, "jump out of range from insn " + pc + " to " + t);
                if (second[(int) t]) throw VerifierContext.reject(Rule.JUMP_OUT_OF_RANGE, pc, "jump to the middle of ldimm64 insn " + t);
            }
        }
        for (int start : functionStarts) {
            Integer next = functionStarts.higher(start);
            int last = (next == null ? n : next) - 1;
            if (last < start || !(InsnShape.isExit(insns[last]) || InsnShape.isJa(insns[last])) || second[last]) {
                throw VerifierContext.reject(Rule.FALL_OFF_END, Math.max(last, 0), "last insn is not an exit or jmp");
            }
        }
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> work = new ArrayDeque<>();
        work.push(0);
        seen[0] = true;
        while (!work.isEmpty()) {
            int pc = work.pop();
            for (int s : Liveness.successors(insns, pc)) if (!seen[s]) { seen[s] = true; work.push(s); }
            if (prog.relocs().get(pc) instanceof SlotReloc.CallSubprog c && !seen[c.target()]) { seen[c.target()] = true; work.push(c.target()); }
            if (prog.relocs().get(pc) instanceof SlotReloc.LoadFunc f && !seen[f.target()]) { seen[f.target()] = true; work.push(f.target()); }
        }
        for (int pc = 0; pc < n; pc++) {
            if (!seen[pc] && !second[pc]) throw VerifierContext.reject(Rule.UNREACHABLE, pc, "unreachable insn " + pc);
        }
    }
}
