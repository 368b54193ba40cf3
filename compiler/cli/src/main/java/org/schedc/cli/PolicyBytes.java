package org.schedc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.schedc.bpf.loader.KernelTarget;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.KabiRegistry;

/** The object a loading command (run, upgrade) works on: a .bpf.o read, or a .sched compiled for the running kernel. */
final class PolicyBytes {
    private PolicyBytes() {}

    /** The bytes, or empty with the exit code to return (the reason is already printed). */
    record Result(Optional<byte[]> bytes, int exitCode) {}

    /**
     * The object's bytes: read, or compiled from a .sched for the running kernel (compile errors as 'compile' prints
     * them). With --trust, only a signed object whose signature checks goes on (checked before any bpf(2) call).
     */
    static Result of(String command, Path input, TrustOptions trust, PrintWriter out, PrintWriter err) {
        if (trust.refusesSource(command, input, err)) return new Result(Optional.empty(), Main.INPUT_ERRORS);
        if (!input.toString().endsWith(".sched")) {
            Optional<byte[]> bytes = Inputs.readBytes(input, err);
            if (bytes.isEmpty()) return new Result(bytes, Main.USAGE);
            int refused = trust.check(command, input, bytes.get(), out, err);
            return refused == Main.OK ? new Result(bytes, Main.OK) : new Result(Optional.empty(), refused);
        }
        Diagnostics diags = new Diagnostics();
        Optional<SourceFile> file = Inputs.readSource(input, err, diags);
        if (file.isEmpty()) {
            Inputs.print(diags, err);
            return new Result(Optional.empty(), diags.hasErrors() ? Main.INPUT_ERRORS : Main.USAGE);
        }
        List<String> kernels = Files.exists(KernelTarget.VMLINUX) ? List.of(KernelTarget.VMLINUX.toString()) : List.of();
        try {
            Optional<Compiler.Result> r = new Compiler(new KabiRegistry()).compile(file.get(), new Compiler.Options(kernels), diags);
            Inputs.print(diags, err);
            return new Result(r.isEmpty() || diags.hasErrors() ? Optional.empty() : Optional.of(r.get().output().elf()), Main.INPUT_ERRORS);
        } catch (KabiRegistry.KabiException e) {
            err.println("schedc: error[E0403]: " + e.getMessage());
            return new Result(Optional.empty(), Main.USAGE);
        } catch (Exception e) {
            throw new IllegalStateException(e); // compile throws nothing else; Main turns this into exit 3
        }
    }

}
