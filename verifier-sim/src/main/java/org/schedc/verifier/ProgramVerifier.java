package org.schedc.verifier;

import org.schedc.bpf.link.*;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schedc.bpf.asm.Disassembler;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.Opcodes;

/**
 * Path exploration of one program, modelled on the kernel's do_check: depth-first over paths (the fall-through of a
 * branch first, the taken side pushed), one processed instruction per step per path, checkpoints at jump targets and
 * conditional jumps, pruning against fully explored checkpoints that cover the current state, and infinite-loop
 * detection against checkpoints still on the current path.
 */
final class ProgramVerifier {
    /** 7.2/7.3 accept a chain of nine frames (the program and eight nested calls; observed on both kernels). */
    private static final int MAX_FRAMES = 9;
    private static final int MAX_STACK = 512;
    private static final int MAX_PENDING_BRANCHES = 8192; // BPF_COMPLEXITY_LIMIT_JMP_SEQ
    /** A memory guard only: with the kernel's eviction the live lists stay short (the kernel has no such cap). */
    private static final int MAX_CHECKPOINTS = 1_000_000;

    private static final class Path {
        int pc;
        State st;
        Checkpoint cp;
        final Deque<String> trace;
        /** The instructions run since {@code cp} (since the program's start while there is none). */
        JumpHistory hist;
        /** Per frame: stack slots written whole since {@code cp} (StackLiveness). */
        long[] written = new long[Precision.FRAMES];

        Path(int pc, State st, Checkpoint cp, Deque<String> trace, JumpHistory hist) {
            this.pc = pc;
            this.st = st;
            this.cp = cp;
            this.trace = trace;
            this.hist = hist;
        }
    }

    private final VerifierContext ctx;
    private final LoadedProgram prog;
    private final Insn[] insns;
    private final Options options;
    private final MemoryStep memory;
    private final CallStep calls;
    private final boolean[] prunePoint;
    /** The kernel's jmp points (branch targets, the instruction after a call, subprogram entries): history entries. */
    private final boolean[] jumpPoint;
    private final Precision precision;
    private final Pruner pruner;
    private final Map<Integer, List<Checkpoint>> visited = new HashMap<>();
    private final String[] text;
    private int checkpoints;
    private long processed;
    /** The kernel's jmps_processed and the counters at the last stored state (its add_new_state heuristic). */
    private long jumpsProcessed, jumpsAtLastState, insnsAtLastState;
    private Path current;
    private int lastPc;

    ProgramVerifier(VerifierContext ctx) {
        this.ctx = ctx;
        this.prog = ctx.prog;
        this.insns = ctx.insns;
        this.options = ctx.options;
        this.memory = new MemoryStep(ctx);
        this.calls = new CallStep(ctx, memory);
        this.prunePoint = new boolean[insns.length];
        this.jumpPoint = new boolean[insns.length];
        this.precision = new Precision(ctx);
        int[] callArgs = new int[insns.length];
        for (int pc = 0; pc < insns.length; pc++) {
            Insn i = insns[pc];
            // as the kernel's visit_insn/push_insn: jump targets and the conditional jumps themselves
            if (InsnShape.isJa(i) || InsnShape.isCondJump(i)) {
                long t = InsnShape.jumpTarget(i, pc);
                if (t >= 0 && t < insns.length) prunePoint[(int) t] = jumpPoint[(int) t] = true;
                if (InsnShape.isCondJump(i)) prunePoint[pc] = true;
            }
            // visit_func_call_insn: the instruction after any call, and a subprogram call and its entry
            if (InsnShape.isCall(i) && pc + 1 < insns.length) prunePoint[pc + 1] = jumpPoint[pc + 1] = true;
            if (prog.relocs().get(pc) instanceof SlotReloc.CallSubprog s && s.target() >= 0 && s.target() < insns.length) {
                prunePoint[pc] = true;
                prunePoint[s.target()] = jumpPoint[s.target()] = true;
            }
            callArgs[pc] = InsnShape.isCall(i) ? callArgCount(pc) : 0;
            if (isIterNext(pc)) prunePoint[pc] = true; // the kernel's mark_force_checkpoint
        }
        this.pruner = new Pruner(new Liveness(insns, callArgs));
        this.text = options.verbose() ? disassemble(insns, prog) : null;
        ctx.stackReads = (frame, lo, hi) -> StackLiveness.read(current.cp, current.written, frame, StackLiveness.slots(lo, hi));
    }

