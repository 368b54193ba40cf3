package org.schedc.lsp;

import java.util.List;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;
import org.schedc.kabi.Kabi;
import org.schedc.sema.CheckedPolicy;

/**
 * Everything the server knows about one version of a document. {@code checked} carries types and
 * resolutions (possibly of a pruned tree, see {@link PartialChecker}); {@code index} works on the
 * tree as written.
 */
record Analysis(String uri, int version, SourceFile file, Ast.PolicyFile tree, List<Diagnostic> diagnostics,
                List<Kabi> targets, Optional<CheckedPolicy> checked, SymbolIndex index) {

    static Analysis empty(String uri, int version, SourceFile file, List<Diagnostic> diagnostics) {
        return new Analysis(uri, version, file, new Ast.PolicyFile(List.of(), null, file.span(0, 0)), diagnostics,
                List.of(), Optional.empty(), SymbolIndex.of(new Ast.PolicyFile(List.of(), null, file.span(0, 0))));
    }
}
