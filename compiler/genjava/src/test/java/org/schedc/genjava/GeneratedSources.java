package org.schedc.genjava;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.KabiRegistry;
import org.schedc.testing.Golden;

/** Test helper: a policy compiled, its skeleton generated, written and compiled by javac against the test class path. */
final class GeneratedSources {
    private GeneratedSources() {
    }

    static final Path EXAMPLES = Golden.REPO.resolve("examples");

    record Generated(Compiler.Result compiled, List<JavaFile> files, ClassLoader loader, String pkg) {
        Class<?> type(String suffix) throws ClassNotFoundException {
            return Class.forName(pkg + "." + JavaNames.typePrefix(compiled.policy().name()) + suffix, true, loader);
        }
    }

    static List<Path> examples() throws IOException {
        try (var s = Files.list(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".sched")).sorted().toList();
        }
    }

    static Compiler.Result compile(Path policy) throws Exception {
        Diagnostics diags = new Diagnostics();
        var result = new Compiler(new KabiRegistry()).compile(new SourceFile(policy.toString(), Files.readString(policy)),
                new Compiler.Options(List.of()), diags);
        assertTrue(result.isPresent() && !diags.hasErrors(), policy + ": " + diags.sorted());
        return result.get();
    }

    /** Generates into {@code dir}/src and compiles with {@code -Xlint:all -Werror} into {@code dir}/classes. */
    static Generated generate(Path policy, Path dir) throws Exception {
        Compiler.Result compiled = compile(policy);
        String pkg = "com.example." + compiled.policy().name();
        List<JavaFile> files = JavaSkeleton.generate(compiled.policy(), pkg);
        Path src = dir.resolve("src"), classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
        for (JavaFile f : files) {
            f.writeTo(src);
            args.add(src.resolve(pkg.replace('.', '/')).resolve(f.typeSpec().name() + ".java").toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        var out = new java.io.ByteArrayOutputStream();
        int rc = javac.run(null, out, out, args.toArray(String[]::new));
        assertTrue(rc == 0, policy + ": javac refused the generated code:\n" + out);
        try {
            return new Generated(compiled, files, new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedSources.class.getClassLoader()), pkg);
        } catch (java.net.MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
