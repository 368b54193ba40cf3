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
import org.schedc.kabi.KfuncRules;

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
    private static final Map<String, Type> NAMED_TYPES = Map.ofEntries(
            Map.entry("u8", Type.U8), Map.entry("u16", Type.U16), Map.entry("u32", Type.U32), Map.entry("u64", Type.U64),
            Map.entry("s8", Type.S8), Map.entry("s16", Type.S16), Map.entry("s32", Type.S32), Map.entry("s64", Type.S64),
            Map.entry("bool", Type.BOOL), Map.entry("task", Type.TASK), Map.entry("tag", Type.TAG));
    /** {@code p.tag} and its single-source variants. */
    private static final Map<String, Symbols.TagSource> TAG_FIELDS = Map.of(
            "tag", Symbols.TagSource.RESOLVED, "task_tag", Symbols.TagSource.TASK, "proc_tag", Symbols.TagSource.PROC,
            "cgroup_tag", Symbols.TagSource.CGROUP, "user_tag", Symbols.TagSource.USER);
    /** Kernel paths the tag lookups and classify rules read; every target must have them. */
    static final List<List<String>> TAG_KERNEL_PATHS = List.of(
            List.of("task_struct", "pid"), List.of("task_struct", "tgid"), List.of("task_struct", "cgroups"), List.of("task_struct", "real_cred"),
            List.of("task_struct", "real_parent"), List.of("task_struct", "comm"), List.of("task_struct", "static_prio"),
            List.of("css_set", "dfl_cgrp"), List.of("cgroup", "kn"), List.of("cgroup", "level"), List.of("cgroup", "self", "parent"),
            List.of("cgroup_subsys_state", "cgroup"), List.of("kernfs_node", "id"), List.of("kernfs_node", "name"), List.of("cred", "uid", "val"));
    private static final long MAX_TIMEOUT_MS = 30_000;

    /** The file whose item is being checked: the policy's, or an imported module's. */
    private SourceFile file;
    private final SourceFile policyFile;
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
        this.policyFile = file;
        this.diags = diags;
        this.targets = targets;
        this.rules = rules;
    }

    private void error(String code, Span span, String message) { diags.error(code, file, span, message); }

    public Optional<CheckedPolicy> check(Ast.PolicyFile tree) { return check(tree, List.of()); }

    /** An imported module, already parsed, in the order its items are declared (dependencies first). */
    public record ModuleUnit(SourceFile file, Ast.Module module) {}

    /** Items of the modules come before the policy's own, so a module can't use the policy's names. */
    public Optional<CheckedPolicy> check(Ast.PolicyFile tree, List<ModuleUnit> modules) {
        return analyze(tree, modules).policy();
    }

    /**
     * Checks {@code tree} (a policy, or a module file on its own) and always returns the attribution of the
     * whole tree, also after syntax or semantic errors; the checked policy only when no error was reported.
     * A module file is checked as if imported by an empty policy. One call per Checker.
     */
    public SemaResult analyze(Ast.PolicyFile tree, List<ModuleUnit> modules) {
        if (tree.policy() == null && tree.module() == null) return new SemaResult(Attribution.empty(policyFile), Optional.empty());
        Optional<CheckedPolicy> checked = tree.policy() != null ? checkPolicy(tree.policy(), modules) : checkModuleFile(tree.module(), modules);
        file = policyFile;
        return new SemaResult(checked.map(CheckedPolicy::attribution).orElseGet(this::attribution), checked);
    }

    private Attribution attribution() {
        return new Attribution(policyFile, Attribution.frozen(types), Attribution.frozen(resolutions),
                Attribution.frozen(constants), Attribution.frozen(declaredLocals), Attribution.frozen(kernelFields), Attribution.frozen(itemFiles),
                java.util.Collections.unmodifiableMap(consts), List.copyOf(queues.values()), List.copyOf(globals.values()), List.copyOf(checkedHandlers));
    }

    /** A module's items checked with the modules it imports before it, and no policy items. */
    private Optional<CheckedPolicy> checkModuleFile(Ast.Module module, List<ModuleUnit> imported) {
        List<ModuleUnit> all = new ArrayList<>(imported);
        all.add(new ModuleUnit(policyFile, module));
        Ast.Policy none = new Ast.Policy(module.name(), List.of(), List.of(), module.span());
        checkPolicy(none, all);
        return Optional.empty();
    }

    private Optional<CheckedPolicy> checkPolicy(Ast.Policy policy, List<ModuleUnit> modules) {
        for (ModuleUnit m : modules) {
            file = m.file();
            for (Ast.Item item : m.module().items()) {
                itemFiles.put(item, m.file());
                String what = switch (item) {
                    case Ast.Item.Handler h -> "handlers ('on " + h.callback().name() + "')";
                    case Ast.Item.State st -> "state blocks";
                    case Ast.Item.Tags t -> "'tags'";
                    case Ast.Item.Classify c -> "'classify'";
                    case Ast.Item.Timeout t -> "'timeout'";
                    case Ast.Item.Flags f -> "'flags'";
                    case Ast.Item.Kernels k -> "'kernels'";
                    case Ast.Item.Const c -> null;
                    case Ast.Item.Queue q -> null;
                    case Ast.Item.GlobalVar g -> null;
                    case Ast.Item.Function f -> null;
                    case Ast.Item.Counters c -> null;
                };
                if (what != null) error("E0322", item.span(), "a module holds consts, queues, vars, counters and fns; " + what + " belong in the policy that imports '" + m.module().name().name() + "'");
            }
        }
        List<Ast.Item> allItems = new ArrayList<>();
        for (ModuleUnit m : modules) {
            for (Ast.Item item : m.module().items()) {
                if (item instanceof Ast.Item.Const || item instanceof Ast.Item.Queue || item instanceof Ast.Item.GlobalVar
                        || item instanceof Ast.Item.Function || item instanceof Ast.Item.Counters) allItems.add(item);
            }
        }
        allItems.addAll(policy.items());
        long timeoutMs = 0;
        long flags = 0;
        int bssOffset = 0;
        int dataOffset = 0;
        List<Ast.Item.Handler> handlerDecls = new ArrayList<>();
        Set<String> topNames = new HashSet<>();
        // Constants first, in order, so later items (and other constants) can use them.
        for (Ast.Item item : allItems) {
            file = fileOf(item);
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
                    if (t instanceof Type.Chars chars) {
                        // Arrays start zeroed in .bss, 8-aligned so they can be copied in 8-byte chunks.
                        if (g.init() != null) error("E0301", g.init().span(), "a u8 array global starts zeroed and takes no initial value");
                        int offset = align(bssOffset, 8);
                        bssOffset = offset + chars.length();
                        globals.put(g.name().name(), new GlobalInfo(g.name().name(), chars, BigInteger.ZERO, ".bss", offset, g.name().span()));
                        break;
                    }
                    if (!(t instanceof Type.Int it)) {
                        if (!(t instanceof Type.Error)) error("E0313", g.type().span(), "global variables must have an integer type (u8..u64, s8..s64) or be a u8 array, not " + t.display());
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
                case Ast.Item.Counters c -> {
                    for (Ast.Ident name : c.names()) if (declareTop(topNames, name)) userCounters.add(name);
                }
                case Ast.Item.State st -> declareState(st);
                case Ast.Item.Tags t -> {
                    if (tagsItem != null) {
                        error("E0328", t.span(), "a policy has one 'tags' item (line " + tagsItem.span().line() + "); list every tag there");
                        break;
                    }
                    tagsItem = t;
                    for (Ast.Ident name : t.tags()) {
                        if (name.name().equals("none")) {
                            error("E0202", name.span(), "'none' is the implicit tag 0 and cannot be declared");
                            continue;
                        }
                        if (declareTop(topNames, name)) tags.put(name.name(), tags.size() + 1);
                    }
                }
                case Ast.Item.Classify c -> {
                    if (classifyItem != null) {
                        error("E0328", c.span(), "a policy has one 'classify' block (line " + classifyItem.span().line() + "); rules are tried in order, put them all there");
                    } else classifyItem = c;
                }
            }
        }
        file = policyFile;
        if (!tags.isEmpty() || classifyItem != null) requireTagPaths(tagsItem != null ? tagsItem.span() : classifyItem.span());
        if (classifyItem != null) {
            checkClassify(classifyItem);
            addClassCacheField();
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
            if (info != null) checkedHandlers.add(info);
        }
        // Function bodies are checked once for types; their callback rules are checked per call site.
        for (Ast.Item.Function f : functions.values()) {
            file = fileOf(f);
            checkFunctionBody(f);
        }
        file = policyFile;
        if (!queues.isEmpty()) {
            for (Kabi k : targets) {
                if (k.kfunc("scx_bpf_create_dsq").isEmpty()) error("E0401", policy.name().span(), "kernel " + k.name() + " has no scx_bpf_create_dsq, needed to create queues");
            }
            initKfuncs.put("create_dsq", "scx_bpf_create_dsq");
        }
        List<Symbols.CounterInfo> counters = statsMembers();
        if (diags.hasErrors()) return Optional.empty();
        return Optional.of(new CheckedPolicy(file, policy.name().name(), targets, timeoutMs, flags,
                List.copyOf(queues.values()), Map.copyOf(consts), List.copyOf(globals.values()), handlers,
                types, resolutions, constants, declaredLocals, insertKfuncs, moveKfuncs, assignKfuncs, initKfuncs, Map.copyOf(kfuncFallbacks),
                taskState, cpuState, counters, List.copyOf(tags.keySet()),
                classifyItem == null ? List.of() : List.copyOf(classifyItem.rules()), itemFiles, attribution()));
    }

    private final IdentityHashMap<Object, SourceFile> itemFiles = new IdentityHashMap<>();
    private final IdentityHashMap<Expr, KernelFieldRef> kernelFields = new IdentityHashMap<>();
    private final List<HandlerInfo> checkedHandlers = new ArrayList<>();
    private final Map<String, SourceFile> declaredIn = new HashMap<>();
    private final Map<String, Span> declaredAt = new HashMap<>();
    private Ast.Item.Tags tagsItem;
    private Ast.Item.Classify classifyItem;

    private SourceFile fileOf(Object item) { return itemFiles.getOrDefault(item, policyFile); }

    private void requireTagPaths(Span at) {
        for (Kabi k : targets) {
            for (List<String> path : TAG_KERNEL_PATHS) {
                if (!hasPath(k, path.getFirst(), path.subList(1, path.size()))) error("E0401", at, "kernel " + k.name() + " has no " + String.join(".", path) + ", needed for tags and classify");
            }
        }
    }

    /** Rules name declared tags; uid/nice compare with constants. The cache needs a task state field. */
    private void checkClassify(Ast.Item.Classify c) {
        for (Ast.ClassifyRule rule : c.rules()) {
            if (!tags.containsKey(rule.tag().name())) {
                error("E0201", rule.tag().span(), "unknown tag '" + rule.tag().name() + "'" + (tags.isEmpty() ? "; declare it with 'tags " + rule.tag().name() + "'" : suggest(rule.tag().name(), tags.keySet())));
            }
            switch (rule.when()) {
                case Ast.Condition.CommPrefix cp -> {
                    if (cp.prefix().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 16) error("E0303", cp.span(), "a command name has at most 16 bytes; this prefix is longer");
                    if (cp.prefix().isEmpty()) error("E0301", cp.span(), "an empty prefix matches every task; write the rule last as a default instead");
                }
                case Ast.Condition.CgroupPrefix cg -> {
                    List<String> parts = cgroupComponents(cg.path());
                    if (!cg.path().startsWith("/")) error("E0301", cg.span(), "a cgroup path starts with '/' (the root of the cgroup v2 hierarchy)");
                    else if (parts.size() > CGROUP_MAX_DEPTH) error("E0303", cg.span(), "cgroup paths are matched to depth " + CGROUP_MAX_DEPTH + ", this one has " + parts.size() + " components");
                    else if (parts.stream().anyMatch(x -> x.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > CGROUP_NAME_MAX)) error("E0303", cg.span(), "cgroup path components are matched up to " + CGROUP_NAME_MAX + " bytes");
                }
                case Ast.Condition.Compare cmp -> {
                    Type want = cmp.subject() == Ast.Subject.UID ? Type.U32 : Type.S32;
                    Type t = checkExpr(cmp.value(), want);
                    if (!constants.containsKey(cmp.value())) {
                        if (!(t instanceof Type.Error)) error("E0315", cmp.value().span(), "a classify rule compares with a constant");
                    } else assignable(t, want, cmp.value());
                }
                case Ast.Condition.Invalid inv -> { }
            }
        }
    }

    /** The classify result is cached per task in a hidden task state field (the map is created if needed). */
    private void addClassCacheField() {
        List<Symbols.StateField> fields = new ArrayList<>(taskState == null ? List.of() : taskState.fields());
        if (taskState != null && taskState.field(Symbols.CLASS_FIELD).isPresent()) {
            error("E0202", taskState.field(Symbols.CLASS_FIELD).get().declared(), "'" + Symbols.CLASS_FIELD + "' is the compiler's classify cache; rename the field");
            return;
        }
        int end = fields.isEmpty() ? 0 : fields.getLast().offset() + fields.getLast().size();
        int offset = align(end, 4);
        fields.add(new Symbols.StateField(Symbols.CLASS_FIELD, Type.U32, offset, classifyItem.span()));
        taskState = new Symbols.StateLayout(Symbols.StateOwner.TASK, List.copyOf(fields), Math.max(8, align(offset + 4, 8)));
    }

    /** Classify matches at most this many cgroup path components, each at most CGROUP_NAME_MAX bytes. */
    public static final int CGROUP_MAX_DEPTH = 8, CGROUP_NAME_MAX = 63;

    public static List<String> cgroupComponents(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(x -> !x.isEmpty()).toList();
    }

    private static int align(int v, int a) { return (v + a - 1) / a * a; }

    // ---------------------------------------------------------------- state, counters, tags

    private final List<Ast.Ident> userCounters = new ArrayList<>();
    private final Map<String, Integer> tags = new LinkedHashMap<>();
    /** Built-in queues that {@code insert}/{@code move} use, for the compiler's counters. */
    private final Set<String> builtinQueueCounters = new java.util.TreeSet<>();
    private Symbols.StateLayout taskState, cpuState;
    /** The assignment target being checked: counters may appear only there (with += or -=). */
    private Expr assignTarget;

    private void declareState(Ast.Item.State st) {
        boolean task = st.owner().name().equals("task");
        if ((task ? taskState : cpuState) != null) {
            error("E0319", st.owner().span(), "a policy has one " + st.owner().name() + " state block; merge the fields into the first");
            return;
        }
        List<Symbols.StateField> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int offset = 0;
        for (Ast.Param p : st.fields()) {
            if (!seen.add(p.name().name())) {
                error("E0202", p.name().span(), "state field '" + p.name().name() + "' is declared twice");
                continue;
            }
            Type t = p.type() == null ? Type.ERROR : resolveType(p.type());
            if (!(t instanceof Type.Int || t instanceof Type.Bool || t instanceof Type.Chars)) {
                if (!(t instanceof Type.Error)) error("E0319", p.type().span(), "state fields are integers, bool or u8 arrays, not " + t.display());
                continue;
            }
            int size = Symbols.sizeOf(t);
            offset = align(offset, t instanceof Type.Chars ? 8 : size);
            fields.add(new Symbols.StateField(p.name().name(), t, offset, p.name().span()));
            offset += size;
        }
        Symbols.StateLayout layout = new Symbols.StateLayout(task ? Symbols.StateOwner.TASK : Symbols.StateOwner.CPU,
                List.copyOf(fields), Math.max(8, align(offset, 8)));
        if (task) taskState = layout; else cpuState = layout;
    }

    /** The stats struct: the policy's counters, then per queue inserted_Q and dispatched_Q, then the built-in queues used. */
    private List<Symbols.CounterInfo> statsMembers() {
        List<Symbols.CounterInfo> out = new ArrayList<>();
        Map<String, Span> names = new LinkedHashMap<>();
        for (Ast.Ident c : userCounters) names.put(c.name(), c.span());
        for (QueueInfo q : queues.values()) {
            for (String prefix : List.of("inserted_", "dispatched_")) {
                Span first = names.putIfAbsent(prefix + q.name(), q.declared());
                if (first != null) error("E0202", first, "counter '" + prefix + q.name() + "' is the compiler's counter for queue '" + q.name() + "'; rename it");
            }
        }
        for (String b : builtinQueueCounters) {
            Span first = names.putIfAbsent(b, null);
            if (first != null) error("E0202", first, "counter '" + b + "' is the compiler's counter for a built-in queue; rename it");
        }
        for (Map.Entry<String, Span> e : names.entrySet()) out.add(new Symbols.CounterInfo(e.getKey(), out.size(), e.getValue()));
        return List.copyOf(out);
    }

    /** {@code p.state.x}, {@code this_cpu.x}, {@code cpu_state(n).x}: where the state block comes from. */
    private Type stateField(Expr.Field f, Type.StateBlock block) {
        Symbols.StateLayout layout = block.owner() == Symbols.StateOwner.TASK ? taskState : cpuState;
        String name = f.field().name();
        Optional<Symbols.StateField> field = name.equals(Symbols.CLASS_FIELD) ? Optional.empty() : layout.field(name);
        if (field.isEmpty()) {
            error("E0205", f.field().span(), "no field '" + name + "' in the " + block.display() + suggest(name, layout.fields().stream().map(Symbols.StateField::name).toList()));
            return Type.ERROR;
        }
        Expr base = switch (f.target()) {
            case Expr.Field owner when block.owner() == Symbols.StateOwner.TASK -> owner.target();
            case Expr.Call call when !call.args().isEmpty() -> call.args().getFirst();
            default -> null;
        };
        resolutions.put(f, new Resolution.StateAccess(block.owner(), base, field.get()));
        return field.get().type();
    }

    private boolean declareTop(Set<String> names, Ast.Ident id) {
        if (!names.add(id.name())) {
            SourceFile first = declaredIn.get(id.name());
            Span at = declaredAt.get(id.name());
            error("E0202", id.span(), first == file
                    ? "'" + id.name() + "' is already declared in this " + (file == policyFile ? "policy" : "module") + " (line " + at.line() + ")"
                    : "'" + id.name() + "' is already declared at " + first.path() + ":" + at.line() + ":" + at.column());
            return false;
        }
        declaredIn.put(id.name(), file);
        declaredAt.put(id.name(), id.span());
        if (NAMED_TYPES.containsKey(id.name()) || Builtin.callable(id.name()).isPresent()) {
            error("E0202", id.span(), "'" + id.name() + "' is the name of a builtin and cannot be redeclared");
            return false;
        }
        return true;
    }

    private Type resolveType(Ast.TypeRef ref) {
        if (ref.arrayLength() != null) {
            if (!ref.name().name().equals("u8")) {
                error("E0313", ref.span(), "arrays hold u8 only, not " + ref.name().name());
                return Type.ERROR;
            }
            if (ref.arrayLength() < 1 || ref.arrayLength() > 256) {
                error("E0303", ref.span(), "array length must be 1..256, not " + ref.arrayLength());
                return Type.ERROR;
            }
            return new Type.Chars(ref.arrayLength());
        }
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
                @Override protected void expr(Expr e) {
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
                    if (t instanceof Type.Void || t instanceof Type.Str || t instanceof Type.Queue || t instanceof Type.KernelStruct || t instanceof Type.Chars
                            || t instanceof Type.StateBlock) {
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
        assignTarget = a.target();
        Type target = checkExpr(a.target(), null);
        assignTarget = null;
        Resolution r = resolutions.get(a.target());
        switch (r) {
            case Resolution.CounterRef cr -> {
                if (a.op() != Ast.BinaryOp.ADD && a.op() != Ast.BinaryOp.SUB) {
                    error("E0318", a.span(), "counter '" + cr.counter().name() + "' can only be changed with += or -=");
                }
            }
            case Resolution.StateAccess sa -> {
                if (sa.owner() == Symbols.StateOwner.CPU && sa.base() != null) {
                    error("E0304", a.target().span(), "another CPU's state is read-only; write this_cpu." + sa.field().name() + " on that CPU instead");
                }
            }
            case Resolution.LocalRef lr -> {
                if (!lr.local().mutable) error("E0304", a.target().span(), "'" + lr.local().name + "' is not mutable; declare it with 'var'");
            }
            case Resolution.GlobalRef g -> { }
            case Resolution.FieldAccess fa -> {
                if (!fa.rootStruct().equals("task_struct") || !WRITABLE_TASK_FIELDS.contains(fa.path())) {
                    error("E0304", a.target().span(), "kernel field '" + String.join(".", fa.path()) + "' is read-only; a scheduler may write only p.slice and p.vtime");
                } else {
                    String setter = TASK_FIELD_SETTERS.get(fa.path());
                    boolean viaSetter = targets.stream().allMatch(k -> k.kfunc(setter).isPresent()) && rules.allows(setter, callback == null ? "" : callback, sleepable);
                    if (viaSetter) assignKfuncs.put(a, setter);
                    KernelFieldRef ref = kernelFields.get(a.target());
                    if (ref != null) {
                        kernelFields.put(a.target(), ref.withAccess(a.op() == null ? KernelFieldRef.Access.WRITE : KernelFieldRef.Access.READ_WRITE,
                                viaSetter ? Optional.of(setter) : Optional.empty()));
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
        if (target instanceof Type.Chars && a.op() == null && !(policyValueIsArray(a.value()))) {
            checkExpr(a.value(), target);
            error("E0301", a.value().span(), "a " + target.display() + " is assigned from another u8 array (a global, a state field or a kernel char array such as p.comm)");
            return;
        }
        if (a.op() != null && !(target instanceof Type.Int)) {
            error("E0301", a.span(), "'" + a.op() + "=' needs an integer target, not " + target.display());
        }
        Type v = checkExpr(a.value(), target);
        if (a.op() == Ast.BinaryOp.SHL || a.op() == Ast.BinaryOp.SHR) return;
        assignable(v, target, a.value());
    }

    /** Array values are copied from storage: a name or a field path, never computed. */
    private static boolean policyValueIsArray(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Field;
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
            case Ast.QueueRef.Local l -> {
                requireEnum("SCX_DSQ_LOCAL", l.span());
                builtinQueueCounters.add("dispatched_local");
            }
            case Ast.QueueRef.Global g -> {
                requireEnum("SCX_DSQ_GLOBAL", g.span());
                builtinQueueCounters.add("inserted_global");
            }
            case Ast.QueueRef.LocalOn lo -> {
                builtinQueueCounters.add("dispatched_local");
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
            case Expr.In in -> inferIn(in);
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
        Integer tag = tags.get(name);
        if (tag == null && name.equals("none") && !tags.isEmpty()) tag = 0;
        if (tag != null) {
            ConstInfo tc = new ConstInfo(name, Type.TAG, BigInteger.valueOf(tag), n.span());
            resolutions.put(n, new Resolution.ConstRef(tc));
            constants.put(n, tc.value());
            return Type.TAG;
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
        for (Ast.Ident counter : userCounters) {
            if (!counter.name().equals(name)) continue;
            if (n != assignTarget) {
                error("E0318", n.span(), "counter '" + name + "' cannot be read in the policy (read it with 'schedc stats'); only 'name += n' and 'name -= n'");
                return Type.ERROR;
            }
            // User counters come first in the stats struct, in declaration order.
            resolutions.put(n, new Resolution.CounterRef(new Symbols.CounterInfo(name, userCounters.indexOf(counter), counter.span())));
            return Type.U64;
        }
        if (name.equals("this_cpu") && cpuState != null) return new Type.StateBlock(Symbols.StateOwner.CPU, false);
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
            case Type.StateBlock sb -> stateField(f, sb);
            case Type.KernelPtr kp -> {
                if (kp.nullable()) {
                    error("E0307", f.target().span(), "'" + text(f.target()) + "' may be null; check it first: if " + text(f.target()) + " != null { ... }");
                    yield Type.ERROR;
                }
                if (kp.struct().equals("task_struct") && field.equals("state") && taskState != null) {
                    yield new Type.StateBlock(Symbols.StateOwner.TASK, false);
                }
                if (kp.struct().equals("task_struct") && TAG_FIELDS.containsKey(field)) {
                    if (tags.isEmpty()) {
                        error("E0201", f.field().span(), "'" + field + "' needs a 'tags' item in the policy (e.g. 'tags online, offline')");
                        yield Type.ERROR;
                    }
                    resolutions.put(f, new Resolution.TagRead(f.target(), TAG_FIELDS.get(field)));
                    yield Type.TAG;
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
        List<KernelFieldRef.Layout> layouts = new ArrayList<>();
        for (Kabi k : targets) {
            List<Kabi.FieldInfo> chain = new ArrayList<>();
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
                chain.addAll(m.get());
                typeId = m.get().getLast().typeId();
                if (m.get().getLast().bitfieldSize() != 0) {
                    error("E0313", f.field().span(), "bit-field '" + step + "' cannot be read by policies yet");
                    return Type.ERROR;
                }
                current = k.btf().resolve(typeId);
            }
            layouts.add(new KernelFieldRef.Layout(k.name(), List.copyOf(chain), chain.stream().mapToLong(Kabi.FieldInfo::byteOffset).sum(), typeId));
            Type t = kernelValueType(k.btf(), typeId, false, k == targets.getFirst() ? f.field().span() : null);
            if (result == null) result = t;
            else if (!sameKind(result, t)) {
                error("E0401", f.field().span(), "field '" + String.join(".", path) + "' is " + result.display() + " on kernel "
                        + targets.getFirst().name() + " but " + t.display() + " on kernel " + k.name());
                return Type.ERROR;
            }
        }
        resolutions.put(f, new Resolution.FieldAccess(base, root, List.copyOf(path), result));
        kernelFields.put(f, new KernelFieldRef(base, root, List.copyOf(path), result, KernelFieldRef.Access.READ, Optional.empty(), List.copyOf(layouts)));
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
            case STARTS_WITH -> {
                Type t = checkExpr(args.get(0), null);
                Type p = checkExpr(args.get(1), null);
                if (!(t instanceof Type.Chars) && !(t instanceof Type.Error)) error("E0301", args.get(0).span(), "starts_with() takes a u8 array such as p.comm, not " + t.display());
                if (!(args.get(1) instanceof Expr.StringLit lit)) {
                    if (!(p instanceof Type.Error)) error("E0301", args.get(1).span(), "starts_with() takes a string literal prefix");
                } else if (t instanceof Type.Chars chars && lit.value().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > chars.length()) {
                    error("E0303", lit.span(), "the prefix is longer than the " + chars.length() + "-byte array");
                } else if (lit.value().isEmpty()) {
                    constants.put(c, BigInteger.ONE);
                }
                yield Type.BOOL;
            }
            case CPU_STATE -> {
                assignable(checkExpr(args.get(0), Type.S32), Type.S32, args.get(0));
                if (cpuState == null) {
                    error("E0201", c.callee().span(), "cpu_state() needs a 'cpu state { ... }' block in the policy");
                    yield Type.ERROR;
                }
                yield new Type.StateBlock(Symbols.StateOwner.CPU, true);
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
            @Override protected void expr(Expr e) {
                if (e instanceof Expr.Call c) {
                    if (functions.containsKey(c.callee().name())) uses.add(new Object[] {"fn:" + c.callee().name(), c.callee().name(), c.span()});
                    else Builtin.callable(c.callee().name()).ifPresent(b -> b.kfuncs().stream().findFirst().ifPresent(k -> uses.add(new Object[] {k, b.spelling(), c.span()})));
                }
                if (e instanceof Expr.Move m) uses.add(new Object[] {Builtin.MOVE_TO_LOCAL.kfuncs().getFirst(), "move", m.span()});
                super.expr(e);
            }
            @Override protected void stmt(Stmt s) {
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
            case Ast.QueueRef.Global g -> error("E0321", g.span(), "'move global to local' is refused by the kernel (invalid DSQ ID): the kernel drains the global queue into idle CPUs itself; insert into a queue of your own if dispatch should choose");
            case Ast.QueueRef.Local l -> error("E0301", l.span(), "cannot move from the local queue to itself");
            case Ast.QueueRef.LocalOn lo -> error("E0301", lo.span(), "cannot move from another CPU's local queue");
        }
        String kfunc = chooseKfunc(Builtin.MOVE_TO_LOCAL, m.span());
        if (kfunc != null) moveKfuncs.put(m, kfunc);
        return Type.BOOL;
    }

    /** {@code v in [a, b]}: constants of v's type; true when any equals v. */
    private Type inferIn(Expr.In in) {
        Type t = checkExpr(in.value(), null);
        if (t instanceof Type.UntypedInt) t = defaultIntType(constants.get(in.value()));
        if (!(t instanceof Type.Int) && !(t instanceof Type.Tag) && !(t instanceof Type.Error)) {
            error("E0301", in.value().span(), "'in' needs an integer or a tag, not " + t.display());
            t = Type.ERROR;
        }
        for (Expr o : in.options()) {
            Type ot = checkExpr(o, t instanceof Type.Int ? t : null);
            if (!constants.containsKey(o)) {
                if (!(ot instanceof Type.Error)) error("E0315", o.span(), "the options of 'in' must be constants");
            } else if (t instanceof Type.Int || t instanceof Type.Tag) assignable(ot, t, o);
        }
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
        if (l instanceof Type.Tag || r instanceof Type.Tag) {
            if (!(l instanceof Type.Tag && r instanceof Type.Tag)) error("E0301", b.span(), "a tag compares only with a tag, found " + l.display() + " and " + r.display());
            else if (op != Ast.BinaryOp.EQ && op != Ast.BinaryOp.NE) error("E0301", b.span(), "tags can only be compared with == and != (or 'in [..]')");
            else foldBinary(b, Type.TAG, true);
            return comparison ? Type.BOOL : Type.ERROR;
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
