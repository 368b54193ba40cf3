package org.schedc.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code bpftool -d struct_ops register} log: per-program processed-insns
 * counts and, for a rejected load, the verifier's message and failing instruction.
 * Works on the full log and on the guest's truncated summary (KEEP lines), which keeps
 * the same lines this class looks at.
 */
public final class LoaderLogAnalyzer {

    /** What the log says. {@code error} and {@code failingInsn} are null when nothing failed. */
    public record Analysis(List<ProgramStat> programs, String error, Integer failingInsn) {
        public Analysis {
            programs = List.copyOf(programs);
        }
    }

    private static final Pattern PROG_LINE = Pattern.compile("^libbpf: prog '([^']+)': (.*)$");
    private static final Pattern INSN_STATE = Pattern.compile("^(\\d+): ");
    private static final Pattern INSN = Pattern.compile("^(\\d+): \\([0-9a-f]{2}\\)");
    private static final Pattern PROCESSED = Pattern.compile("^processed (\\d+) insns");
    // Lines the verifier appends after the error; 7.3 also adds an explanation block
    // starting with "Verification failed:".
    private static final Pattern TRAILER = Pattern.compile(
            "^(verification time |stack depth |insns processed |subprog \\d+ \\(|Verification failed:|processed \\d+ insns)");
    private static final Pattern LIBBPF_ERROR = Pattern.compile(
            "(?i)(failed|error|not found|wasn't resolved|unresolved|invalid|mismatch|refus|unsupported|not supported)");
    private static final Pattern LIBBPF_BENIGN = Pattern.compile("(?i)skipping optional|BPF token");

    private LoaderLogAnalyzer() {
    }

    public static Analysis analyze(List<String> lines) {
        var programs = new ArrayList<ProgramStat>();
        Set<String> failed = new LinkedHashSet<>();
        String blockProg = null;
        boolean inBlock = false;
        Integer lastInsn = null;
        var sinceInsn = new ArrayList<String>();
        String error = null;
        Integer failingInsn = null;

        for (String line : lines) {
            Matcher prog = PROG_LINE.matcher(line);
            if (prog.find()) {
                String rest = prog.group(2);
                if (rest.contains("BEGIN PROG LOAD LOG")) {
                    inBlock = true;
                    blockProg = prog.group(1);
                    lastInsn = null;
                    sinceInsn.clear();
                } else if (rest.contains("load failed") || rest.contains("failed to load")) {
                    failed.add(prog.group(1));
                }
                continue;
            }
            if (line.contains("END PROG LOAD LOG")) {
                inBlock = false;
                continue;
            }
            if (!inBlock) {
                continue;
            }
            Matcher processed = PROCESSED.matcher(line);
            if (processed.find()) {
                programs.add(new ProgramStat(blockProg, Integer.parseInt(processed.group(1))));
                if (failed.contains(blockProg) && error == null) {
                    error = lastErrorLine(sinceInsn).orElse(null);
                    failingInsn = lastInsn;
                }
                sinceInsn.clear();
                continue;
            }
            Matcher state = INSN_STATE.matcher(line);
            if (state.find()) {
                Matcher insn = INSN.matcher(line);
                if (insn.find()) {
                    lastInsn = Integer.valueOf(insn.group(1));
                }
                sinceInsn.clear();
                continue;
            }
            sinceInsn.add(line);
        }
        if (error == null && !failed.isEmpty()) {
            error = firstLibbpfError(lines).orElse("program " + failed.iterator().next() + " failed to load");
        }
        return new Analysis(programs, error, failingInsn);
    }

    /** The load failed before or outside the verifier (libbpf/bpftool): their first error line. */
    public static Optional<String> firstLibbpfError(List<String> lines) {
        return lines.stream()
                .filter(l -> l.startsWith("libbpf: ") || l.startsWith("Error: "))
                .filter(l -> !l.startsWith("libbpf: elf: "))
                .filter(l -> LIBBPF_ERROR.matcher(l).find() && !LIBBPF_BENIGN.matcher(l).find())
                .findFirst();
    }

    // The verifier's message is the last plain line after the failing instruction,
    // before its statistics/explanation trailer.
    private static Optional<String> lastErrorLine(List<String> sinceInsn) {
        String found = null;
        for (String l : sinceInsn) {
            if (TRAILER.matcher(l).find()) {
                break;
            }
            String t = l.strip();
            if (!t.isEmpty() && !t.startsWith(";")) {
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }
}
