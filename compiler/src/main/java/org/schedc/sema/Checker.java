package org.schedc.sema;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Stmt;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.diag.Span;
import org.schedc.kabi.Kabi;
import org.schedc.sema.Symbols.ConstInfo;
import org.schedc.sema.Symbols.GlobalInfo;
import org.schedc.sema.Symbols.HandlerInfo;
import org.schedc.sema.Symbols.Local;
import org.schedc.sema.Symbols.QueueInfo;
import org.schedc.sema.Symbols.Resolution;
import org.schedc.verifier.KfuncRules;

/**
 * Name resolution and type checking of one policy against every target kernel. Reports every error
 * it finds; the result is only usable when no error was reported.
 */
public final class Checker {
    /** Task fields with friendlier names: {@code p.vtime} is {@code p.scx.dsq_vtime}. */
    private static final Map<String, List<String>> TASK_ALIASES = Map.of(
            "vtime", List.of("scx", "dsq_vtime"),
            "slice", List.of("scx", "slice"),
            "weight", List.of("scx", "weight"));
    /** The only task_struct fields a sched_ext program may write. */
    private static final Set<List<String>> WRITABLE_TASK_FIELDS = Set.of(
            List.of("scx", "slice"), List.of("scx", "dsq_vtime"));
    /** Kernels that have these setters warn about direct writes; use them when every target has them. */
    private static final Map<List<String>, String> TASK_FIELD_SETTERS = Map.of(
            List.of("scx", "slice"), "scx_bpf_task_set_slice", List.of("scx", "dsq_vtime"), "scx_bpf_task_set_dsq_vtime");
    private static final Map<String, Type> NAMED_TYPES = Map.of(
            "u8", Type.U8, "u16", Type.U16, "u32", Type.U32, "u64", Type.U64,
            "s8", Type.S8, "s16", Type.S16, "s32", Type.S32, "s64", Type.S64,
            "bool", Type.BOOL, "task", Type.TASK);
    private static final long MAX_TIMEOUT_MS = 30_000;

    private final SourceFile file;
    private final Diagnostics diags;
    private final List<Kabi> targets;
    private final KfuncRules rules;

    private final IdentityHashMap<Expr, Type> types = new IdentityHashMap<>();
    private final IdentityHashMap<Object, Resolution> resolutions = new IdentityHashMap<>();
    private final IdentityHashMap<Expr, BigInteger> constants = new IdentityHashMap<>();
    private final IdentityHashMap<Object, Local> declaredLocals = new IdentityHashMap<>();
    private final IdentityHashMap<Stmt.Insert, String> insertKfuncs = new IdentityHashMap<>();
    private final IdentityHashMap<Expr.Move, String> moveKfuncs = new IdentityHashMap<>();
    private final IdentityHashMap<Stmt.Assign, String> assignKfuncs = new IdentityHashMap<>();
    private final Map<String, ConstInfo> consts = new LinkedHashMap<>();
    private final Map<String, QueueInfo> queues = new LinkedHashMap<>();
    private final Map<String, GlobalInfo> globals = new LinkedHashMap<>();
    private final Map<String, Ast.Item.Function> functions = new LinkedHashMap<>();
    private final Map<String, String> initKfuncs = new LinkedHashMap<>();

    /** The handler being checked (for callback rules) and the function call stack (for recursion). */
    private String callback;
    private boolean sleepable;
    private Type returnType;
    private final Deque<String> functionStack = new ArrayDeque<>();
    private final Deque<Map<String, Local>> scopes = new ArrayDeque<>();
    private final Set<Local> nonNull = new HashSet<>();
    private int loopDepth;

    public Checker(SourceFile file, Diagnostics diags, List<Kabi> targets, KfuncRules rules) {
        this.file = file;
        this.diags = diags;
        this.targets = targets;
        this.rules = rules;
    }

    private void error(String code, Span span, String message) { diags.error(code, file, span, message); }

    public Optional<CheckedPolicy> check(Ast.PolicyFile tree) {
        Ast.Policy policy = tree.policy();
        if (policy == null) return Optional.empty();
        long timeoutMs = 0;
        long flags = 0;
        int bssOffset = 0;
        int dataOffset = 0;
        List<Ast.Item.Handler> handlerDecls = new ArrayList<>();
        Set<String> topNames = new HashSet<>();
        // Constants first, in order, so later items (and other constants) can use them.
        for (Ast.Item item : policy.items()) {
            switch (item) {
                case Ast.Item.Const c -> {
                    if (!declareTop(topNames, c.name())) break;
                    Type declared = c.type() == null ? null : resolveType(c.type());
                    Type t = checkExpr(c.value(), declared);
                    BigInteger v = constants.get(c.value());
                    if (v == null && !(t instanceof Type.Error)) {
                        error("E0315", c.value().span(), "the value of constant '" + c.name().name() + "' must be computable at compile time");
                    }
                    // Untyped constants stay untyped (as in Go) and take the type of whatever they meet.
                    Type finalType = declared != null ? declared : t;
                    consts.put(c.name().name(), new ConstInfo(c.name().name(), finalType, v == null ? BigInteger.ZERO : v, c.name().span()));
                }
                case Ast.Item.Queue q -> {
                    if (declareTop(topNames, q.name())) queues.put(q.name().name(), new QueueInfo(q.name().name(), q.kind(), queues.size(), q.name().span()));
                }
                case Ast.Item.GlobalVar g -> {
                    if (!declareTop(topNames, g.name())) break;
                    Type t;
                    if (g.type() != null) t = resolveType(g.type());
                    else if (g.init() != null) {
                        Type it = checkExpr(g.init(), null);
                        t = it instanceof Type.UntypedInt ? defaultIntType(constants.get(g.init())) : it;
                    } else {
                        error("E0313", g.name().span(), "global '" + g.name().name() + "' needs a type, e.g. 'var " + g.name().name() + ": u64 = 0'");
                        break;
                    }
                    if (!(t instanceof Type.Int it)) {
                        if (!(t instanceof Type.Error)) error("E0313", g.type().span(), "global variables must have an integer type (u8..u64, s8..s64), not " + t.display());
                        break;
                    }
                    BigInteger init = BigInteger.ZERO;
                    if (g.init() != null) {
                        assignable(checkExpr(g.init(), it), it, g.init());
                        BigInteger v = constants.get(g.init());
                        if (v == null) error("E0315", g.init().span(), "a global's initial value must be computable at compile time");
                        else init = v;
                    }
                    int size = it.bits() / 8;
                    boolean zero = init.signum() == 0;
                    int offset = zero ? align(bssOffset, size) : align(dataOffset, size);
                    if (zero) bssOffset = offset + size; else dataOffset = offset + size;
                    globals.put(g.name().name(), new GlobalInfo(g.name().name(), it, init, zero ? ".bss" : ".data", offset, g.name().span()));
                }
                case Ast.Item.Function f -> {
                    if (declareTop(topNames, f.name())) functions.put(f.name().name(), f);
                }
                case Ast.Item.Handler h -> handlerDecls.add(h);
                case Ast.Item.Timeout t -> {
                    checkExpr(t.value(), Type.U64);
                    BigInteger v = constants.get(t.value());
                    if (v == null) error("E0315", t.value().span(), "the timeout must be a constant such as 5s");
                    else {
                        long ms = v.divide(BigInteger.valueOf(1_000_000)).longValue();
                        if (v.signum() <= 0 || ms > MAX_TIMEOUT_MS || ms == 0) {
                            error("E0501", t.value().span(), "timeout must be between 1ms and 30s (the sched_ext watchdog limit)");
                        } else timeoutMs = ms;
                    }
                }
                case Ast.Item.Flags f -> {
                    for (Ast.Ident flag : f.flags()) {
                        String enumerator = "SCX_OPS_" + flag.name().toUpperCase(java.util.Locale.ROOT);
                        Long value = null;
                        for (Kabi k : targets) {
                            OptionalLong v = k.enumValue(enumerator);
                            if (v.isEmpty()) error("E0209", flag.span(), "unknown flag '" + flag.name() + "': kernel " + k.name() + " has no " + enumerator);
                            else value = v.getAsLong();
                        }
                        if (value != null) flags |= value;
                    }
                }
                case Ast.Item.Kernels k -> { /* consumed by the driver */ }
            }
        }
        for (Ast.Item.Function f : functions.values()) checkFunctionSignature(f);
        reportRecursion();
        List<HandlerInfo> handlers = new ArrayList<>();
        Set<String> seenCallbacks = new HashSet<>();
        for (Ast.Item.Handler h : handlerDecls) {
            if (!seenCallbacks.add(h.callback().name())) {
                error("E0202", h.callback().span(), "handler '" + h.callback().name() + "' is defined twice");
                continue;
            }
            HandlerInfo info = checkHandler(h);
            if (info != null) handlers.add(info);
        }
        // Function bodies are checked once for types; their callback rules are checked per call site.
        for (Ast.Item.Function f : functions.values()) checkFunctionBody(f);
        if (!queues.isEmpty()) {
            for (Kabi k : targets) {
                if (k.kfunc("scx_bpf_create_dsq").isEmpty()) error("E0401", policy.name().span(), "kernel " + k.name() + " has no scx_bpf_create_dsq, needed to create queues");
            }
            initKfuncs.put("create_dsq", "scx_bpf_create_dsq");
        }
        if (diags.hasErrors()) return Optional.empty();
        return Optional.of(new CheckedPolicy(file, policy.name().name(), targets, timeoutMs, flags,
                List.copyOf(queues.values()), Map.copyOf(consts), List.copyOf(globals.values()), handlers,
                types, resolutions, constants, declaredLocals, insertKfuncs, moveKfuncs, assignKfuncs, initKfuncs, Map.copyOf(kfuncFallbacks)));
    }

