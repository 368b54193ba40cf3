package org.schedc.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.KabiRegistry;
import org.schedc.lint.CheckReport;
import org.schedc.lint.CheckRun;
import org.schedc.lint.ReportFormats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code schedc check}: everything {@code compile} checks (syntax, types against each target kernel,
 * verifier-sim on the object built in memory) plus the lint rules, for code review and CI. Writes no
 * object. Exit 0 when no finding is an error, 1 when one is, 2 for usage and I/O problems.
 */
@Command(mixinStandardHelpOptions = true, name = "check",
        description = "Check policies without writing objects: syntax, types against the target kernels, lint rules and verifier-sim.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the .sched files to check")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-k", "--kernel"}, paramLabel = "KERNEL", description = "target kernel: a bundled version or a BTF/vmlinux path; repeatable (default: the policy's own list)")
    List<String> kernels = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or sarif (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report here instead of standard output")
    Path output;

    @Option(names = "--base", paramLabel = "DIR", description = "directory that reported paths are relative to (default: the current directory)")
    Path base = Path.of("");

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        List<Diagnostic> findings = new ArrayList<>();
        boolean ioProblem = false;
        Compiler compiler = new Compiler(new KabiRegistry());
        for (Path input : inputs) {
            Diagnostics inputErrors = new Diagnostics();
            Optional<SourceFile> file = Inputs.readSource(input, err, inputErrors);
            if (file.isEmpty()) {
                findings.addAll(inputErrors.sorted()); // not UTF-8: a finding like any other
                ioProblem |= !inputErrors.hasErrors();
                continue;
            }
            try {
                findings.addAll(check(compiler, file.get()));
            } catch (KabiRegistry.KabiException e) {
                err.println("schedc: error[E0403]: " + e.getMessage());
                return Main.USAGE;
            }
        }
        CheckReport report = new CheckReport(findings, inputs.size(), base);
        String version = version();
        String text = switch (format) {
            case text -> ReportFormats.text(report);
            case json -> ReportFormats.json(report, version);
            case sarif -> ReportFormats.sarif(report, version);
        };
        if (output != null) {
            if (!OutputFiles.write(output, text.getBytes(StandardCharsets.UTF_8), inputs, err)) return Main.USAGE;
        } else {
            spec.commandLine().getOut().print(text);
        }
        if (ioProblem) return Main.USAGE;
        return report.hasErrors() ? Main.INPUT_ERRORS : Main.OK;
    }

    /** Compiler diagnostics (the object stays in memory) and lint findings of one file. */
    private List<Diagnostic> check(Compiler compiler, SourceFile file) throws KabiRegistry.KabiException {
        return CheckRun.of(compiler, file, kernels).diagnostics();
    }

    private static String version() {
        String v = Main.VERSION;
        return v.startsWith("schedc ") ? v.substring("schedc ".length()) : v;
    }
}
