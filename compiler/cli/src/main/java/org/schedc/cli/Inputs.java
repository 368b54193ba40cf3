package org.schedc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.DiagnosticPrinter;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;

/** File reading shared by the commands, with clear I/O messages (writing: {@link OutputFiles}). */
final class Inputs {
    static final String NOT_UTF8 = "E0002";

    private Inputs() {}

    /**
     * A policy file's text. Empty when it cannot be used: a file that is not UTF-8 is an error in the input
     * (E0002 at the first bad byte, added to {@code inputErrors}: exit 1, counted like any other finding);
     * a missing or unreadable file is an I/O error, printed here (exit 2).
     */
    static Optional<SourceFile> readSource(Path path, PrintWriter err, Diagnostics inputErrors) {
        try {
            return Optional.of(SourceFile.fromUtf8(path.toString(), Files.readAllBytes(path)));
        } catch (SourceFile.NotUtf8 e) {
            inputErrors.report(Diagnostic.error(NOT_UTF8, e.getMessage(), e.shown(), e.at()));
        } catch (NoSuchFileException e) {
            err.println(path + ": error[E0001]: no such file");
        } catch (IOException e) {
            err.println(path + ": error[E0001]: cannot read: " + e.getMessage());
        }
        return Optional.empty();
    }

    static Optional<byte[]> readBytes(Path path, PrintWriter err) {
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            err.println(path + ": error[E0001]: no such file");
        } catch (IOException e) {
            err.println(path + ": error[E0001]: cannot read: " + e.getMessage());
        }
        return Optional.empty();
    }

    static void print(Diagnostics diags, PrintWriter err) {
        for (Diagnostic d : diags.sorted()) err.print(DiagnosticPrinter.format(d));
        err.flush();
    }
}
