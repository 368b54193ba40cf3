package org.schedc.testing;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.KabiRegistry;

/** Compiles source text through the driver and renders its diagnostics in the golden format. */
public final class Compilation {
    private Compilation() {}

    /** One registry for the whole test run: parsing the bundled BTF snapshots is the slow part. */
    private static final KabiRegistry REGISTRY = new KabiRegistry();

    public record Outcome(Optional<Compiler.Result> result, List<Diagnostic> diagnostics) {
        public boolean succeeded() { return result.isPresent() && diagnostics.stream().noneMatch(d -> d.severity() == org.schedc.diag.Severity.ERROR); }

        /** One line per diagnostic: {@code line:col CODE message} (warnings are prefixed with their severity), then its {@code note} lines. */
        public String golden() {
            return diagnostics.stream().map(Compilation::line).map(s -> s + "\n").collect(Collectors.joining());
        }

        public List<String> codes() { return diagnostics.stream().map(Diagnostic::code).toList(); }
    }

    public static Outcome compile(String path, String text, List<String> kernels) {
        Diagnostics diags = new Diagnostics();
        try {
            Optional<Compiler.Result> r = new Compiler(REGISTRY).compile(new SourceFile(path, text), new Compiler.Options(kernels), diags);
            return new Outcome(r, diags.sorted());
        } catch (KabiRegistry.KabiException e) {
            diags.report(Diagnostic.error("E0403", e.getMessage(), null, org.schedc.diag.Span.NONE));
            return new Outcome(Optional.empty(), diags.sorted());
        }
    }

    public static Outcome compile(String text) { return compile("test.sched", text, List.of()); }

    static String line(Diagnostic d) {
        String severity = switch (d.severity()) {
            case ERROR -> "";
            case WARNING -> "warning ";
            case NOTE -> "note ";
        };
        StringBuilder out = new StringBuilder(d.span().line() + ":" + d.span().column() + " " + severity + d.code() + " " + d.message());
        // Related locations: indented "note" lines, with the path when they are in another file.
        for (Diagnostic.Related r : d.related()) {
            String where = r.file() == d.file() || r.file() == null ? "" : r.file().path() + ":";
            out.append("\n  note ").append(where).append(r.span().line()).append(':').append(r.span().column()).append(' ').append(r.message());
        }
        return out.toString();
    }
}
