package org.schedc.ast;

import java.math.BigInteger;
import java.util.List;
import org.schedc.diag.Span;

/**
 * The syntax tree of one policy file. Nodes are records with a source span; optional parts are
 * {@code null}. Parse errors leave {@link Expr.Invalid} / {@link Stmt.Invalid} placeholders so the
 * checker can go on and report more errors.
 */
public final class Ast {
    private Ast() {}

    public record Ident(String name, Span span) {}

    /**
     * A source file: a policy, or a module ({@code module NAME} then imports and items) when {@code module}
     * is set; then {@code policy} is null and the module's imports are in {@code imports}.
     */
    public record PolicyFile(List<Import> imports, Policy policy, Span span, Module module) {
        public PolicyFile(List<Import> imports, Policy policy, Span span) { this(imports, policy, span, null); }
    }

    /** {@code module NAME} and its items: a piece of policy imported by name or path. */
    public record Module(Ident name, List<Item> items, Span span) {}

    /** {@code import fifo} — a module of the policy library, or a relative path in quotes. */
    public record Import(String module, Span span) {}

    /** {@code policy NAME [for kernels 7.2, 7.3] { items }}. */
    public record Policy(Ident name, List<KernelRef> kernels, List<Item> items, Span span) {}

    /** A kernel version as written: {@code 7.2}, {@code 7.3.4}. */
    public record KernelRef(String version, Span span) {}

    /**
     * A type as written: {@code u64}, {@code task?}, or {@code [u8; 16]} (then {@code arrayLength} is the
     * element count and {@code name} the element type). The name is resolved by the checker.
     */
    public record TypeRef(Ident name, boolean nullable, Integer arrayLength, Span span) {
        public TypeRef(Ident name, boolean nullable, Span span) { this(name, nullable, null, span); }
    }

    public record Param(Ident name, TypeRef type, Span span) {}

    public record Block(List<Stmt> stmts, Span span) {}

    public enum QueueKind { FIFO, VTIME }

    public sealed interface Item {
        Span span();

        /** {@code timeout 5s} — the sched_ext watchdog timeout. */
        record Timeout(Expr value, Span span) implements Item {}

        /** {@code flags switch_partial, keep_builtin_idle} — SCX_OPS_* flags by lower-case name. */
        record Flags(List<Ident> flags, Span span) implements Item {}

        /** {@code kernels 7.2, 7.3} inside the body (same as the header form). */
        record Kernels(List<KernelRef> kernels, Span span) implements Item {}

        /** {@code const NAME [: type] = expr}. */
        record Const(Ident name, TypeRef type, Expr value, Span span) implements Item {}

        /** {@code queue NAME: fifo|vtime}. */
        record Queue(Ident name, QueueKind kind, Span span) implements Item {}

        /** {@code var NAME: type [= expr]} — a global variable. */
        record GlobalVar(Ident name, TypeRef type, Expr init, Span span) implements Item {}

        /** {@code fn NAME(a: T, ...) [-> T] { ... }}. */
        record Function(Ident name, List<Param> params, TypeRef returnType, Block body, Span span) implements Item {}

        /** {@code on CALLBACK(a, b) [-> T] { ... }} — parameter types come from the kernel's sched_ext_ops. */
        record Handler(Ident callback, List<Ident> params, TypeRef returnType, Block body, Span span) implements Item {}

        /** {@code tags a, b, c} — tag names, numbered from 1 in order. */
        record Tags(List<Ident> tags, Span span) implements Item {}

        /** {@code counter a, b} — per-CPU u64 counters exported in the stats map. */
        record Counters(List<Ident> names, Span span) implements Item {}

        /** {@code task state { ... }} or {@code cpu state { ... }}; the owner word is checked by the checker. */
        record State(Ident owner, List<Param> fields, Span span) implements Item {}

        /** {@code classify { rule => tag ... }}: the first matching rule gives the task's tag. */
        record Classify(List<ClassifyRule> rules, Span span) implements Item {}
    }

    public record ClassifyRule(Condition when, Ident tag, Span span) {}

    /** What a classification rule tests. */
    public sealed interface Condition {
        Span span();

        /** {@code comm starts "x"} or {@code parent comm starts "x"}. */
        record CommPrefix(boolean parent, String prefix, Span span) implements Condition {}

