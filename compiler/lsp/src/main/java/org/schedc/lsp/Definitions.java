package org.schedc.lsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Location;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.diag.SourceFile;
import org.schedc.diag.Span;
import org.schedc.sema.Checker;
import org.schedc.sema.Symbols.Resolution;

/**
 * Go to definition: what the checker resolved a name or call to (so names from imported modules lead into
 * the module's file), else the scope walk over the tree as written (for queues, and names in code the
 * checker did not reach). Library modules live in the jar, so their names have no location to go to.
 */
final class Definitions {
    private Definitions() {}

    static List<Location> at(Analysis a, int offset) {
        Optional<Location> resolved = Expressions.of(a.tree()).innermostAt(offset).flatMap(e -> resolved(a, e, offset));
        if (resolved.isPresent()) return List.of(resolved.get());
        return a.index().referenceAt(offset).map(r -> List.of(new Location(a.uri(), Positions.range(a.file(), r.target().nameSpan())))).orElse(List.of());
    }

    private static Optional<Location> resolved(Analysis a, Expr e, int offset) {
        Span name = switch (e) {
            case Expr.Name n -> n.name().span();
            case Expr.Call c -> c.callee().span();
            default -> null;
        };
        if (name == null || offset < name.start() || offset > name.end()) return Optional.empty();
        return a.attribution().resolution(e).flatMap(r -> switch (r) {
            case Resolution.LocalRef l -> here(a, l.local().declared);
            case Resolution.ConstRef c -> declaredItem(a, c.c().name(), c.c().declared());
            case Resolution.GlobalRef g -> declaredItem(a, g.g().name(), g.g().declared());
            case Resolution.QueueRef q -> declaredItem(a, q.q().name(), q.q().declared());
            case Resolution.UserCall u -> in(a, a.attribution().fileOf(u.function()), u.function().name().span());
            case Resolution.CounterRef c -> declaredItem(a, c.counter().name(), c.counter().declared());
            case Resolution.FieldAccess f -> Optional.empty();
            case Resolution.PickPart p -> Optional.empty();
            case Resolution.BuiltinCall b -> Optional.empty();
            case Resolution.KfuncCall k -> Optional.empty();
            case Resolution.StateAccess s -> Optional.empty();
            case Resolution.TagRead t -> Optional.empty();
            case Resolution.StartsWith s -> Optional.empty();
            case Resolution.KernelEnum k -> Optional.empty();
        });
    }

    private static Optional<Location> here(Analysis a, Span span) {
        return span == null ? Optional.empty() : Optional.of(new Location(a.uri(), Positions.range(a.file(), span)));
    }

    /**
     * A top-level name declared at {@code span}: an item of this file, else of the imported module that declares
     * that name there (spans alone could coincide across files; names are unique in a program).
     */
    private static Optional<Location> declaredItem(Analysis a, String name, Span span) {
        if (span == null) return Optional.empty();
        if (!declares(ownItems(a), name, span)) {
            for (Checker.ModuleUnit m : a.modules()) if (declares(m.module().items(), name, span)) return in(a, m.file(), span);
        }
        return here(a, span);
    }

    private static List<Ast.Item> ownItems(Analysis a) {
        Ast.PolicyFile t = a.tree();
        return t.policy() != null ? t.policy().items() : t.module() != null ? t.module().items() : List.of();
    }

    private static boolean declares(List<Ast.Item> items, String name, Span span) {
        for (Ast.Item item : items) {
            List<Ast.Ident> names = item instanceof Ast.Item.Counters cs ? cs.names() : nameOf(item).stream().toList();
            if (names.stream().anyMatch(id -> id.name().equals(name) && id.span().equals(span))) return true;
        }
        return false;
    }

    /** {@code span} of {@code file}: this document, or a file an editor can open (not a library resource). */
    static Optional<Location> in(Analysis a, SourceFile file, Span span) {
        if (file.path().equals(a.file().path())) return here(a, span);
        Path p;
        try {
            p = Path.of(file.path());
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(p)) return Optional.empty();
        return Optional.of(new Location(p.toAbsolutePath().toUri().toString(), Positions.range(file, span)));
    }

    private static Optional<Ast.Ident> nameOf(Ast.Item item) {
        return switch (item) {
            case Ast.Item.Const c -> Optional.of(c.name());
            case Ast.Item.GlobalVar g -> Optional.of(g.name());
            case Ast.Item.Queue q -> Optional.of(q.name());
            case Ast.Item.Function f -> Optional.of(f.name());
            case Ast.Item.Counters c -> Optional.empty();
            case Ast.Item.Handler h -> Optional.empty();
            case Ast.Item.Timeout t -> Optional.empty();
            case Ast.Item.Flags f -> Optional.empty();
            case Ast.Item.Kernels k -> Optional.empty();
            case Ast.Item.Tags t -> Optional.empty();
            case Ast.Item.State s -> Optional.empty();
            case Ast.Item.Classify c -> Optional.empty();
        };
    }
}
