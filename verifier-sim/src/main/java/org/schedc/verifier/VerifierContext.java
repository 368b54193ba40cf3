package org.schedc.verifier;

import org.schedc.bpf.link.*;
import org.schedc.kabi.KfuncRules;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.schedc.bpf.insn.Insn;

/** What the per-instruction steps share for one program: its code, the kernel model, rules and id counters. */
final class VerifierContext {
    final LoadedProgram prog;
    final Insn[] insns;
    final KernelModel kernel;
    final KfuncRules rules;
    final Options options;
    final KernelModel.Callback callback;
    private int nextId = 1;
    /** Deepest stack byte used per function (by entry instruction), as the kernel's per-subprog stack_depth. */
    final Map<Integer, Integer> stackDepth = new HashMap<>();
    /** Calls seen: caller entry -> (callee entry -> call instruction). */
    final Map<Integer, Map<Integer, Integer>> callGraph = new HashMap<>();

    /** Observer of stack reads: frame index and byte range [lo, hi) below the frame pointer (stack liveness). */
    interface StackReads { void read(int frame, long lo, long hi); }

    /** Set by the path explorer, which marks the slots read as live in the path's checkpoints. */
    StackReads stackReads = (frame, lo, hi) -> { };

    VerifierContext(LoadedProgram prog, KernelModel kernel, KfuncRules rules, Options options, KernelModel.Callback callback) {
        this.prog = prog;
        this.insns = prog.insns();
        this.kernel = kernel;
        this.rules = rules;
        this.options = options;
        this.callback = callback;
    }

    int newId() { return nextId++; }

    /** Records a stack access reaching down to frame-pointer offset {@code lowest} (negative). */
    void noteStack(Frame f, long lowest) {
        if (lowest < 0) stackDepth.merge(f.entry, (int) Math.min(512, -lowest), Math::max);
    }

    void noteCall(int callerEntry, int calleeEntry, int pc) {
        callGraph.computeIfAbsent(callerEntry, k -> new LinkedHashMap<>()).putIfAbsent(calleeEntry, pc);
    }

    Optional<SlotReloc> reloc(int pc) { return Optional.ofNullable(prog.relocs().get(pc)); }

    static Rejection reject(Rule rule, int pc, String message) { return new Rejection(rule, pc, message); }

    /** Reads a register the instruction uses; uninitialised registers are rejected as the kernel does. */
    static Value use(State st, int reg, int pc) {
        Value v = st.reg(reg);
        if (v instanceof Value.NotInit) throw reject(Rule.UNINIT_REG, pc, "R" + reg + " !read_ok");
        return v;
    }

    static void checkWritable(int reg, int pc) {
        if (reg == 10) throw reject(Rule.FP_WRITE, pc, "frame pointer is read only");
    }
}
