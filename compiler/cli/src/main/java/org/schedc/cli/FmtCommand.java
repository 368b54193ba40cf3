package org.schedc.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.DiagnosticPrinter;
import org.schedc.diag.SourceFile;
import org.schedc.format.FormatException;
import org.schedc.format.Formatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code schedc fmt}: rewrites policies in the canonical layout (atomically, only when they change),
 * prints them ({@code --stdout}), or lists the files that would change ({@code --check}, for CI).
 * Exit 0 when done (or all formatted), 1 when {@code --check} found files to change or a file has syntax
 * errors, 2 for usage and I/O problems.
 */
@Command(mixinStandardHelpOptions = true, name = "fmt",
        description = "Format policy files: 2-space indentation, one statement per line, spaces around operators, comments kept.")
final class FmtCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the .sched files to format")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--check", description = "change nothing; list the files that are not formatted and exit 1 if there are any")
    boolean check;

    @Option(names = "--stdout", description = "print the formatted text instead of rewriting the files")
    boolean toStdout;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        if (check && toStdout) {
            err.println("schedc: --check and --stdout cannot be combined");
            return Main.USAGE;
        }
        int status = Main.OK;
        for (Path input : inputs) {
            org.schedc.diag.Diagnostics inputErrors = new org.schedc.diag.Diagnostics();
            Optional<SourceFile> file = Inputs.readSource(input, err, inputErrors);
            if (file.isEmpty()) {
                Inputs.print(inputErrors, err);
                status = Math.max(status, inputErrors.hasErrors() ? Main.INPUT_ERRORS : Main.USAGE);
                continue;
            }
            String formatted;
            try {
                formatted = Formatter.format(file.get());
            } catch (FormatException e) {
                for (Diagnostic d : e.diagnostics()) err.print(DiagnosticPrinter.format(d));
                status = Math.max(status, Main.INPUT_ERRORS);
                continue;
            }
            boolean changes = !formatted.equals(file.get().text());
            if (toStdout) {
                out.print(formatted);
            } else if (check) {
                if (changes) {
                    out.println(input);
                    status = Math.max(status, Main.INPUT_ERRORS);
                }
            } else if (changes) {
                try {
                    OutputFiles.rewrite(input, formatted.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.println(input);
                } catch (OutputFiles.Refused e) {
                    err.println(e.render());
                    status = Math.max(status, Main.USAGE);
                }
            }
        }
        out.flush();
        return status;
    }
}
