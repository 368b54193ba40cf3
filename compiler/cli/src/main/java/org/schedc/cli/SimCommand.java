package org.schedc.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.Kabi;
import org.schedc.kabi.KabiRegistry;
import org.schedc.sim.SimError;
import org.schedc.sim.SimResult;
import org.schedc.sim.Simulator;
import org.schedc.sim.WorkloadParser;
import org.schedc.bpf.link.ObjectFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, name = "sim",
        description = "Run a policy's BPF bytecode (a .sched file, compiled first, or any sched_ext .bpf.o) against a modelled machine and an rt-app JSON workload.")
final class SimCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "POLICY", description = "POLICY.sched or POLICY.bpf.o")
    Path policy;

    @Parameters(index = "1", paramLabel = "WORKLOAD", description = "rt-app JSON workload")
    Path workload;

    @Option(names = "--cpus", description = "CPUs of the modelled machine (default: ${DEFAULT-VALUE})")
    int cpus = 4;

    @Option(names = "--seconds", description = "simulated time (default: the workload's global.duration, else 10)")
    Double seconds;

    @Option(names = "--seed", description = "seed of bpf_get_prandom_u32 (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = {"-k", "--kernel"}, paramLabel = "KERNEL", description = "the kernel whose BTF the object is relocated against (default: the first bundled)")
    String kernel;

    @Option(names = "--trace", paramLabel = "OUT.json", description = "write a Chrome/Perfetto trace-event JSON")
    Path trace;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        if (cpus < 1 || cpus > 1024) { err.println("schedc: error[E0705]: --cpus must be 1..1024"); return Main.USAGE; }
        if (seconds != null && !(seconds > 0 && seconds <= 3600)) { err.println("schedc: error[E0705]: --seconds must be in (0, 3600]"); return Main.USAGE; }
        Optional<byte[]> wl = Inputs.readBytes(workload, err);
        if (wl.isEmpty()) return Main.USAGE;
        WorkloadParser.Parsed parsed;
        try {
            parsed = WorkloadParser.parse(new String(wl.get(), StandardCharsets.UTF_8));
        } catch (WorkloadParser.WorkloadException e) {
            err.println(workload + ":" + e.line + ":" + e.col + ": error[" + e.code + "]: " + e.getMessage());
            return Main.INPUT_ERRORS;
        }
        for (String w : parsed.workload().warnings()) err.println(workload + ":" + w);
        KabiRegistry registry = new KabiRegistry();
        Kabi kabi;
        byte[] object;
        try {
            kabi = registry.load(kernel != null ? kernel : KabiRegistry.defaultKernels().getFirst());
            Optional<byte[]> obj = policy.toString().endsWith(".sched") ? compile(registry, err) : Inputs.readBytes(policy, err);
            if (obj == null) return Main.INPUT_ERRORS;
            if (obj.isEmpty()) return Main.USAGE;
            object = obj.get();
        } catch (KabiRegistry.KabiException e) {
            err.println("schedc: error[E0403]: " + e.getMessage());
            return Main.USAGE;
        }
        double secs = seconds != null ? seconds : parsed.durationSeconds() > 0 ? parsed.durationSeconds() : 10;
        SimResult r;
        boolean interactive = System.console() != null; // progress on a terminal only: logs and tests stay clean
        try {
            r = Simulator.run(object, kabi, parsed.workload(), new Simulator.Options(cpus, secs, seed, 1_000_000, trace != null),
                    f -> { if (interactive) { err.printf("\rsimulated %3.0f%%", f * 100); err.flush(); } });
            if (interactive) err.print("\r                \r");
        } catch (ObjectFormatException e) {
            err.println(policy + ": error[E0601]: not a usable BPF object: " + e.getMessage());
            return Main.INPUT_ERRORS;
        } catch (SimError e) {
            err.println(policy + ": error[" + e.kind().code() + "]: " + e.getMessage());
            return Main.INPUT_ERRORS;
        }
        out.print(r.text());
        if (trace != null && !OutputFiles.write(trace, r.traceJson().getBytes(StandardCharsets.UTF_8), List.of(policy, workload), err)) return Main.USAGE;
        return Main.OK;
    }

    /** The compiled object, empty on an I/O error, null after compile errors (printed). */
    private Optional<byte[]> compile(KabiRegistry registry, java.io.PrintWriter err) throws KabiRegistry.KabiException {
        Diagnostics diags = new Diagnostics();
        Optional<SourceFile> file = Inputs.readSource(policy, err, diags);
        if (file.isEmpty()) { Inputs.print(diags, err); return diags.hasErrors() ? null : Optional.empty(); }
        Optional<Compiler.Result> result = new Compiler(registry).compile(file.get(), new Compiler.Options(List.of()), diags);
        Inputs.print(diags, err);
        if (result.isEmpty() || diags.hasErrors()) return null;
        return Optional.of(result.get().output().elf());
    }
}
