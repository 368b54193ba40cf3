package org.schedc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.KabiRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, name = "compile", description = "Compile a policy to a BPF object for sched_ext.")
final class CompileCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "POLICY", description = "the .sched policy file")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OBJ", description = "the object to write (default: POLICY with .bpf.o)")
    Path output;

    @Option(names = {"-k", "--kernel"}, paramLabel = "KERNEL", description = "target kernel: a bundled version (see 'schedc kernels') or a BTF/vmlinux path; repeatable")
    List<String> kernels = new ArrayList<>();

    @Option(names = "--asm", description = "also print the generated BPF assembly")
    boolean asm;

    /** Hidden: for finding out whether a refusal is the kernel's or verifier-sim's (load the object into a real kernel). */
    @Option(names = "--no-verify", hidden = true, description = "diagnosis only: write the object even when verifier-sim predicts a rejection")
    boolean noVerify;

    @Option(names = "--dump-ir", arity = "0..1", paramLabel = "WHEN", parameterConsumer = DumpIrConsumer.class,
            description = "print the IR of each program after lowering and after the pass pipeline (--dump-ir), or after every pass (--dump-ir=all)")
    String dumpIr;

    /** Takes 'all' or 'final' when it follows, else means 'final', so that {@code --dump-ir POLICY} keeps POLICY positional. */
    static final class DumpIrConsumer implements CommandLine.IParameterConsumer {
        @Override public void consumeParameters(java.util.Stack<String> args, CommandLine.Model.ArgSpec argSpec, CommandLine.Model.CommandSpec commandSpec) {
            boolean given = !args.isEmpty() && (args.peek().equals("all") || args.peek().equals("final"));
            argSpec.setValue(given ? args.pop() : "final");
        }
    }

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** Set when {@link FastCompile} runs this command without picocli (then {@code spec} is null). */
    PrintWriter out, err;

    @Override
    public Integer call() {
        PrintWriter err = this.err != null ? this.err : spec.commandLine().getErr();
        PrintWriter stdout = this.out != null ? this.out : spec.commandLine().getOut();
        Diagnostics diags = new Diagnostics();
        Optional<SourceFile> file = Inputs.readSource(input, err, diags);
        if (file.isEmpty()) {
            Inputs.print(diags, err);
            return diags.hasErrors() ? Main.INPUT_ERRORS : Main.USAGE;
        }
        Timings.mark("read policy");
        Optional<Compiler.Result> result;
        KabiRegistry registry = new KabiRegistry();
        if (Timings.phases()) org.schedc.driver.PhaseProbe.run(file.get(), kernels, registry, Timings::mark);
        try {
            Compiler compiler = new Compiler(registry);
            result = noVerify
                    ? org.schedc.driver.VerifierGate.withoutVerification(() -> compiler.compile(file.get(), new Compiler.Options(kernels), diags))
                    : compiler.compile(file.get(), new Compiler.Options(kernels), diags);
            Timings.mark(Timings.phases() ? "compile (warm, after the probe)" : "compile (parse .. verifier-sim)");
        } catch (KabiRegistry.KabiException e) {
            err.println("schedc: error[E0403]: " + e.getMessage());
            return Main.USAGE;
        } catch (Exception e) {
            throw new IllegalStateException(e); // compile throws nothing else; Main turns this into exit 3
        }
        // The code first, then why it was refused: without it a refusal leaves nothing to look at.
        if (asm && result.isEmpty()) AsmListing.printRefused(file.get(), kernels, registry, diags, stdout);
        Inputs.print(diags, err);
        if (result.isEmpty() || diags.hasErrors()) return Main.INPUT_ERRORS;
        Path out = output != null ? output : Path.of(input.toString().replaceFirst("\\.sched$", "") + ".bpf.o");
        if (!OutputFiles.write(out, result.get().output().elf(), List.of(input), err)) return Main.USAGE;
        Timings.mark("write object");
        if (dumpIr != null) org.schedc.lower.IrDump.write(result.get().policy(), dumpIr.equals("all"), stdout);
        if (asm) AsmListing.print(result.get().output().programs(), file.get(), stdout);
        return Main.OK;
    }
}