    private boolean isIterNext(int pc) {
        return prog.relocs().get(pc) instanceof SlotReloc.CallKfunc k && ctx.kernel.kfunc(k.name()).map(f -> f.name().equals(IterStep.NEXT)).orElse(false);
    }

    private int callArgCount(int pc) {
        if (prog.relocs().get(pc) instanceof SlotReloc.CallKfunc k) {
            return ctx.kernel.kfunc(k.name()).map(f -> Math.min(5, f.params().size())).orElse(5);
        }
        return 5;
    }

    long processed() { return processed; }

    List<String> trace() { return current == null ? List.of() : List.copyOf(current.trace); }

    /** Explores every path; throws {@link Rejection} at the first rule broken. */
    void run() {
        State init = new State();
        Frame f = new Frame(-1);
        f.regs[1] = new Value.CtxPtr(Scalar.constant(0));
        f.regs[10] = new Value.StackPtr(0, Scalar.constant(0));
        init.frames.add(f);
        Deque<Path> stack = new ArrayDeque<>();
        stack.push(new Path(0, init, null, new ArrayDeque<>(), new JumpHistory()));
        while (!stack.isEmpty()) {
            current = stack.pop();
            explore(current, stack);
        }
        checkCombinedStack();
    }

    /**
     * The kernel's check_max_stack_depth, after all paths are verified: along every call chain the frames' stack
     * depths (each rounded up to 16 bytes, as with the JIT) may total at most 512 bytes. The kernel's log then ends
     * at the last instruction it verified, which is where the rejection is reported.
     */
    private void checkCombinedStack() {
        int[] worst = chain(0, new java.util.ArrayDeque<>());
        if (worst[0] > MAX_STACK) {
            throw VerifierContext.reject(Rule.STACK_OOB, lastPc, "combined stack size of " + worst[1] + " calls is " + worst[0] + ". Too large");
        }
    }

    /** {total depth, frames} of the deepest chain starting at function {@code entry}. */
    private int[] chain(int entry, java.util.Deque<Integer> onPath) {
        int own = roundUp16(ctx.stackDepth.getOrDefault(entry, 0));
        int[] best = {own, 1};
        if (onPath.contains(entry)) return best; // recursion is rejected while exploring; never loop here
        onPath.push(entry);
        for (int callee : ctx.callGraph.getOrDefault(entry, Map.of()).keySet()) {
            int[] sub = chain(callee, onPath);
            if (own + sub[0] > best[0]) best = new int[] {own + sub[0], sub[1] + 1};
        }
        onPath.pop();
        return best;
    }

    private static int roundUp16(int depth) {
        return (depth + 15) & ~15;
    }

    private void explore(Path p, Deque<Path> stack) {
        while (true) {
            int pc = p.pc;
            lastPc = pc;
            if (++processed > options.insnLimit()) {
                throw VerifierContext.reject(Rule.INSN_LIMIT, pc, "BPF program is too large. Processed " + processed + " insn");
            }
            if (prunePoint[pc] && checkpoint(p)) { finish(p.cp); return; }
            if (options.verbose()) {
                if (p.trace.size() >= options.maxTrace() && !p.trace.isEmpty()) p.trace.removeFirst();
                if (options.maxTrace() > 0) p.trace.addLast(pc + ": " + text[pc] + "  ; " + p.st.describe());
            }
            int next = step(p, stack);
            if (next < 0) { finish(p.cp); return; }
            p.pc = next;
        }
    }

