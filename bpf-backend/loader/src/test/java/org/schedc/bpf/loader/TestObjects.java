package org.schedc.bpf.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.KabiRegistry;

/** The examples compiled by schedc, and the committed clang-built harness objects (a libbpf-style object). */
final class TestObjects {
    record Obj(String name, byte[] bytes) {}

    static final Path REPO = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().getParent();
    private static List<Obj> all;

    private TestObjects() {}

    static synchronized List<Obj> all() {
        if (all != null) return all;
        List<Obj> out = new ArrayList<>();
        Compiler compiler = new Compiler(new KabiRegistry());
        try (Stream<Path> files = Files.list(REPO.resolve("examples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".sched")).sorted().toList()) {
                Diagnostics d = new Diagnostics();
                var r = compiler.compile(new SourceFile("examples/" + p.getFileName(), Files.readString(p)), new Compiler.Options(List.of()), d);
                if (r.isEmpty()) throw new AssertionError(p + " does not compile: " + d.sorted());
                out.add(new Obj(p.getFileName().toString().replaceFirst("\\.sched$", ""), r.get().output().elf()));
            }
            out.add(new Obj("harness_ref", Files.readAllBytes(REPO.resolve("tests/kernel/reference/harness_ref.bpf.o"))));
            out.add(new Obj("tagprio", Files.readAllBytes(REPO.resolve("tests/kernel/fixtures/tagprio.bpf.o"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (KabiRegistry.KabiException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        if (out.size() < 6) throw new AssertionError("expected the examples and two clang objects, found " + out.size());
        return all = List.copyOf(out);
    }

    static Obj byName(String name) {
        return all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }
}
