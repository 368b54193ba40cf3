package org.schedc.cli;

import com.palantir.javapoet.JavaFile;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.genjava.JavaSkeleton;
import org.schedc.kabi.KabiRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code schedc gen java}: Java sources of a control-plane service for a policy (compiler/genjava). */
@Command(name = "gen", mixinStandardHelpOptions = true, description = "Generate code around a policy.",
        subcommands = GenCommand.Java.class)
final class GenCommand implements Callable<Integer> {
    /** A package name javac would refuse, or one schedc will not write into. */
    static final String BAD_PACKAGE = "E0930";

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("schedc gen: missing subcommand: java");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }

    @Command(name = "java", mixinStandardHelpOptions = true,
            description = "Write Java sources that manage the policy when it runs: its tags, counters, state and events, on the runtime inside schedc.jar.")
    static final class Java implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "POLICY", description = "the .sched policy file") Path input;

        @Option(names = "--package", required = true, paramLabel = "PKG", description = "the Java package of the generated classes")
        String pkg;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "source root to write PKG's directory under (default: the current directory)")
        Path output = Path.of(".");

        @Option(names = {"-k", "--kernel"}, paramLabel = "KERNEL", description = "target kernel, as for compile; repeatable")
        List<String> kernels = new ArrayList<>();

        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr(), out = spec.commandLine().getOut();
            if (!JavaSkeleton.validPackage(pkg)) {
                err.println("schedc gen java: error[" + BAD_PACKAGE + "]: '" + pkg + "' is not a Java package name (dotted identifiers, no keyword, not under java.)");
                return Main.USAGE;
            }
            Diagnostics diags = new Diagnostics();
            Optional<SourceFile> file = Inputs.readSource(input, err, diags);
            if (file.isEmpty()) {
                Inputs.print(diags, err);
                return diags.hasErrors() ? Main.INPUT_ERRORS : Main.USAGE;
            }
            // the whole compile, not just the front end: code is generated only for a policy that yields an object
            Optional<Compiler.Result> result;
            try {
                result = new Compiler(new KabiRegistry()).compile(file.get(), new Compiler.Options(kernels), diags);
            } catch (KabiRegistry.KabiException e) {
                err.println("schedc: error[E0403]: " + e.getMessage());
                return Main.USAGE;
            } catch (Exception e) {
                throw new IllegalStateException(e); // compile throws nothing else; Main turns this into exit 3
            }
            Inputs.print(diags, err);
            if (result.isEmpty() || diags.hasErrors()) return Main.INPUT_ERRORS;
            List<JavaFile> files = JavaSkeleton.generate(result.get().policy(), pkg);
            Path dir = output.resolve(pkg.replace('.', '/'));
            try {
                Files.createDirectories(dir);
            } catch (java.io.IOException | SecurityException e) {
                err.println(dir + ": error[" + OutputFiles.CANNOT_WRITE + "]: cannot create the output directory: " + e.getMessage());
                return Main.USAGE;
            }
            // every target is checked before the first is written, so a refusal leaves nothing half generated
            try {
                for (JavaFile f : files) OutputFiles.target(dir.resolve(f.typeSpec().name() + ".java"), List.of(input));
            } catch (OutputFiles.Refused r) {
                err.println(r.render());
                return Main.USAGE;
            }
            List<String> names = new ArrayList<>();
            for (JavaFile f : files) {
                String name = f.typeSpec().name() + ".java";
                if (!OutputFiles.write(dir.resolve(name), f.toString().getBytes(StandardCharsets.UTF_8), List.of(input), err)) return Main.USAGE;
                names.add(name);
            }
            out.println("schedc gen java: wrote " + names.size() + " files to " + dir + ": " + String.join(", ", names));
            return Main.OK;
        }
    }
}
