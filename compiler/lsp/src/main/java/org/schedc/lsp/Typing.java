package org.schedc.lsp;

import java.util.List;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;
import org.schedc.kabi.Kabi;
import org.schedc.sema.CheckedPolicy;
import org.schedc.sema.Symbols;
import org.schedc.sema.Type;

/**
 * Types for hover and completion: the checker's when it has them, else what the declarations and the
 * kernel's BTF say (enough for {@code p.} in a handler that does not check yet).
 */
final class Typing {
    private final Analysis analysis;
    private final List<Kabi> kernels;

    Typing(Analysis analysis, List<Kabi> kernels) {
        this.analysis = analysis;
        this.kernels = kernels;
    }

    Optional<Type> ofExpr(Expr e) {
        Optional<CheckedPolicy> checked = analysis.checked();
        if (checked.isPresent()) {
            Type t = checked.get().types().get(e);
            if (t != null && !(t instanceof Type.Error)) return Optional.of(t);
        }
        return switch (e) {
            case Expr.Name n -> analysis.index().referenceAt(n.span().start()).flatMap(r -> ofDeclaration(r.target()))
                    .or(() -> predeclared(n.name().name()));
            case Expr.Field f -> ofExpr(f.target()).flatMap(base -> fieldType(base, f.field().name()));
            case Expr.IntLit i -> Optional.of(i.unit() != null ? Type.U64 : Type.UNTYPED);
            case Expr.BoolLit b -> Optional.of(Type.BOOL);
            case Expr.StringLit s -> Optional.of(new Type.Str());
            // Without the checker's types these need its rules (coercion, builtin signatures): no guess.
            case Expr.Call c -> Optional.empty();
            case Expr.Unary u -> Optional.empty();
            case Expr.Binary b -> Optional.empty();
            case Expr.Cast c -> Optional.empty();
            case Expr.Move m -> Optional.of(Type.BOOL);
            case Expr.In in -> Optional.of(Type.BOOL);
            case Expr.NullLit n -> Optional.empty();
            case Expr.Invalid i -> Optional.empty();
        };
    }

    /** The type of a field of a value of type {@code base}. */
    Optional<Type> fieldType(Type base, String field) {
        return switch (base) {
            case Type.CpuPick pick -> field.equals("cpu") ? Optional.of(Type.S32) : field.equals("was_idle") ? Optional.of(Type.BOOL) : Optional.empty();
            case Type.KernelPtr kp when kp.struct().equals("task_struct") && field.equals("state") && stateBlock(Symbols.StateOwner.TASK).isPresent() ->
                    Optional.of(new Type.StateBlock(Symbols.StateOwner.TASK, false));
            case Type.KernelPtr kp when kp.struct().equals("task_struct") && field.equals("tag") && hasTags() -> Optional.of(new Type.Tag());
            case Type.KernelPtr kp -> kernelField(kp.struct(), field);
            case Type.StateBlock sb -> stateBlock(sb.owner()).flatMap(st -> st.fields().stream()
                    .filter(f -> f.name().name().equals(field)).findFirst()).flatMap(f -> f.type() == null ? Optional.empty() : written(f.type()));
            case Type.KernelStruct ks -> kernelField(ks.struct(), field);
            case Type.Tag t -> Optional.empty();
            case Type.Int i -> Optional.empty();
            case Type.UntypedInt u -> Optional.empty();
            case Type.Bool b -> Optional.empty();
            case Type.Chars c -> Optional.empty();
            case Type.Str s -> Optional.empty();
            case Type.Queue q -> Optional.empty();
            case Type.Void v -> Optional.empty();
            case Type.Error e -> Optional.empty();
        };
    }

    /** The policy's {@code task state { ... }} or {@code cpu state { ... }} block. */
    Optional<Ast.Item.State> stateBlock(Symbols.StateOwner owner) {
        List<Ast.Item> items = analysis.tree().policy() != null ? analysis.tree().policy().items()
                : analysis.tree().module() != null ? analysis.tree().module().items() : List.of();
        String word = owner == Symbols.StateOwner.TASK ? "task" : "cpu";
        for (Ast.Item item : items) if (item instanceof Ast.Item.State st && st.owner().name().equals(word)) return Optional.of(st);
        return Optional.empty();
    }

    /** Whether the policy declares tags (then every task has {@code p.tag}). */
    boolean hasTags() {
        List<Ast.Item> items = analysis.tree().policy() != null ? analysis.tree().policy().items() : List.of();
        return items.stream().anyMatch(i -> i instanceof Ast.Item.Tags);
    }

    /** A name the checker knows without a declaration: {@code this_cpu} (the current CPU's state). */
    Optional<Type> predeclared(String name) {
        return name.equals("this_cpu") && stateBlock(Symbols.StateOwner.CPU).isPresent()
                ? Optional.of(new Type.StateBlock(Symbols.StateOwner.CPU, false)) : Optional.empty();
    }

