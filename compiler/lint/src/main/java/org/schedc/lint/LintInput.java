package org.schedc.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schedc.ast.Ast;

/**
 * What every rule looks at: the items of the policy (or module) — findings are only about these —, the items
 * of the modules it imports (their functions, globals and writes count as uses), whether every import loaded
 * (else the program is not all in view), and constant values.
 */
record LintInput(List<Ast.Item> items, List<Ast.Item> imported, boolean isModule, boolean importsLoaded, boolean hasInvalid,
                 ConstantValues constants) {

    /** Whole-program rules (queues drained, vtime advancing, unused names) need every item in view. */
    boolean wholeProgram() { return !isModule && importsLoaded && !hasInvalid; }

    /** The imported modules' items, then the file's own: the program as the checker sees it. */
    List<Ast.Item> program() {
        List<Ast.Item> all = new ArrayList<>(imported);
        all.addAll(items);
        return all;
    }

    List<Ast.Item.Handler> handlers() {
        return items.stream().filter(Ast.Item.Handler.class::isInstance).map(Ast.Item.Handler.class::cast).toList();
    }

    /** A function of the file or of an imported module (the file's own wins, as a duplicate is an error anyway). */
    Optional<Ast.Item.Function> function(String name) {
        Optional<Ast.Item.Function> own = functionIn(items, name);
        return own.isPresent() ? own : functionIn(imported, name);
    }

    private static Optional<Ast.Item.Function> functionIn(List<Ast.Item> items, String name) {
        return items.stream().filter(Ast.Item.Function.class::isInstance).map(Ast.Item.Function.class::cast)
                .filter(f -> f.name().name().equals(name)).findFirst();
    }

    List<Ast.Item.Queue> queues() {
        return items.stream().filter(Ast.Item.Queue.class::isInstance).map(Ast.Item.Queue.class::cast).toList();
    }
}
