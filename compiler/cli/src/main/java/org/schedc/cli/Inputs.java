package org.schedc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.DiagnosticPrinter;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;

/** File reading and writing shared by the commands: clear I/O messages, and no half-written outputs. */
final class Inputs {
    private Inputs() {}

    static Optional<SourceFile> readSource(Path path, PrintWriter err) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return Optional.of(new SourceFile(path.toString(), text));
        } catch (NoSuchFileException e) {
            err.println(path + ": error[E0001]: no such file");
        } catch (CharacterCodingException e) {
            err.println(path + ": error[E0002]: not a UTF-8 text file");
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
