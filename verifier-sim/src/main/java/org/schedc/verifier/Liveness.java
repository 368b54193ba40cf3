package org.schedc.verifier;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.schedc.bpf.insn.Insn;

/**
 * Backward register liveness per instruction (within each function; a call reads its argument registers and
 * defines R0-R5). State pruning ignores registers that are dead, as the kernel's liveness marks allow.
 */
final class Liveness {
    private final int[] liveIn;

    Liveness(Insn[] insns, int[] callArgCount) {
        int n = insns.length;
        liveIn = new int[n];
        List<List<Integer>> preds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) preds.add(new ArrayList<>(2));
        for (int pc = 0; pc < n; pc++) for (int s : successors(insns, pc)) preds.get(s).add(pc);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[n];
        for (int pc = n - 1; pc >= 0; pc--) { work.add(pc); queued[pc] = true; }
        long budget = 64L * n + 1024; // liveness is monotone; the cap only guards against pathological inputs
        while (!work.isEmpty() && budget-- > 0) {
            int pc = work.poll();
            queued[pc] = false;
            int out = 0;
            for (int s : successors(insns, pc)) out |= liveIn[s];
            Insn insn = insns[pc];
            int in = InsnShape.uses(insn, callArgCount[pc]) | (out & ~InsnShape.defs(insn)) | 1 << 10;
            if (in != liveIn[pc]) {
                liveIn[pc] = in;
                for (int p : preds.get(pc)) if (!queued[p]) { queued[p] = true; work.add(p); }
            }
        }
        if (budget <= 0) java.util.Arrays.fill(liveIn, 0x7ff);
    }

    int liveIn(int pc) { return liveIn[pc]; }

    static int[] successors(Insn[] insns, int pc) {
        Insn i = insns[pc];
        int n = insns.length;
        if (InsnShape.isExit(i)) return new int[0];
        if (InsnShape.isJa(i)) return inRange(n, InsnShape.jumpTarget(i, pc));
        if (InsnShape.isCondJump(i)) {
            int[] t = inRange(n, InsnShape.jumpTarget(i, pc));
            int[] f = inRange(n, pc + 1);
            int[] both = new int[t.length + f.length];
            System.arraycopy(t, 0, both, 0, t.length);
            System.arraycopy(f, 0, both, t.length, f.length);
            return both;
        }
        return inRange(n, pc + (i.isLdImm64() ? 2 : 1));
    }

    private static int[] inRange(int n, long target) { return target >= 0 && target < n ? new int[] {(int) target} : new int[0]; }
}