    private Optional<Type> kernelField(String struct, String field) {
        if (kernels.isEmpty()) return Optional.empty();
        Kabi k = kernels.getFirst();
        return KernelFields.find(k, struct, List.of(field)).flatMap(f -> policyType(k.btf(), f.typeId(), false));
    }

    Optional<Type> ofDeclaration(Declaration d) {
        Optional<CheckedPolicy> checked = analysis.checked();
        if (checked.isPresent()) {
            CheckedPolicy c = checked.get();
            Object key = switch (d.node()) {
                case Ast.Param p -> p.name();
                default -> d.node();
            };
            Symbols.Local local = c.declaredLocals().get(key);
            if (local != null && !(local.type instanceof Type.Error)) return Optional.of(local.type);
            switch (d.kind()) {
                case CONST -> { if (c.consts().containsKey(d.name())) return Optional.of(c.consts().get(d.name()).type()); }
                case GLOBAL -> {
                    for (Symbols.GlobalInfo g : c.globals()) if (g.name().equals(d.name())) return Optional.of(g.type());
                }
                case QUEUE -> { return Optional.of(new Type.Queue()); }
                default -> { }
            }
        }
        return switch (d.node()) {
            case Ast.Ident param when d.kind() == Declaration.Kind.PARAMETER -> handlerParamType(param);
            case Ast.Param p -> Optional.ofNullable(p.type()).flatMap(Typing::written);
            case Ast.Stmt.Let l when l.type() != null -> written(l.type());
            case Ast.Stmt.Let l -> ofExpr(l.init()).map(t -> t instanceof Type.UntypedInt ? Type.U64 : t);
            case Ast.Item.GlobalVar g when g.type() != null -> written(g.type());
            case Ast.Item.Queue q -> Optional.of(new Type.Queue());
            default -> Optional.empty();
        };
    }

    /** A handler parameter's type from the first kernel's callback signature. */
    private Optional<Type> handlerParamType(Ast.Ident param) {
        if (kernels.isEmpty() || analysis.tree().policy() == null) return Optional.empty();
        for (Ast.Item item : analysis.tree().policy().items()) {
            if (!(item instanceof Ast.Item.Handler h)) continue;
            for (int i = 0; i < h.params().size(); i++) {
                if (h.params().get(i) != param) continue;
                Kabi k = kernels.getFirst();
                Optional<Kabi.Callback> cb = k.callback(h.callback().name());
                if (cb.isEmpty() || i >= cb.get().params().size()) return Optional.empty();
                return policyType(k.btf(), cb.get().params().get(i).type(), cb.get().nullable().get(i));
            }
        }
        return Optional.empty();
    }

    static Optional<Type> written(Ast.TypeRef ref) {
        if (ref.arrayLength() != null) return Optional.of(new Type.Chars(ref.arrayLength()));
        Type t = switch (ref.name().name()) {
            case "u8" -> Type.U8; case "u16" -> Type.U16; case "u32" -> Type.U32; case "u64" -> Type.U64;
            case "s8" -> Type.S8; case "s16" -> Type.S16; case "s32" -> Type.S32; case "s64" -> Type.S64;
            case "bool" -> Type.BOOL;
            case "task" -> new Type.KernelPtr("task_struct", ref.nullable());
            case "tag" -> new Type.Tag();
            default -> null;
        };
        return Optional.ofNullable(t);
    }

    /** A kernel BTF type as the policy sees it (mirrors the checker's mapping). */
    static Optional<Type> policyType(Btf btf, int typeId, boolean nullable) {
        if (typeId == 0) return Optional.of(Type.VOID);
        BtfType t = btf.type(btf.resolve(typeId));
        return switch (t) {
            case BtfType.Int i -> Optional.of((i.encoding() & 4) != 0 ? Type.BOOL : new Type.Int(i.size() * 8, (i.encoding() & 1) != 0));
            case BtfType.Enum e -> Optional.of(new Type.Int(e.size() * 8, e.signed()));
            case BtfType.Enum64 e -> Optional.of(new Type.Int(e.size() * 8, e.signed()));
            case BtfType.Ptr p -> KernelFields.pointee(btf, typeId).map(s -> new Type.KernelPtr(s, nullable));
            case BtfType.Struct s -> Optional.of(new Type.KernelStruct(s.name()));
            case BtfType.Union u -> Optional.of(new Type.KernelStruct(u.name()));
            case BtfType.Array a -> btf.type(btf.resolve(a.elemType())) instanceof BtfType.Int ei && ei.size() == 1
                    ? Optional.of(new Type.Chars(a.nelems())) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
