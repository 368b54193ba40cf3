package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.schedc.testing.Cli;

/** Random valid policies from {@link PolicyGenerator} must compile to an ELF object. */
class GeneratedPolicyPropertiesTest {
    @Property(tries = 200)
    void generatedPoliciesCompile(@ForAll long seed) throws IOException {
        String policy = new PolicyGenerator(seed).generate();
        Path dir = Files.createTempDirectory("schedc-gen");
        Path src = dir.resolve("gen.sched"), out = dir.resolve("gen.bpf.o");
        try {
            Files.writeString(src, policy);
            Cli.Result r = Cli.run("compile", src.toString(), "-o", out.toString());
            assertEquals(Main.OK, r.exit(), () -> "seed " + seed + ":\n" + policy + "\n" + r);
            assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F'}, Arrays.copyOf(Files.readAllBytes(out), 4));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(src);
            Files.deleteIfExists(dir);
        }
    }

    @Example
    void generatorIsDeterministicAndVaried() {
        assertEquals(new PolicyGenerator(7).generate(), new PolicyGenerator(7).generate());
        assertNotEquals(new PolicyGenerator(7).generate(), new PolicyGenerator(8).generate());
    }
}
