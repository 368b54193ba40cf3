package org.schedc.lsp;

import java.util.List;
import org.schedc.ast.Ast;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;
import org.schedc.kabi.Kabi;
import org.schedc.sema.Attribution;
import org.schedc.sema.Checker;

/**
 * Everything the server knows about one version of a document: what check reports, the checker's
 * attribution of the whole tree (types, resolutions, constants, kernel fields; also with errors), and
 * {@code index}, the names as written.
 */
record Analysis(String uri, int version, SourceFile file, Ast.PolicyFile tree, List<Diagnostic> diagnostics,
                List<Kabi> targets, Attribution attribution, List<Checker.ModuleUnit> modules, SymbolIndex index) {

    static Analysis empty(String uri, int version, SourceFile file, List<Diagnostic> diagnostics) {
        return new Analysis(uri, version, file, new Ast.PolicyFile(List.of(), null, file.span(0, 0)), diagnostics,
                List.of(), Attribution.empty(file), List.of(), SymbolIndex.of(new Ast.PolicyFile(List.of(), null, file.span(0, 0))));
    }
}
