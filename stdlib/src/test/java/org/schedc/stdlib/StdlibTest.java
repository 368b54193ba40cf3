package org.schedc.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The library's files: present as resources, well-formed module headers, documented API. */
class StdlibTest {
    private static final Path SOURCES = Path.of("src/main/sched");
    private static final Pattern FN = Pattern.compile("^fn (\\w+)\\(", Pattern.MULTILINE);

    static Stream<String> modules() {
        return Stdlib.MODULES.stream();
    }

    @Test
    void everySourceFileIsAListedModuleAndViceVersa() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(SOURCES)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sched"))
                    .map(n -> n.substring(0, n.length() - ".sched".length())).sorted().toList();
        }
        assertEquals(Stdlib.MODULES.stream().sorted().toList(), files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void moduleIsAClasspathResourceWithItsOwnHeader(String name) {
        String text = Stdlib.source(name).orElseThrow(() -> new AssertionError("no resource " + Stdlib.resourcePath(name)));
        String header = text.lines().filter(l -> !l.isBlank() && !l.startsWith("//")).findFirst().orElse("");
        assertEquals("module " + name, header.strip(), "first item of " + name);
        assertFalse(Pattern.compile("^\\s*on \\w+\\(", Pattern.MULTILINE).matcher(text).find(), "modules have no handlers");
        assertFalse(Pattern.compile("^\\s*policy ", Pattern.MULTILINE).matcher(text).find(), "modules have no policy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void everyFunctionIsDocumentedInTheSourceAndInTheReadme(String name) throws IOException {
        String text = Stdlib.source(name).orElseThrow();
        String readme = Files.readString(Path.of("README.md"));
        List<String> undocumented = new ArrayList<>();
        Matcher m = FN.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start()).stripTrailing();
            boolean commented = before.substring(before.lastIndexOf('\n') + 1).startsWith("//");
            if (!commented || !readme.contains("`" + m.group(1) + "(")) undocumented.add(m.group(1));
        }
        assertTrue(undocumented.isEmpty(), name + ": functions without a comment or a README entry: " + undocumented);
    }

    @Property(tries = 200)
    void unknownNamesHaveNoSource(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String name) {
        Statistics.label("name").collect(Stdlib.MODULES.contains(name) ? "a module" : "unknown");
        Assume.that(!Stdlib.MODULES.contains(name));
        assertTrue(Stdlib.source(name).isEmpty());
        assertTrue(Stdlib.source("../" + name).isEmpty());
    }
}
