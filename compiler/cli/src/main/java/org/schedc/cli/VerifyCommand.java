package org.schedc.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.schedc.kabi.Kabi;
import org.schedc.kabi.KabiRegistry;
import org.schedc.bpf.link.ObjectFormatException;
import org.schedc.verifier.Options;
import org.schedc.verifier.ProgramVerdict;
import org.schedc.verifier.ReportText;
import org.schedc.verifier.VerifierSim;
import org.schedc.verifier.VerifyReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, name = "verify",
        description = "Predict whether each target kernel's verifier accepts a BPF object (schedc's or clang's), and explain rejections at source lines.")
final class VerifyCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "OBJ")
    Path input;

    @Option(names = {"-k", "--kernel"}, paramLabel = "KERNEL", description = "a bundled kernel or a BTF/vmlinux path; repeatable (default: every bundled kernel)")
    List<String> kernels = new ArrayList<>();

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Option(names = {"-v", "--verbose"}, description = "print the abstract state along the failing path")
    boolean verbose;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        var bytes = Inputs.readBytes(input, err);
        if (bytes.isEmpty()) return Main.USAGE;
        KabiRegistry registry = new KabiRegistry();
        List<VerifyReport> reports = new ArrayList<>();
        try {
            for (String k : kernels.isEmpty() ? KabiRegistry.defaultKernels() : kernels) {
                Kabi kabi = registry.load(k);
                reports.add(VerifierSim.verify(bytes.get(), kabi.btf(), kabi.name(), Options.defaults().withVerbose(verbose)));
            }
        } catch (KabiRegistry.KabiException e) {
            err.println("schedc: error[E0403]: " + e.getMessage());
            return Main.USAGE;
        } catch (ObjectFormatException e) {
            err.println(input + ": error[E0601]: not a usable BPF object: " + e.getMessage());
            return Main.USAGE;
        }
        if (format == Format.json) out.print(json(reports));
        else reports.forEach(r -> out.print(ReportText.format(r, verbose)));
        return reports.stream().allMatch(VerifyReport::accepted) ? Main.OK : Main.INPUT_ERRORS;
    }

    private static String json(List<VerifyReport> reports) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < reports.size(); i++) {
            VerifyReport r = reports.get(i);
            b.append(i == 0 ? "" : ",").append("\n  {\"kernel\": ").append(str(r.kernel())).append(", \"accepted\": ").append(r.accepted()).append(", \"programs\": [");
            for (int j = 0; j < r.programs().size(); j++) {
                ProgramVerdict v = r.programs().get(j);
                b.append(j == 0 ? "" : ",").append("\n    {\"section\": ").append(str(v.section())).append(", \"symbol\": ").append(str(v.symbol()))
                        .append(", \"accepted\": ").append(v.accepted()).append(", \"processedInsns\": ").append(v.processedInsns());
                if (!v.accepted()) {
                    b.append(", \"insn\": ").append(v.insnIndex()).append(", \"rule\": ").append(str(v.ruleId()))
                            .append(", \"message\": ").append(str(v.message())).append(", \"explanation\": ").append(str(v.explanation()));
                    if (v.source() != null) {
                        b.append(", \"file\": ").append(str(v.source().file())).append(", \"line\": ").append(v.source().line())
                                .append(", \"column\": ").append(v.source().column());
                    }
                }
                b.append('}');
            }
            b.append("], \"skipped\": [");
            for (int j = 0; j < r.skipped().size(); j++) {
                var sk = r.skipped().get(j);
                b.append(j == 0 ? "" : ",").append("\n    {\"section\": ").append(str(sk.section())).append(", \"symbol\": ").append(str(sk.symbol()))
                        .append(", \"reason\": ").append(str(sk.reason())).append('}');
            }
            b.append("]}");
        }
        return b.append("\n]\n").toString();
    }

    private static String str(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> { if (c < 0x20) b.append(String.format("\\u%04x", (int) c)); else b.append(c); }
            }
        }
        return b.append('"').toString();
    }
}
