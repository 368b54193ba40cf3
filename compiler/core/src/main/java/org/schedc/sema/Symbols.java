package org.schedc.sema;

import java.math.BigInteger;
import java.util.List;
import org.schedc.ast.Ast;
import org.schedc.diag.Span;

/** What names and expressions resolve to. */
public final class Symbols {
    private Symbols() {}

    /** A local variable or parameter; identity matters (two locals may share a name in different scopes). */
    public static final class Local {
        public final String name;
        public final Type type;
        public final boolean mutable;
        public final Span declared;
        public Local(String name, Type type, boolean mutable, Span declared) {
            this.name = name;
            this.type = type;
            this.mutable = mutable;
            this.declared = declared;
        }
        @Override public String toString() { return name; }
    }

    public record ConstInfo(String name, Type type, BigInteger value, Span declared) {}

    public record QueueInfo(String name, Ast.QueueKind kind, long id, Span declared) {}

    /** A global variable in .bss (zero) or .data; {@code offset} inside its section. Integers or u8 arrays ({@link Type.Chars}). */
    public record GlobalInfo(String name, Type type, BigInteger init, String section, int offset, Span declared) {
        public int size() { return Symbols.sizeOf(type); }
        /** The integer type, for integer globals. */
        public Type.Int intType() { return (Type.Int) type; }
    }

    /** Bytes a stored value of this type takes (integers, bool, u8 arrays). */
    public static int sizeOf(Type t) {
        return switch (t) {
            case Type.Int i -> i.bits() / 8;
            case Type.Bool b -> 1;
            case Type.Chars c -> c.length();
            case Type.Tag tag -> 4;
            default -> throw new IllegalArgumentException("no storage size for " + t.display());
        };
    }

    /** Whose state a state block holds. */
    public enum StateOwner { TASK, CPU }

    /** A field of a task or CPU state block, at {@code offset} in the map value. */
    public record StateField(String name, Type type, int offset, Span declared) {
        public int size() { return sizeOf(type); }
    }

    /** A {@code task state} or {@code cpu state} block: the map value's layout. */
    public record StateLayout(StateOwner owner, List<StateField> fields, int size) {
        public java.util.Optional<StateField> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }
    }

    /** A u64 member of the policy's stats struct (user counters and the compiler's per-queue ones). */
    public record CounterInfo(String name, int index, Span declared) {
        public int offset() { return index * 8; }
    }

    /** Where a tag comes from: one of the four user-space maps, or all of them then the classify rules. */
    public enum TagSource { TASK, PROC, CGROUP, USER, RESOLVED }

    /** Name of the hidden task state field caching the classify result. */
    public static final String CLASS_FIELD = "_class";

    public record HandlerInfo(String callback, Ast.Item.Handler decl, List<Local> params, Type returnType, boolean sleepable) {}

    /** How an expression is evaluated, recorded by the checker for lowering. */
    public sealed interface Resolution {
        record LocalRef(Local local) implements Resolution {}
        record ConstRef(ConstInfo c) implements Resolution {}
        record GlobalRef(GlobalInfo g) implements Resolution {}
        record QueueRef(QueueInfo q) implements Resolution {}
        /** A kernel field read/written through {@code base} (a kernel pointer expression) along member names. */
        record FieldAccess(Ast.Expr base, String rootStruct, List<String> path, Type type) implements Resolution {}
        /** {@code pick.cpu} / {@code pick.was_idle}. */
        record PickPart(Ast.Expr pick, boolean wasIdle) implements Resolution {}
        record BuiltinCall(Builtin builtin, String kfunc) implements Resolution {}
        /** {@code kfunc.NAME(args)}: the kernel function and its prototype in policy types (the same on every target). */
        record KfuncCall(String kfunc, List<Type> params, Type result) implements Resolution {}
        record UserCall(Ast.Item.Function function) implements Resolution {}
        /**
         * A state field: of the task {@code base} (TASK), of this CPU ({@code base} null) or of the CPU
         * number {@code base} (CPU, read-only).
         */
        record StateAccess(StateOwner owner, Ast.Expr base, StateField field) implements Resolution {}
        record CounterRef(CounterInfo counter) implements Resolution {}
        /**
         * A sched_ext enum constant of the target kernels' BTF ({@code SCX_ENQ_WAKEUP}): not a compile-time
         * constant, because its value is the loading kernel's (an ENUMVAL CO-RE relocation).
         */
        record KernelEnum(String enumerator) implements Resolution {}
        /** {@code p.tag} (RESOLVED) or one source's tag such as {@code p.cgroup_tag}, of the task {@code task}. */
        record TagRead(Ast.Expr task, TagSource source) implements Resolution {}
        /** {@code starts_with(chars, "literal")}. */
        record StartsWith(Ast.Expr chars, String prefix) implements Resolution {}
    }
}
