package org.schedc.lower;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Stmt;
import org.schedc.bpf.asm.Helpers;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Cond;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;
import org.schedc.kabi.Kabi;
import org.schedc.sema.Builtin;
import org.schedc.sema.CheckedPolicy;
import org.schedc.sema.Symbols;
import org.schedc.sema.Symbols.GlobalInfo;
import org.schedc.sema.Symbols.HandlerInfo;
import org.schedc.sema.Symbols.Local;
import org.schedc.sema.Symbols.QueueInfo;
import org.schedc.sema.Symbols.Resolution;
import org.schedc.sema.Type;

/** Lowers a checked policy to IR: one function per handler (user functions are inlined). */
public final class Lowering {
    /** A program to emit: its sched_ext callback, IR, and whether the callback returns a value. */
    public record Program(String callback, boolean sleepable, boolean returnsValue, Ir.Function function) {}

    /**
     * The programs, and the message strings for error(): they live in .data after the globals,
     * at {@code stringsOffset}, because the kernel types the kfunc's format argument as writable memory.
     */
    public record Result(List<Program> programs, byte[] strings, int stringsOffset, List<org.schedc.diag.SourceFile> files) {
        /** The source file and line of an encoded {@link Inst.Line} line number. */
        public org.schedc.diag.SourceFile fileOf(int encodedLine) { return files.get(encodedLine / LINE_FILE_STRIDE); }
        public static int lineOf(int encodedLine) { return encodedLine % LINE_FILE_STRIDE; }
    }

    /** Line numbers in {@link Inst.Line} carry the file: index in {@link Result#files()} times this, plus the line. */
    public static final int LINE_FILE_STRIDE = 1 << 20;
    private final List<org.schedc.diag.SourceFile> files = new ArrayList<>();
    private int fileIndex;

    private final CheckedPolicy policy;
    private final Kabi kabi;
    private final ByteArrayOutputStream strings = new ByteArrayOutputStream();
    private final Map<String, Integer> stringOffsets = new HashMap<>();

    // Per-function state.
    private Ir.Function fn;
    private Block current;
    private final Map<Local, Value> locals = new IdentityHashMap<>();
    private final Deque<Block[]> loops = new ArrayDeque<>();
    private final Deque<Inline> inlines = new ArrayDeque<>();
    private String callback;
    /** What the current handler returns; the generated init returns a status (s32). */
    private Type handlerReturnType;
    private Value enqFlags;
    private int lastLine = -1;

    /** A lowered value: a scalar operand, or the two parts of a CPU pick. */
    private sealed interface Value {
        record Scalar(Operand op) implements Value {}
        record Pick(Operand cpu, Operand idle) implements Value {}
        record None() implements Value {}
        /** A handler argument, loaded from ctx where it is used (CSE merges repeated loads). */
        record Arg(int index, Type type) implements Value {}
    }

    /**
     * An inlined call: where its returns go. A bool function inlined as a condition has branch
     * targets instead of a result register, so {@code return e} branches on e directly.
     */
    private record Inline(VReg result, Block exit, Block ifTrue, Block ifFalse) {}

    public Lowering(CheckedPolicy policy) {
        this.policy = policy;
        this.kabi = policy.primary();
        files.add(policy.file());
    }

    public Result lower() {
        List<Program> programs = new ArrayList<>();
        boolean hasInit = false;
        for (HandlerInfo h : policy.handlers()) {
            hasInit |= h.callback().equals("init");
            programs.add(lowerHandler(h));
        }
        if (!hasInit && !policy.queues().isEmpty()) programs.add(lowerHandler(null));
        if (!policy.classify().isEmpty()) {
            // Classification runs when a task is enabled and when it becomes runnable (comm changes on exec).
            for (String cb : List.of("enable", "runnable")) {
                if (policy.handlers().stream().noneMatch(h -> h.callback().equals(cb))) programs.add(lowerGenerated(cb));
            }
        }
        return new Result(programs, strings.toByteArray(), stringsOffset(), List.copyOf(files));
    }

    private Program lowerHandler(HandlerInfo h) {
        callback = h == null ? "init" : h.callback();
        handlerReturnType = h == null ? Type.S32 : h.returnType();
        fn = new Ir.Function(callback);
        locals.clear();
        lastLine = -1;
        current = fn.newBlock();
        enqFlags = null;
        if (h != null) {
            for (int i = 0; i < h.params().size(); i++) {
                Local l = h.params().get(i);
                locals.put(l, new Value.Arg(i, l.type));
            }
            if (callback.equals("enqueue") && kabi.callback("enqueue").map(c -> c.params().size() > 1).orElse(false)) {
                enqFlags = new Value.Arg(1, Type.U64);
            }
        }
        boolean returnsValue = !(handlerReturnType instanceof Type.Void);
        if (callback.equals("init")) createQueues();
        if (h != null && !policy.classify().isEmpty() && (callback.equals("enable") || callback.equals("runnable"))) {
            line(h.decl().span());
            classify(reg(materialise(new Value.Arg(0, Type.TASK)) instanceof Value.Scalar sc ? sc.op() : new Imm(0)));
        }
        if (h != null) lowerBlock(h.decl().body());
        if (current != null) {
            // Falling off the end: handlers that return a status report success.
            current.terminator = new Terminator.Return(returnsValue ? new Imm(0) : null);
        }
        new Cleanup(fn).run();
        return new Program(callback, h == null || h.sleepable(), returnsValue, fn);
    }

    /** A compiler-made handler that only classifies its task (argument 0). */
    private Program lowerGenerated(String cb) {
        callback = cb;
        handlerReturnType = Type.VOID;
        fn = new Ir.Function(cb);
        locals.clear();
        lastLine = -1;
        fileIndex = 0;
        current = fn.newBlock();
        enqFlags = null;
        line(policy.classify().getFirst().span());
        classify(reg(((Value.Scalar) materialise(new Value.Arg(0, Type.TASK))).op()));
        if (current != null) current.terminator = new Terminator.Return(null);
        new Cleanup(fn).run();
        return new Program(cb, false, false, fn);
    }

    private void createQueues() {
        for (QueueInfo q : policy.queues()) {
            VReg r = fn.newVReg();
            emit(new Inst.Call(r, kfunc(policy.initKfuncs().get("create_dsq")), List.of(new Imm(q.id()), new Imm(-1))));
            VReg status = normalise(r, Type.S32);
            Block fail = fn.newBlock(), next = fn.newBlock();
            current.terminator = new Terminator.Branch(Cond.SLT, status, new Imm(0), fail, next);
            fail.terminator = new Terminator.Return(status);
            current = next;
        }
    }

    // ---------------------------------------------------------------- helpers

    private void emit(Inst i) {
        if (current == null) current = fn.newBlock(); // code after return/break: unreachable, removed later
        current.insts.add(i);
    }

    private void line(org.schedc.diag.Span span) {
        int encoded = fileIndex * LINE_FILE_STRIDE + span.line();
        if (encoded != lastLine) {
            emit(new Inst.Line(encoded, span.column()));
            lastLine = encoded;
        }
    }

    private VReg reg(Operand op) {
        if (op instanceof VReg v) return v;
        VReg v = fn.newVReg();
        emit(new Inst.Const(v, ((Imm) op).value()));
        return v;
    }

