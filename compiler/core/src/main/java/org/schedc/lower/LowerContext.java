package org.schedc.lower;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.schedc.ast.Ast.Expr;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Cond;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;
import org.schedc.kabi.Kabi;
import org.schedc.sema.CheckedPolicy;
import org.schedc.sema.KernelFieldRef;
import org.schedc.sema.Symbols.Local;
import org.schedc.sema.Symbols.Resolution;
import org.schedc.sema.Type;

/**
 * The state the lowering parts share: the policy, the function being built and the block code goes into,
 * the values of locals, enclosing loops and inlined calls, and the source position last recorded. Each
 * concern of lowering is one object reached from here, so the parts call each other explicitly.
 */
final class LowerContext {
    final CheckedPolicy policy;
    final Kabi kabi;
    /** Source files the line numbers point into: the policy, then each module an inlined function came from. */
    final List<org.schedc.diag.SourceFile> files = new ArrayList<>();
    int fileIndex;

    // Per-function state.
    Ir.Function fn;
    /** Where code goes; null after return/break/continue until a new block is started. */
    Block current;
    final Map<Local, Value> locals = new IdentityHashMap<>();
    /** Enclosing loops: {continue target, break target}. */
    final Deque<Block[]> loops = new ArrayDeque<>();
    final Deque<Inlining.Inline> inlines = new ArrayDeque<>();
    String callback;
    /** What the current handler returns; the generated init returns a status (s32). */
    Type handlerReturnType;
    Value enqFlags;
    int lastLine = -1;
    /** Nullable handler arguments, read once per function (see {@link Expressions#materialise}). */
    final Map<Integer, Value.Scalar> keptArgs = new java.util.HashMap<>();

    final Statements stmts = new Statements(this);
    final Conditions conds = new Conditions(this);
    final Expressions exprs = new Expressions(this);
    final StateMaps state = new StateMaps(this);
    final Classification tags = new Classification(this);
    final TagCache tagCache = new TagCache(this);
    final ByteArrays bytes = new ByteArrays(this);
    final Builtins builtins = new Builtins(this);
    final Inlining inlining = new Inlining(this);
    final DataTables data;

    LowerContext(CheckedPolicy policy) {
        this.policy = policy;
        this.kabi = policy.primary();
        this.data = new DataTables(policy);
        files.add(policy.file());
    }

    /** Starts a new function: fresh registers, blocks and locals. */
    void begin(String name, Type returnType) {
        callback = name;
        handlerReturnType = returnType;
        fn = new Ir.Function(name);
        locals.clear();
        keptArgs.clear();
        tagCache.clear();
        lastLine = -1;
        current = fn.newBlock();
        enqFlags = null;
    }

    void emit(Inst i) {
        if (current == null) current = fn.newBlock(); // code after return/break: unreachable, removed later
        current.insts.add(i);
    }

    void line(org.schedc.diag.Span span) {
        int encoded = fileIndex * Lowering.LINE_FILE_STRIDE + span.line();
        if (encoded != lastLine) {
            emit(new Inst.Line(encoded, span.column()));
            lastLine = encoded;
        }
    }

    VReg reg(Operand op) {
        if (op instanceof VReg v) return v;
        VReg v = fn.newVReg();
        emit(new Inst.Const(v, ((Imm) op).value()));
        return v;
    }

    /** Keeps narrow integer types canonical in 64-bit registers. */
    VReg normalise(VReg v, Type t) {
        if (t instanceof Type.Int it && it.bits() < 64) {
            VReg n = fn.newVReg();
            emit(new Inst.Norm(n, v, it.bits(), it.signed()));
            return n;
        }
        if (t instanceof Type.Bool) {
            VReg n = fn.newVReg();
            emit(new Inst.Norm(n, v, 8, false));
            return n;
        }
        return v;
    }

    long enumValue(String name) {
        return kabi.enumValue(name).orElseThrow(() -> new IllegalStateException("checker let through missing " + name));
    }

    /** A kernel enum constant in a register, CO-RE relocated (ENUMVAL) so each kernel gets its own value. */
    VReg enumConst(String name) {
        VReg v = fn.newVReg();
        emit(new Inst.Const(v, enumValue(name), name));
        return v;
    }

    /** The call target of a kfunc the checker chose, with the variants it falls back to on kernels that lack it. */
    Ir.Callee.Kfunc kfunc(String name) {
        return new Ir.Callee.Kfunc(name, policy.kfuncFallbacks().getOrDefault(name, List.of()));
    }

    void jumpTo(Block b) {
        if (current != null) current.terminator = new Terminator.Jump(b);
        current = null;
    }

    /** Runs {@code body} only when {@code v} is not zero (a non-null pointer, a true bool). */
    void ifNonZero(VReg v, Runnable body) {
        Block ok = fn.newBlock(), join = fn.newBlock();
        current.terminator = new Terminator.Branch(Cond.NE, v, new Imm(0), ok, join);
        current = ok;
        body.run();
        jumpTo(join);
        current = join;
        lastLine = -1;
    }

    long constant(Expr e) {
        BigInteger v = policy.constantValues().get(e);
        return v.longValue();
    }

    /** A kernel field as the IR addresses it, and where it lies in the primary target (CO-RE relocations move it on the others). */
    record FieldLayout(Ir.FieldRef ref, long offset, int size, boolean signed) {}

    /** The kernel field expression {@code e} ({@code p.vtime}): sema's resolution, not a new walk. */
    FieldLayout field(Expr e) {
        KernelFieldRef ref = policy.kernelField(e).orElseThrow(() -> new IllegalStateException("checker let through an unresolved kernel field at " + e.span()));
        return layout(ref.rootStruct(), ref.path(), ref.primary(), ref.type() instanceof Type.Int it && it.signed());
    }

    /** A field lowering reads on its own (classification, pick_idle_cpu), which no policy expression names. */
    FieldLayout generatedField(String root, List<String> path, boolean signed) {
        return switch (KernelFieldRef.walk(kabi, root, path)) {
            case KernelFieldRef.Walk.Found found -> layout(root, path, found.layout(), signed);
            case KernelFieldRef.Walk.NoStruct none -> throw new IllegalStateException("kernel " + kabi.name() + " has no struct " + root);
            case KernelFieldRef.Walk.NoMember miss -> throw new IllegalStateException("kernel " + kabi.name() + " has no " + root + "." + String.join(".", path));
            case KernelFieldRef.Walk.BitField bits -> throw new IllegalStateException(root + "." + String.join(".", path) + " is a bit-field");
        };
    }

    private FieldLayout layout(String root, List<String> path, KernelFieldRef.Layout primary, boolean signed) {
        return new FieldLayout(new Ir.FieldRef(root, path, primary.chain()), primary.byteOffset(), (int) kabi.btf().sizeOf(primary.typeId()), signed);
    }
}
