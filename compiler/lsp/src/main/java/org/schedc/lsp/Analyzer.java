package org.schedc.lsp;

import java.util.ArrayList;
import java.util.List;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.driver.FrontEnd;
import org.schedc.kabi.Kabi;
import org.schedc.kabi.KabiRegistry;
import org.schedc.lint.CheckRun;
import org.schedc.sema.Attribution;
import org.schedc.syntax.ParseResult;
import org.schedc.syntax.SchedcParser;

/**
 * One document through what {@code schedc check} runs ({@link CheckRun}: the shared front end with module
 * loading and target selection, the back end with verifier-sim, lint), so the editor shows what check
 * prints. Not thread-safe (the kernel schemas cache lazily): the server runs every analysis on one thread.
 */
final class Analyzer {
    /** Above this size a document gets one diagnostic instead of an analysis, so one huge paste cannot stall the editor. */
    static final int MAX_CHARS = 1 << 20;
    static final String TOO_LARGE = "LSP001";
    static final String INTERNAL = "LSP002";

    private final Compiler compiler = new Compiler(new KabiRegistry());

    Analysis analyze(String uri, int version, String text) {
        SourceFile file = new SourceFile(Documents.path(uri), text);
        if (text.length() > MAX_CHARS) {
            return Analysis.empty(uri, version, file, List.of(Diagnostic.error(TOO_LARGE,
                    "file too large for live checking (" + text.length() + " characters; the limit is " + MAX_CHARS + "); run 'schedc compile'",
                    file, file.span(0, 0))));
        }
        try {
            return run(uri, version, file);
        } catch (KabiRegistry.KabiException | RuntimeException | StackOverflowError e) { // a checker bug must not take the server down
            ServerLog.log("analysis of " + uri + " failed: " + e);
            ParseResult parsed = SchedcParser.parse(file);
            List<Diagnostic> diags = new ArrayList<>(parsed.diagnostics());
            diags.add(Diagnostic.error(INTERNAL, "internal error while checking this file (a schedc bug): " + e, file, file.span(0, 0)));
            return new Analysis(uri, version, file, parsed.tree(), diags, List.of(), Attribution.empty(file), List.of(), SymbolIndex.of(parsed.tree()));
        }
    }

    private Analysis run(String uri, int version, SourceFile file) throws KabiRegistry.KabiException {
        CheckRun check = CheckRun.of(compiler, file, List.of());
        FrontEnd.Result front = check.front();
        return new Analysis(uri, version, file, front.tree(), check.diagnostics(), front.targets(), front.attribution(), front.modules(), SymbolIndex.of(front.tree()));
    }

    org.schedc.kabi.KfuncRules rules() { return compiler.frontEnd().rules(); }

    /** Bundled kernels for hover when a file names none that load. */
    List<Kabi> bundledKernels() {
        List<Kabi> out = new ArrayList<>();
        for (String k : KabiRegistry.defaultKernels()) {
            try {
                out.add(compiler.frontEnd().registry().load(k));
            } catch (KabiRegistry.KabiException e) {
                ServerLog.log("bundled kernel " + k + " unusable: " + e.getMessage());
            }
        }
        return out;
    }
}
