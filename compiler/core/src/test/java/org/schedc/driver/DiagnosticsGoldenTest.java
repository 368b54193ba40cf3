package org.schedc.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.schedc.testing.Compilation;
import org.schedc.testing.Golden;

/**
 * One policy per diagnostic in src/test/resources/diagnostics: {@code NAME.sched} is compiled against the
 * kernels it names (or all bundled ones) and its diagnostics must equal {@code NAME.diag}, one
 * {@code line:col CODE message} per line. A file named after a code ({@code E0302-...}) must report that code;
 * a name ending in {@code -ok} must compile (its golden is empty).
 */
class DiagnosticsGoldenTest {
    static final Path DIR = Golden.RESOURCES.resolve("diagnostics");
    private static final Pattern CODE_IN_NAME = Pattern.compile("^(E\\d{4})-");

    /** Every code the parser and checker can report for a policy file; each needs at least one golden. */
    static final Set<String> EXPECTED_CODES = Set.of(
            "E0100", "E0101", "E0102", "E0104", "E0105", "E0106", "E0107", "E0108", "E0109", "E0111", "E0112", "E0113", "E0119",
            "E0201", "E0202", "E0204", "E0205", "E0206", "E0207", "E0208", "E0209", "E0210",
            "E0301", "E0302", "E0303", "E0304", "E0305", "E0306", "E0307", "E0308", "E0309", "E0310", "E0311", "E0312",
            "E0313", "E0315", "E0316", "E0317",
            "E0330", "E0331", "E0332", "E0333", "E0334", "E0335", "E0336", "E0337", "E0338", "E0339", "E0340",
            "E0341", "E0342", "E0343",
            "E0401", "E0402", "E0403", "E0404", "E0501", "E0502", "E0702");

    static List<Path> inputs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".sched")).sorted().toList();
        }
    }

    static String golden(Path input) { return input.getFileName().toString().replaceFirst("\\.sched$", ".diag"); }

    @TestFactory
    Stream<DynamicTest> eachInputMatchesItsGolden() throws IOException {
        return inputs().stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), input.toUri(), () -> {
            String name = input.getFileName().toString();
            Compilation.Outcome outcome = Compilation.compile(name, Files.readString(input), List.of());
            Golden.check(input.resolveSibling(golden(input)), outcome.golden());
            if (name.endsWith("-ok.sched")) {
                assertTrue(outcome.succeeded(), () -> name + " must compile, but:\n" + outcome.golden());
            } else {
                assertFalse(outcome.succeeded(), name + " must be rejected");
                assertTrue(outcome.result().isEmpty(), name + ": no object may be produced for a rejected policy");
            }
            Matcher m = CODE_IN_NAME.matcher(name);
            if (m.find() && !name.endsWith("-ok.sched")) {
                assertTrue(outcome.codes().contains(m.group(1)), () -> name + " is named after " + m.group(1) + " but reports " + outcome.codes());
            }
        }));
    }

    @Test
    void everyGoldenHasAnInput() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> orphans = files.filter(p -> p.toString().endsWith(".diag"))
                    .filter(p -> !Files.exists(p.resolveSibling(p.getFileName().toString().replaceFirst("\\.diag$", ".sched")))).toList();
            assertEquals(List.of(), orphans, "golden files without an input");
        }
    }

    @Test
    void everyDiagnosticCodeHasAGolden() throws IOException {
        Set<String> seen = new TreeSet<>();
        Pattern code = Pattern.compile("^\\d+:\\d+ (?:warning |note )?(E\\d{4}) ", Pattern.MULTILINE);
        for (Path input : inputs()) {
            Path g = input.resolveSibling(golden(input));
            if (!Files.exists(g)) continue;
            Matcher m = code.matcher(Files.readString(g));
            while (m.find()) seen.add(m.group(1));
        }
        Set<String> missing = new TreeSet<>(EXPECTED_CODES);
        missing.removeAll(seen);
        assertEquals(Set.of(), missing, "diagnostic codes without a golden test");
    }

    @Test
    void severalErrorsAreAllReportedInSourceOrder() throws IOException {
        Path input = DIR.resolve("many-errors-sorted.sched");
        Compilation.Outcome outcome = Compilation.compile("many.sched", Files.readString(input), List.of());
        assertTrue(new TreeSet<>(outcome.codes()).size() >= 6, () -> "expected at least 6 different codes, got " + outcome.codes());
        List<Integer> starts = new ArrayList<>();
        outcome.diagnostics().forEach(d -> starts.add(d.span().start()));
        assertEquals(starts.stream().sorted().toList(), starts, "diagnostics must come in source order");
    }

    @Test
    void kernelsOnTheCommandLineOverrideThePolicyHeader() throws IOException {
        String text = Files.readString(DIR.resolve("E0401-field-missing-on-one-kernel.sched"));
        assertTrue(Compilation.compile("t.sched", text, List.of("7.3")).succeeded(), "7.3 has p.scx.ddsp_slice");
        Compilation.Outcome on72 = Compilation.compile("t.sched", text, List.of("7.2.13"));
        assertEquals(List.of("E0205"), on72.codes(), "with one target that lacks the field it is simply unknown");
        Compilation.Outcome both = Compilation.compile("t.sched", text, List.of("7.3.4", "7.2.13"));
        assertEquals(List.of("E0401"), both.codes());
        assertTrue(both.diagnostics().getFirst().message().contains("7.2.13"), "the kernel that lacks the field is named");
    }
}
