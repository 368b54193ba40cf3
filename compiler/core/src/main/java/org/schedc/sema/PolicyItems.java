package org.schedc.sema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.diag.Span;
import org.schedc.kabi.Kabi;
import org.schedc.sema.Symbols.QueueInfo;
import org.schedc.sema.Symbols.Resolution;

/** The items that configure the policy: flags, tags and classify rules, state blocks, and the stats counters. */
final class PolicyItems {
    /** Kernel paths the tag lookups and classify rules read; every target must have them. */
    static final List<List<String>> TAG_KERNEL_PATHS = List.of(
            List.of("task_struct", "pid"), List.of("task_struct", "tgid"), List.of("task_struct", "cgroups"), List.of("task_struct", "real_cred"),
            List.of("task_struct", "real_parent"), List.of("task_struct", "comm"), List.of("task_struct", "static_prio"),
            List.of("css_set", "dfl_cgrp"), List.of("cgroup", "kn"), List.of("cgroup", "level"), List.of("cgroup", "self", "parent"),
            List.of("cgroup_subsys_state", "cgroup"), List.of("kernfs_node", "id"), List.of("kernfs_node", "name"), List.of("cred", "uid", "val"));

    private final SemaContext ctx;

    PolicyItems(SemaContext ctx) { this.ctx = ctx; }

    /** {@code flags switch_partial}: SCX_OPS_SWITCH_PARTIAL, which every target must have. */
    void flags(Ast.Item.Flags f) {
        for (Ast.Ident flag : f.flags()) {
            String enumerator = "SCX_OPS_" + flag.name().toUpperCase(Locale.ROOT);
            Long value = null;
            for (Kabi k : ctx.targets) {
                OptionalLong v = k.enumValue(enumerator);
                if (v.isEmpty()) ctx.report(NameErrors.unknownFlag(flag.span(), flag.name(), k.name(), enumerator));
                else value = v.getAsLong();
            }
            if (value != null) ctx.declared.opsFlags |= value;
        }
    }

    void tags(Ast.Item.Tags t) {
        Declared d = ctx.declared;
        if (d.tagsItem != null) {
            ctx.report(ItemErrors.secondTags(t.span(), d.tagsItem));
            return;
        }
        d.tagsItem = t;
        for (Ast.Ident name : t.tags()) {
            if (name.name().equals("none")) {
                ctx.report(NameErrors.noneTagDeclared(name.span()));
                continue;
            }
            if (ctx.declarations.declareTop(name)) d.tags.put(name.name(), d.tags.size() + 1);
        }
    }

    void classify(Ast.Item.Classify c) {
        if (ctx.declared.classifyItem != null) ctx.report(ItemErrors.secondClassify(c.span(), ctx.declared.classifyItem));
        else ctx.declared.classifyItem = c;
    }

    /** After all items: tags need kernel paths; classify rules are checked and get their cache field. */
    void finishTagsAndClassify() {
        Declared d = ctx.declared;
        if (!d.tags.isEmpty() || d.classifyItem != null) requireTagPaths(d.tagsItem != null ? d.tagsItem.span() : d.classifyItem.span());
        if (d.classifyItem != null) {
            checkClassify(d.classifyItem);
            addClassCacheField();
        }
    }

    private void requireTagPaths(Span at) {
        for (Kabi k : ctx.targets) {
            for (List<String> path : TAG_KERNEL_PATHS) {
                if (!KernelFields.hasPath(k, path.getFirst(), path.subList(1, path.size()))) ctx.report(KernelErrors.noTagPath(at, k.name(), path));
            }
        }
    }

    /** Rules name declared tags; uid/nice compare with constants. The cache needs a task state field. */
    private void checkClassify(Ast.Item.Classify c) {
        Map<String, Integer> tags = ctx.declared.tags;
        for (Ast.ClassifyRule rule : c.rules()) {
            String tag = rule.tag().name();
            if (!tags.containsKey(tag)) ctx.report(NameErrors.unknownTag(rule.tag().span(), tag, tags.isEmpty(), Suggestions.closest(tag, tags.keySet())));
            switch (rule.when()) {
                case Ast.Condition.CommPrefix cp -> {
                    if (cp.prefix().getBytes(StandardCharsets.UTF_8).length > 16) ctx.report(TypeErrors.commPrefixTooLong(cp.span()));
                    if (cp.prefix().isEmpty()) ctx.report(TypeErrors.emptyCommPrefix(cp.span()));
                }
                case Ast.Condition.CgroupPrefix cg -> {
                    List<String> parts = Checker.cgroupComponents(cg.path());
                    if (!cg.path().startsWith("/")) ctx.report(TypeErrors.cgroupPathNotAbsolute(cg.span()));
                    else if (parts.size() > Checker.CGROUP_MAX_DEPTH) ctx.report(TypeErrors.cgroupTooDeep(cg.span(), Checker.CGROUP_MAX_DEPTH, parts.size()));
                    else if (parts.stream().anyMatch(x -> x.getBytes(StandardCharsets.UTF_8).length > Checker.CGROUP_NAME_MAX)) {
                        ctx.report(TypeErrors.cgroupComponentTooLong(cg.span(), Checker.CGROUP_NAME_MAX));
                    }
                }
                case Ast.Condition.Compare cmp -> {
                    Type want = cmp.subject() == Ast.Subject.UID ? Type.U32 : Type.S32;
                    Type t = ctx.check(cmp.value(), want);
                    if (!ctx.recorded.isConstant(cmp.value())) {
                        if (!(t instanceof Type.Error)) ctx.report(ValueErrors.classifyValueNotConstant(cmp.value().span()));
                    } else ctx.conversions.assignable(t, want, cmp.value());
                }
                case Ast.Condition.Invalid inv -> { }
            }
        }
    }

