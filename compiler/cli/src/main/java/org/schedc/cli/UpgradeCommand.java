package org.schedc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.schedc.bpf.link.ObjectFormatException;
import org.schedc.bpf.loader.KernelTarget;
import org.schedc.bpf.loader.LoadException;
import org.schedc.bpf.loader.LoadPlan;
import org.schedc.bpf.loader.Loader;
import org.schedc.bpf.loader.SchedExt;
import org.schedc.verifier.Options;
import org.schedc.verifier.ReportText;
import org.schedc.verifier.VerifierSim;
import org.schedc.verifier.VerifyReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code schedc upgrade NEW}: replaces the running policy with NEW and keeps its state. NEW is checked by
 * verifier-sim against the running kernel's BTF, then loaded for real (the kernel verifies every program) while the
 * old policy runs; compatible maps are handed over, then the two are swapped ({@link Loader#upgrade}).
 */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Replace the running policy with a new object (.bpf.o, or .sched compiled first), keeping the state of maps with the same layout.")
final class UpgradeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NEW", description = "the new policy: a BPF object (.bpf.o) or a policy (.sched)")
    Path input;

    @Option(names = "--fresh-state", description = "start maps whose layout changed empty instead of refusing the upgrade")
    boolean freshState;

    @CommandLine.Mixin RunCommand.PinOptions pins;

    @CommandLine.Mixin TrustOptions trust;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        PolicyBytes.Result bytes = PolicyBytes.of("upgrade", input, trust, out, err);
        if (bytes.bytes().isEmpty()) return bytes.exitCode();
        String name = input.getFileName().toString();
        try {
            SchedExt before = SchedExt.read();
            if (!before.enabled()) {
                throw LoadException.io("E0917", "nothing to upgrade: sched_ext is " + before.state() + " (start a policy with 'schedc run')");
            }
            KernelTarget kernel = KernelTarget.running();
            VerifyReport report = VerifierSim.verify(bytes.bytes().get(), kernel.btf(), "running kernel", Options.defaults());
            if (!report.accepted()) {
                err.print(ReportText.format(report, false));
                err.println("schedc upgrade: error[E0919]: verifier-sim rejects " + name + " for the running kernel; " + before.ops() + " keeps running");
                err.flush();
                return Main.INPUT_ERRORS;
            }
            LoadPlan plan = LoadPlan.of(name, bytes.bytes().get(), kernel);
            Loader.Upgraded u = Loader.upgrade(plan, kernel, pins.pins(), freshState);
            SchedExt now = SchedExt.read();
            out.printf("schedc upgrade: %s -> %s enabled (enable_seq %d -> %d)%n", before.ops(), now.ops(), before.enableSeq(), now.enableSeq());
            out.printf("schedc upgrade: carried over: %s; started empty: %s%n", list(u.carried()), list(u.fresh()));
            out.printf("schedc upgrade: loaded and verified beside the old policy in %.1f ms; no sched_ext policy ran for %.1f ms%n",
                    u.prepareNanos() / 1e6, u.gapNanos() / 1e6);
            out.flush();
            return Main.OK;
        } catch (LoadException e) {
            String prefix = "schedc upgrade: error[" + e.code() + "]: ";
            err.println(prefix + e.getMessage() + (e.code().equals("E0917") || e.getMessage().contains("already stopped") ? "" : "; the running policy is untouched"));
            if (!e.verifierLog().isBlank()) {
                err.println("kernel verifier log:");
                for (String l : e.verifierLog().split("\n")) err.println("  " + l);
            }
            err.flush();
            return e.exitCode();
        } catch (ObjectFormatException e) {
            err.println("schedc upgrade: error[E0901]: " + name + ": " + e.getMessage());
            err.flush();
            return Main.INPUT_ERRORS;
        }
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
