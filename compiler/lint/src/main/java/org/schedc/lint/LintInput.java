package org.schedc.lint;

import java.util.List;
import java.util.Optional;
import org.schedc.ast.Ast;

/**
 * What every rule looks at: the items of the policy (or module), whether the program is complete
 * here (imports bring functions the rules cannot see), and constant values.
 */
record LintInput(List<Ast.Item> items, boolean isModule, boolean hasImports, boolean hasInvalid, ConstantValues constants) {

    /** Whole-program rules (queues drained, vtime advancing, unused names) need every item in view. */
    boolean wholeProgram() { return !isModule && !hasImports && !hasInvalid; }

    List<Ast.Item.Handler> handlers() {
        return items.stream().filter(Ast.Item.Handler.class::isInstance).map(Ast.Item.Handler.class::cast).toList();
    }

    List<Ast.Item.Function> functions() {
        return items.stream().filter(Ast.Item.Function.class::isInstance).map(Ast.Item.Function.class::cast).toList();
    }

    Optional<Ast.Item.Function> function(String name) {
        return functions().stream().filter(f -> f.name().name().equals(name)).findFirst();
    }

    List<Ast.Item.Queue> queues() {
        return items.stream().filter(Ast.Item.Queue.class::isInstance).map(Ast.Item.Queue.class::cast).toList();
    }
}
