package org.schedc.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.schedc.bpf.elf.ElfFormatException;
import org.schedc.bpf.btf.BtfFormatException;
import org.schedc.object.ObjectReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, name = "disasm", description = "Print the BPF assembly of every program in a BPF object, with source lines when it has line info.")
final class DisasmCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OBJ", description = "a BPF ELF object (from schedc or clang)")
    Path input;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var bytes = Inputs.readBytes(input, err);
        if (bytes.isEmpty()) return Main.USAGE;
        try {
            spec.commandLine().getOut().print(ObjectReader.read(bytes.get()).disassemble());
            return Main.OK;
        } catch (ElfFormatException | BtfFormatException e) {
            err.println(input + ": error[E0601]: not a usable BPF object: " + e.getMessage());
            return Main.USAGE;
        } catch (org.schedc.bpf.insn.InsnDecodeException e) {
            // the file is an ELF object, but its code is not BPF instructions the disassembler knows
            err.println(input + ": error[E0601]: not a usable BPF object: " + e.getMessage());
            return Main.USAGE;
        }
    }
}