    /**
     * True when the path is pruned at its current instruction; otherwise may record a new checkpoint. Follows the
     * kernel's is_state_visited, whose state-list heuristics decide how a bounded loop is verified: a new state only
     * after 2 jumps and 8 instructions since the last one; while a state at this instruction is still being explored
     * (the path is inside a loop through it) only after 20 jumps or 100 instructions, because other iterations'
     * states rarely match; and a state that missed more than 3 times its hits plus 3 is dropped from the list. Without
     * the eviction the lists of a loop's instructions fill with one state per iteration and every later arrival
     * compares against all of them (quadratic), and a fixed cap per instruction (as before) stops recording states
     * after the first iterations, so the branches of later iterations are never pruned and verification explodes
     * where the kernel's takes a few thousand steps (issue 14 item 1, bench/results/verifier-cost.md).
     */
    private boolean checkpoint(Path p) {
        List<Checkpoint> list = visited.computeIfAbsent(p.pc, k -> new ArrayList<>());
        boolean iterNext = isIterNext(p.pc);
        // the kernel forces a state at an iterator's next call, and once the path's jump history holds more than
        // 40 entries (to bound backtracking)
        boolean force = iterNext || p.hist.kernelEntries() > 40;
        boolean addNew = force || jumpsProcessed - jumpsAtLastState >= 2 && processed - insnsAtLastState >= 8;
        for (java.util.Iterator<Checkpoint> it = list.iterator(); it.hasNext(); ) {
            Checkpoint c = it.next();
            if (c.branches > 0 && iterNext) {
                // an iterator loop converged: a state of an earlier iteration, still being explored, covers this one
                // and the iterator is active (is_state_visited's is_iter_next_insn case, RANGE_WITHIN, then 'hit')
                if (pruner.covers(c.state, p.st, p.pc, c) && iterActive(p.st)) {
                    c.hits++;
                    propagatePrecision(c, p);
                    StackLiveness.propagate(c, p.cp, p.written);
                    return true;
                }
            } else if (c.branches > 0) {
                // every scalar compared: precise marks of a state still being explored are not final (EXACT)
                if (pruner.covers(c.state, p.st, p.pc, null) && pruner.sameLiveRegs(c.state, p.st, p.pc) && !State.iterDepthsDiffer(c.state, p.st)) {
                    throw VerifierContext.reject(Rule.INFINITE_LOOP, p.pc, "infinite loop detected at insn " + p.pc);
                }
                if (!force && jumpsProcessed - jumpsAtLastState < 20 && processed - insnsAtLastState < 100) addNew = false;
            } else if (pruner.covers(c.state, p.st, p.pc, c)) {
                c.hits++;
                propagatePrecision(c, p);
                StackLiveness.propagate(c, p.cp, p.written);
                return true;
            }
            // the kernel counts a miss only when it is about to add a state, so loop iterations that add none do not
            // evict the states recorded at the loop's start
            if (addNew) c.misses++;
            if (c.misses > c.hits * 3 + 3) it.remove(); // the parent chain still holds it for branch counting
        }
        if (!addNew) return false;
        if (list.size() >= options.maxStatesPerInsn() || checkpoints >= MAX_CHECKPOINTS) return false; // memory guard
        // the path's reference on its old checkpoint moves to c; c starts imprecise (mark_all_scalars_imprecise)
        Checkpoint c = new Checkpoint(p.st.copy(), p.cp, p.hist, p.written);
        p.hist = new JumpHistory();
        p.written = new long[Precision.FRAMES];
        list.add(c);
        checkpoints++;
        jumpsAtLastState = jumpsProcessed;
        insnsAtLastState = processed;
        p.cp = c;
        return false;
    }

    /**
     * The kernel's propagate_precision: the path was pruned because {@code old} covers it, which holds only while the
     * path's values of old's precise scalars stay inside old's ranges, so they become precise along this path too.
     */
    private void propagatePrecision(Checkpoint old, Path p) {
        Precision.Request bt = new Precision.Request(p.st.depth());
        int n = old.state.frames.size();
        for (int d = 0; d < n; d++) {
            Frame fo = old.state.frames.get(d);
            int live = pruner.liveRegs(p.pc, d, n);
            for (int r = 0; r < 10; r++) {
                if ((live & (1 << r)) != 0 && fo.regs[r] instanceof Value.ScalarValue && old.preciseReg(d, r)) bt.reg(d, r);
            }
            for (int s = 0; s < Frame.STACK_SLOTS; s++) {
                if (fo.stack[s] instanceof StackSlot.Spill sp && sp.value() instanceof Value.ScalarValue && old.preciseSlot(d, s)) bt.slot(d, s);
            }
        }
        precision.mark(p.cp, p.hist, bt, false);
    }

