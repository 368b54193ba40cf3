package org.schedc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.Severity;
import org.schedc.diag.SourceFile;
import org.schedc.testing.Cli;

/**
 * The SARIF that {@code check --format sarif} writes has what SARIF 2.1.0 and GitHub code scanning
 * require (no schema validator is available offline, so the required properties are asserted one by one).
 */
class SarifReportTest {
    private static JsonObject sarif(String... files) {
        String[] args = new String[files.length + 3];
        args[0] = "check";
        args[1] = "--format";
        args[2] = "sarif";
        System.arraycopy(files, 0, args, 3, files.length);
        Cli.Result r = Cli.run(args);
        Cli.assertNoStackTrace(r);
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    private static String text(JsonObject o, String member) {
        JsonElement e = o.get(member);
        assertNotNull(e, "missing " + member + " in " + o);
        assertTrue(e.isJsonPrimitive() && e.getAsJsonPrimitive().isString(), member + " must be a string");
        assertFalse(e.getAsString().isBlank(), member + " must not be blank");
        return e.getAsString();
    }

    private static int positive(JsonObject o, String member) {
        int v = o.get(member).getAsInt();
        assertTrue(v >= 1, member + " is 1-based: " + v);
        return v;
    }

    @Test
    void requiredStructureForGitHubCodeScanning() {
        JsonObject root = sarif(CheckCommandTest.CLEAN, CheckCommandTest.WARNINGS, CheckCommandTest.ERRORS);
        assertTrue(text(root, "$schema").contains("sarif"));
        assertEquals("2.1.0", text(root, "version"));
        JsonArray runs = root.getAsJsonArray("runs");
        assertEquals(1, runs.size());
        JsonObject run = runs.get(0).getAsJsonObject();
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("schedc", text(driver, "name"));
        assertTrue(text(driver, "informationUri").startsWith("https://"));
        text(driver, "version");
        JsonArray rules = driver.getAsJsonArray("rules");
        Set<String> ids = new HashSet<>();
        for (JsonElement e : rules) {
            JsonObject rule = e.getAsJsonObject();
            assertTrue(ids.add(text(rule, "id")), "duplicate rule id");
            text(rule, "name");
            text(rule.getAsJsonObject("shortDescription"), "text");
            text(rule.getAsJsonObject("fullDescription"), "text");
            assertTrue(Set.of("error", "warning", "note").contains(text(rule.getAsJsonObject("defaultConfiguration"), "level")));
            assertTrue(text(rule, "helpUri").startsWith("https://"));
        }
        for (LintRule r : LintRule.values()) assertTrue(ids.contains(r.id()), "rule " + r.id() + " listed");
        assertEquals("file:", text(run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%"), "uri").substring(0, 5));

        JsonArray results = run.getAsJsonArray("results");
        assertFalse(results.isEmpty());
        Set<String> fingerprints = new HashSet<>();
        Set<String> ruleIds = new HashSet<>();
        for (JsonElement e : results) {
            JsonObject result = e.getAsJsonObject();
            String ruleId = text(result, "ruleId");
            ruleIds.add(ruleId);
            int index = result.get("ruleIndex").getAsInt();
            assertEquals(ruleId, rules.get(index).getAsJsonObject().get("id").getAsString(), "ruleIndex points at the rule");
            assertTrue(Set.of("error", "warning", "note").contains(text(result, "level")));
            text(result.getAsJsonObject("message"), "text");
            JsonObject physical = result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
            JsonObject artifact = physical.getAsJsonObject("artifactLocation");
            String uri = text(artifact, "uri");
            assertEquals("%SRCROOT%", text(artifact, "uriBaseId"));
            assertFalse(uri.startsWith("/") || uri.contains("..") || uri.contains("\\") || uri.contains(":"), "relative URI: " + uri);
            assertTrue(Files.exists(Path.of(uri)), "the URI resolves against the current directory: " + uri);
            JsonObject region = physical.getAsJsonObject("region");
            int startLine = positive(region, "startLine");
            int startColumn = positive(region, "startColumn");
            int endLine = positive(region, "endLine");
            int endColumn = positive(region, "endColumn");
            assertTrue(endLine > startLine || (endLine == startLine && endColumn > startColumn), "non-empty region " + region);
            JsonObject fp = result.getAsJsonObject("partialFingerprints");
            assertFalse(fp.isEmpty());
            for (String key : fp.keySet()) assertTrue(fingerprints.add(key + "=" + fp.get(key).getAsString()), "fingerprints are unique");
        }
        assertTrue(ruleIds.contains("E0205") && ruleIds.contains("L001") && ruleIds.contains("L006"), ruleIds::toString);
    }

    @Test
    void cleanRunHasAnEmptyResultsArray() {
        JsonObject run = sarif(CheckCommandTest.CLEAN).getAsJsonArray("runs").get(0).getAsJsonObject();
        assertTrue(run.getAsJsonArray("results").isEmpty());
    }

    @Test
    void pathsAreRelativeToBaseAndEncoded(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("a dir"));
        Path file = dir.resolve("x#1.sched");
        Files.copy(Path.of(CheckCommandTest.WARNINGS), file);
        CheckReport report = new CheckReport(List.of(new Diagnostic(Severity.WARNING, "L006", "m", new SourceFile(file.toString(), "x"),
                new SourceFile(file.toString(), "x").span(0, 1))), 1, tmp);
        Diagnostic d = report.findings().getFirst();
        assertEquals("a dir/x#1.sched", report.relativePath(d));
        assertEquals("a%20dir/x%231.sched", report.uri(d));
        CheckReport outside = new CheckReport(report.findings(), 1, tmp.resolve("elsewhere"));
        assertFalse(outside.underBase(d));
        assertTrue(outside.uri(d).startsWith("file:/"), outside.uri(d));
        String sarif = ReportFormats.sarif(outside, "0");
        assertFalse(sarif.contains("\"uriBaseId\""), "absolute URIs take no base id");
    }

    @Test
    void unknownCodesGetAGenericRule() {
        RuleCatalog.RuleInfo info = RuleCatalog.describe("E0999");
        assertEquals("E0999", info.id());
        assertEquals(Severity.ERROR, info.level());
    }
}
