package org.schedc.verifier;

/**
 * Open-coded numeric iterators (bpf_iter_num_new/next/destroy, the bpf_for and bpf_repeat macros), as the kernel
 * verifies them: new turns 8 bytes of stack into an iterator holding a reference; next forks the path (the current
 * one continues with the iterator drained and R0 = NULL, a queued one with it active and R0 pointing at the int);
 * destroy releases it. Convergence: at the next call a state still being explored that covers the current one with
 * the iterator active prunes it ({@link ProgramVerifier}), as is_state_visited does for iterator next instructions.
 * The kernel also widens imprecise scalars there; precision is not modelled, so loop-carried scalars that keep
 * changing are not widened and such loops can hit the instruction limit here where the kernel converges: a false
 * reject, never a false accept.
 */
final class IterStep {
    static final String NEW = "bpf_iter_num_new", NEXT = "bpf_iter_num_next", DESTROY = "bpf_iter_num_destroy";
    private static final String KIND = "num";

    private final VerifierContext ctx;

    IterStep(VerifierContext ctx) { this.ctx = ctx; }

    static boolean isIterKfunc(String name) { return name.equals(NEW) || name.equals(NEXT) || name.equals(DESTROY); }

    /** Executes one iterator kfunc; for next on an active iterator returns the queued (active) state, else null. */
    State call(State st, String name, int pc) {
        Value r1 = VerifierContext.use(st, 1, pc);
        if (!(r1 instanceof Value.StackPtr sp) || !sp.off().isConst()) {
            throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "arg#0 expected pointer to an iterator on stack");
        }
        long off = sp.off().constValue();
        if (off < -512 || off + 8 > 0 || Math.floorMod(off, 8L) != 0) {
            throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "arg#0 expected pointer to an iterator on stack");
        }
        int slot = Frame.slotOf(off);
        State.Iter it = st.iterAt(sp.frame(), slot);
        State queued = null;
        switch (name) {
            case NEW -> {
                if (st.overlapsIter(sp.frame(), slot, slot + 1)) {
                    throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "expected uninitialized iter_num as arg #0");
                }
                for (int r = 2; r <= 3; r++) {
                    if (!(VerifierContext.use(st, r, pc) instanceof Value.ScalarValue)) throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "R" + r + " is not a scalar");
                }
                ctx.noteStack(st.frames.get(sp.frame()), off);
                int ref = ctx.newId();
                st.refs.add(new State.Ref(ref, pc));
                st.iters.add(new State.Iter(sp.frame(), slot, KIND, true, ref, 0));
                CallStep.clobber(st);
                st.setReg(0, Value.scalar(Scalar.unknownOfSize(4)));
            }
            case NEXT -> {
                requireIter(it, pc);
                if (it.active()) {
                    queued = st.copy();
                    queued.iters.replaceAll(i -> i.equals(it) ? new State.Iter(i.frame(), i.slot(), i.kind(), true, i.refId(), i.depth() + 1) : i);
                    CallStep.clobber(queued);
                    queued.setReg(0, new Value.MemPtr(4, Scalar.constant(0), false, 0, 0, true));
                    st.iters.replaceAll(i -> i.equals(it) ? new State.Iter(i.frame(), i.slot(), i.kind(), false, i.refId(), i.depth()) : i);
                }
                CallStep.clobber(st);
                st.setReg(0, Value.constant(0));
            }
            case DESTROY -> {
                requireIter(it, pc);
                st.iters.remove(it);
                st.refs.removeIf(r -> r.id() == it.refId());
                CallStep.clobber(st);
                st.setReg(0, Value.NOT_INIT);
            }
            default -> throw new IllegalStateException("not an iterator kfunc: " + name);
        }
        return queued;
    }

    private static void requireIter(State.Iter it, int pc) {
        if (it == null) throw VerifierContext.reject(Rule.BAD_KFUNC_ARG, pc, "expected an initialized iter_num as arg #0");
    }
}
