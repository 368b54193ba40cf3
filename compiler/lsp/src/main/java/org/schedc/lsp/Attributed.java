package org.schedc.lsp;

import java.util.List;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.sema.Attribution;
import org.schedc.sema.Symbols;
import org.schedc.sema.Type;

/**
 * Types for hover and completion, read from the checker's attribution (which covers files with errors
 * too): the server infers nothing itself. Absent means the checker had no type (an error, or a node it
 * never reached).
 */
final class Attributed {
    private final Analysis analysis;

    Attributed(Analysis analysis) { this.analysis = analysis; }

    private Attribution attribution() { return analysis.attribution(); }

    Optional<Type> ofExpr(Expr e) { return known(attribution().typeOf(e)); }

    Optional<Type> ofDeclaration(Declaration d) {
        Object key = switch (d.node()) {
            case Ast.Param p -> p.name();
            default -> d.node();
        };
        Optional<Type> local = attribution().declaredLocal(key).flatMap(l -> known(l.type));
        if (local.isPresent()) return local;
        return switch (d.kind()) {
            case CONST -> Optional.ofNullable(attribution().consts().get(d.name())).flatMap(c -> known(c.type()));
            case GLOBAL -> attribution().globals().stream().filter(g -> g.name().equals(d.name())).findFirst().flatMap(g -> known(g.type()));
            case QUEUE -> Optional.of(new Type.Queue());
            case FUNCTION, HANDLER, PARAMETER, LOCAL, LOOP_VARIABLE, TAG, COUNTER, STATE_FIELD -> Optional.empty();
        };
    }

    /** The checked handler of {@code callback}, with its parameters' and result's types. */
    Optional<Symbols.HandlerInfo> handler(String callback) {
        return attribution().handlers().stream().filter(h -> h.callback().equals(callback)).findFirst();
    }

    /** The policy's {@code task state { ... }} or {@code cpu state { ... }} block. */
    Optional<Ast.Item.State> stateBlock(Symbols.StateOwner owner) {
        String word = owner == Symbols.StateOwner.TASK ? "task" : "cpu";
        for (Ast.Item item : items()) if (item instanceof Ast.Item.State st && st.owner().name().equals(word)) return Optional.of(st);
        return Optional.empty();
    }

    /** Whether the policy declares tags (then every task has {@code p.tag}). */
    boolean hasTags() { return items().stream().anyMatch(i -> i instanceof Ast.Item.Tags); }

    private List<Ast.Item> items() {
        Ast.PolicyFile tree = analysis.tree();
        return tree.policy() != null ? tree.policy().items() : tree.module() != null ? tree.module().items() : List.of();
    }

    private static Optional<Type> known(Type t) { return t == null || t instanceof Type.Error ? Optional.empty() : Optional.of(t); }
}
