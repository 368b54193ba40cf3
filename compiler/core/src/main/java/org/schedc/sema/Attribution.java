package org.schedc.sema;

import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.diag.SourceFile;
import org.schedc.sema.Symbols.ConstInfo;
import org.schedc.sema.Symbols.GlobalInfo;
import org.schedc.sema.Symbols.HandlerInfo;
import org.schedc.sema.Symbols.Local;
import org.schedc.sema.Symbols.QueueInfo;
import org.schedc.sema.Symbols.Resolution;

/**
 * What the checker learned about every node of one tree, whether or not the tree had errors (syntax or
 * semantic). Maps are keyed by node identity. Nodes the checker never reached (inside a syntax error's
 * placeholder, or in an item it skipped) are absent: {@link #typeOf} then answers {@link Type#ERROR}, as it
 * does for expressions that had an error themselves.
 *
 * <p>Read-only after {@link Checker#analyze}; clients (lowering, lint, the language server) must not mutate it.
 *
 * @param file          the file analysed (the policy's, or a module's when a module file is analysed alone)
 * @param types         the type of every expression reached ({@link Type.Error} for erroneous ones)
 * @param resolutions   what names, fields, calls and queue references resolve to (keys: {@code Ast.Expr},
 *                      {@code Ast.QueueRef.Named})
 * @param constantValues compile-time values of constant expressions, already wrapped to their type
 * @param declaredLocals the local each declaring node introduces (keys: {@code Stmt.Let}, {@code Stmt.For},
 *                      handler parameter {@code Ast.Ident}s, function parameter {@code Ast.Ident}s)
 * @param kernelFields  every kernel field path, resolved once in every target kernel (keys: {@code Expr.Field})
 * @param moduleFiles   the source file of each item that came from an imported module
 * @param consts        constants by name, including those of imported modules
 * @param queues        queues in id order
 * @param globals       global variables in declaration order, with their storage
 * @param handlers      the handlers whose signature checked (their bodies may still have errors)
 */
public record Attribution(
        SourceFile file,
        Map<Ast.Expr, Type> types,
        Map<Object, Resolution> resolutions,
        Map<Ast.Expr, BigInteger> constantValues,
        Map<Object, Local> declaredLocals,
        Map<Ast.Expr, KernelFieldRef> kernelFields,
        Map<Object, SourceFile> moduleFiles,
        Map<String, ConstInfo> consts,
        List<QueueInfo> queues,
        List<GlobalInfo> globals,
        List<HandlerInfo> handlers) {

    /** Nothing attributed (a file without a policy or module). */
    public static Attribution empty(SourceFile file) {
        return new Attribution(file, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of(), List.of(), List.of());
    }

    /** Wraps identity maps read-only; the checker hands over its own maps without copying. */
    static <K, V> Map<K, V> frozen(IdentityHashMap<K, V> m) { return Collections.unmodifiableMap(m); }

    /** The type of {@code e}; {@link Type#ERROR} when it had an error or was not reached. */
    public Type typeOf(Ast.Expr e) { return types.getOrDefault(e, Type.ERROR); }

    /** What {@code node} (an expression or a named queue reference) resolves to. */
    public Optional<Resolution> resolution(Object node) { return Optional.ofNullable(resolutions.get(node)); }

    /** The compile-time value of {@code e}, when it is a constant expression. */
    public Optional<BigInteger> constantValue(Ast.Expr e) { return Optional.ofNullable(constantValues.get(e)); }

    /** The local declared by {@code node} ({@code Stmt.Let}, {@code Stmt.For} or a parameter's {@code Ast.Ident}). */
    public Optional<Local> declaredLocal(Object node) { return Optional.ofNullable(declaredLocals.get(node)); }

    /** The kernel field {@code e} reads or writes (an {@code Expr.Field} such as {@code p.vtime}). */
    public Optional<KernelFieldRef> kernelField(Ast.Expr e) { return Optional.ofNullable(kernelFields.get(e)); }

    /** The file an item was declared in: an imported module's, else {@link #file()}. */
    public SourceFile fileOf(Ast.Item item) { return moduleFiles.getOrDefault(item, file); }
}
