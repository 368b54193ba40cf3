package org.schedc.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.schedc.lsp.SchedcLanguageServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(mixinStandardHelpOptions = true, name = "lsp",
        description = "Run the language server (LSP over stdin/stdout) for editors.")
final class LspCommand implements Callable<Integer> {
    @Option(names = "--debounce-ms", paramLabel = "MS", description = "quiet time after an edit before re-checking (default: ${DEFAULT-VALUE})")
    long debounceMs = SchedcLanguageServer.DEFAULT_DEBOUNCE_MS;

    @Option(names = "--stdio", description = "talk LSP over stdin/stdout (the default and only transport; accepted for clients that pass it)")
    boolean stdio;

    @Override
    public Integer call() {
        // stdout carries the protocol: anything else printed there would corrupt it, so it goes to stderr.
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false);
        System.setOut(System.err);
        if (debounceMs < 0) {
            System.err.println("schedc lsp: --debounce-ms must be 0 or more");
            return Main.USAGE;
        }
        return SchedcLanguageServer.run(System.in, protocol, debounceMs);
    }
}
