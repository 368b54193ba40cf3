package org.schedc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.concurrent.Callable;
import org.schedc.bpf.sys.BpfException;
import org.schedc.control.PolicyMapException;
import org.schedc.control.PolicyMaps;
import org.schedc.control.PolicyName;
import org.schedc.control.StatsReader;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code schedc stats}: a loaded policy's counters (its pinned P_stats map), summed over CPUs, named from its BTF. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print a loaded policy's counters (the pinned P_stats map), summed over CPUs.")
final class StatsCommand implements Callable<Integer> {
    enum Format { text, json }

    static final class Source {
        @Option(names = "--policy", paramLabel = "NAME", description = "the policy's name (reads PIN_ROOT/NAME_stats)") String policy;
        @Parameters(index = "0", paramLabel = "PINNED_MAP_PATH", description = "a pinned stats map") Path path;
    }

    @ArgGroup(exclusive = true, multiplicity = "1") Source source;

    @Option(names = "--pin-root", paramLabel = "DIR", description = "where --policy's maps are pinned (default: ${DEFAULT-VALUE})")
    Path pinRoot = Path.of("/sys/fs/bpf");

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            String policy = source.policy == null ? null : PolicyName.require(source.policy);
            Path pin = policy == null ? source.path : pinRoot.resolve(policy + "_stats");
            try (var m = PolicyMaps.openStats(pin, policy)) {
                List<byte[]> values = m.map().lookupPerCpu(new byte[4])
                        .orElseThrow(() -> PolicyMapException.input(pin + " has no entry 0"));
                print(m.layout().policy(), StatsReader.sum(m.layout(), values), spec.commandLine().getOut());
                return Main.OK;
            }
        } catch (PolicyMapException e) {
            err.println("schedc stats: error: " + e.getMessage());
            return e.exitCode();
        } catch (BpfException e) {
            PolicyMapException p = PolicyMaps.translate(e, "");
            err.println("schedc stats: error: " + p.getMessage());
            return p.exitCode();
        }
    }

    private void print(String policy, SequencedMap<String, Long> sums, PrintWriter out) {
        switch (format) {
            case text -> sums.forEach((k, v) -> out.println(k + " " + Long.toUnsignedString(v)));
            case json -> {
                StringBuilder b = new StringBuilder("{\"policy\": \"").append(policy).append("\", \"counters\": {");
                String sep = "";
                for (Map.Entry<String, Long> e : sums.entrySet()) {
                    // Names are BTF identifiers ([A-Za-z0-9_]), so they need no escaping.
                    b.append(sep).append('"').append(e.getKey()).append("\": ").append(Long.toUnsignedString(e.getValue()));
                    sep = ", ";
                }
                out.println(b.append("}}"));
            }
        }
    }
}
