package org.schedc.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfEncoder;
import org.schedc.bpf.btf.BtfFormatException;
import org.schedc.bpf.btf.BtfReader;
import org.schedc.bpf.btf.BtfSubset;
import org.schedc.kabi.SnapshotSelection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Derives a bundled KABI snapshot from a full kernel BTF (used by tools/make-kabi-snapshots.sh). */
@Command(mixinStandardHelpOptions = true, name = "kabi-snapshot", description = "Cut a kernel BTF down to what policies can touch (maintainers' tool).")
final class SnapshotCommand implements Callable<Integer> {
    @Option(names = "--btf", required = true, paramLabel = "BTF", description = "full kernel BTF: raw .btf, vmlinux, or /sys/kernel/btf/vmlinux")
    Path btf;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT")
    Path output;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            Btf full = BtfReader.readFile(btf);
            Btf subset = BtfSubset.extract(full, SnapshotSelection.load());
            byte[] bytes = BtfEncoder.encode(subset);
            if (!OutputFiles.write(output, bytes, java.util.List.of(btf), err)) return Main.USAGE;
            spec.commandLine().getOut().printf("%s: %d types, %d bytes%n", output, subset.count(), bytes.length);
            return Main.OK;
        } catch (java.nio.file.NoSuchFileException e) {
            err.println(btf + ": error[E0001]: no such file");
        } catch (java.io.IOException e) {
            err.println(btf + ": error[E0001]: cannot read: " + e.getMessage());
        } catch (BtfFormatException e) {
            err.println(btf + ": error[E0602]: corrupt BTF: " + e.getMessage());
        }
        return Main.USAGE;
    }
}
