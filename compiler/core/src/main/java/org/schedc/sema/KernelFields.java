package org.schedc.sema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;
import org.schedc.diag.Span;
import org.schedc.kabi.Kabi;
import org.schedc.sema.Symbols.Resolution;

/**
 * Kernel knowledge from each target's BTF: field paths (resolved once into a {@link KernelFieldRef}), BTF
 * types as policy types, enumerators the policy needs, and which task fields a scheduler may write.
 */
final class KernelFields {
    private final SemaContext ctx;

    KernelFields(SemaContext ctx) { this.ctx = ctx; }

    /** Resolves {@code prefix + field} from {@code root} in every target kernel; the primary kernel gives the type. */
    Type resolve(Expr.Field f, Expr base, String root, List<String> prefix) {
        List<Kabi> targets = ctx.targets;
        String field = f.field().name();
        List<String> path = new ArrayList<>(prefix);
        Kabi primary = ctx.primary();
        Optional<TaskFields.Shorthand> shorthand = root.equals("task_struct") && prefix.isEmpty() ? TaskFields.shorthand(field) : Optional.empty();
        if (shorthand.isPresent() && primary.struct("task_struct").isPresent()
                && primary.member(primary.struct("task_struct").getAsInt(), field).isEmpty()) {
            path.addAll(shorthand.get().path());
        } else path.add(field);
        Type result = null;
        List<KernelFieldRef.Layout> layouts = new ArrayList<>();
        for (Kabi k : targets) {
            KernelFieldRef.Layout layout;
            switch (KernelFieldRef.walk(k, root, path)) {
                case KernelFieldRef.Walk.Found found -> layout = found.layout();
                case KernelFieldRef.Walk.NoStruct none -> {
                    ctx.report(KernelErrors.noStruct(f.span(), k.name(), root));
                    return Type.ERROR;
                }
                case KernelFieldRef.Walk.NoMember miss -> {
                    String step = path.get(miss.step());
                    String structName = k.btf().type(k.btf().resolve(miss.structId())).name();
                    boolean elsewhere = targets.stream().anyMatch(o -> o != k && hasPath(o, root, path));
                    ctx.report(elsewhere ? KernelErrors.noFieldInKernel(f.field().span(), k.name(), step, structName)
                            : missingField(f, k, structName, step, miss.structId(), root.equals("task_struct") && path.size() == 1));
                    return Type.ERROR;
                }
                case KernelFieldRef.Walk.BitField bits -> {
                    ctx.report(ValueErrors.bitField(f.field().span(), path.get(bits.step())));
                    return Type.ERROR;
                }
            }
            layouts.add(layout);
            int typeId = layout.typeId();
            Type t = valueType(k.btf(), typeId, false, k == primary ? f.field().span() : null);
            if (result == null) result = t;
            else if (!sameKind(result, t)) {
                ctx.report(KernelErrors.fieldTypeDiffers(f.field().span(), String.join(".", path), result, primary.name(), t, k.name()));
                return Type.ERROR;
            }
        }
        ctx.recorded.resolve(f, new Resolution.FieldAccess(base, root, List.copyOf(path), result));
        ctx.recorded.kernelFields.put(f, new KernelFieldRef(base, root, List.copyOf(path), result, KernelFieldRef.Access.READ,
                Optional.empty(), List.copyOf(layouts)));
        return result;
    }

    /**
     * A field no target has. The task aliases are candidates too ({@code p.wieght}: 'weight'). A bundled
     * snapshot keeps only some members of a struct (selection.txt), so there a missing field may well exist
     * in the real kernel: only a near-certain typo is suggested, else the message says the schema is cut.
     */
    private SemaError missingField(Expr.Field f, Kabi k, String struct, String field, int structId, boolean taskTopLevel) {
        List<String> candidates = new ArrayList<>(k.memberNames(structId));
        if (taskTopLevel) TaskFields.shorthands().forEach(s -> candidates.add(s.name()));
        boolean cut = BundledSchema.cuts(k, struct);
        Optional<String> suggestion = cut ? Suggestions.closestTypo(field, candidates) : Suggestions.closest(field, candidates);
        if (cut && suggestion.isEmpty()) return NameErrors.fieldNotInBundledSchema(f.field().span(), field, struct, k.name());
        return NameErrors.noKernelField(f.field().span(), field, struct, suggestion);
    }