    private static int align(int v, int a) { return (v + a - 1) / a * a; }

    private boolean declareTop(Set<String> names, Ast.Ident id) {
        if (!names.add(id.name())) {
            error("E0202", id.span(), "'" + id.name() + "' is already declared in this policy");
            return false;
        }
        if (NAMED_TYPES.containsKey(id.name()) || Builtin.callable(id.name()).isPresent()) {
            error("E0202", id.span(), "'" + id.name() + "' is the name of a builtin and cannot be redeclared");
            return false;
        }
        return true;
    }

    private Type resolveType(Ast.TypeRef ref) {
        Type t = NAMED_TYPES.get(ref.name().name());
        if (t == null) {
            error("E0204", ref.span(), "unknown type '" + ref.name().name() + "'" + suggest(ref.name().name(), NAMED_TYPES.keySet()));
            return Type.ERROR;
        }
        if (ref.nullable()) {
            if (t instanceof Type.KernelPtr kp) return new Type.KernelPtr(kp.struct(), true);
            error("E0204", ref.span(), "only kernel pointers such as task can be nullable");
        }
        return t;
    }

    private static Type defaultIntType(BigInteger v) {
        return v != null && v.signum() < 0 ? Type.S64 : Type.U64;
    }

    // ---------------------------------------------------------------- handlers and functions

    private HandlerInfo checkHandler(Ast.Item.Handler h) {
        String cb = h.callback().name();
        Kabi.Callback first = null;
        for (Kabi k : targets) {
            Optional<Kabi.Callback> c = k.callback(cb);
            if (c.isEmpty()) {
                List<String> known = k.callbackNames();
                error(known.isEmpty() ? "E0401" : "E0203", h.callback().span(), known.isEmpty()
                        ? "kernel " + k.name() + " has no sched_ext_ops"
                        : "'" + cb + "' is not a sched_ext callback on kernel " + k.name() + suggest(cb, known));
                return null;
            }
            if (first == null) first = c.get();
        }
        Kabi primary = targets.getFirst();
        List<BtfType.Param> params = first.params();
        if (h.params().size() > params.size()) {
            error("E0207", h.params().get(params.size()).span(), "callback '" + cb + "' has " + params.size() + " parameter(s): " + describeParams(primary, first));
            return null;
        }
        callback = cb;
        sleepable = cb.equals("init");
        returnType = kernelValueType(primary.btf(), first.returnType(), false, h.callback().span());
        if (h.returnType() != null) {
            Type declared = resolveType(h.returnType());
            if (!(declared instanceof Type.Error) && !declared.equals(returnType)) {
                error("E0301", h.returnType().span(), "callback '" + cb + "' returns " + returnType.display() + ", not " + declared.display());
            }
        }
        scopes.push(new HashMap<>());
        nonNull.clear();
        List<Local> locals = new ArrayList<>();
        for (int i = 0; i < h.params().size(); i++) {
            Ast.Ident name = h.params().get(i);
            Type t = kernelValueType(primary.btf(), params.get(i).type(), first.nullable().get(i), name.span());
            Local l = new Local(name.name(), t, false, name.span());
            declare(name, l);
            declaredLocals.put(name, l);
            locals.add(l);
        }
        checkBlock(h.body());
        scopes.pop();
        boolean needsValue = !(returnType instanceof Type.Void) && (cb.equals("select_cpu"));
        if (needsValue && !alwaysReturns(h.body())) {
            error("E0305", h.callback().span(), "handler '" + cb + "' must return a " + returnType.display() + " on every path");
        }
        HandlerInfo info = new HandlerInfo(cb, h, locals, returnType, sleepable);
        callback = null;
        return info;
    }

    /** Functions are inlined, so a cycle in the call graph (direct or through others) is an error. */
    private void reportRecursion() {
        Map<String, List<Expr.Call>> calls = new LinkedHashMap<>();
        for (Ast.Item.Function f : functions.values()) {
            List<Expr.Call> out = new ArrayList<>();
            new AstWalker() {
                @Override void expr(Expr e) {
                    if (e instanceof Expr.Call c && functions.containsKey(c.callee().name())) out.add(c);
                    super.expr(e);
                }
            }.block(f.body());
            calls.put(f.name().name(), out);
        }
        Set<String> done = new HashSet<>();
        for (String start : calls.keySet()) findCycle(start, calls, new ArrayList<>(), done);
    }

    private void findCycle(String fn, Map<String, List<Expr.Call>> calls, List<String> path, Set<String> done) {
        if (done.contains(fn)) return;
        path.add(fn);
        for (Expr.Call c : calls.getOrDefault(fn, List.of())) {
            String callee = c.callee().name();
            int at = path.indexOf(callee);
            if (at >= 0) {
                List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
                cycle.add(callee);
                recursive.add(c);
                error("E0208", c.span(), "recursive call: " + String.join(" -> ", cycle) + "; functions are inlined and cannot be recursive");
            } else findCycle(callee, calls, path, done);
        }
        path.removeLast();
        done.add(fn);
    }

