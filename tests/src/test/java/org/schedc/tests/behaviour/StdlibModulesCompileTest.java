package org.schedc.tests.behaviour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schedc.object.ObjectReader;
import org.schedc.stdlib.Stdlib;

/**
 * Every stdlib module is usable: a small policy importing it (scenarios/stdlib/use_NAME.sched)
 * compiles for 7.2 and 7.3 (which includes the compiler's verifier prediction), and its object
 * has the module's queues' dispatch counters and the module's functions inlined into handlers.
 */
class StdlibModulesCompileTest {
    private static final Pattern QUEUE = Pattern.compile("^queue (\\w+):", Pattern.MULTILINE);

    static Stream<String> modules() {
        return Stdlib.MODULES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void aPolicyImportingTheModuleCompiles(String module) throws Exception {
        Path user = PolicyCompilation.scenarios().resolve("stdlib/use_" + module + ".sched");
        assertTrue(Files.exists(user), "no policy uses stdlib module " + module + " (add " + user + ")");
        assertTrue(Files.readString(user).contains("import " + module), user + " must import " + module);
        byte[] obj = PolicyCompilation.compile(user);
        var programs = ObjectReader.read(obj).programs();
        assertTrue(!programs.isEmpty(), "no programs in the object of " + user);
        // The compiler's per-queue counters are members of struct <policy>_stats, so their names are in the BTF strings.
        String bytes = new String(obj, StandardCharsets.ISO_8859_1);
        Matcher queues = QUEUE.matcher(Stdlib.source(module).orElseThrow());
        while (queues.find()) {
            assertTrue(bytes.contains("dispatched_" + queues.group(1) + "\0"), "no dispatched_" + queues.group(1) + " counter in " + user);
            assertTrue(bytes.contains("inserted_" + queues.group(1) + "\0"), "no inserted_" + queues.group(1) + " counter in " + user);
        }
        System.out.printf("stdlib %s: %d programs, %d lines of disassembly%n", module, programs.size(),
                ObjectReader.read(obj).disassemble().lines().count());
    }
}
