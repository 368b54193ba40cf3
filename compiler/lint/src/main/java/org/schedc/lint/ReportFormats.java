package org.schedc.lint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.DiagnosticPrinter;
import org.schedc.diag.Severity;
import org.schedc.diag.Span;

/** {@link CheckReport} as text (javac style), JSON (one object per finding) and SARIF 2.1.0. */
public final class ReportFormats {
    public static final String SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** Where rules are documented; the lint rules are listed in the compiler module's README. */
    public static final String INFORMATION_URI = "https://github.com/schedc/schedc";
    static final String LINT_HELP = INFORMATION_URI + "/blob/main/compiler/README.md#lint-rules";
    static final String LANGUAGE_HELP = INFORMATION_URI + "/blob/main/docs/language.md";

    private ReportFormats() {}

    public static String text(CheckReport report) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : report.findings()) out.append(DiagnosticPrinter.format(d));
        return out.append(report.summary()).append('\n').toString();
    }

    public static String json(CheckReport report, String toolVersion) {
        List<Object> findings = new ArrayList<>();
        for (Diagnostic d : report.findings()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("file", report.relativePath(d));
            f.put("line", d.span().line());
            f.put("column", d.span().column());
            f.put("endLine", d.span().endLine());
            f.put("endColumn", d.span().endColumn());
            f.put("severity", d.severity().label());
            f.put("code", d.code());
            f.put("name", RuleCatalog.describe(d.code()).name());
            f.put("message", d.message());
            findings.add(f);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", report.files());
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("notes", report.count(Severity.NOTE));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "schedc");
        root.put("version", toolVersion);
        root.put("findings", findings);
        root.put("summary", summary);
        return Json.write(root);
    }

    /**
     * SARIF 2.1.0 as GitHub code scanning reads it: every known rule in tool.driver.rules (so ruleIndex is
     * stable), results with relative URIs against %SRCROOT% (the base), 1-based regions whose end column is
     * exclusive, and a fingerprint that survives unrelated edits (rule, file, the line's text, message).
     */
    public static String sarif(CheckReport report, String toolVersion) {
        List<RuleCatalog.RuleInfo> rules = new ArrayList<>(RuleCatalog.all());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) index.put(rules.get(i).id(), i);
        for (Diagnostic d : report.findings()) {
            if (!index.containsKey(d.code())) {
                index.put(d.code(), rules.size());
                rules.add(RuleCatalog.describe(d.code()));
            }
        }
        List<Object> ruleObjects = new ArrayList<>();
        for (RuleCatalog.RuleInfo r : rules) ruleObjects.add(rule(r));
        List<Object> results = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (Diagnostic d : report.findings()) results.add(result(report, d, index.get(d.code()), occurrences));

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "schedc");
        driver.put("informationUri", INFORMATION_URI);
        driver.put("version", toolVersion);
        driver.put("semanticVersion", toolVersion);
        driver.put("rules", ruleObjects);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("originalUriBaseIds", Map.of("%SRCROOT%", Map.of("uri", report.baseUri())));
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SARIF_SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return Json.write(root);
    }

    private static Map<String, Object> rule(RuleCatalog.RuleInfo r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", r.id());
        o.put("name", r.name());
        o.put("shortDescription", Map.of("text", r.shortDescription()));
        o.put("fullDescription", Map.of("text", r.fullDescription()));
        o.put("defaultConfiguration", Map.of("level", level(r.level())));
        o.put("helpUri", r.id().startsWith("L") ? LINT_HELP : LANGUAGE_HELP);
        o.put("help", Map.of("text", r.fullDescription()));
        o.put("properties", Map.of("tags", List.of(r.id().startsWith("L") ? "lint" : "compiler")));
        return o;
    }

    private static Map<String, Object> result(CheckReport report, Diagnostic d, int ruleIndex, Map<String, Integer> occurrences) {
        Span s = d.span();
        int endColumn = s.endColumn();
        if (s.endLine() == s.line() && endColumn <= s.column()) endColumn = s.column() + 1; // an empty span marks one character
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", s.line());
        region.put("startColumn", s.column());
        region.put("endLine", s.endLine());
        region.put("endColumn", endColumn);
        Map<String, Object> artifact = new LinkedHashMap<>();
        artifact.put("uri", d.file() == null ? "" : report.uri(d));
        if (report.underBase(d)) artifact.put("uriBaseId", "%SRCROOT%");
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact);
        physical.put("region", region);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("ruleId", d.code());
        o.put("ruleIndex", ruleIndex);
        o.put("level", level(d.severity()));
        o.put("message", Map.of("text", d.message()));
        o.put("locations", List.of(Map.of("physicalLocation", physical)));
        String line = d.file() == null ? "" : d.file().lineText(s.line()).strip();
        String hash = sha256(d.code() + "\u0000" + report.relativePath(d) + "\u0000" + line + "\u0000" + d.message());
        int n = occurrences.merge(hash, 1, Integer::sum);
        o.put("partialFingerprints", Map.of("schedcFindingHash/v1", hash + ":" + n));
        return o;
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    private static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
