package org.schedc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.SourceFile;
import org.schedc.driver.FrontEnd;
import org.schedc.kabi.KabiRegistry;
import org.schedc.testing.Golden;

/**
 * Golden lint findings: {@code lint/NAME.sched} against {@code lint/NAME.lint}, one
 * {@code line:col-endLine:endCol CODE severity message} per finding. A file whose name starts with
 * rule ids ({@code L004-L005-...}) must report each of them; {@code ...-ok.sched} must report nothing.
 */
class LintGoldenTest {
    static final Path DIR = Golden.RESOURCES.resolve("lint");
    private static final Pattern LEADING_CODES = Pattern.compile("^((?:L\\d{3}-)+)");

    static List<Path> inputs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".sched")).sorted().toList();
        }
    }

    static String render(List<Diagnostic> findings) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : findings) {
            out.append(d.span().line()).append(':').append(d.span().column()).append('-')
                    .append(d.span().endLine()).append(':').append(d.span().endColumn()).append(' ')
                    .append(d.code()).append(' ').append(d.severity().label()).append(' ').append(d.message()).append('\n');
        }
        return out.toString();
    }

    private static final FrontEnd FRONT_END = new FrontEnd(new KabiRegistry());

    /** Through the front end, as check runs it (the checker's constants feed the slice rules). */
    static List<Diagnostic> lint(Path path) throws IOException {
        SourceFile file = new SourceFile(path.getFileName().toString(), Files.readString(path));
        try {
            return Linter.lint(FRONT_END.analyze(file, List.of()));
        } catch (KabiRegistry.KabiException e) {
            throw new AssertionError("bundled kernels must load", e);
        }
    }

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        return inputs().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            List<Diagnostic> findings = lint(path);
            String name = path.getFileName().toString();
            Golden.check(DIR.resolve(name.replaceFirst("\\.sched$", ".lint")), render(findings));
            if (name.endsWith("-ok.sched")) assertEquals(List.of(), findings, name + " must lint clean");
            Matcher m = LEADING_CODES.matcher(name);
            if (m.find()) {
                for (String code : m.group(1).split("-")) {
                    assertTrue(findings.stream().anyMatch(d -> d.code().equals(code)), name + " must report " + code);
                }
            }
        }));
    }

    @Test
    void everyRuleHasAGoldenThatReportsIt() throws IOException {
        Set<LintRule> seen = EnumSet.noneOf(LintRule.class);
        for (Path p : inputs()) lint(p).forEach(d -> LintRule.find(d.code()).ifPresent(seen::add));
        assertEquals(EnumSet.allOf(LintRule.class), seen, "rules without a golden that reports them");
    }

    @Test
    void idsAndNamesAreUniqueAndWellFormed() {
        Set<String> ids = new java.util.HashSet<>();
        Set<String> names = new java.util.HashSet<>();
        for (LintRule r : LintRule.values()) {
            assertTrue(r.id().matches("L\\d{3}"), r.id());
            assertTrue(r.ruleName().matches("[a-z]+(-[a-z]+)*"), r.ruleName());
            assertTrue(ids.add(r.id()) && names.add(r.ruleName()), "duplicate " + r);
            assertTrue(!r.rationale().isBlank() && !r.rationale().contains("\n"), "one-line rationale for " + r);
            assertEquals(r, LintRule.find(r.id()).orElseThrow());
            assertEquals(r, LintRule.find(r.ruleName()).orElseThrow());
            assertEquals(r.id(), RuleCatalog.describe(r.id()).id());
        }
    }
}
