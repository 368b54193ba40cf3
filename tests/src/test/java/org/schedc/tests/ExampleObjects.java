package org.schedc.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.schedc.diag.DiagnosticPrinter;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.KabiRegistry;
import org.schedc.kernel.HarnessFiles;

/**
 * Compiles every policy under examples/ and the kernel-test policies under
 * tests/src/test/resources/policies/ once per test run, through the compiler's API.
 */
final class ExampleObjects {
    record Example(String name, Path source, byte[] object) {}

    private static List<Example> examples;

    private ExampleObjects() {}

    static Path examplesDir() {
        return HarnessFiles.repoRoot().resolve("examples");
    }

    static Path testPoliciesDir() {
        return HarnessFiles.repoRoot().resolve("tests/src/test/resources/policies");
    }

    static synchronized List<Example> all() {
        if (examples != null) return examples;
        List<Example> out = new ArrayList<>();
        Compiler compiler = new Compiler(new KabiRegistry());
        try (Stream<Path> files = Stream.concat(Files.list(examplesDir()), Files.list(testPoliciesDir()))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".sched")).sorted().toList()) {
                SourceFile src = new SourceFile(HarnessFiles.repoRoot().relativize(p).toString(), Files.readString(p));
                Diagnostics diags = new Diagnostics();
                Optional<Compiler.Result> r = compiler.compile(src, new Compiler.Options(List.of()), diags);
                if (r.isEmpty()) {
                    StringBuilder sb = new StringBuilder("example " + p + " does not compile:\n");
                    diags.sorted().forEach(d -> sb.append(DiagnosticPrinter.format(d)));
                    throw new AssertionError(sb.toString());
                }
                String name = p.getFileName().toString().replaceFirst("\\.sched$", "");
                out.add(new Example(name, p, r.get().output().elf()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (KabiRegistry.KabiException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        if (out.size() < 4) throw new AssertionError("expected at least 3 examples and the test policies, found " + out.size());
        examples = List.copyOf(out);
        return examples;
    }

    /** Writes the objects as NAME.bpf.o into a directory (for the kernel harness and external tools). */
    static Path writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Example e : all()) Files.write(dir.resolve(e.name() + ".bpf.o"), e.object());
        return dir;
    }
}
