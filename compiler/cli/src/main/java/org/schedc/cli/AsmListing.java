package org.schedc.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.schedc.bpf.asm.Disassembler;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.KabiRegistry;
import org.schedc.object.ObjectAssembler;

/** {@code compile --asm}: every program's BPF assembly with the DSL line beside each instruction group. */
final class AsmListing {
    /** The code verifier-sim refused to let out (it is a schedc bug, and the user must be able to see it). */
    /** Refusals of generated code: a predicted verifier rejection (E0701) or a verifier limit the policy reaches (E0702). */
    static final java.util.Set<String> REFUSED = java.util.Set.of("E0701", "E0702");

    private AsmListing() {}

    static void print(List<ObjectAssembler.ProgramCode> programs, SourceFile file, PrintWriter out) {
        for (ObjectAssembler.ProgramCode p : programs) {
            out.println(p.section() + ":");
            out.print(Disassembler.disassemble(p.code(), line -> file.lineText(line).strip()));
        }
        out.flush();
    }

    /**
     * After a compile refused by verifier-sim: lists the refused object (the rejection is printed after it,
     * by the caller) and says so. Nothing when the compile failed for another reason.
     */
    static void printRefused(SourceFile file, List<String> kernels, KabiRegistry registry, Diagnostics diags, PrintWriter out) {
        boolean refused = false;
        for (Diagnostic d : diags.sorted()) refused |= REFUSED.contains(d.code());
        if (!refused) return;
        Optional<Compiler.Result> object;
        try {
            Compiler compiler = new Compiler(registry);
            object = compiler.build(compiler.frontEnd().analyze(file, kernels), new Diagnostics()); // already reported
        } catch (KabiRegistry.KabiException e) {
            return;
        }
        if (object.isEmpty()) return;
        out.println("; verifier-sim refused this object (not written); the rejection follows on stderr");
        print(object.get().output().programs(), file, out);
    }
}
