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

    /** A global variable in .bss (zero) or .data; {@code offset} inside its section. */
    public record GlobalInfo(String name, Type.Int type, BigInteger init, String section, int offset, Span declared) {
        public int size() { return type.bits() / 8; }
    }

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
        record UserCall(Ast.Item.Function function) implements Resolution {}
    }
}