    /** The iterator R1 points at (the argument of the next call at this instruction) is active. */
    private static boolean iterActive(State st) {
        if (!(st.reg(1) instanceof Value.StackPtr sp) || !sp.off().isConst()) return false;
        long off = sp.off().constValue();
        if (off < -512 || off >= 0) return false;
        State.Iter it = st.iterAt(sp.frame(), Frame.slotOf(off));
        return it != null && it.active();
    }

    private static void finish(Checkpoint cp) {
        for (Checkpoint c = cp; c != null; c = c.parent) {
            if (--c.branches > 0) break;
        }
    }

    /** Executes the instruction at the path's pc; returns the next pc or -1 when the path ended. */
    private int step(Path p, Deque<Path> stack) {
        int pc = p.pc;
        State st = p.st;
        Insn insn = insns[pc];
        if (insn.dst() > 10) throw VerifierContext.reject(Rule.BAD_INSN, pc, "R" + insn.dst() + " is invalid");
        if (insn.src() > 10 && !(insn.isLdImm64() || InsnShape.isCall(insn))) throw VerifierContext.reject(Rule.BAD_INSN, pc, "R" + insn.src() + " is invalid");
        int cls = Opcodes.cls(insn.opcode());
        p.hist.add(pc, jumpPoint[pc]);
        PreciseUses.record(st, insn, p.hist);
        StackLiveness.noteWrite(st, insn, p.written);
        Precision.Request need = PreciseUses.needs(ctx, st, insn, pc);
        if (need != null) precision.mark(p.cp, p.hist, need, true);
        switch (cls) {
            case Opcodes.BPF_ALU, Opcodes.BPF_ALU64 -> { AluStep.execute(st, insn, pc); return pc + 1; }
            case Opcodes.BPF_LDX -> { memory.load(st, insn, pc); return pc + 1; }
            case Opcodes.BPF_ST, Opcodes.BPF_STX -> { memory.store(st, insn, pc); return pc + 1; }
            case Opcodes.BPF_LD -> { ldImm64(st, insn, pc); return pc + 2; }
            default -> { jumpsProcessed++; return jump(p, insn, stack); }
        }
    }

    private void ldImm64(State st, Insn insn, int pc) {
        if (!insn.isLdImm64()) throw VerifierContext.reject(Rule.BAD_INSN, pc, "unknown opcode " + String.format("%02x", insn.opcode()));
        VerifierContext.checkWritable(insn.dst(), pc);
        Value v = switch (ctx.reloc(pc).orElse(null)) {
            case null -> {
                if (insn.src() != 0) throw VerifierContext.reject(Rule.BAD_INSN, pc, "ld_imm64 with pseudo source " + insn.src() + " was not produced by a relocation");
                yield Value.constant(Integer.toUnsignedLong(insn.imm()) | (long) insns[pc + 1].imm() << 32);
            }
            case SlotReloc.LoadMap m -> new Value.MapPtr(m.map());
            case SlotReloc.LoadData d -> new Value.MapValuePtr(d.map(), Scalar.constant(d.offset()), false, 0);
            case SlotReloc.LoadKsym k -> ctx.kernel.kfunc(k.name()).isPresent()
                    ? new Value.MemPtr(0, Scalar.constant(0), false, 0, 0, true) // resolved ksym: non-NULL read-only memory
                    : k.weak() ? Value.constant(0) : unresolved(k.name(), pc);
            case SlotReloc.CallKfunc c -> throw new IllegalStateException("loader tags calls only on call instructions");
            case SlotReloc.CallSubprog c -> throw new IllegalStateException("loader tags calls only on call instructions");
            // The kernel verifies a callback in its own frame when the helper/kfunc taking it is called, with
            // per-helper argument and return-range rules; none of that is modelled, so refuse rather than guess.
            case SlotReloc.LoadFunc f -> throw VerifierContext.reject(Rule.NOT_MODELLED, pc,
                    "not modelled: callback function pointer (subprogram at insn " + f.target() + ") for bpf_loop/bpf_timer_set_callback/bpf_rbtree_add and similar");
            case SlotReloc.Unmodelled u -> throw VerifierContext.reject(Rule.NOT_MODELLED, pc, "not modelled: " + u.what());
        };
        st.setReg(insn.dst(), v);
    }