    /** Keeps narrow integer types canonical in 64-bit registers. */
    private VReg normalise(VReg v, Type t) {
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

    private long enumValue(String name) {
        return kabi.enumValue(name).orElseThrow(() -> new IllegalStateException("checker let through missing " + name));
    }

    /** A kernel enum constant in a register, CO-RE relocated (ENUMVAL) so each kernel gets its own value. */
    private VReg enumConst(String name) {
        VReg v = fn.newVReg();
        emit(new Inst.Const(v, enumValue(name), name));
        return v;
    }

    /** The call target of a kfunc the checker chose, with the variants it falls back to on kernels that lack it. */
    private Ir.Callee.Kfunc kfunc(String name) {
        return new Ir.Callee.Kfunc(name, policy.kfuncFallbacks().getOrDefault(name, List.of()));
    }

    // ---------------------------------------------------------------- statements

    private void lowerBlock(Ast.Block b) {
        for (Stmt s : b.stmts()) {
            if (current == null) return; // the rest is unreachable
            lowerStmt(s);
        }
    }

    private void lowerStmt(Stmt s) {
        line(s.span());
        switch (s) {
            case Stmt.Let let -> {
                Local l = policy.declaredLocals().get(let);
                Value v = lowerValue(let.init(), l.type);
                if (l.mutable && v instanceof Value.Scalar sc) {
                    // A mutable local needs its own register: it may be reassigned while the source lives on.
                    VReg copy = fn.newVReg();
                    if (sc.op() instanceof VReg src) emit(new Inst.Mov(copy, src));
                    else emit(new Inst.Const(copy, ((Imm) sc.op()).value()));
                    v = new Value.Scalar(copy);
                }
                locals.put(l, v);
            }
            case Stmt.Assign a -> lowerAssign(a);
            case Stmt.If iff -> {
                Block then = fn.newBlock(), join = fn.newBlock();
                Block otherwise = iff.otherwise() == null ? join : fn.newBlock();
                lowerCond(iff.condition(), then, otherwise);
                current = then;
                lowerBlock(iff.then());
                jumpTo(join);
                if (iff.otherwise() != null) {
                    current = otherwise;
                    lowerBlock(iff.otherwise());
                    jumpTo(join);
                }
                current = join;
                lastLine = -1;
            }
            case Stmt.Match m -> lowerMatch(m);
            case Stmt.For f -> lowerFor(f);
            case Stmt.Return r -> lowerReturn(r);
            case Stmt.Insert ins -> lowerInsert(ins);
            case Stmt.ExprStmt es -> lowerValue(es.expr(), null);
            case Stmt.Break b -> {
                current.terminator = new Terminator.Jump(loops.peek()[1]);
                current = null;
            }
            case Stmt.Continue c -> {
                current.terminator = new Terminator.Jump(loops.peek()[0]);
                current = null;
            }
            case Stmt.Invalid inv -> throw new IllegalStateException("invalid statement reached lowering");
        }
    }

    private void jumpTo(Block b) {
        if (current != null) current.terminator = new Terminator.Jump(b);
        current = null;
    }

    private void lowerAssign(Stmt.Assign a) {
        Resolution r = policy.resolutions().get(a.target());
        Type t = policy.typeOf(a.target());
        if (t instanceof Type.Chars chars) {
            copyBytes(byteStore(a.target()), byteStore(a.value()), chars.length());
            return;
        }
        if (r instanceof Resolution.CounterRef cr) {
            bumpCounter(cr.counter().name(), a.op(), lowerScalar(a.value(), Type.U64));
            return;
        }
        if (r instanceof Resolution.StateAccess sa) {
            assignState(a, sa, t);
            return;
        }
        Operand value;
        if (a.op() != null) {
            Operand old = lowerScalar(a.target(), t);
            Operand rhs = lowerScalar(a.value(), t);
            value = arith(a.op(), old, rhs, t);
        } else value = lowerScalar(a.value(), t);
        switch (r) {
            case Resolution.LocalRef lr -> {
                Value cur = locals.get(lr.local());
                VReg dst = ((Value.Scalar) cur).op() instanceof VReg v ? v : fn.newVReg();
                if (value instanceof VReg src) emit(new Inst.Mov(dst, src));
                else emit(new Inst.Const(dst, ((Imm) value).value()));
                locals.put(lr.local(), new Value.Scalar(dst));
            }
            case Resolution.GlobalRef g -> {
                VReg addr = fn.newVReg();
                emit(new Inst.GlobalAddr(addr, g.g().section(), g.g().offset()));
                emit(new Inst.Store(addr, 0, g.g().size(), value));
            }
            case Resolution.FieldAccess fa when policy.assignKfuncs().containsKey(a) -> {
                Operand task = lowerScalar(fa.base(), null);
                emit(new Inst.Call(null, kfunc(policy.assignKfuncs().get(a)), List.of(task, value)));
            }
            case Resolution.FieldAccess fa -> {
                VReg base = reg(lowerScalar(fa.base(), null));
                FieldLayout layout = layout(fa);
                emit(new Inst.StoreField(base, new Ir.FieldRef(fa.rootStruct(), fa.path()), layout.offset, layout.size, value));
            }
            default -> throw new IllegalStateException("checker let through assignment to " + r);
        }
    }

    private void lowerMatch(Stmt.Match m) {
        Type t = policy.typeOf(m.scrutinee());
        VReg v = reg(lowerScalar(m.scrutinee(), t));
        Block join = fn.newBlock();
        Block fallback = join;
        for (Ast.MatchArm arm : m.arms()) {
            Block body = fn.newBlock();
            boolean wildcard = false;
            for (Ast.Pattern p : arm.patterns()) {
                switch (p) {
                    case Ast.Pattern.Wildcard w -> wildcard = true;
                    case Ast.Pattern.Value pv -> {
                        long c = constant(pv.value());
                        Block next = fn.newBlock();
                        current.terminator = new Terminator.Branch(Cond.EQ, v, new Imm(c), body, next);
                        current = next;
                    }
                }
            }
            Block saved = current;
            current = body;
            lowerBlock(arm.body());
            jumpTo(join);
            current = saved;
            if (wildcard) fallback = body;
        }
        current.terminator = new Terminator.Jump(fallback);
        current = join;
        lastLine = -1;
    }

    private void lowerFor(Stmt.For f) {
        Local l = policy.declaredLocals().get(f);
        VReg i = fn.newVReg();
        Operand from = lowerScalar(f.from(), l.type);
        if (from instanceof VReg src) emit(new Inst.Mov(i, src)); else emit(new Inst.Const(i, ((Imm) from).value()));
        long end = constant(f.to());
        Block header = fn.newBlock(), body = fn.newBlock(), step = fn.newBlock(), exit = fn.newBlock();
        current.terminator = new Terminator.Jump(header);
        boolean signed = l.type instanceof Type.Int it && it.signed();
        header.terminator = new Terminator.Branch(signed ? Cond.SLT : Cond.ULT, i, new Imm(end), body, exit);
        current = body;
        locals.put(l, new Value.Scalar(i));
        loops.push(new Block[] {step, exit});
        lowerBlock(f.body());
        loops.pop();
        jumpTo(step);
        current = step;
        VReg next = fn.newVReg();
        emit(new Inst.Alu(Ir.AluOp.ADD, next, i, new Imm(1)));
        emit(new Inst.Mov(i, normalise(next, l.type)));
        current.terminator = new Terminator.Jump(header);
        current = exit;
        lastLine = -1;
    }

    private void lowerReturn(Stmt.Return r) {
        if (!inlines.isEmpty()) {
            Inline in = inlines.peek();
            if (in.ifTrue() != null) {
                lowerCond(r.value(), in.ifTrue(), in.ifFalse());
                return;
            }
            if (r.value() != null) {
                Operand v = lowerScalar(r.value(), policy.typeOf(r.value()));
                if (v instanceof VReg src) emit(new Inst.Mov(in.result(), src)); else emit(new Inst.Const(in.result(), ((Imm) v).value()));
            }
            current.terminator = new Terminator.Jump(in.exit());
            current = null;
            return;
        }
        boolean returnsValue = !(handlerReturnType instanceof Type.Void);
        Operand v = r.value() == null ? (returnsValue ? new Imm(0) : null) : lowerScalar(r.value(), handlerReturnType);
        current.terminator = new Terminator.Return(v);
        current = null;
    }

    private void lowerInsert(Stmt.Insert ins) {
        Operand task = lowerScalar(ins.task(), Type.TASK);
        Operand dsq = queueId(ins.queue());
        Operand slice = lowerScalar(ins.slice(), Type.U64);
        Operand flags = ins.flags() != null ? lowerScalar(ins.flags(), Type.U64)
                : enqFlags != null ? ((Value.Scalar) materialise(enqFlags)).op() : new Imm(0);
        List<Operand> args = new ArrayList<>(List.of(task, dsq, slice));
        if (ins.vtime() != null) args.add(lowerScalar(ins.vtime(), Type.U64));
        args.add(flags);
        emit(new Inst.Call(null, kfunc(policy.insertKfuncs().get(ins)), args));
        bumpCounter(switch (ins.queue()) {
            case Ast.QueueRef.Named n -> "inserted_" + n.name().name();
            case Ast.QueueRef.Global g -> "inserted_global";
            case Ast.QueueRef.Local l -> "dispatched_local";
            case Ast.QueueRef.LocalOn lo -> "dispatched_local";
        }, Ast.BinaryOp.ADD, new Imm(1));
    }

    private Operand queueId(Ast.QueueRef q) {
        return switch (q) {
            case Ast.QueueRef.Local l -> enumConst("SCX_DSQ_LOCAL");
            case Ast.QueueRef.Global g -> enumConst("SCX_DSQ_GLOBAL");
            case Ast.QueueRef.LocalOn lo -> {
                VReg cpu = reg(lowerScalar(lo.cpu(), Type.S32));
                VReg masked = fn.newVReg();
                emit(new Inst.Norm(masked, cpu, 32, false));
                VReg id = fn.newVReg();
                emit(new Inst.Alu(Ir.AluOp.OR, id, masked, enumConst("SCX_DSQ_LOCAL_ON")));
                yield id;
            }
            case Ast.QueueRef.Named n -> new Imm(((Resolution.QueueRef) policy.resolutions().get(n)).q().id());
        };
    }

    // ---------------------------------------------------------------- conditions

    /** Lowers a bool expression as control flow: jumps to {@code t} when true, {@code f} otherwise. */
    private void lowerCond(Expr e, Block t, Block f) {
        BigInteger c = policy.constantValues().get(e);
        if (c != null) {
            current.terminator = new Terminator.Jump(c.signum() != 0 ? t : f);
            current = null;
            return;
        }
        if (e instanceof Expr.Binary b) {
            switch (b.op()) {
                case AND -> {
                    Block mid = fn.newBlock();
                    lowerCond(b.left(), mid, f);
                    current = mid;
                    lowerCond(b.right(), t, f);
                    return;
                }
                case OR -> {
                    Block mid = fn.newBlock();
                    lowerCond(b.left(), t, mid);
                    current = mid;
                    lowerCond(b.right(), t, f);
                    return;
                }
                case EQ, NE, LT, LE, GT, GE -> {
                    compare(b, t, f);
                    return;
                }
                default -> { }
            }
        }
        if (e instanceof Expr.Unary u && u.op() == Ast.UnaryOp.NOT) {
            lowerCond(u.operand(), f, t);
            return;
        }
        if (e instanceof Expr.Call call && policy.resolutions().get(call) instanceof Resolution.UserCall uc) {
            bindArguments(uc.function(), call);
            inlines.push(new Inline(null, null, t, f));
            int savedFile = fileIndex;
            org.schedc.diag.SourceFile from = policy.moduleFiles().get(uc.function());
            if (from != null) {
                if (!files.contains(from)) files.add(from);
                fileIndex = files.indexOf(from);
                lastLine = -1;
            }
            lowerBlock(uc.function().body());
            fileIndex = savedFile;
            lastLine = -2;
            inlines.pop();
            // Every path through a bool function returns (the checker made sure), so nothing falls through.
            current = null;
            return;
        }
        if (e instanceof Expr.Call call && policy.resolutions().get(call) instanceof Resolution.BuiltinCall bc
                && bc.builtin() == Builtin.STARTS_WITH) {
            startsWith(call, t, f);
            return;
        }
        if (e instanceof Expr.In in) {
            Type vt = policy.typeOf(in.value());
            VReg v = reg(lowerScalar(in.value(), vt));
            for (Expr option : in.options()) {
                Block next = fn.newBlock();
                current.terminator = new Terminator.Branch(Cond.EQ, v, new Imm(constant(option)), t, next);
                current = next;
            }
            current.terminator = new Terminator.Jump(f);
            current = null;
            return;
        }
        VReg v = reg(lowerScalar(e, Type.BOOL));
        current.terminator = new Terminator.Branch(Cond.NE, v, new Imm(0), t, f);
        current = null;
    }

    // ---------------------------------------------------------------- maps: state and counters

    /** The address of one of the policy's maps (an ld_imm64 relocated against the map symbol). */
    private VReg mapAddress(String map) {
        VReg addr = fn.newVReg();
        emit(new Inst.GlobalAddr(addr, map, 0));
        return addr;
    }

    /** A pointer to entry 0 of a per-CPU array map on this CPU (null only if the lookup fails). */
    private VReg thisCpuEntry(String map) {
        int key = fn.newStackObject(4);
        emit(new Inst.StackStore(key, 4, new Imm(0)));
        VReg keyAddr = fn.newVReg();
        emit(new Inst.StackAddr(keyAddr, key));
        VReg ptr = fn.newVReg();
        emit(new Inst.Call(ptr, new Ir.Callee.Helper(Helpers.MAP_LOOKUP_ELEM), List.of(mapAddress(map), keyAddr)));
        return ptr;
    }

    /** The state block a state access reaches; may be null, callers guard with {@link #ifNonZero}. */
    private VReg statePointer(Resolution.StateAccess sa) {
        return switch (sa.owner()) {
            case TASK -> {
                Operand task = lowerScalar(sa.base(), Type.TASK);
                VReg ptr = fn.newVReg();
                // Created on first use, so a task's state always exists for the author.
                emit(new Inst.Call(ptr, new Ir.Callee.Helper(Helpers.TASK_STORAGE_GET),
                        List.of(mapAddress(RuntimeMaps.taskState(policy.name())), task, new Imm(0), new Imm(LOCAL_STORAGE_GET_F_CREATE))));
                yield ptr;
            }
            case CPU -> {
                if (sa.base() == null) yield thisCpuEntry(RuntimeMaps.cpuState(policy.name()));
                Operand cpu = lowerScalar(sa.base(), Type.S32);
                int key = fn.newStackObject(4);
                emit(new Inst.StackStore(key, 4, new Imm(0)));
                VReg keyAddr = fn.newVReg();
                emit(new Inst.StackAddr(keyAddr, key));
                VReg ptr = fn.newVReg();
                // Out-of-range CPUs give null, so the read gives 0.
                emit(new Inst.Call(ptr, new Ir.Callee.Helper(MAP_LOOKUP_PERCPU_ELEM), List.of(mapAddress(RuntimeMaps.cpuState(policy.name())), keyAddr, cpu)));
                yield ptr;
            }
        };
    }

    private static final int MAP_LOOKUP_PERCPU_ELEM = 195;
    private static final long LOCAL_STORAGE_GET_F_CREATE = 1;

    /** Runs {@code body} only when {@code v} is not zero (a non-null pointer, a true bool). */
    private void ifNonZero(VReg v, Runnable body) {
        Block ok = fn.newBlock(), join = fn.newBlock();
        current.terminator = new Terminator.Branch(Cond.NE, v, new Imm(0), ok, join);
        current = ok;
        body.run();
        jumpTo(join);
        current = join;
        lastLine = -1;
    }

    private VReg loadState(Resolution.StateAccess sa, Type t) {
        VReg result = fn.newVReg();
        emit(new Inst.Const(result, 0));
        VReg ptr = statePointer(sa);
        ifNonZero(ptr, () -> {
            VReg v = fn.newVReg();
            emit(new Inst.Load(v, ptr, sa.field().offset(), sa.field().size()));
            emit(new Inst.Mov(result, t instanceof Type.Int it && it.signed() ? normalise(v, t) : v));
        });
        return result;
    }

    private void assignState(Stmt.Assign a, Resolution.StateAccess sa, Type t) {
        Operand rhs = lowerScalar(a.value(), t);
        VReg ptr = statePointer(sa);
        ifNonZero(ptr, () -> {
            Operand value = rhs;
            if (a.op() != null) {
                VReg old = fn.newVReg();
                emit(new Inst.Load(old, ptr, sa.field().offset(), sa.field().size()));
                value = arith(a.op(), t instanceof Type.Int it && it.signed() ? normalise(old, t) : old, rhs, t);
            }
            emit(new Inst.Store(ptr, sa.field().offset(), sa.field().size(), value));
        });
    }

    /** {@code counter += n}: a per-CPU stats member, so a plain load-add-store is race-free. */
    private void bumpCounter(String name, Ast.BinaryOp op, Operand amount) {
        int offset = policy.counter(name).orElseThrow(() -> new IllegalStateException("no stats member " + name)).offset();
        VReg ptr = thisCpuEntry(RuntimeMaps.stats(policy.name()));
        ifNonZero(ptr, () -> {
            VReg old = fn.newVReg(), sum = fn.newVReg();
            emit(new Inst.Load(old, ptr, offset, 8));
            emit(new Inst.Alu(op == Ast.BinaryOp.SUB ? Ir.AluOp.SUB : Ir.AluOp.ADD, sum, old, amount));
            emit(new Inst.Store(ptr, offset, 8, sum));
        });
    }

    // ---------------------------------------------------------------- tags and classification

    private static final int PROBE_READ_KERNEL_STR = 115;

    /** A CO-RE read of {@code root.path} from {@code base}; pointers and integers up to 8 bytes. */
    private VReg kernelLoad(VReg base, String root, List<String> path, boolean signed) {
        FieldLayout l = layout(new Resolution.FieldAccess(null, root, path, signed ? Type.S64 : Type.U64));
        VReg v = fn.newVReg();
        emit(new Inst.LoadField(v, base, new Ir.FieldRef(root, path), l.offset, l.size, false));
        if (signed && l.size < 8) return normalise(v, new Type.Int(l.size * 8, true));
        return v;
    }

    /** Runs {@code body} with a non-null pointer loaded from {@code base}; {@code result} keeps its value otherwise. */
    private void withPointer(VReg base, String root, List<String> path, java.util.function.Consumer<VReg> body) {
        VReg ptr = kernelLoad(base, root, path, false);
        ifNonZero(ptr, () -> body.accept(ptr));
    }

    /** {@code result = *lookup(map, &key)} when present (a tag value, 4 bytes). */
    private void lookupTag(VReg result, String map, Operand key, int keySize) {
        int slot = fn.newStackObject(keySize);
        emit(new Inst.StackStore(slot, keySize, key));
        VReg keyAddr = fn.newVReg();
        emit(new Inst.StackAddr(keyAddr, slot));
        VReg ptr = fn.newVReg();
        emit(new Inst.Call(ptr, new Ir.Callee.Helper(Helpers.MAP_LOOKUP_ELEM), List.of(mapAddress(map), keyAddr)));
        ifNonZero(ptr, () -> emit(new Inst.Load(result, ptr, 0, 4)));
    }

    /** One source's tag of {@code task} into {@code result} (left unchanged when the source has none). */
    private void tagFrom(VReg result, VReg task, Symbols.TagSource source) {
        String p = policy.name();
        switch (source) {
            case TASK -> lookupTag(result, RuntimeMaps.tagsTask(p), kernelLoad(task, "task_struct", List.of("pid"), false), 4);
            case PROC -> lookupTag(result, RuntimeMaps.tagsProc(p), kernelLoad(task, "task_struct", List.of("tgid"), false), 4);
            case CGROUP -> withPointer(task, "task_struct", List.of("cgroups"), css ->
                    withPointer(css, "css_set", List.of("dfl_cgrp"), cgrp ->
                            withPointer(cgrp, "cgroup", List.of("kn"), kn ->
                                    lookupTag(result, RuntimeMaps.tagsCgroup(p), kernelLoad(kn, "kernfs_node", List.of("id"), false), 8))));
            case USER -> withPointer(task, "task_struct", List.of("real_cred"), cred ->
                    lookupTag(result, RuntimeMaps.tagsUser(p), kernelLoad(cred, "cred", List.of("uid", "val"), false), 4));
            case RESOLVED -> {
                // First non-zero wins: task, process, cgroup, user, then the cached classification.
                Block done = fn.newBlock();
                for (Symbols.TagSource s : List.of(Symbols.TagSource.TASK, Symbols.TagSource.PROC, Symbols.TagSource.CGROUP, Symbols.TagSource.USER)) {
                    tagFrom(result, task, s);
                    Block next = fn.newBlock();
                    current.terminator = new Terminator.Branch(Cond.NE, result, new Imm(0), done, next);
                    current = next;
                }
                if (!policy.classify().isEmpty()) {
                    Symbols.StateField cache = policy.taskState().field(Symbols.CLASS_FIELD).orElseThrow();
                    VReg ptr = fn.newVReg();
                    // No F_CREATE: a task that was never classified has no cached class.
                    emit(new Inst.Call(ptr, new Ir.Callee.Helper(Helpers.TASK_STORAGE_GET),
                            List.of(mapAddress(RuntimeMaps.taskState(policy.name())), task, new Imm(0), new Imm(0))));
                    ifNonZero(ptr, () -> emit(new Inst.Load(result, ptr, cache.offset(), 4)));
                }
                jumpTo(done);
                current = done;
                lastLine = -1;
            }
        }
    }

    private VReg readTag(VReg task, Symbols.TagSource source) {
        VReg result = fn.newVReg();
        emit(new Inst.Const(result, 0));
        tagFrom(result, task, source);
        return result;
    }

    /** Evaluates the classify rules for {@code task} and stores the first match (or none) in its cache field. */
    private void classify(VReg task) {
        VReg result = fn.newVReg();
        emit(new Inst.Const(result, 0));
        Block done = fn.newBlock();
        for (Ast.ClassifyRule rule : policy.classify()) {
            Block hit = fn.newBlock(), miss = fn.newBlock();
            ruleTest(task, rule.when(), hit, miss);
            current = hit;
            emit(new Inst.Const(result, policy.tagNumber(rule.tag().name())));
            jumpTo(done);
            current = miss;
        }
        jumpTo(done);
        current = done;
        lastLine = -1;
        Symbols.StateField cache = policy.taskState().field(Symbols.CLASS_FIELD).orElseThrow();
        VReg ptr = fn.newVReg();
        emit(new Inst.Call(ptr, new Ir.Callee.Helper(Helpers.TASK_STORAGE_GET),
                List.of(mapAddress(RuntimeMaps.taskState(policy.name())), task, new Imm(0), new Imm(LOCAL_STORAGE_GET_F_CREATE))));
        ifNonZero(ptr, () -> emit(new Inst.Store(ptr, cache.offset(), 4, result)));
    }

    private void ruleTest(VReg task, Ast.Condition when, Block t, Block f) {
        switch (when) {
            case Ast.Condition.CommPrefix cp -> {
                VReg owner = task;
                if (cp.parent()) {
                    owner = kernelLoad(task, "task_struct", List.of("real_parent"), false);
                    Block ok = fn.newBlock();
                    current.terminator = new Terminator.Branch(Cond.EQ, owner, new Imm(0), f, ok);
                    current = ok;
                }
                Resolution.FieldAccess comm = new Resolution.FieldAccess(null, "task_struct", List.of("comm"), new Type.Chars(16));
                prefixTest(new ByteStore.Kernel(owner, comm, layout(comm).offset), cp.prefix().getBytes(StandardCharsets.UTF_8), false, t, f);
            }
            case Ast.Condition.Compare cmp -> {
                long value = constant(cmp.value());
                VReg v;
                boolean signed = cmp.subject() == Ast.Subject.NICE;
                if (signed) {
                    VReg prio = kernelLoad(task, "task_struct", List.of("static_prio"), true);
                    v = fn.newVReg();
                    emit(new Inst.Alu(Ir.AluOp.SUB, v, prio, new Imm(120)));
                } else {
                    v = fn.newVReg();
                    emit(new Inst.Const(v, 0));
                    VReg uid = v;
                    withPointer(task, "task_struct", List.of("real_cred"), cred -> emit(new Inst.Mov(uid, kernelLoad(cred, "cred", List.of("uid", "val"), false))));
                }
                Cond c = switch (cmp.op()) {
                    case EQ -> Cond.EQ; case NE -> Cond.NE;
                    case LT -> signed ? Cond.SLT : Cond.ULT;
                    case LE -> signed ? Cond.SLE : Cond.ULE;
                    case GT -> signed ? Cond.SGT : Cond.UGT;
                    case GE -> signed ? Cond.SGE : Cond.UGE;
                    default -> throw new IllegalStateException("not a comparison: " + cmp.op());
                };
                current.terminator = new Terminator.Branch(c, v, new Imm(value), t, f);
                current = null;
            }
            case Ast.Condition.CgroupPrefix cg -> cgroupTest(task, org.schedc.sema.Checker.cgroupComponents(cg.path()), t, f);
            case Ast.Condition.Invalid inv -> throw new IllegalStateException("invalid rule reached lowering");
        }
    }

    /** Compares the bytes of {@code from} with {@code prefix} (plus a terminating NUL when {@code whole}). */
    private void prefixTest(ByteStore from, byte[] prefix, boolean whole, Block t, Block f) {
        byte[] want = whole ? java.util.Arrays.copyOf(prefix, prefix.length + 1) : prefix;
        for (int[] c : chunks(want.length)) {
            long expected = 0;
            for (int i = c[1] - 1; i >= 0; i--) expected = expected << 8 | (want[c[0] + i] & 0xff);
            VReg v = loadChunk(from, c[0], c[1]);
            Block next = fn.newBlock();
            current.terminator = new Terminator.Branch(Cond.NE, v, new Imm(expected), f, next);
            current = next;
        }
        current.terminator = new Terminator.Jump(t);
        current = null;
    }

    /**
     * {@code cgroup under "/a/b"}: the task's default-hierarchy cgroup at level >= k whose ancestor at level k
     * is named b and that one's parent a. Ancestors are reached through {@code self.parent->cgroup}, at most
     * {@link org.schedc.sema.Checker#CGROUP_MAX_DEPTH} steps; names are read with bpf_probe_read_kernel_str.
     */
    private void cgroupTest(VReg task, List<String> parts, Block t, Block f) {
        if (parts.isEmpty()) {
            current.terminator = new Terminator.Jump(t);
            current = null;
            return;
        }
        int k = parts.size();
        VReg css = kernelLoad(task, "task_struct", List.of("cgroups"), false);
        Block ok = fn.newBlock();
        current.terminator = new Terminator.Branch(Cond.EQ, css, new Imm(0), f, ok);
        current = ok;
        VReg cgrp = fn.newVReg();
        emit(new Inst.Mov(cgrp, kernelLoad(css, "css_set", List.of("dfl_cgrp"), false)));
        ok = fn.newBlock();
        current.terminator = new Terminator.Branch(Cond.EQ, cgrp, new Imm(0), f, ok);
        current = ok;
        VReg level = fn.newVReg();
        emit(new Inst.Mov(level, kernelLoad(cgrp, "cgroup", List.of("level"), true)));
        ok = fn.newBlock();
        current.terminator = new Terminator.Branch(Cond.SLT, level, new Imm(k), f, ok);
        current = ok;
        // Climb to level k: at most CGROUP_MAX_DEPTH - k steps (deeper cgroups do not match).
        for (int step = 0; step < org.schedc.sema.Checker.CGROUP_MAX_DEPTH; step++) {
            Block up = fn.newBlock(), next = fn.newBlock();
            current.terminator = new Terminator.Branch(Cond.SGT, level, new Imm(k), up, next);
            current = up;
            climb(cgrp, f);
            emit(new Inst.Alu(Ir.AluOp.SUB, level, level, new Imm(1)));
            jumpTo(next);
            current = next;
        }
        ok = fn.newBlock();
        current.terminator = new Terminator.Branch(Cond.NE, level, new Imm(k), f, ok);
        current = ok;
        int buf = fn.newStackObject(org.schedc.sema.Checker.CGROUP_NAME_MAX + 1);
        for (int i = k - 1; i >= 0; i--) {
            byte[] name = parts.get(i).getBytes(StandardCharsets.UTF_8);
            VReg kn = kernelLoad(cgrp, "cgroup", List.of("kn"), false);
            VReg namePtr = kernelLoad(kn, "kernfs_node", List.of("name"), false);
            VReg bufAddr = fn.newVReg();
            emit(new Inst.StackAddr(bufAddr, buf));
            VReg status = fn.newVReg();
            emit(new Inst.Call(status, new Ir.Callee.Helper(PROBE_READ_KERNEL_STR), List.of(bufAddr, new Imm(name.length + 1), namePtr)));
            VReg st = normalise(status, Type.S32);
            ok = fn.newBlock();
            current.terminator = new Terminator.Branch(Cond.NE, st, new Imm(name.length + 1), f, ok);
            current = ok;
            Block match = fn.newBlock();
            prefixTest(new ByteStore.Memory(bufAddr, 0, false), name, true, match, f);
            current = match;
            if (i > 0) climb(cgrp, f);
        }
        current.terminator = new Terminator.Jump(t);
        current = null;
    }

    /** {@code cgrp = cgrp->self.parent->cgroup}; a null on the way goes to {@code f}. */
    private void climb(VReg cgrp, Block f) {
        VReg parent = kernelLoad(cgrp, "cgroup", List.of("self", "parent"), false);
        Block ok = fn.newBlock();
        current.terminator = new Terminator.Branch(Cond.EQ, parent, new Imm(0), f, ok);
        current = ok;
        emit(new Inst.Mov(cgrp, kernelLoad(parent, "cgroup_subsys_state", List.of("cgroup"), false)));
    }

    // ---------------------------------------------------------------- u8 arrays

    /**
     * Where a u8 array lives: a kernel char array (read with one CO-RE relocation per chunk, so each load
     * follows the running kernel's layout), a global, or a state field (behind a possibly-null pointer).
     */
    private sealed interface ByteStore {
        record Kernel(VReg base, Resolution.FieldAccess field, long offset) implements ByteStore {}
        record Memory(VReg base, int offset, boolean mayBeNull) implements ByteStore {}
    }

    private ByteStore byteStore(Expr e) {
        return switch (policy.resolutions().get(e)) {
            case Resolution.FieldAccess fa -> new ByteStore.Kernel(reg(lowerScalar(fa.base(), null)), fa, layout(fa).offset);
            case Resolution.GlobalRef g -> {
                VReg addr = fn.newVReg();
                emit(new Inst.GlobalAddr(addr, g.g().section(), g.g().offset()));
                yield new ByteStore.Memory(addr, 0, false);
            }
            case Resolution.StateAccess sa -> new ByteStore.Memory(statePointer(sa), sa.field().offset(), true);
            case null, default -> throw new IllegalStateException("checker let through a u8 array at " + e.span());
        };
    }

    private VReg loadChunk(ByteStore from, int at, int size) {
        VReg v = fn.newVReg();
        switch (from) {
            case ByteStore.Kernel k -> {
                List<String> path = new ArrayList<>(k.field().path());
                path.add(Ir.FieldRef.indexStep(at));
                emit(new Inst.LoadField(v, k.base(), new Ir.FieldRef(k.field().rootStruct(), List.copyOf(path)), k.offset() + at, size, false));
            }
            case ByteStore.Memory m -> emit(new Inst.Load(v, m.base(), m.offset() + at, size));
        }
        return v;
    }

    /** 8-, 4-, 2- and 1-byte pieces covering {@code length} bytes. */
    private static List<int[]> chunks(int length) {
        List<int[]> out = new ArrayList<>();
        int at = 0;
        for (int size : new int[] {8, 4, 2, 1}) {
            while (length - at >= size) {
                out.add(new int[] {at, size});
                at += size;
            }
        }
        return out;
    }

    private void copyBytes(ByteStore to, ByteStore from, int length) {
        Runnable copy = () -> {
            ByteStore.Memory target = (ByteStore.Memory) to;
            for (int[] c : chunks(length)) emit(new Inst.Store(target.base(), target.offset() + c[0], c[1], loadChunk(from, c[0], c[1])));
        };
        Runnable guardedSource = from instanceof ByteStore.Memory m && m.mayBeNull() ? () -> ifNonZero(m.base(), copy) : copy;
        if (to instanceof ByteStore.Memory m && m.mayBeNull()) ifNonZero(m.base(), guardedSource);
        else guardedSource.run();
    }

    /** {@code starts_with(a, "lit")}: each chunk of the prefix compared as a little-endian integer. */
    private void startsWith(Expr.Call call, Block t, Block f) {
        byte[] prefix = ((Expr.StringLit) call.args().get(1)).value().getBytes(StandardCharsets.UTF_8);
        ByteStore from = byteStore(call.args().get(0));
        if (from instanceof ByteStore.Memory m && m.mayBeNull()) {
            Block ok = fn.newBlock();
            current.terminator = new Terminator.Branch(Cond.EQ, m.base(), new Imm(0), f, ok);
            current = ok;
        }
        for (int[] c : chunks(prefix.length)) {
            long expected = 0;
            for (int i = c[1] - 1; i >= 0; i--) expected = expected << 8 | (prefix[c[0] + i] & 0xff);
            VReg v = loadChunk(from, c[0], c[1]);
            Block next = fn.newBlock();
            current.terminator = new Terminator.Branch(Cond.NE, v, new Imm(expected), f, next);
            current = next;
        }
        current.terminator = new Terminator.Jump(t);
        current = null;
    }

    private void compare(Expr.Binary b, Block t, Block f) {
        Type lt = policy.typeOf(b.left()), rt = policy.typeOf(b.right());
        Type common = lt instanceof Type.Int ? lt : rt instanceof Type.Int ? rt : lt;
        boolean signed = common instanceof Type.Int it && it.signed();
        Operand l = lowerScalar(b.left(), common);
        Operand r = lowerScalar(b.right(), common);
        Cond cond = switch (b.op()) {
            case EQ -> Cond.EQ; case NE -> Cond.NE;
            case LT -> signed ? Cond.SLT : Cond.ULT;
            case LE -> signed ? Cond.SLE : Cond.ULE;
            case GT -> signed ? Cond.SGT : Cond.UGT;
            case GE -> signed ? Cond.SGE : Cond.UGE;
            default -> throw new IllegalStateException();
        };
        if (l instanceof Imm && r instanceof VReg) {
            Operand x = l; l = r; r = x;
            cond = cond.swap();
        }
        current.terminator = new Terminator.Branch(cond, reg(l), r, t, f);
        current = null;
    }

    // ---------------------------------------------------------------- expressions

    private long constant(Expr e) {
        BigInteger v = policy.constantValues().get(e);
        return v.longValue();
    }

    private Operand lowerScalar(Expr e, Type context) {
        Value v = lowerValue(e, context);
        if (v instanceof Value.Scalar s) return s.op();
        throw new IllegalStateException("expected a scalar at " + e.span());
    }

    private Value lowerValue(Expr e, Type context) {
        BigInteger c = policy.constantValues().get(e);
        if (c != null && !(e instanceof Expr.Call call && !(policy.resolutions().get(call) instanceof Resolution.BuiltinCall))) {
            return new Value.Scalar(new Imm(c.longValue()));
        }
        Type t = policy.typeOf(e);
        return switch (e) {
            case Expr.IntLit lit -> new Value.Scalar(new Imm(c.longValue()));
            case Expr.BoolLit b -> new Value.Scalar(new Imm(b.value() ? 1 : 0));
            case Expr.NullLit n -> new Value.Scalar(new Imm(0));
            case Expr.StringLit s -> throw new IllegalStateException("string outside error()");
            case Expr.Name n -> switch (policy.resolutions().get(n)) {
                case Resolution.LocalRef lr -> materialise(locals.get(lr.local()));
                case Resolution.GlobalRef g -> new Value.Scalar(loadGlobal(g.g()));
                case Resolution.ConstRef cr -> new Value.Scalar(new Imm(cr.c().value().longValue()));
                default -> throw new IllegalStateException("name " + n.name().name() + " is not a value");
            };
            case Expr.Field f -> switch (policy.resolutions().get(f)) {
                case Resolution.FieldAccess fa -> new Value.Scalar(loadField(fa));
                case Resolution.StateAccess sa -> new Value.Scalar(loadState(sa, t));
                case Resolution.TagRead tr -> new Value.Scalar(readTag(reg(lowerScalar(tr.task(), Type.TASK)), tr.source()));
                case Resolution.PickPart pp -> {
                    Value.Pick pick = (Value.Pick) lowerValue(pp.pick(), null);
                    yield new Value.Scalar(pp.wasIdle() ? pick.idle() : pick.cpu());
                }
                default -> throw new IllegalStateException("field without resolution");
            };
            case Expr.Call call -> lowerCall(call, t);
            case Expr.Unary u -> switch (u.op()) {
                case NOT -> boolValue(e);
                case NEG -> {
                    VReg v = fn.newVReg();
                    emit(new Inst.Neg(v, reg(lowerScalar(u.operand(), t))));
                    yield new Value.Scalar(normalise(v, t));
                }
                case BIT_NOT -> {
                    VReg v = fn.newVReg();
                    emit(new Inst.Alu(Ir.AluOp.XOR, v, reg(lowerScalar(u.operand(), t)), new Imm(-1)));
                    yield new Value.Scalar(normalise(v, t));
                }
            };
            case Expr.Binary b -> switch (b.op()) {
                case AND, OR, EQ, NE, LT, LE, GT, GE -> boolValue(e);
                default -> {
                    Type operandType = t;
                    Operand l = lowerScalar(b.left(), operandType);
                    Operand r = lowerScalar(b.right(), b.op() == Ast.BinaryOp.SHL || b.op() == Ast.BinaryOp.SHR ? policy.typeOf(b.right()) : operandType);
                    yield new Value.Scalar(arith(b.op(), l, r, t));
                }
            };
            case Expr.Cast cast -> {
                Operand v = lowerScalar(cast.value(), policy.typeOf(cast.value()));
                yield new Value.Scalar(normalise(reg(v), t));
            }
            case Expr.Move m -> {
                VReg r = fn.newVReg();
                Operand dsq = queueId(m.from());
                String move = policy.moveKfuncs().get(m);
                // scx_bpf_dsq_move_to_local___v2 takes enq_flags; the other variants ignore the extra register.
                List<Operand> moveArgs = policy.targets().stream().mapToInt(k -> k.kfuncArity(move).orElse(1)).max().orElse(1) > 1
                        ? List.of(dsq, new Imm(0)) : List.of(dsq);
                emit(new Inst.Call(r, kfunc(move), moveArgs));
                VReg moved = normalise(r, Type.BOOL);
                String counter = m.from() instanceof Ast.QueueRef.Named n ? "dispatched_" + n.name().name() : "dispatched_global";
                ifNonZero(moved, () -> bumpCounter(counter, Ast.BinaryOp.ADD, new Imm(1)));
                yield new Value.Scalar(moved);
            }
            case Expr.In in -> boolValue(e);
            case Expr.Invalid inv -> throw new IllegalStateException("invalid expression reached lowering");
        };
    }

    private Value materialise(Value v) {
        if (!(v instanceof Value.Arg a)) return v;
        VReg raw = fn.newVReg();
        emit(new Inst.CtxArg(raw, fn.ctx, a.index()));
        return new Value.Scalar(normalise(raw, a.type()));
    }

    /** Materialises a condition as 0/1. */
    private Value boolValue(Expr e) {
        VReg v = fn.newVReg();
        Block t = fn.newBlock(), f = fn.newBlock(), join = fn.newBlock();
        lowerCond(e, t, f);
        current = t;
        emit(new Inst.Const(v, 1));
        jumpTo(join);
        current = f;
        emit(new Inst.Const(v, 0));
        jumpTo(join);
        current = join;
        return new Value.Scalar(v);
    }

    private Operand arith(Ast.BinaryOp op, Operand l, Operand r, Type t) {
        boolean signed = t instanceof Type.Int it && it.signed();
        Ir.AluOp alu = switch (op) {
            case ADD -> Ir.AluOp.ADD; case SUB -> Ir.AluOp.SUB; case MUL -> Ir.AluOp.MUL;
            case DIV -> signed ? Ir.AluOp.SDIV : Ir.AluOp.DIV;
            case MOD -> signed ? Ir.AluOp.SMOD : Ir.AluOp.MOD;
            case BIT_AND -> Ir.AluOp.AND; case BIT_OR -> Ir.AluOp.OR; case BIT_XOR -> Ir.AluOp.XOR;
            case SHL -> Ir.AluOp.LSH;
            case SHR -> signed ? Ir.AluOp.ARSH : Ir.AluOp.RSH;
            default -> throw new IllegalStateException("not arithmetic: " + op);
        };
        if (l instanceof Imm && r instanceof VReg && alu.commutative()) {
            Operand x = l; l = r; r = x;
        }
        VReg dst = fn.newVReg();
        emit(new Inst.Alu(alu, dst, reg(l), r));
        // Results that cannot leave the type's range need no normalisation.
        boolean mayOverflow = switch (alu) {
            case ADD, SUB, MUL, LSH, SDIV -> true;
            case DIV, MOD, SMOD, AND, OR, XOR, RSH, ARSH -> false;
        };
        return mayOverflow ? normalise(dst, t) : dst;
    }

    private VReg loadGlobal(GlobalInfo g) {
        VReg addr = fn.newVReg(), v = fn.newVReg();
        emit(new Inst.GlobalAddr(addr, g.section(), g.offset()));
        emit(new Inst.Load(v, addr, 0, g.size()));
        return g.intType().signed() && g.size() < 8 ? normalise(v, g.type()) : v;
    }

    private record FieldLayout(long offset, int size, boolean signed) {}

    private FieldLayout layout(Resolution.FieldAccess fa) {
        OptionalInt root = kabi.struct(fa.rootStruct());
        int current = root.getAsInt();
        long offset = 0;
        int typeId = 0;
        for (String step : fa.path()) {
            List<Kabi.FieldInfo> m = kabi.member(current, step).orElseThrow();
            for (Kabi.FieldInfo fi : m) offset += fi.byteOffset();
            typeId = m.getLast().typeId();
            current = kabi.btf().resolve(typeId);
        }
        int size = (int) kabi.btf().sizeOf(typeId);
        boolean signed = fa.type() instanceof Type.Int it && it.signed();
        return new FieldLayout(offset, size, signed);
    }

    private VReg loadField(Resolution.FieldAccess fa) {
        VReg base = reg(lowerScalar(fa.base(), null));
        FieldLayout l = layout(fa);
        VReg v = fn.newVReg();
        emit(new Inst.LoadField(v, base, new Ir.FieldRef(fa.rootStruct(), fa.path()), l.offset, l.size, l.signed));
        // Narrow loads zero-extend; signed fields need sign extension, bools are 0/1 already.
        if (l.signed && l.size < 8) {
            VReg n = fn.newVReg();
            emit(new Inst.Norm(n, v, l.size * 8, true));
            return n;
        }
        return v;
    }

    private Value lowerCall(Expr.Call call, Type t) {
        Resolution r = policy.resolutions().get(call);
        if (r instanceof Resolution.UserCall uc) return inline(uc.function(), call);
        Resolution.BuiltinCall bc = (Resolution.BuiltinCall) r;
        List<Expr> args = call.args();
        Ir.Callee.Kfunc kfunc = bc.kfunc() == null ? null : kfunc(bc.kfunc());
        return switch (bc.builtin()) {
            case DEFAULT_CPU -> {
                int slot = fn.newStackObject(8);
                emit(new Inst.StackStore(slot, 8, new Imm(0)));
                VReg idleAddr = fn.newVReg();
                Operand p = lowerScalar(args.get(0), Type.TASK);
                Operand prev = lowerScalar(args.get(1), Type.S32);
                Operand flags = lowerScalar(args.get(2), Type.U64);
                emit(new Inst.StackAddr(idleAddr, slot));
                VReg cpu = fn.newVReg();
                emit(new Inst.Call(cpu, kfunc, List.of(p, prev, flags, idleAddr)));
                VReg idle = fn.newVReg();
                emit(new Inst.StackLoad(idle, slot, 1));
                yield new Value.Pick(normalise(cpu, Type.S32), idle);
            }
            case PICK_IDLE_CPU -> {
                VReg mask = loadField(new Resolution.FieldAccess(args.get(0), "task_struct", List.of("cpus_ptr"), Type.U64));
                VReg cpu = fn.newVReg();
                emit(new Inst.Call(cpu, kfunc, List.of(mask, new Imm(0))));
                yield new Value.Scalar(normalise(cpu, Type.S32));
            }
            case TEST_IDLE_CPU -> {
                VReg v = fn.newVReg();
                emit(new Inst.Call(v, kfunc, List.of(lowerScalar(args.get(0), Type.S32))));
                yield new Value.Scalar(normalise(v, Type.BOOL));
            }
            case KICK_CPU, PREEMPT_CPU -> {
                Operand flags = bc.builtin() == Builtin.PREEMPT_CPU ? enumConst("SCX_KICK_PREEMPT") : new Imm(0);
                emit(new Inst.Call(null, kfunc, List.of(lowerScalar(args.get(0), Type.S32), flags)));
                yield new Value.None();
            }
            case TASK_CPU -> {
                VReg v = fn.newVReg();
                emit(new Inst.Call(v, kfunc, List.of(lowerScalar(args.get(0), Type.TASK))));
                yield new Value.Scalar(normalise(v, Type.S32));
            }
            case NOW -> {
                VReg v = fn.newVReg();
                emit(new Inst.Call(v, kfunc, List.of()));
                yield new Value.Scalar(v);
            }
            case NR_CPUS -> {
                VReg v = fn.newVReg();
                emit(new Inst.Call(v, kfunc, List.of()));
                yield new Value.Scalar(normalise(v, Type.U32));
            }
            case QUEUED -> {
                VReg v = fn.newVReg();
                emit(new Inst.Call(v, kfunc, List.of(new Imm(((Resolution.QueueRef) policy.resolutions().get(args.get(0))).q().id()))));
                yield new Value.Scalar(normalise(v, Type.S32));
            }
            case ERROR -> {
                int fmt = string(((Expr.StringLit) args.get(0)).value());
                VReg fmtAddr = fn.newVReg();
                emit(new Inst.GlobalAddr(fmtAddr, ".data", stringsOffset() + fmt));
                // bstr formatting wants an argument array: one zeroed u64 is enough for a message without '%'.
                int slot = fn.newStackObject(8);
                emit(new Inst.StackStore(slot, 8, new Imm(0)));
                VReg data = fn.newVReg();
                emit(new Inst.StackAddr(data, slot));
                emit(new Inst.Call(null, kfunc, List.of(fmtAddr, data, new Imm(8))));
                yield new Value.None();
            }
            case MIN, MAX -> {
                Operand a = lowerScalar(args.get(0), t), b = lowerScalar(args.get(1), t);
                boolean signed = t instanceof Type.Int it && it.signed();
                VReg dst = fn.newVReg();
                if (a instanceof VReg av) emit(new Inst.Mov(dst, av)); else emit(new Inst.Const(dst, ((Imm) a).value()));
                Block take = fn.newBlock(), join = fn.newBlock();
                // min: if b < dst then dst = b; max: if b > dst then dst = b.
                Cond cond = bc.builtin() == Builtin.MIN ? (signed ? Cond.SGT : Cond.UGT) : (signed ? Cond.SLT : Cond.ULT);
                current.terminator = new Terminator.Branch(cond, dst, b, take, join);
                current = take;
                if (b instanceof VReg bv) emit(new Inst.Mov(dst, bv)); else emit(new Inst.Const(dst, ((Imm) b).value()));
                jumpTo(join);
                current = join;
                yield new Value.Scalar(dst);
            }
            case STARTS_WITH -> boolValue(call);
            case CPU_STATE -> throw new IllegalStateException("cpu_state() is only used through its fields");
            case INSERT, INSERT_VTIME, MOVE_TO_LOCAL, CREATE_QUEUE -> throw new IllegalStateException();
        };
    }

    private void bindArguments(Ast.Item.Function f, Expr.Call call) {
        List<Value> args = new ArrayList<>();
        for (int i = 0; i < call.args().size(); i++) {
            Type pt = policy.types().get(call.args().get(i));
            args.add(lowerValue(call.args().get(i), pt));
        }
        for (int i = 0; i < f.params().size(); i++) {
            Local l = policy.declaredLocals().get(f.params().get(i).name());
            locals.put(l, args.get(i));
        }
    }

    private Value inline(Ast.Item.Function f, Expr.Call call) {
        bindArguments(f, call);
        VReg result = fn.newVReg();
        Block exit = fn.newBlock();
        inlines.push(new Inline(result, exit, null, null));
        int savedLine = lastLine;
        int savedFile = fileIndex;
        org.schedc.diag.SourceFile from = policy.moduleFiles().get(f);
        if (from != null) {
            if (!files.contains(from)) files.add(from);
            fileIndex = files.indexOf(from);
        }
        lastLine = -1;
        lowerBlock(f.body());
        fileIndex = savedFile;
        inlines.pop();
        jumpTo(exit);
        current = exit;
        lastLine = savedLine == -1 ? -1 : -2; // force a new line entry for the caller's next statement
        return f.returnType() == null ? new Value.None() : new Value.Scalar(result);
    }

    /** Strings start after the initialised globals, 8-byte aligned. */
    private int stringsOffset() {
        int end = 0;
        for (GlobalInfo g : policy.globals()) if (g.section().equals(".data")) end = Math.max(end, g.offset() + g.size());
        return (end + 7) / 8 * 8;
    }

    private int string(String s) {
        return stringOffsets.computeIfAbsent(s, k -> {
            int off = strings.size();
            byte[] b = k.getBytes(StandardCharsets.UTF_8);
            strings.writeBytes(b);
            strings.write(0);
            return off;
        });
    }
}
