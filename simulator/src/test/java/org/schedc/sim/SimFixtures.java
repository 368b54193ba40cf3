package org.schedc.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.schedc.diag.DiagnosticPrinter;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.Kabi;
import org.schedc.kabi.KabiRegistry;

/** Compiles policies, reads workloads and runs the simulator for the tests. */
final class SimFixtures {
    private SimFixtures() {}

    static Path repo() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) p = p.getParent();
        if (p == null) throw new AssertionError("no examples/ above " + Path.of("").toAbsolutePath());
        return p;
    }

    static Kabi kernel() throws KabiRegistry.KabiException {
        return new KabiRegistry().load(KabiRegistry.defaultKernels().getFirst());
    }

    static byte[] compile(Path sched) throws Exception {
        Diagnostics diags = new Diagnostics();
        var r = new Compiler(new KabiRegistry()).compile(new SourceFile(sched.toString(), Files.readString(sched)), new Compiler.Options(List.of()), diags);
        if (r.isEmpty()) {
            StringBuilder b = new StringBuilder(sched + " does not compile:\n");
            diags.sorted().forEach(d -> b.append(DiagnosticPrinter.format(d)));
            throw new AssertionError(b);
        }
        return r.get().output().elf();
    }

    static Workload workload(Path json) throws IOException, WorkloadParser.WorkloadException {
        return WorkloadParser.parse(Files.readString(json)).workload();
    }

    static SimResult run(byte[] obj, Workload w, int cpus, double seconds, boolean trace) throws Exception {
        return Simulator.run(obj, kernel(), w, new Simulator.Options(cpus, seconds, 1, 1_000_000, trace), f -> { });
    }

    /** Share column (percent) of a class line of the report. */
    static double classShare(String report, String cls) {
        boolean inClasses = false;
        for (String line : report.split("\n")) {
            if (line.startsWith("class ")) { inClasses = true; continue; }
            if (inClasses && line.startsWith(cls + " ")) return Double.parseDouble(line.substring(37, 45).trim().replace("%", ""));
        }
        throw new AssertionError("no class " + cls + " in\n" + report);
    }
}
