package org.schedc.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.driver.VerifierGate;
import org.schedc.kabi.KabiRegistry;
import org.schedc.object.ObjectAssembler;
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

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Optional<SourceFile> file = Inputs.readSource(input, err);
        if (file.isEmpty()) return Main.USAGE;
        Diagnostics diags = new Diagnostics();
        Optional<Compiler.Result> result;
        try {
            Compiler compiler = new Compiler(new KabiRegistry());
            result = noVerify
                    ? VerifierGate.withoutVerification(() -> compiler.compile(file.get(), new Compiler.Options(kernels), diags))
                    : compiler.compile(file.get(), new Compiler.Options(kernels), diags);
        } catch (KabiRegistry.KabiException e) {
            err.println("schedc: error[E0403]: " + e.getMessage());
            return Main.USAGE;
        } catch (Exception e) {
            throw new IllegalStateException(e); // compile throws nothing else; Main turns this into exit 3
        }
        Inputs.print(diags, err);
        if (result.isEmpty() || diags.hasErrors()) return Main.INPUT_ERRORS;
        Path out = output != null ? output : Path.of(input.toString().replaceFirst("\\.sched$", "") + ".bpf.o");
        if (!Inputs.writeAtomically(out, result.get().output().elf(), err)) return Main.USAGE;
        if (dumpIr != null) org.schedc.lower.IrDump.write(result.get().policy(), dumpIr.equals("all"), spec.commandLine().getOut());
        if (asm) {
            for (ObjectAssembler.ProgramCode p : result.get().output().programs()) {
                spec.commandLine().getOut().println(p.section() + ":");
                spec.commandLine().getOut().print(org.schedc.bpf.asm.Disassembler.disassemble(p.code(), line -> file.get().lineText(line).strip()));
            }
        }
        return Main.OK;
    }
}
