package org.schedc.lint;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.Severity;

/**
 * The findings of {@code schedc check} over some files (compiler diagnostics and lint findings
 * together), with the directory that paths in reports are relative to.
 */
public record CheckReport(List<Diagnostic> findings, int files, Path base) {
    public CheckReport {
        findings = findings.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.file() == null ? "" : d.file().path())
                        .thenComparingInt(d -> d.span().start())
                        .thenComparing(Diagnostic::code))
                .toList();
        base = base.toAbsolutePath().normalize();
    }

    public long count(Severity severity) { return findings.stream().filter(d -> d.severity() == severity).count(); }

    public boolean hasErrors() { return count(Severity.ERROR) > 0; }

    /** The file's path relative to the base with '/' separators, or its absolute path when outside the base. */
    public String relativePath(Diagnostic d) {
        if (d.file() == null) return "";
        Path p = Path.of(d.file().path()).toAbsolutePath().normalize();
        Path shown = p.startsWith(base) ? base.relativize(p) : p;
        return shown.toString().replace(java.io.File.separatorChar, '/');
    }

    /** Whether {@link #relativePath} is relative, i.e. resolves against the base ({@code %SRCROOT%} in SARIF). */
    public boolean underBase(Diagnostic d) {
        return d.file() != null && Path.of(d.file().path()).toAbsolutePath().normalize().startsWith(base);
    }

    /** A URI reference for the path: relative (percent-encoded) under the base, else a file: URI. */
    public String uri(Diagnostic d) {
        if (!underBase(d)) return Path.of(d.file().path()).toAbsolutePath().normalize().toUri().toString();
        try {
            return new URI(null, null, relativePath(d), null).getRawPath();
        } catch (URISyntaxException e) {
            return relativePath(d);
        }
    }

    /** The base directory as a file: URI ending in '/', as SARIF's originalUriBaseIds wants it. */
    public String baseUri() {
        String s = base.toUri().toString();
        return s.endsWith("/") ? s : s + "/";
    }

    public String summary() {
        return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning") + ", "
                + plural(count(Severity.NOTE), "note") + " in " + plural(files, "file");
    }

    private static String plural(long n, String word) { return n + " " + word + (n == 1 ? "" : "s"); }
}
