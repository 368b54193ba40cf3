package org.schedc.sema;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schedc.ast.Ast;
import org.schedc.diag.SourceFile;
import org.schedc.sema.Symbols.ConstInfo;
import org.schedc.sema.Symbols.QueueInfo;

/** Top-level items in declaration order: names, constants, queues, functions, timeout; types as written. */
final class Declarations {
    static final Map<String, Type> NAMED_TYPES = Map.ofEntries(
            Map.entry("u8", Type.U8), Map.entry("u16", Type.U16), Map.entry("u32", Type.U32), Map.entry("u64", Type.U64),
            Map.entry("s8", Type.S8), Map.entry("s16", Type.S16), Map.entry("s32", Type.S32), Map.entry("s64", Type.S64),
            Map.entry("bool", Type.BOOL), Map.entry("task", Type.TASK), Map.entry("tag", Type.TAG));
    private static final long MAX_TIMEOUT_MS = 30_000;

    private final SemaContext ctx;
    /** Top-level names declared so far, across modules and the policy (one namespace). */
    private final Set<String> topNames = new HashSet<>();

    Declarations(SemaContext ctx) { this.ctx = ctx; }

    /**
     * The items to check, modules' first (so a module can't use the policy's names); a module's items it
     * may not hold are reported and left out.
     */
    List<Ast.Item> collect(List<Checker.ModuleUnit> modules, Ast.Policy policy) {
        for (Checker.ModuleUnit m : modules) {
            ctx.file = m.file();
            for (Ast.Item item : m.module().items()) {
                ctx.declared.itemFiles.put(item, m.file());
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
                if (what != null) ctx.report(ItemErrors.notInModule(item.span(), what, m.module().name().name()));
            }
        }
        List<Ast.Item> all = new ArrayList<>();
        for (Checker.ModuleUnit m : modules) {
            for (Ast.Item item : m.module().items()) {
                if (item instanceof Ast.Item.Const || item instanceof Ast.Item.Queue || item instanceof Ast.Item.GlobalVar
                        || item instanceof Ast.Item.Function || item instanceof Ast.Item.Counters) all.add(item);
            }
        }
        all.addAll(policy.items());
        return all;
    }

    /** Declares the items in order, so later items (and other constants) can use earlier ones. */
    void declareAll(List<Ast.Item> items) {
        Declared d = ctx.declared;
        for (Ast.Item item : items) {
            ctx.file = ctx.fileOf(item);
            switch (item) {
                case Ast.Item.Const c -> declareConst(c);
                case Ast.Item.Queue q -> {
                    if (declareTop(q.name())) d.queues.put(q.name().name(), new QueueInfo(q.name().name(), q.kind(), d.queues.size(), q.name().span()));
                }
                case Ast.Item.GlobalVar g -> {
                    if (declareTop(g.name())) ctx.layout.declareGlobal(g);
                }
                case Ast.Item.Function f -> {
                    if (declareTop(f.name())) d.functions.put(f.name().name(), f);
                }
                case Ast.Item.Handler h -> d.handlerDecls.add(h);
                case Ast.Item.Timeout t -> timeout(t);
                case Ast.Item.Flags f -> ctx.items.flags(f);
                case Ast.Item.Kernels k -> { /* consumed by the driver */ }
                case Ast.Item.Counters c -> {
                    for (Ast.Ident name : c.names()) if (declareTop(name)) d.userCounters.add(name);
                }
                case Ast.Item.State st -> ctx.items.declareState(st);
                case Ast.Item.Tags t -> ctx.items.tags(t);
                case Ast.Item.Classify c -> ctx.items.classify(c);
            }
        }
        ctx.file = ctx.policyFile;
    }