    /** Calls that close a cycle; lowering never sees them because the policy is rejected. */
    private final Set<Expr.Call> recursive = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private String describeParams(Kabi k, Kabi.Callback c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.params().size(); i++) {
            out.add(c.paramNames().get(i) + ": " + kernelValueType(k.btf(), c.params().get(i).type(), c.nullable().get(i), null).display());
        }
        return "(" + String.join(", ", out) + ")";
    }

    private void checkFunctionSignature(Ast.Item.Function f) {
        for (Ast.Param p : f.params()) {
            if (p.type() == null) error("E0204", p.span(), "parameter '" + p.name().name() + "' needs a type, e.g. '" + p.name().name() + ": u64'");
            else resolveType(p.type());
        }
        if (f.returnType() != null) resolveType(f.returnType());
    }

    private void checkFunctionBody(Ast.Item.Function f) {
        callback = null;
        sleepable = false;
        returnType = f.returnType() == null ? Type.VOID : resolveTypeQuiet(f.returnType());
        scopes.push(new HashMap<>());
        nonNull.clear();
        Set<String> seen = new HashSet<>();
        for (Ast.Param p : f.params()) {
            if (!seen.add(p.name().name())) error("E0202", p.name().span(), "parameter '" + p.name().name() + "' is declared twice");
            Local l = new Local(p.name().name(), resolveTypeQuiet(p.type()), false, p.name().span());
            declare(p.name(), l);
            declaredLocals.put(p.name(), l);
        }
        functionStack.push(f.name().name());
        checkBlock(f.body());
        functionStack.pop();
        scopes.pop();
        if (!(returnType instanceof Type.Void) && !alwaysReturns(f.body())) {
            error("E0305", f.name().span(), "function '" + f.name().name() + "' must return a " + returnType.display() + " on every path");
        }
    }

    private Type resolveTypeQuiet(Ast.TypeRef ref) {
        if (ref == null) return Type.ERROR;
        Type t = NAMED_TYPES.getOrDefault(ref.name().name(), Type.ERROR);
        return ref.nullable() && t instanceof Type.KernelPtr kp ? new Type.KernelPtr(kp.struct(), true) : t;
    }

    /** Maps a kernel BTF type to a policy type (ints, bool, kernel struct pointers, char arrays). */
    private Type kernelValueType(Btf btf, int typeId, boolean nullable, Span where) {
        if (typeId == 0) return Type.VOID;
        int id = btf.resolve(typeId);
        BtfType t = btf.type(id);
        return switch (t) {
            case BtfType.Int i -> (i.encoding() & 4) != 0 ? Type.BOOL : new Type.Int(i.size() * 8, (i.encoding() & 1) != 0);
            case BtfType.Enum e -> new Type.Int(e.size() * 8, e.signed());
            case BtfType.Enum64 e -> new Type.Int(e.size() * 8, e.signed());
            case BtfType.Ptr p -> {
                int target = btf.resolve(p.type());
                BtfType tt = target == 0 ? null : btf.type(target);
                if (tt instanceof BtfType.Struct || tt instanceof BtfType.Union || tt instanceof BtfType.Fwd) yield new Type.KernelPtr(tt.name(), nullable);
                yield unsupported(btf, typeId, where);
            }
            case BtfType.Struct s -> new Type.KernelStruct(s.name());
            case BtfType.Union u -> new Type.KernelStruct(u.name());
            case BtfType.Array a -> {
                BtfType elem = btf.type(btf.resolve(a.elemType()));
                if (elem instanceof BtfType.Int ei && ei.size() == 1) yield new Type.Chars(a.nelems());
                yield unsupported(btf, typeId, where);
            }
            default -> unsupported(btf, typeId, where);
        };
    }

    private Type unsupported(Btf btf, int typeId, Span where) {
        if (where != null) error("E0313", where, "kernel type '" + btf.describe(typeId) + "' cannot be used by policies yet");
        return Type.ERROR;
    }

    // ---------------------------------------------------------------- statements

    private void declare(Ast.Ident name, Local l) {
        Map<String, Local> scope = scopes.peek();
        if (scope.containsKey(name.name())) {
            error("E0202", name.span(), "'" + name.name() + "' is already declared in this block");
        }
        scope.put(name.name(), l);
    }

    private Local lookupLocal(String name) {
        for (Map<String, Local> s : scopes) {
            Local l = s.get(name);
            if (l != null) return l;
        }
        return null;
    }

    private void checkBlock(Ast.Block block) {
        scopes.push(new HashMap<>());
        Set<Local> narrowedHere = new HashSet<>();
        for (Stmt s : block.stmts()) {
            checkStmt(s);
            // `if x == null { return }` narrows x for the rest of the block.
            if (s instanceof Stmt.If iff && iff.otherwise() == null && alwaysReturns(iff.then())) {
                for (Local l : narrowedBy(iff.condition(), false)) if (nonNull.add(l)) narrowedHere.add(l);
            }
        }
        nonNull.removeAll(narrowedHere);
        scopes.pop();
    }

    private void checkStmt(Stmt s) {
        switch (s) {
            case Stmt.Let let -> {
                Type declared = let.type() == null ? null : resolveType(let.type());
                Type t = checkExpr(let.init(), declared);
                if (declared != null) assignable(t, declared, let.init());
                if (declared == null) {
                    if (t instanceof Type.UntypedInt) t = defaultIntType(constants.get(let.init()));
                    if (t instanceof Type.Void || t instanceof Type.Str || t instanceof Type.Queue || t instanceof Type.KernelStruct || t instanceof Type.Chars) {
                        error("E0313", let.init().span(), "a local cannot hold a value of type " + t.display());
                        t = Type.ERROR;
                    }
                } else t = declared;
                Local l = new Local(let.name().name(), t, let.mutable(), let.name().span());
                declare(let.name(), l);
                declaredLocals.put(let, l);
            }
            case Stmt.Assign a -> checkAssign(a);
            case Stmt.If iff -> {
                checkCondition(iff.condition());
                withNonNull(narrowedBy(iff.condition(), true), () -> checkBlock(iff.then()));
                if (iff.otherwise() != null) withNonNull(narrowedBy(iff.condition(), false), () -> checkBlock(iff.otherwise()));
            }
            case Stmt.Match m -> checkMatch(m);
            case Stmt.For f -> {
                Type from = checkExpr(f.from(), null);
                Type to = checkExpr(f.to(), null);
                Type t = unify(from, to, f.from(), f.to(), f.span());
                if (t instanceof Type.UntypedInt) t = Type.U64;
                if (t instanceof Type.UntypedInt || t instanceof Type.Int) {
                    coerceConst(f.from(), t);
                    coerceConst(f.to(), t);
                } else if (!(t instanceof Type.Error)) error("E0301", f.from().span(), "loop bounds must be integers");
                if (!constants.containsKey(f.to())) {
                    error("E0310", f.to().span(), "the loop's end must be a constant so the kernel verifier can bound it");
                }
                scopes.push(new HashMap<>());
                Local l = new Local(f.variable().name(), t, false, f.variable().span());
                declare(f.variable(), l);
                declaredLocals.put(f, l);
                loopDepth++;
                checkBlock(f.body());
                loopDepth--;
                scopes.pop();
            }
            case Stmt.Return r -> checkReturn(r);
            case Stmt.Insert ins -> checkInsert(ins);
            case Stmt.ExprStmt es -> {
                Type t = checkExpr(es.expr(), null);
                if (!(es.expr() instanceof Expr.Call) && !(es.expr() instanceof Expr.Move) && !(t instanceof Type.Error)) {
                    error("E0316", es.span(), "this expression's value is not used");
                }
            }
            case Stmt.Break b -> { if (loopDepth == 0) error("E0312", b.span(), "'break' outside a loop"); }
            case Stmt.Continue c -> { if (loopDepth == 0) error("E0312", c.span(), "'continue' outside a loop"); }
            case Stmt.Invalid inv -> { /* already reported by the parser */ }
        }
    }

    /**
     * Locals known non-null when {@code cond} evaluates to {@code whenTrue}: {@code x != null} (true),
     * {@code x == null} (false), through {@code &&} (true) and {@code ||} (false).
     */
    private Set<Local> narrowedBy(Expr cond, boolean whenTrue) {
        Set<Local> out = new HashSet<>();
        if (cond instanceof Expr.Binary b && b.op() == (whenTrue ? Ast.BinaryOp.AND : Ast.BinaryOp.OR)) {
            out.addAll(narrowedBy(b.left(), whenTrue));
            out.addAll(narrowedBy(b.right(), whenTrue));
        } else if (cond instanceof Expr.Unary u && u.op() == Ast.UnaryOp.NOT) {
            out.addAll(narrowedBy(u.operand(), !whenTrue));
        } else {
            Local l = nullTested(cond, whenTrue ? Ast.BinaryOp.NE : Ast.BinaryOp.EQ);
            if (l != null) out.add(l);
        }
        return out;
    }

    /** Narrows for the duration of {@code body}, then restores. */
    private void withNonNull(Set<Local> narrowed, Runnable body) {
        Set<Local> added = new HashSet<>();
        for (Local l : narrowed) if (nonNull.add(l)) added.add(l);
        body.run();
        nonNull.removeAll(added);
    }

    /** The local tested in {@code x == null} / {@code x != null} (either operand order), if that is the condition. */
    private Local nullTested(Expr cond, Ast.BinaryOp op) {
        if (!(cond instanceof Expr.Binary b) || b.op() != op) return null;
        Expr other = b.left() instanceof Expr.NullLit ? b.right() : b.right() instanceof Expr.NullLit ? b.left() : null;
        if (other instanceof Expr.Name n && resolutions.get(n) instanceof Resolution.LocalRef lr) return lr.local();
        return null;
    }

    private void checkCondition(Expr cond) {
        Type t = checkExpr(cond, Type.BOOL);
        if (!(t instanceof Type.Bool) && !(t instanceof Type.Error)) {
            error("E0308", cond.span(), "a condition must be bool, not " + t.display() + " (compare it, e.g. x != 0)");
        }
    }

    private void checkAssign(Stmt.Assign a) {
        Type target = checkExpr(a.target(), null);
        Resolution r = resolutions.get(a.target());
        switch (r) {
            case Resolution.LocalRef lr -> {
                if (!lr.local().mutable) error("E0304", a.target().span(), "'" + lr.local().name + "' is not mutable; declare it with 'var'");
            }
            case Resolution.GlobalRef g -> { }
            case Resolution.FieldAccess fa -> {
                if (!fa.rootStruct().equals("task_struct") || !WRITABLE_TASK_FIELDS.contains(fa.path())) {
                    error("E0304", a.target().span(), "kernel field '" + String.join(".", fa.path()) + "' is read-only; a scheduler may write only p.slice and p.vtime");
                } else {
                    String setter = TASK_FIELD_SETTERS.get(fa.path());
                    if (targets.stream().allMatch(k -> k.kfunc(setter).isPresent()) && rules.allows(setter, callback == null ? "" : callback, sleepable)) {
                        assignKfuncs.put(a, setter);
                    }
                }
            }
            case null -> { if (!(target instanceof Type.Error)) error("E0304", a.target().span(), "cannot assign to this expression"); }
            default -> error("E0304", a.target().span(), "cannot assign to this expression");
        }
        if (target instanceof Type.Error) {
            checkExpr(a.value(), null);
            return;
        }
        if (a.op() != null && !(target instanceof Type.Int)) {
            error("E0301", a.span(), "'" + a.op() + "=' needs an integer target, not " + target.display());
        }
        Type v = checkExpr(a.value(), target);
        if (a.op() == Ast.BinaryOp.SHL || a.op() == Ast.BinaryOp.SHR) return;
        assignable(v, target, a.value());
    }

    private void checkReturn(Stmt.Return r) {
        if (r.value() == null) {
            if (!(returnType instanceof Type.Void) && callback != null && callback.equals("select_cpu")) {
                error("E0305", r.span(), "select_cpu must return a CPU number");
            }
            if (!(returnType instanceof Type.Void) && callback == null) error("E0305", r.span(), "this function must return a " + returnType.display());
            return;
        }
        if (returnType instanceof Type.Void) {
            checkExpr(r.value(), null);
            error("E0311", r.value().span(), callback != null ? "handler '" + callback + "' returns nothing" : "this function returns nothing; declare '-> type'");
            return;
        }
        Type t = checkExpr(r.value(), returnType);
        if (t instanceof Type.CpuPick) {
            error("E0301", r.value().span(), "return the chosen CPU with '.cpu'");
            return;
        }
        assignable(t, returnType, r.value());
    }

    private void checkMatch(Stmt.Match m) {
        Type t = checkExpr(m.scrutinee(), null);
        if (t instanceof Type.UntypedInt) t = defaultIntType(constants.get(m.scrutinee()));
        if (!(t instanceof Type.Int) && !(t instanceof Type.Error)) error("E0301", m.scrutinee().span(), "match needs an integer, not " + t.display());
        Set<BigInteger> seen = new HashSet<>();
        boolean wildcard = false;
        for (Ast.MatchArm arm : m.arms()) {
            for (Ast.Pattern p : arm.patterns()) {
                switch (p) {
                    case Ast.Pattern.Wildcard w -> {
                        if (wildcard) error("E0317", w.span(), "a second '_' arm can never match");
                        wildcard = true;
                    }
                    case Ast.Pattern.Value v -> {
                        Type pt = checkExpr(v.value(), t instanceof Type.Int ? t : null);
                        BigInteger c = constants.get(v.value());
                        if (c == null) error("E0315", v.span(), "a match pattern must be a constant");
                        else {
                            if (t instanceof Type.Int) assignable(pt, t, v.value());
                            if (!seen.add(c)) error("E0317", v.span(), "value " + c + " is already matched by an earlier arm");
                        }
                    }
                }
            }
            checkBlock(arm.body());
        }
    }

    private void checkInsert(Stmt.Insert ins) {
        Type task = checkExpr(ins.task(), Type.TASK);
        requireTask(task, ins.task());
        boolean vtimeQueue = false;
        switch (ins.queue()) {
            case Ast.QueueRef.Local l -> requireEnum("SCX_DSQ_LOCAL", l.span());
            case Ast.QueueRef.Global g -> requireEnum("SCX_DSQ_GLOBAL", g.span());
            case Ast.QueueRef.LocalOn lo -> {
                requireEnum("SCX_DSQ_LOCAL_ON", lo.span());
                Type c = checkExpr(lo.cpu(), Type.S32);
                requireIntArg(c, lo.cpu(), "a CPU number");
            }
            case Ast.QueueRef.Named n -> {
                QueueInfo q = queues.get(n.name().name());
                if (q == null) error("E0206", n.span(), "unknown queue '" + n.name().name() + "'" + suggest(n.name().name(), queues.keySet()));
                else {
                    resolutions.put(n, new Resolution.QueueRef(q));
                    vtimeQueue = q.kind() == Ast.QueueKind.VTIME;
                }
            }
        }
        assignable(checkExpr(ins.slice(), Type.U64), Type.U64, ins.slice());
        if (ins.vtime() != null) {
            assignable(checkExpr(ins.vtime(), Type.U64), Type.U64, ins.vtime());
            if (!vtimeQueue) error("E0309", ins.vtime().span(), "only vtime queues take a vtime; this queue is FIFO");
        } else if (vtimeQueue) {
            error("E0309", ins.span(), "inserting into a vtime queue needs 'vtime <expr>'");
        }
        if (ins.flags() != null) assignable(checkExpr(ins.flags(), Type.U64), Type.U64, ins.flags());
        Builtin b = vtimeQueue ? Builtin.INSERT_VTIME : Builtin.INSERT;
        String kfunc = chooseKfunc(b, ins.span());
        if (kfunc != null) insertKfuncs.put(ins, kfunc);
    }

    private void requireEnum(String enumerator, Span span) {
        for (Kabi k : targets) {
            if (k.enumValue(enumerator).isEmpty()) error("E0401", span, "kernel " + k.name() + " has no " + enumerator);
        }
    }

    private void requireTask(Type t, Expr e) {
        if (t instanceof Type.Error) return;
        if (!(t instanceof Type.KernelPtr kp) || !kp.struct().equals("task_struct")) {
            error("E0301", e.span(), "expected a task, found " + t.display());
        } else if (kp.nullable()) {
            error("E0307", e.span(), "this task may be null; check it first: if " + text(e) + " != null { ... }");
        }
    }

    private void requireIntArg(Type t, Expr e, String what) {
        if (!(t instanceof Type.Error) && !Type.isInteger(t)) error("E0301", e.span(), "expected " + what + " (an integer), found " + t.display());
    }

    private String text(Expr e) {
        return file.text().substring(e.span().start(), Math.min(file.text().length(), e.span().end()));
    }

    private final Map<String, List<String>> kfuncFallbacks = new HashMap<>();

    /**
     * Picks the kfunc implementing a builtin, and checks the callback rules. Candidates are in order of
     * preference; the most preferred one any target has is called. When some targets lack it, the call
     * falls back, through run-time existence checks, to the next candidates until one every target has
     * (or every target has one of them). A target with none of them is an error naming the kernel.
     */
    private String chooseKfunc(Builtin b, Span span) {
        List<String> chain = new ArrayList<>();
        for (String candidate : b.kfuncs()) {
            long having = targets.stream().filter(k -> k.kfunc(candidate).isPresent()).count();
            if (having == 0) continue;
            chain.add(candidate);
            if (having == targets.size()) break;
        }
        boolean missing = false;
        for (Kabi k : targets) {
            if (chain.stream().noneMatch(c -> k.kfunc(c).isPresent())) {
                error("E0401", span, "kernel " + k.name() + " lacks " + String.join(" / ", b.kfuncs()) + ", needed for '" + b.spelling() + "'");
                missing = true;
            }
        }
        if (missing) return null;
        for (String kfunc : chain) checkCallbackRule(kfunc, b.spelling(), span);
        if (chain.size() > 1) kfuncFallbacks.put(chain.getFirst(), List.copyOf(chain.subList(1, chain.size())));
        return chain.getFirst();
    }

    private final Map<String, List<Object[]>> functionKfuncUses = new HashMap<>();

    private void checkCallbackRule(String kfunc, String what, Span span) {
        if (callback != null) {
            if (!rules.allows(kfunc, callback, sleepable)) {
                error("E0402", span, "'" + what + "' (" + kfunc + ") is not allowed in '" + callback + "'; the kernel allows it only in: "
                        + String.join(", ", rules.allowedCallbacks(kfunc)));
            }
        } else if (!functionStack.isEmpty()) {
            functionKfuncUses.computeIfAbsent(functionStack.peek(), x -> new ArrayList<>()).add(new Object[] {kfunc, what, span});
        }
    }

    static boolean alwaysReturns(Ast.Block b) {
        if (b == null || b.stmts().isEmpty()) return false;
        Stmt last = b.stmts().getLast();
        return switch (last) {
            case Stmt.Return r -> true;
            case Stmt.If iff -> iff.otherwise() != null && alwaysReturns(iff.then()) && alwaysReturns(iff.otherwise());
            case Stmt.Match m -> m.arms().stream().anyMatch(a -> a.patterns().stream().anyMatch(p -> p instanceof Ast.Pattern.Wildcard))
                    && m.arms().stream().allMatch(a -> alwaysReturns(a.body()));
            default -> false;
        };
    }

    // ---------------------------------------------------------------- expressions

    /** Checks an expression; {@code expected} guides untyped constants (may be null). Records its type. */
    Type checkExpr(Expr e, Type expected) {
        Type t = infer(e, expected);
        if (t instanceof Type.UntypedInt && expected instanceof Type.Int ei && constants.containsKey(e)) {
            if (fits(constants.get(e), ei)) t = ei;
        }
        types.put(e, t);
        return t;
    }

    private Type infer(Expr e, Type expected) {
        return switch (e) {
            case Expr.IntLit lit -> {
                BigInteger v = lit.value();
                if (lit.unit() != null) {
                    v = v.multiply(switch (lit.unit()) {
                        case NS -> BigInteger.ONE;
                        case US -> BigInteger.valueOf(1_000);
                        case MS -> BigInteger.valueOf(1_000_000);
                        case S -> BigInteger.valueOf(1_000_000_000);
                    });
                }
                if (v.bitLength() > 64) {
                    error("E0303", lit.span(), "constant " + lit.text() + " does not fit in 64 bits");
                    yield Type.ERROR;
                }
                constants.put(e, v);
                yield lit.unit() != null ? Type.U64 : Type.UNTYPED;
            }
            case Expr.BoolLit b -> {
                constants.put(e, b.value() ? BigInteger.ONE : BigInteger.ZERO);
                yield Type.BOOL;
            }
            case Expr.NullLit n -> expected instanceof Type.KernelPtr kp ? new Type.KernelPtr(kp.struct(), true) : new Type.KernelPtr("", true);
            case Expr.StringLit s -> new Type.Str();
            case Expr.Name n -> inferName(n);
            case Expr.Field f -> inferField(f);
            case Expr.Call c -> inferCall(c, expected);
            case Expr.Unary u -> inferUnary(u, expected);
            case Expr.Binary b -> inferBinary(b, expected);
            case Expr.Cast c -> {
                Type from = checkExpr(c.value(), null);
                Type to = resolveType(c.type());
                if (from instanceof Type.Error || to instanceof Type.Error) yield Type.ERROR;
                boolean ok = (Type.isInteger(from) || from instanceof Type.Bool) && to instanceof Type.Int;
                if (!ok) {
                    error("E0301", c.span(), "cannot convert " + from.display() + " to " + to.display());
                    yield Type.ERROR;
                }
                BigInteger v = constants.get(c.value());
                if (v != null) constants.put(e, wrap(v, (Type.Int) to));
                yield to;
            }
            case Expr.Move m -> inferMove(m);
            case Expr.Invalid inv -> Type.ERROR;
        };
    }

    private Type inferName(Expr.Name n) {
        String name = n.name().name();
        Local l = lookupLocal(name);
        if (l != null) {
            resolutions.put(n, new Resolution.LocalRef(l));
            if (l.type instanceof Type.KernelPtr kp && kp.nullable() && nonNull.contains(l)) return new Type.KernelPtr(kp.struct(), false);
            return l.type;
        }
        ConstInfo c = consts.get(name);
        if (c != null) {
            resolutions.put(n, new Resolution.ConstRef(c));
            constants.put(n, c.value());
            return c.type();
        }
        GlobalInfo g = globals.get(name);
        if (g != null) {
            resolutions.put(n, new Resolution.GlobalRef(g));
            return g.type();
        }
        QueueInfo q = queues.get(name);
        if (q != null) {
            resolutions.put(n, new Resolution.QueueRef(q));
            return new Type.Queue();
        }
        List<String> candidates = new ArrayList<>(consts.keySet());
        candidates.addAll(globals.keySet());
        candidates.addAll(queues.keySet());
        for (Map<String, Local> s : scopes) candidates.addAll(s.keySet());
        error("E0201", n.span(), "unknown name '" + name + "'" + suggest(name, candidates));
        return Type.ERROR;
    }

    private Type inferField(Expr.Field f) {
        Type base = checkExpr(f.target(), null);
        String field = f.field().name();
        return switch (base) {
            case Type.Error err -> Type.ERROR;
            case Type.CpuPick pick -> {
                if (field.equals("cpu") || field.equals("was_idle")) {
                    resolutions.put(f, new Resolution.PickPart(f.target(), field.equals("was_idle")));
                    yield field.equals("cpu") ? Type.S32 : Type.BOOL;
                }
                error("E0205", f.field().span(), "a CPU pick has '.cpu' and '.was_idle', not '" + field + "'");
                yield Type.ERROR;
            }
            case Type.KernelPtr kp -> {
                if (kp.nullable()) {
                    error("E0307", f.target().span(), "'" + text(f.target()) + "' may be null; check it first: if " + text(f.target()) + " != null { ... }");
                    yield Type.ERROR;
                }
                yield kernelField(f, f.target(), kp.struct(), List.of());
            }
            case Type.KernelStruct ks -> {
                Resolution.FieldAccess parent = (Resolution.FieldAccess) resolutions.get(f.target());
                yield kernelField(f, parent.base(), parent.rootStruct(), parent.path());
            }
            default -> {
                error("E0205", f.field().span(), base.display() + " has no fields");
                yield Type.ERROR;
            }
        };
    }

    /** Resolves {@code prefix + field} from {@code root} in every target kernel; the primary kernel gives the type. */
    private Type kernelField(Expr.Field f, Expr base, String root, List<String> prefix) {
        String field = f.field().name();
        List<String> path = new ArrayList<>(prefix);
        if (root.equals("task_struct") && prefix.isEmpty() && TASK_ALIASES.containsKey(field)
                && targets.getFirst().struct("task_struct").isPresent()
                && targets.getFirst().member(targets.getFirst().struct("task_struct").getAsInt(), field).isEmpty()) {
            path.addAll(TASK_ALIASES.get(field));
        } else path.add(field);
        Type result = null;
        for (Kabi k : targets) {
            OptionalInt rootId = k.struct(root);
            if (rootId.isEmpty()) {
                error("E0401", f.span(), "kernel " + k.name() + " has no struct " + root);
                return Type.ERROR;
            }
            int current = rootId.getAsInt();
            int typeId = 0;
            for (String step : path) {
                Optional<List<Kabi.FieldInfo>> m = k.member(current, step);
                if (m.isEmpty()) {
                    String structName = k.btf().type(k.btf().resolve(current)).name();
                    boolean elsewhere = targets.stream().anyMatch(o -> o != k && hasPath(o, root, path));
                    error(elsewhere ? "E0401" : "E0205", f.field().span(), elsewhere
                            ? "kernel " + k.name() + " has no field '" + step + "' in struct " + structName
                            : "no field '" + step + "' in struct " + structName + suggest(step, k.memberNames(current)));
                    return Type.ERROR;
                }
                typeId = m.get().getLast().typeId();
                if (m.get().getLast().bitfieldSize() != 0) {
                    error("E0313", f.field().span(), "bit-field '" + step + "' cannot be read by policies yet");
                    return Type.ERROR;
                }
                current = k.btf().resolve(typeId);
            }
            Type t = kernelValueType(k.btf(), typeId, false, k == targets.getFirst() ? f.field().span() : null);
            if (result == null) result = t;
            else if (!sameKind(result, t)) {
                error("E0401", f.field().span(), "field '" + String.join(".", path) + "' is " + result.display() + " on kernel "
                        + targets.getFirst().name() + " but " + t.display() + " on kernel " + k.name());
                return Type.ERROR;
            }
        }
        resolutions.put(f, new Resolution.FieldAccess(base, root, List.copyOf(path), result));
        return result;
    }

    private static boolean hasPath(Kabi k, String root, List<String> path) {
        OptionalInt id = k.struct(root);
        if (id.isEmpty()) return false;
        int current = id.getAsInt();
        for (String step : path) {
            Optional<List<Kabi.FieldInfo>> m = k.member(current, step);
            if (m.isEmpty()) return false;
            current = k.btf().resolve(m.get().getLast().typeId());
        }
        return true;
    }

    private static boolean sameKind(Type a, Type b) {
        if (a instanceof Type.Int ia && b instanceof Type.Int ib) return ia.signed() == ib.signed();
        if (a instanceof Type.Chars && b instanceof Type.Chars) return true;
        return a.equals(b);
    }

    private Type inferCall(Expr.Call c, Type expected) {
        String name = c.callee().name();
        Ast.Item.Function fn = functions.get(name);
        if (fn != null) return inferUserCall(c, fn);
        Optional<Builtin> b = Builtin.callable(name);
        if (b.isEmpty()) {
            List<String> candidates = new ArrayList<>(functions.keySet());
            for (Builtin x : Builtin.values()) if (x.arity() >= 0) candidates.add(x.spelling());
            error("E0210", c.callee().span(), "unknown function '" + name + "'" + suggest(name, candidates));
            c.args().forEach(a -> checkExpr(a, null));
            return Type.ERROR;
        }
        Builtin builtin = b.get();
        if (c.args().size() != builtin.arity()) {
            error("E0306", c.span(), "'" + name + "' takes " + builtin.arity() + " argument(s), not " + c.args().size());
            c.args().forEach(a -> checkExpr(a, null));
            return Type.ERROR;
        }
        String kfunc = builtin.kfuncs().isEmpty() ? null : chooseKfunc(builtin, c.span());
        resolutions.put(c, new Resolution.BuiltinCall(builtin, kfunc));
        List<Expr> args = c.args();
        return switch (builtin) {
            case DEFAULT_CPU -> {
                requireTask(checkExpr(args.get(0), Type.TASK), args.get(0));
                assignable(checkExpr(args.get(1), Type.S32), Type.S32, args.get(1));
                assignable(checkExpr(args.get(2), Type.U64), Type.U64, args.get(2));
                yield new Type.CpuPick();
            }
            case PICK_IDLE_CPU -> {
                requireTask(checkExpr(args.get(0), Type.TASK), args.get(0));
                yield Type.S32;
            }
            case TEST_IDLE_CPU -> {
                assignable(checkExpr(args.get(0), Type.S32), Type.S32, args.get(0));
                yield Type.BOOL;
            }
            case KICK_CPU, PREEMPT_CPU -> {
                assignable(checkExpr(args.get(0), Type.S32), Type.S32, args.get(0));
                if (builtin == Builtin.PREEMPT_CPU) requireEnum("SCX_KICK_PREEMPT", c.span());
                yield Type.VOID;
            }
            case TASK_CPU -> {
                requireTask(checkExpr(args.get(0), Type.TASK), args.get(0));
                yield Type.S32;
            }
            case NOW -> Type.U64;
            case NR_CPUS -> Type.U32;
            case QUEUED -> {
                Expr q = args.get(0);
                Type t = checkExpr(q, null);
                if (!(t instanceof Type.Queue) && !(t instanceof Type.Error)) error("E0301", q.span(), "queued() takes a queue name");
                yield Type.S32;
            }
            case ERROR -> {
                Type t = checkExpr(args.get(0), null);
                if (!(args.get(0) instanceof Expr.StringLit)) {
                    if (!(t instanceof Type.Error)) error("E0301", args.get(0).span(), "error() takes a string literal message");
                } else if (((Expr.StringLit) args.get(0)).value().contains("%")) {
                    error("E0301", args.get(0).span(), "error() messages cannot contain '%' yet");
                }
                yield Type.VOID;
            }
            case MIN, MAX -> {
                Type l = checkExpr(args.get(0), expected);
                Type r = checkExpr(args.get(1), expected);
                Type t = unify(l, r, args.get(0), args.get(1), c.span());
                if (!(t instanceof Type.Error) && !Type.isInteger(t)) {
                    error("E0301", c.span(), name + "() takes integers, not " + t.display());
                    yield Type.ERROR;
                }
                BigInteger a = constants.get(args.get(0)), bb = constants.get(args.get(1));
                if (a != null && bb != null) constants.put(c, builtin == Builtin.MIN ? a.min(bb) : a.max(bb));
                yield t;
            }
            case INSERT, INSERT_VTIME, MOVE_TO_LOCAL, CREATE_QUEUE -> throw new IllegalStateException("not callable: " + builtin);
        };
    }

    private Type inferUserCall(Expr.Call c, Ast.Item.Function fn) {
        if (recursive.contains(c) || functionStack.contains(fn.name().name())) return Type.ERROR;
        resolutions.put(c, new Resolution.UserCall(fn));
        if (c.args().size() != fn.params().size()) {
            error("E0306", c.span(), "'" + fn.name().name() + "' takes " + fn.params().size() + " argument(s), not " + c.args().size());
        }
        for (int i = 0; i < c.args().size(); i++) {
            Type pt = i < fn.params().size() ? resolveTypeQuiet(fn.params().get(i).type()) : null;
            Type at = checkExpr(c.args().get(i), pt);
            if (pt != null) assignable(at, pt, c.args().get(i));
        }
        // Callback rules of the kfuncs the function uses apply where it is called.
        if (callback != null) checkFunctionRules(fn.name().name(), c.span(), new HashSet<>());
        return fn.returnType() == null ? Type.VOID : resolveTypeQuiet(fn.returnType());
    }

    private void checkFunctionRules(String fn, Span at, Set<String> visited) {
        if (!visited.add(fn)) return;
        Ast.Item.Function f = functions.get(fn);
        if (f == null) return;
        // Bodies are checked after handlers; collect their kfunc uses on demand.
        if (!functionKfuncUses.containsKey(fn)) collectKfuncs(f);
        for (Object[] use : functionKfuncUses.getOrDefault(fn, List.of())) {
            String kfunc = (String) use[0];
            if (kfunc.startsWith("fn:")) checkFunctionRules(kfunc.substring(3), at, visited);
            else if (!rules.allows(kfunc, callback, sleepable)) {
                error("E0402", at, "'" + fn + "' uses '" + use[1] + "' (" + kfunc + "), which is not allowed in '" + callback
                        + "'; the kernel allows it only in: " + String.join(", ", rules.allowedCallbacks(kfunc)));
            }
        }
    }

    /** Syntactic scan of a function body for builtins and calls, for callback-rule checks at call sites. */
    private void collectKfuncs(Ast.Item.Function f) {
        List<Object[]> uses = new ArrayList<>();
        new AstWalker() {
            @Override void expr(Expr e) {
                if (e instanceof Expr.Call c) {
                    if (functions.containsKey(c.callee().name())) uses.add(new Object[] {"fn:" + c.callee().name(), c.callee().name(), c.span()});
                    else Builtin.callable(c.callee().name()).ifPresent(b -> b.kfuncs().stream().findFirst().ifPresent(k -> uses.add(new Object[] {k, b.spelling(), c.span()})));
                }
                if (e instanceof Expr.Move m) uses.add(new Object[] {Builtin.MOVE_TO_LOCAL.kfuncs().getFirst(), "move", m.span()});
                super.expr(e);
            }
            @Override void stmt(Stmt s) {
                if (s instanceof Stmt.Insert ins) uses.add(new Object[] {Builtin.INSERT.kfuncs().getFirst(), "insert", ins.span()});
                super.stmt(s);
            }
        }.block(f.body());
        functionKfuncUses.put(f.name().name(), uses);
    }

    private Type inferMove(Expr.Move m) {
        switch (m.from()) {
            case Ast.QueueRef.Named n -> {
                QueueInfo q = queues.get(n.name().name());
                if (q == null) error("E0206", n.span(), "unknown queue '" + n.name().name() + "'" + suggest(n.name().name(), queues.keySet()));
                else resolutions.put(n, new Resolution.QueueRef(q));
            }
            case Ast.QueueRef.Global g -> requireEnum("SCX_DSQ_GLOBAL", g.span());
            case Ast.QueueRef.Local l -> error("E0301", l.span(), "cannot move from the local queue to itself");
            case Ast.QueueRef.LocalOn lo -> error("E0301", lo.span(), "cannot move from another CPU's local queue");
        }
        String kfunc = chooseKfunc(Builtin.MOVE_TO_LOCAL, m.span());
        if (kfunc != null) moveKfuncs.put(m, kfunc);
        return Type.BOOL;
    }

    private Type inferUnary(Expr.Unary u, Type expected) {
        // `-1` is the constant -1, not 1 typed as the context's (maybe unsigned) type and then negated.
        Type hint = switch (u.op()) {
            case NOT -> Type.BOOL;
            case NEG -> null;
            case BIT_NOT -> expected;
        };
        Type t = checkExpr(u.operand(), hint);
        BigInteger v = constants.get(u.operand());
        return switch (u.op()) {
            case NOT -> {
                if (!(t instanceof Type.Bool) && !(t instanceof Type.Error)) error("E0301", u.span(), "'!' needs a bool, not " + t.display() + " (use '~' for bits)");
                if (v != null) constants.put(u, v.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO);
                yield Type.BOOL;
            }
            case NEG, BIT_NOT -> {
                if (!Type.isInteger(t)) {
                    if (!(t instanceof Type.Error)) error("E0301", u.span(), "'" + (u.op() == Ast.UnaryOp.NEG ? "-" : "~") + "' needs an integer, not " + t.display());
                    yield Type.ERROR;
                }
                if (v != null) {
                    BigInteger r = u.op() == Ast.UnaryOp.NEG ? v.negate() : v.not();
                    constants.put(u, t instanceof Type.Int it ? wrap(r, it) : r);
                }
                yield t;
            }
        };
    }

    private Type inferBinary(Expr.Binary b, Type expected) {
        Ast.BinaryOp op = b.op();
        if (op == Ast.BinaryOp.AND || op == Ast.BinaryOp.OR) {
            checkCondition(b.left());
            // `p != null && p.x` and `p == null || p.x`: the right side runs only when p is not null.
            withNonNull(narrowedBy(b.left(), op == Ast.BinaryOp.AND), () -> checkCondition(b.right()));
            BigInteger l = constants.get(b.left()), r = constants.get(b.right());
            if (l != null && r != null) constants.put(b, BigInteger.valueOf(op == Ast.BinaryOp.AND ? (l.signum() != 0 && r.signum() != 0 ? 1 : 0) : (l.signum() != 0 || r.signum() != 0 ? 1 : 0)));
            return Type.BOOL;
        }
        boolean comparison = switch (op) {
            case EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
        boolean shift = op == Ast.BinaryOp.SHL || op == Ast.BinaryOp.SHR;
        Type hint = comparison ? null : expected;
        Type l = checkExpr(b.left(), hint);
        Type r = checkExpr(b.right(), shift ? null : l instanceof Type.Int ? l : hint);
        if (l instanceof Type.UntypedInt && r instanceof Type.Int) l = checkExpr(b.left(), r);
        if (l instanceof Type.Error || r instanceof Type.Error) return comparison ? Type.BOOL : Type.ERROR;
        if (comparison && (l instanceof Type.KernelPtr || r instanceof Type.KernelPtr)) {
            if ((op != Ast.BinaryOp.EQ && op != Ast.BinaryOp.NE) || !(b.left() instanceof Expr.NullLit || b.right() instanceof Expr.NullLit)) {
                error("E0301", b.span(), "kernel pointers can only be compared with null");
            }
            return Type.BOOL;
        }
        if (comparison && l instanceof Type.Bool && r instanceof Type.Bool) {
            if (op != Ast.BinaryOp.EQ && op != Ast.BinaryOp.NE) error("E0301", b.span(), "bools can only be compared with == and !=");
            foldBinary(b, Type.BOOL, true);
            return Type.BOOL;
        }
        if (!Type.isInteger(l) || !Type.isInteger(r)) {
            error("E0301", b.span(), "'" + symbol(op) + "' needs integers, found " + l.display() + " and " + r.display());
            return comparison ? Type.BOOL : Type.ERROR;
        }
        Type t = shift ? l : unify(l, r, b.left(), b.right(), b.span());
        if (shift && !(r instanceof Type.UntypedInt) && !(r instanceof Type.Int)) return Type.ERROR;
        if (t instanceof Type.Error) return comparison ? Type.BOOL : Type.ERROR;
        if (shift) {
            BigInteger count = constants.get(b.right());
            int width = t instanceof Type.Int it ? it.bits() : 64;
            if (count != null && (count.signum() < 0 || count.compareTo(BigInteger.valueOf(width)) >= 0)) {
                error("E0303", b.right().span(), "shift count " + count + " is out of range for " + t.display() + " (0.." + (width - 1) + ")");
            }
            if (r instanceof Type.UntypedInt) coerceConst(b.right(), Type.U64);
        }
        foldBinary(b, t, comparison);
        return comparison ? Type.BOOL : t;
    }

    private void foldBinary(Expr.Binary b, Type t, boolean comparison) {
        BigInteger l = constants.get(b.left()), r = constants.get(b.right());
        if (l == null || r == null) return;
        boolean signed = t instanceof Type.Int it ? it.signed() : (l.signum() < 0 || r.signum() < 0);
        BigInteger v = switch (b.op()) {
            case ADD -> l.add(r);
            case SUB -> l.subtract(r);
            case MUL -> l.multiply(r);
            // BPF semantics: x / 0 == 0 and x % 0 == x.
            case DIV -> r.signum() == 0 ? BigInteger.ZERO : signed ? l.divide(r) : l.divide(r);
            case MOD -> r.signum() == 0 ? l : l.remainder(r);
            case BIT_AND -> l.and(r);
            case BIT_OR -> l.or(r);
            case BIT_XOR -> l.xor(r);
            case SHL -> l.shiftLeft(r.intValue() & 63);
            case SHR -> l.shiftRight(r.intValue() & 63);
            case EQ -> bool(l.equals(r));
            case NE -> bool(!l.equals(r));
            case LT -> bool(l.compareTo(r) < 0);
            case LE -> bool(l.compareTo(r) <= 0);
            case GT -> bool(l.compareTo(r) > 0);
            case GE -> bool(l.compareTo(r) >= 0);
            case AND, OR -> throw new IllegalStateException();
        };
        if (!comparison && t instanceof Type.Int it) v = wrap(v, it);
        if (!comparison && t instanceof Type.UntypedInt && v.bitLength() > 64) {
            error("E0303", b.span(), "constant expression overflows 64 bits");
            return;
        }
        constants.put(b, v);
    }

    private static BigInteger bool(boolean b) { return b ? BigInteger.ONE : BigInteger.ZERO; }

    /** Wrap-around to the type's width (the language's defined overflow). */
    static BigInteger wrap(BigInteger v, Type.Int t) {
        BigInteger mod = BigInteger.ONE.shiftLeft(t.bits());
        BigInteger r = v.mod(mod);
        if (t.signed() && r.testBit(t.bits() - 1)) r = r.subtract(mod);
        return r;
    }

    private static String symbol(Ast.BinaryOp op) {
        return switch (op) {
            case ADD -> "+"; case SUB -> "-"; case MUL -> "*"; case DIV -> "/"; case MOD -> "%";
            case BIT_AND -> "&"; case BIT_OR -> "|"; case BIT_XOR -> "^"; case SHL -> "<<"; case SHR -> ">>";
            case EQ -> "=="; case NE -> "!="; case LT -> "<"; case LE -> "<="; case GT -> ">"; case GE -> ">=";
            case AND -> "&&"; case OR -> "||";
        };
    }

    /** The common type of two integer operands; untyped constants take the other side's type. */
    private Type unify(Type l, Type r, Expr le, Expr re, Span span) {
        if (l instanceof Type.Error || r instanceof Type.Error) return Type.ERROR;
        if (l instanceof Type.UntypedInt && r instanceof Type.UntypedInt) return Type.UNTYPED;
        if (l instanceof Type.UntypedInt && r instanceof Type.Int ri) { coerceConst(le, ri); return ri; }
        if (r instanceof Type.UntypedInt && l instanceof Type.Int li) { coerceConst(re, li); return li; }
        if (l instanceof Type.Int li && r instanceof Type.Int ri) {
            if (li.signed() != ri.signed()) {
                error("E0302", span, "mixed signedness: " + li.display() + " and " + ri.display() + "; convert one side with 'as'");
                return Type.ERROR;
            }
            return li.bits() >= ri.bits() ? li : ri;
        }
        if (!Type.isInteger(l) || !Type.isInteger(r)) {
            error("E0301", span, "expected integers, found " + l.display() + " and " + r.display());
            return Type.ERROR;
        }
        return Type.ERROR;
    }

    /** Gives an untyped constant expression a type, reporting values that do not fit. */
    private void coerceConst(Expr e, Type t) {
        if (!(t instanceof Type.Int it)) return;
        BigInteger v = constants.get(e);
        if (v == null) return;
        if (!(types.get(e) instanceof Type.UntypedInt)) return;
        if (!fits(v, it)) error("E0303", e.span(), "constant " + v + " does not fit in " + it.display());
        types.put(e, it);
    }

    private static boolean fits(BigInteger v, Type.Int t) {
        return v.compareTo(t.min()) >= 0 && v.compareTo(t.max()) <= 0;
    }

    /** Checks that a value of type {@code from} may be stored where {@code to} is expected. */
    private void assignable(Type from, Type to, Expr e) {
        if (from instanceof Type.Error || to instanceof Type.Error) return;
        if (from instanceof Type.UntypedInt && to instanceof Type.Int) { coerceConst(e, to); return; }
        if (from instanceof Type.Int fi && to instanceof Type.Int ti) {
            BigInteger v = constants.get(e);
            if (v != null && fits(v, ti)) { types.put(e, ti); return; }
            if (fi.signed() == ti.signed() && fi.bits() <= ti.bits()) return;
            if (!fi.signed() && ti.signed() && fi.bits() < ti.bits()) return;
            error("E0301", e.span(), "a " + fi.display() + " does not fit in " + ti.display() + " without a conversion; write '(" + text(e) + ") as " + ti.display() + "'");
            return;
        }
        if (from instanceof Type.KernelPtr fp && to instanceof Type.KernelPtr tp) {
            if (fp.struct().isEmpty() && tp.nullable()) return;
            if (fp.struct().equals(tp.struct()) && (!fp.nullable() || tp.nullable())) return;
            if (fp.nullable() && !tp.nullable()) {
                error("E0307", e.span(), "'" + text(e) + "' may be null; check it first");
                return;
            }
        }
        if (from.equals(to)) return;
        error("E0301", e.span(), "expected " + to.display() + ", found " + from.display());
    }

    // ---------------------------------------------------------------- suggestions

    static String suggest(String name, java.util.Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = editDistance(name, c);
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? " (did you mean '" + best + "'?)" : "";
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