    /** An assignment to a kernel field: only p.slice and p.vtime, through their setter kfuncs when possible. */
    void checkWrite(Ast.Stmt.Assign a, Resolution.FieldAccess fa) {
        if (!fa.rootStruct().equals("task_struct") || !TaskFields.writable(fa.path())) {
            ctx.report(ValueErrors.kernelFieldReadOnly(a.target().span(), String.join(".", fa.path())));
            return;
        }
        String setter = TaskFields.setter(fa.path()).orElseThrow();
        String callback = ctx.body.callback;
        boolean viaSetter = ctx.targets.stream().allMatch(k -> k.kfunc(setter).isPresent())
                && ctx.rules.allows(setter, callback == null ? "" : callback, ctx.body.sleepable);
        if (viaSetter) ctx.recorded.assignKfuncs.put(a, setter);
        KernelFieldRef ref = ctx.recorded.kernelFields.get(a.target());
        if (ref != null) {
            ctx.recorded.kernelFields.put(a.target(), ref.withAccess(a.op() == null ? KernelFieldRef.Access.WRITE : KernelFieldRef.Access.READ_WRITE,
                    viaSetter ? Optional.of(setter) : Optional.empty()));
        }
    }

    /** Whether {@code root.path} names a member in {@code k} (a bit-field at its end counts: the path is there). */
    static boolean hasPath(Kabi k, String root, List<String> path) {
        return switch (KernelFieldRef.walk(k, root, path)) {
            case KernelFieldRef.Walk.Found found -> true;
            case KernelFieldRef.Walk.BitField bits -> bits.step() == path.size() - 1;
            case KernelFieldRef.Walk.NoStruct none -> false;
            case KernelFieldRef.Walk.NoMember miss -> false;
        };
    }

    /** Kernels may differ in integer width (the primary's offsets and CO-RE cover that), not in kind or sign. */
    private static boolean sameKind(Type a, Type b) {
        if (a instanceof Type.Int ia && b instanceof Type.Int ib) return ia.signed() == ib.signed();
        if (a instanceof Type.Chars && b instanceof Type.Chars) return true;
        return a.equals(b);
    }

    /** Every target must have the enumerator (e.g. SCX_DSQ_LOCAL). */
    /**
     * Names policies may use for the kernel's sched_ext enum constants: {@code SCX_} and upper case, as the
     * kernel spells them (the bundled snapshots keep every {@code SCX_} enumerator).
     */
    static boolean isKernelEnumName(String name) {
        return name.startsWith("SCX_") && name.chars().allMatch(ch -> ch == '_' || Character.isDigit(ch) || (ch >= 'A' && ch <= 'Z'));
    }

    /** Whether any target kernel has this enumerator (so a declaration of the name would hide it). */
    boolean anyTargetHasEnum(String name) {
        return isKernelEnumName(name) && ctx.targets.stream().anyMatch(k -> k.enumValue(name).isPresent());
    }

    /**
     * The type of a kernel enum constant used by name: u64 (the sched_ext flag and DSQ-id enums are 64-bit
     * flag words). Null when no target has it (the caller reports an unknown name); E0401 naming each
     * target that lacks it otherwise, since one object must be right on every target.
     */
    Type kernelEnum(Span at, String name) {
        if (!anyTargetHasEnum(name)) return null;
        boolean all = true;
        for (Kabi k : ctx.targets) {
            if (k.enumValue(name).isEmpty()) {
                ctx.report(KernelErrors.noEnumerator(at, k.name(), name));
                all = false;
            }
        }
        return all ? Type.U64 : Type.ERROR;
    }

    /** The targets' SCX_ enumerators, for suggestions. */
    java.util.Set<String> kernelEnumNames() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Kabi k : ctx.targets) for (String e : k.enumeratorNames()) if (isKernelEnumName(e)) out.add(e);
        return out;
    }

    void requireEnum(String enumerator, Span span) {
        for (Kabi k : ctx.targets) {
            if (k.enumValue(enumerator).isEmpty()) ctx.report(KernelErrors.noEnumerator(span, k.name(), enumerator));
        }
    }

    /** Maps a kernel BTF type to a policy type (ints, bool, kernel struct pointers, char arrays); reported at {@code where} if not null. */
    Type valueType(Btf btf, int typeId, boolean nullable, Span where) {
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
        if (where != null) ctx.report(ValueErrors.kernelTypeUnsupported(where, btf.describe(typeId)));
        return Type.ERROR;
    }
}
