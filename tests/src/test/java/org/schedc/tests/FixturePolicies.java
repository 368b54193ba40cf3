package org.schedc.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.KabiRegistry;

/** Policies the kernel tests compile for themselves (examples, tests/kernel/fixtures/*.sched), through the compiler's API. */
final class FixturePolicies {
    private FixturePolicies() {
    }

    /** The checked policy and its object; an assertion error with the diagnostics when it does not compile. */
    static Compiler.Result compile(Path policy) throws IOException {
        Diagnostics diags = new Diagnostics();
        try {
            return new Compiler(new KabiRegistry()).compile(new SourceFile(policy.toString(), Files.readString(policy)),
                    new Compiler.Options(List.of()), diags).orElseThrow(() -> new AssertionError(policy + ": " + diags.sorted()));
        } catch (KabiRegistry.KabiException e) {
            throw new AssertionError(policy + ": " + e.getMessage(), e);
        }
    }
}
