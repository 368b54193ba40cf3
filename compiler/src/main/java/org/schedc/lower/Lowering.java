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
    public record Result(List<Program> programs, byte[] strings, int stringsOffset) {}

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
    }

    public Result lower() {
        List<Program> programs = new ArrayList<>();
        boolean hasInit = false;
        for (HandlerInfo h : policy.handlers()) {
            hasInit |= h.callback().equals("init");
            programs.add(lowerHandler(h));
        }
        if (!hasInit && !policy.queues().isEmpty()) programs.add(lowerHandler(null));
        return new Result(programs, strings.toByteArray(), stringsOffset());
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
        if (h != null) lowerBlock(h.decl().body());
        if (current != null) {
            // Falling off the end: handlers that return a status report success.
            current.terminator = new Terminator.Return(returnsValue ? new Imm(0) : null);
        }
        new Cleanup(fn).run();
        return new Program(callback, h == null || h.sleepable(), returnsValue, fn);
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
        if (span.line() != lastLine) {
            emit(new Inst.Line(span.line(), span.column()));
            lastLine = span.line();
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
            lowerBlock(uc.function().body());
            inlines.pop();
            // Every path through a bool function returns (the checker made sure), so nothing falls through.
            current = null;
            return;
        }
        VReg v = reg(lowerScalar(e, Type.BOOL));
        current.terminator = new Terminator.Branch(Cond.NE, v, new Imm(0), t, f);
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
                yield new Value.Scalar(normalise(r, Type.BOOL));
            }
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
        return g.type().signed() && g.size() < 8 ? normalise(v, g.type()) : v;
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
        lastLine = -1;
        lowerBlock(f.body());
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
