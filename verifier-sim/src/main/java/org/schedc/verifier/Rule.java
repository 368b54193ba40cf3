package org.schedc.verifier;

/** The verifier rules the simulator reports, with a stable id and an explanation for policy authors. */
public enum Rule {
    UNINIT_REG("uninit-reg", "A register is read before anything was stored in it on this path."),
    FP_WRITE("fp-write", "R10 is the read-only frame pointer; it cannot be assigned."),
    NULL_DEREF("null-deref", "A pointer that may be NULL is used before the program checks it against NULL."),
    INVALID_MEM("invalid-mem", "Memory is accessed through a register that is not a valid pointer (e.g. a plain number)."),
    CTX_ACCESS("ctx-access", "The callback's argument array was read at an offset/size that is not one of its arguments."),
    CTX_WRITE("ctx-write", "The callback's arguments are read-only."),
    CTX_PTR_ARITH("ctx-ptr-arith", "The context pointer must be dereferenced unmodified (no arithmetic on it)."),
    BTF_ACCESS("btf-access", "A kernel object is read outside the struct or not at a member."),
    BTF_WRITE("btf-write", "Kernel objects are read-only except task_struct's scx.slice, scx.dsq_vtime and scx.disallow."),
    STACK_OOB("stack-oob", "A stack access falls outside the 512-byte frame."),
    MISALIGNED("misaligned", "Stack accesses must be aligned to their size."),
    MAP_OOB("map-oob", "A map value or memory access may fall outside the value's size."),
    READONLY_WRITE("readonly-write", "The program writes to read-only memory (.rodata or a const buffer)."),
    PTR_ARITH("ptr-arith", "This arithmetic is not allowed on a pointer (only adding/subtracting scalars, with a null check first)."),
    DIV_BY_ZERO("div-by-zero", "Division or modulo by the constant zero."),
    BAD_SHIFT("bad-shift", "Shift by an immediate not smaller than the operand width."),
    INSN_LIMIT("insn-limit", "Verification needs more than 1,000,000 instruction steps: too many paths. Merge branches early."),
    INFINITE_LOOP("infinite-loop", "A loop comes back to the same state: it would never terminate."),
    R0_UNSET("r0-unset", "The callback returns a value but R0 is not set on this path."),
    KFUNC_NOT_ALLOWED("kfunc-not-allowed", "The kernel does not allow this kernel function in this callback."),
    KFUNC_UNRESOLVED("kfunc-unresolved", "The kernel function does not exist on this kernel and the call is not guarded."),
    EXTERN_NO_BTF("extern-no-btf", "The object declares no BTF prototype for this extern; libbpf cannot resolve it and refuses the object."),
    BAD_KFUNC_ARG("bad-kfunc-arg", "An argument does not have the type the kernel function expects."),
    BAD_HELPER_ARG("bad-helper-arg", "An argument does not have the type the helper expects."),
    BAD_HELPER("helper-not-allowed", "sched_ext programs may not call this helper (it belongs to another program type)."),
    REF_LEAK("ref-leak", "An acquired kernel object is not released on every path to exit."),
    BAD_RELEASE("bad-release", "A release function was given something that is not an acquired reference."),
    SLEEPABLE("sleepable-not-allowed", "This callback may not be sleepable (struct_ops.s/)."),
    NO_OPS_SLOT("no-ops-slot", "No sched_ext_ops member refers to this program, or the kernel lacks that member."),
    JUMP_OUT_OF_RANGE("jump-out-of-range", "A jump or call lands outside the program."),
    UNREACHABLE("unreachable-insn", "An instruction can never run; the kernel rejects dead code it can see statically."),
    FALL_OFF_END("fall-off-end", "Execution can run past the last instruction: end every path with exit or a jump."),
    CORE_RELO("core-relo-failed", "A field or type the program reads does not exist on this kernel (CO-RE relocation failed) and the access is not guarded."),
    BAD_INSN("bad-insn", "The instruction encoding is not valid BPF."),
    CALL_DEPTH("call-depth", "Too many nested subprogram calls, or a recursive call."),
    STACK_ESCAPE("stack-escape", "A pointer to a subprogram's stack is returned to its caller."),
    RCU_LOCK("rcu-lock", "bpf_rcu_read_lock() and bpf_rcu_read_unlock() must pair up on every path, and sleepable calls may not run inside."),
    NOT_MODELLED("not-modelled", "The program uses a kernel feature verifier-sim does not model; rather than guess it refuses, the kernel may accept it."),
    INTERNAL("sim-internal", "The simulator hit an internal limit or error; the kernel's verdict is unknown.");

    private final String id;
    private final String explanation;

    Rule(String id, String explanation) {
        this.id = id;
        this.explanation = explanation;
    }

    public String id() { return id; }

    public String explanation() { return explanation; }
}