        /** {@code cgroup under "/a/b"}: the task's cgroup path starts with these components. */
        record CgroupPrefix(String path, Span span) implements Condition {}

        /** {@code uid == 1000}, {@code nice > 0}. */
        record Compare(Subject subject, BinaryOp op, Expr value, Span span) implements Condition {}

        /** A rule whose words did not make sense (already reported). */
        record Invalid(Span span) implements Condition {}
    }

    public enum Subject { UID, NICE }

    public sealed interface Stmt {
        Span span();

        /** {@code let x [: T] = e} (immutable) or {@code var x [: T] = e} (mutable). */
        record Let(Ident name, boolean mutable, TypeRef type, Expr init, Span span) implements Stmt {}

        /** {@code target = value} or {@code target op= value}; {@code op} is null for plain assignment. */
        record Assign(Expr target, BinaryOp op, Expr value, Span span) implements Stmt {}

        /** {@code if c { } else { }}; an {@code else if} is an else block holding one If. */
        record If(Expr condition, Block then, Block otherwise, Span span) implements Stmt {}

        record Match(Expr scrutinee, List<MatchArm> arms, Span span) implements Stmt {}

        /** {@code for i in from..to { }} — the end is exclusive and must be a constant. */
        record For(Ident variable, Expr from, Expr to, Block body, Span span) implements Stmt {}

        record Return(Expr value, Span span) implements Stmt {}

        /** {@code insert p into Q slice S [vtime V] [flags F]}. */
        record Insert(Expr task, QueueRef queue, Expr slice, Expr vtime, Expr flags, Span span) implements Stmt {}

        record ExprStmt(Expr expr, Span span) implements Stmt {}

        record Break(Span span) implements Stmt {}

        record Continue(Span span) implements Stmt {}

        /** What the parser left where a statement did not parse. */
        record Invalid(Span span) implements Stmt {}
    }

    public record MatchArm(List<Pattern> patterns, Block body, Span span) {}

    public sealed interface Pattern {
        Span span();

        /** An integer literal or a constant name. */
        record Value(Expr value, Span span) implements Pattern {}

        /** {@code _}. */
        record Wildcard(Span span) implements Pattern {}
    }

    /** Where a task goes or comes from. */
    public sealed interface QueueRef {
        Span span();

        record Local(Span span) implements QueueRef {}

        record Global(Span span) implements QueueRef {}

        /** {@code local_on(cpu)}. */
        record LocalOn(Expr cpu, Span span) implements QueueRef {}

        record Named(Ident name, Span span) implements QueueRef {}
    }

    public enum TimeUnit { NS, US, MS, S }

    public enum UnaryOp { NEG, NOT, BIT_NOT }

    public enum BinaryOp { ADD, SUB, MUL, DIV, MOD, BIT_AND, BIT_OR, BIT_XOR, SHL, SHR, EQ, NE, LT, LE, GT, GE, AND, OR }

    public sealed interface Expr {
        Span span();

        /** {@code 42}, {@code 0x1f}, {@code 1_000}, {@code 5ms}: the value as written, and its unit if any. */
        record IntLit(BigInteger value, TimeUnit unit, String text, Span span) implements Expr {}

        record BoolLit(boolean value, Span span) implements Expr {}

        record NullLit(Span span) implements Expr {}

        record StringLit(String value, Span span) implements Expr {}

        record Name(Ident name, Span span) implements Expr {}

        /** {@code target.field} — kernel struct fields, builtin aliases ({@code p.vtime}), pick results. */
        record Field(Expr target, Ident field, Span span) implements Expr {}

        /** {@code f(a, b)} — a user function or a builtin. */
        record Call(Ident callee, List<Expr> args, Span span) implements Expr {}

        record Unary(UnaryOp op, Expr operand, Span span) implements Expr {}

        record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {}

        /** {@code e as T}. */
        record Cast(Expr value, TypeRef type, Span span) implements Expr {}

        /** {@code move Q to local} — true when a task was moved. */
        record Move(QueueRef from, Span span) implements Expr {}

        /** {@code value in [a, b, c]} — true when value equals one of the options. */
        record In(Expr value, List<Expr> options, Span span) implements Expr {}

        /** What the parser left where an expression did not parse. */
        record Invalid(Span span) implements Expr {}
    }
}