    private static Value unresolved(String name, int pc) {
        throw VerifierContext.reject(Rule.KFUNC_UNRESOLVED, pc, "extern (ksym) '" + name + "': not found in kernel BTF");
    }

    private int jump(Path p, Insn insn, Deque<Path> stack) {
        int pc = p.pc;
        State st = p.st;
        if (InsnShape.isExit(insn)) return exit(st, pc);
        if (InsnShape.isCall(insn)) return call(p, insn, stack);
        if (InsnShape.isJa(insn)) return (int) InsnShape.jumpTarget(insn, pc);
        if (!InsnShape.isCondJump(insn)) throw VerifierContext.reject(Rule.BAD_INSN, pc, "unknown opcode " + String.format("%02x", insn.opcode()));
        Value a = st.reg(insn.dst()), b = Opcodes.source(insn.opcode()) == Opcodes.BPF_X ? st.reg(insn.src()) : Value.NOT_INIT;
        BranchStep.Outcome o = BranchStep.execute(st, insn, pc);
        int target = (int) InsnShape.jumpTarget(insn, pc);
        // a direction ruled out by the ranges (is_branch_taken), or a null check against a register holding 0
        if (o.taken() == null || o.fallthrough() == null || a.isPointer() || b.isPointer()) {
            Precision.Request bt = PreciseUses.decided(a, b, insn, st.depth());
            if (bt != null) precision.mark(p.cp, p.hist, bt, true);
        }
        if (o.taken() != null && o.fallthrough() != null) {
            if (p.cp != null) p.cp.branches++;
            Path other = new Path(target, o.taken(), p.cp, new ArrayDeque<>(p.trace), p.hist.copy());
            other.written = p.written.clone();
            stack.push(other);
            // the kernel's push_stack limit on branch states waiting to be explored
            if (stack.size() > MAX_PENDING_BRANCHES) {
                throw VerifierContext.reject(Rule.INSN_LIMIT, pc, "The sequence of " + stack.size() + " jumps is too complex.");
            }
            p.st = o.fallthrough();
            return pc + 1;
        }
        if (o.taken() != null) { p.st = o.taken(); return target; }
        if (o.fallthrough() != null) { p.st = o.fallthrough(); return pc + 1; }
        return -1; // both directions impossible: the path was already contradictory
    }

    private int call(Path p, Insn insn, Deque<Path> stack) {
        int pc = p.pc;
        State st = p.st;
        SlotReloc r = ctx.reloc(pc).orElse(null);
        if (insn.dst() != 0 || insn.off() != 0) throw VerifierContext.reject(Rule.BAD_INSN, pc, "BPF_CALL uses reserved fields");
        if (r instanceof SlotReloc.CallKfunc k) {
            State queued = calls.kfunc(st, k, pc);
            if (queued != null) { // an iterator's next: the active side is explored after the drained one
                if (p.cp != null) p.cp.branches++;
                Path active = new Path(pc + 1, queued, p.cp, new ArrayDeque<>(p.trace), p.hist.copy());
                active.written = p.written.clone();
                stack.push(active);
                if (stack.size() > MAX_PENDING_BRANCHES) {
                    throw VerifierContext.reject(Rule.INSN_LIMIT, pc, "The sequence of " + stack.size() + " jumps is too complex.");
                }
            }
            return pc + 1;
        }
        if (r instanceof SlotReloc.CallSubprog s) return enterSubprog(st, s.target(), pc);
        if (insn.src() == 0) { calls.helper(st, insn, pc); return pc + 1; }
        if (insn.src() == Opcodes.BPF_PSEUDO_CALL) {
            throw VerifierContext.reject(Rule.JUMP_OUT_OF_RANGE, pc, "call to insn " + (pc + 1L + insn.imm()) + " is outside the program");
        }
        throw VerifierContext.reject(Rule.BAD_INSN, pc, "call with src " + insn.src() + " was not produced by a relocation");
    }