    /** The classify result is cached per task in a hidden task state field (the map is created if needed). */
    private void addClassCacheField() {
        Symbols.StateLayout taskState = ctx.declared.taskState;
        List<Symbols.StateField> fields = new ArrayList<>(taskState == null ? List.of() : taskState.fields());
        if (taskState != null && taskState.field(Symbols.CLASS_FIELD).isPresent()) {
            ctx.report(NameErrors.classCacheFieldName(taskState.field(Symbols.CLASS_FIELD).get().declared()));
            return;
        }
        int end = fields.isEmpty() ? 0 : fields.getLast().offset() + fields.getLast().size();
        int offset = StorageLayout.align(end, 4);
        fields.add(new Symbols.StateField(Symbols.CLASS_FIELD, Type.U32, offset, ctx.declared.classifyItem.span()));
        ctx.declared.taskState = new Symbols.StateLayout(Symbols.StateOwner.TASK, List.copyOf(fields), Math.max(8, StorageLayout.align(offset + 4, 8)));
    }

    /** A {@code task state} / {@code cpu state} block: the map value's layout, fields aligned to their size. */
    void declareState(Ast.Item.State st) {
        boolean task = st.owner().name().equals("task");
        if ((task ? ctx.declared.taskState : ctx.declared.cpuState) != null) {
            ctx.report(ItemErrors.secondStateBlock(st.owner().span(), st.owner().name()));
            return;
        }
        List<Symbols.StateField> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int offset = 0;
        for (Ast.Param p : st.fields()) {
            if (!seen.add(p.name().name())) {
                ctx.report(NameErrors.duplicateStateField(p.name().span(), p.name().name()));
                continue;
            }
            Type t = p.type() == null ? Type.ERROR : ctx.declarations.resolveType(p.type());
            if (!(t instanceof Type.Int || t instanceof Type.Bool || t instanceof Type.Chars)) {
                if (!(t instanceof Type.Error)) ctx.report(ItemErrors.stateFieldType(p.type().span(), t));
                continue;
            }
            int size = Symbols.sizeOf(t);
            offset = StorageLayout.align(offset, t instanceof Type.Chars ? 8 : size);
            fields.add(new Symbols.StateField(p.name().name(), t, offset, p.name().span()));
            offset += size;
        }
        Symbols.StateLayout layout = new Symbols.StateLayout(task ? Symbols.StateOwner.TASK : Symbols.StateOwner.CPU,
                List.copyOf(fields), Math.max(8, StorageLayout.align(offset, 8)));
        if (task) ctx.declared.taskState = layout; else ctx.declared.cpuState = layout;
    }

    /** {@code p.state.x}, {@code this_cpu.x}, {@code cpu_state(n).x}: where the state block comes from. */
    Type stateField(Expr.Field f, Type.StateBlock block) {
        Symbols.StateLayout layout = block.owner() == Symbols.StateOwner.TASK ? ctx.declared.taskState : ctx.declared.cpuState;
        String name = f.field().name();
        Optional<Symbols.StateField> field = name.equals(Symbols.CLASS_FIELD) ? Optional.empty() : layout.field(name);
        if (field.isEmpty()) {
            ctx.report(NameErrors.noStateField(f.field().span(), name, block,
                    Suggestions.closest(name, layout.fields().stream().map(Symbols.StateField::name).toList())));
            return Type.ERROR;
        }
        Expr base = switch (f.target()) {
            case Expr.Field owner when block.owner() == Symbols.StateOwner.TASK -> owner.target();
            case Expr.Call call when !call.args().isEmpty() -> call.args().getFirst();
            default -> null;
        };
        ctx.recorded.resolve(f, new Resolution.StateAccess(block.owner(), base, field.get()));
        return field.get().type();
    }

    /** The stats struct: the policy's counters, then per queue inserted_Q and dispatched_Q, then the built-in queues used. */
    List<Symbols.CounterInfo> statsMembers() {
        List<Symbols.CounterInfo> out = new ArrayList<>();
        Map<String, Span> names = new LinkedHashMap<>();
        for (Ast.Ident c : ctx.declared.userCounters) names.put(c.name(), c.span());
        for (QueueInfo q : ctx.declared.queues.values()) {
            for (String prefix : List.of("inserted_", "dispatched_")) {
                Span first = names.putIfAbsent(prefix + q.name(), q.declared());
                if (first != null) ctx.report(NameErrors.counterIsQueueCounter(first, prefix + q.name(), q.name()));
            }
        }
        for (String b : ctx.declared.builtinQueueCounters) {
            Span first = names.putIfAbsent(b, null);
            if (first != null) ctx.report(NameErrors.counterIsBuiltinQueueCounter(first, b));
        }
        for (Map.Entry<String, Span> e : names.entrySet()) out.add(new Symbols.CounterInfo(e.getKey(), out.size(), e.getValue()));
        return List.copyOf(out);
    }
}
