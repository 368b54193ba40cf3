package org.schedc.syntax;

import java.util.List;
import org.schedc.ast.Ast;
import org.schedc.diag.Diagnostic;

/**
 * What parsing one file gave: the tree (never null; {@code tree.policy()} is null only when the
 * file has no {@code policy} at all) and the syntax diagnostics in source order.
 */
public record ParseResult(Ast.PolicyFile tree, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() { return !diagnostics.isEmpty(); }
}