    private int enterSubprog(State st, int target, int pc) {
        if (st.frames.size() >= MAX_FRAMES) {
            throw VerifierContext.reject(Rule.CALL_DEPTH, pc, "the call stack of " + st.frames.size() + " frames is too deep");
        }
        for (Frame f : st.frames) {
            if (f.callsite >= 0 && ctx.reloc(f.callsite).orElse(null) instanceof SlotReloc.CallSubprog s && s.target() == target) {
                throw VerifierContext.reject(Rule.CALL_DEPTH, pc, "recursive call from insn " + pc + " to insn " + target);
            }
        }
        ctx.noteCall(st.top().entry, target, pc);
        Frame callee = new Frame(pc, target);
        for (int r = 1; r <= 5; r++) callee.regs[r] = st.reg(r);
        callee.regs[10] = new Value.StackPtr(st.frames.size(), Scalar.constant(0));
        st.frames.add(callee);
        return target;
    }

    private int exit(State st, int pc) {
        if (st.depth() > 0) {
            // a subprogram may return without setting R0 (void functions): the caller fails only if it reads it
            Value r0 = st.reg(0);
            if (r0 instanceof Value.StackPtr sp && sp.frame() == st.depth()) {
                throw VerifierContext.reject(Rule.STACK_ESCAPE, pc, "cannot return stack pointer to the caller");
            }
            Frame callee = st.frames.removeLast();
            CallStep.clobber(st);
            st.setReg(0, r0);
            return callee.callsite + 1;
        }
        if (ctx.callback.returnsValue() && st.reg(0) instanceof Value.NotInit) {
            throw VerifierContext.reject(Rule.R0_UNSET, pc, "R0 !read_ok");
        }
        if (st.rcuDepth > 0) throw VerifierContext.reject(Rule.RCU_LOCK, pc, "BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region");
        // 7.x lets a struct_ops program hand a referenced object back to the kernel in R0
        int returned = st.reg(0).refId();
        State.Ref leak = st.refs.stream().filter(r -> r.id() != returned).findFirst().orElse(null);
        if (leak != null) {
            throw VerifierContext.reject(Rule.REF_LEAK, pc, "Unreleased reference id=" + leak.id() + " alloc_insn=" + leak.acquiredAt());
        }
        return -1;
    }

    private static String[] disassemble(Insn[] insns, LoadedProgram prog) {
        String[] out = new String[insns.length];
        java.util.Arrays.fill(out, "");
        byte[] code = new byte[insns.length * 8];
        for (int i = 0; i < insns.length; i++) insns[i].encode(code, i * 8);
        for (String line : Disassembler.disassemble(code).split("\n")) {
            int colon = line.indexOf(": ");
            if (colon <= 0) continue;
            try {
                int slot = Integer.parseInt(line.substring(0, colon).strip());
                if (slot >= 0 && slot < out.length) out[slot] = line.substring(colon + 2);
            } catch (NumberFormatException e) {
                // label lines ("L0:") carry no instruction
            }
        }
        prog.relocs().forEach((slot, r) -> {
            if (slot < 0 || slot >= out.length) return;
            String dst = "r" + insns[slot].dst();
            out[slot] = switch (r) {
                case SlotReloc.CallKfunc k -> "call " + k.name();
                case SlotReloc.CallSubprog c -> "call pc" + (c.target() - slot - 1 >= 0 ? "+" : "") + (c.target() - slot - 1) + " (subprogram at insn " + c.target() + ")";
                case SlotReloc.LoadMap m -> dst + " = map[" + m.map().name() + "] ll";
                case SlotReloc.LoadData d -> dst + " = map_value[" + d.map().name() + "+" + d.offset() + "] ll";
                case SlotReloc.LoadKsym k -> dst + " = ksym[" + k.name() + "] ll";
                case SlotReloc.LoadFunc f -> dst + " = func[insn " + f.target() + "] ll";
                case SlotReloc.Unmodelled u -> dst + " = <" + u.what() + "> ll";
            };
        });
        return out;
    }
}