    private void declareConst(Ast.Item.Const c) {
        if (!declareTop(c.name())) return;
        Type declared = c.type() == null ? null : resolveType(c.type());
        Type t = ctx.check(c.value(), declared);
        BigInteger v = ctx.recorded.constant(c.value());
        if (v == null && !(t instanceof Type.Error)) ctx.report(ValueErrors.constNotConstant(c.value().span(), c.name().name()));
        // Untyped constants stay untyped (as in Go) and take the type of whatever they meet.
        Type finalType = declared != null ? declared : t;
        ctx.declared.consts.put(c.name().name(), new ConstInfo(c.name().name(), finalType, v == null ? BigInteger.ZERO : v, c.name().span()));
    }

    private void timeout(Ast.Item.Timeout t) {
        ctx.check(t.value(), Type.U64);
        BigInteger v = ctx.recorded.constant(t.value());
        if (v == null) {
            ctx.report(ValueErrors.timeoutNotConstant(t.value().span()));
            return;
        }
        long ms = v.divide(BigInteger.valueOf(1_000_000)).longValue();
        if (v.signum() <= 0 || ms > MAX_TIMEOUT_MS || ms == 0) ctx.report(ItemErrors.timeoutRange(t.value().span()));
        else ctx.declared.timeoutMs = ms;
    }

    /** Declares a top-level name; false (reported) when it is taken or is a builtin's. */
    boolean declareTop(Ast.Ident id) {
        Declared d = ctx.declared;
        if (!topNames.add(id.name())) {
            SourceFile first = d.declaredIn.get(id.name());
            ctx.report(NameErrors.duplicateDeclaration(id.span(), id.name(), ctx.file, ctx.file == ctx.policyFile, first, d.declaredAt.get(id.name())));
            return false;
        }
        d.declaredIn.put(id.name(), ctx.file);
        d.declaredAt.put(id.name(), id.span());
        if (NAMED_TYPES.containsKey(id.name()) || Builtin.callable(id.name()).isPresent()) {
            ctx.report(NameErrors.builtinRedeclared(id.span(), id.name()));
            return false;
        }
        if (ctx.kernelFields.anyTargetHasEnum(id.name())) {
            ctx.report(NameErrors.kernelEnumRedeclared(id.span(), id.name()));
            return false;
        }
        return true;
    }

    /** A type as written; errors are reported and give {@link Type#ERROR}. */
    Type resolveType(Ast.TypeRef ref) {
        if (ref.arrayLength() != null) {
            if (!ref.name().name().equals("u8")) {
                ctx.report(ValueErrors.arrayElementType(ref.span(), ref.name().name()));
                return Type.ERROR;
            }
            if (ref.arrayLength() < 1 || ref.arrayLength() > 256) {
                ctx.report(TypeErrors.arrayLength(ref.span(), ref.arrayLength()));
                return Type.ERROR;
            }
            return new Type.Chars(ref.arrayLength());
        }
        Type t = NAMED_TYPES.get(ref.name().name());
        if (t == null) {
            ctx.report(NameErrors.unknownType(ref.span(), ref.name().name(), Suggestions.closest(ref.name().name(), NAMED_TYPES.keySet())));
            return Type.ERROR;
        }
        if (ref.nullable()) {
            if (t instanceof Type.KernelPtr kp) return new Type.KernelPtr(kp.struct(), true);
            ctx.report(NameErrors.nullableNonPointer(ref.span()));
        }
        return t;
    }

    /** {@link #resolveType} without reports, for types already checked once (function signatures). */
    static Type resolveTypeQuiet(Ast.TypeRef ref) {
        if (ref == null) return Type.ERROR;
        Type t = NAMED_TYPES.getOrDefault(ref.name().name(), Type.ERROR);
        return ref.nullable() && t instanceof Type.KernelPtr kp ? new Type.KernelPtr(kp.struct(), true) : t;
    }

    /** The type an untyped constant takes where nothing else decides: s64 when negative, else u64. */
    static Type defaultIntType(BigInteger v) {
        return v != null && v.signum() < 0 ? Type.S64 : Type.U64;
    }
}
