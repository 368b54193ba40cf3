package org.schedc.kernel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text that guest/init writes to ttyS1 (plus run-batch.sh's HOST lines):
 * <pre>
 * BATCH_BEGIN kernel=REL uptime_cs=N objects=N
 * OBJECT name sha256=HEX
 * KEY value ...            (register_rc, state_after_load, ops, workload_done N/M, ...)
 * DMESG line / DMESG_DETACH line / EXPECT line / SCENARIO line / scenario_rc N
 * LOG_TRUNCATED bytes / KEEP line / LOG line
 * END name
 * BATCH_END uptime_cs=N
 * HOST key value
 * </pre>
 * Unknown keys are ignored so the guest can report more without breaking old parsers.
 */
public final class BatchResultParser {

    private static final Pattern OBJECT = Pattern.compile("^OBJECT (\\S+) sha256=([0-9a-f]{64})$");
    private static final Pattern WORKERS = Pattern.compile("^(\\d+)/(\\d+)$");
    private static final Pattern TIME_CS = Pattern.compile("^register=(-?\\d+) total=(-?\\d+)$");
    private static final Pattern BEGIN = Pattern.compile("^BATCH_BEGIN kernel=(\\S+) uptime_cs=(\\d+)");

    private BatchResultParser() {
    }

    public static BatchResult parse(String text) {
        String kernel = null;
        String release = null;
        Duration guestBoot = null;
        Duration wall = null;
        Duration hostBoot = null;
        boolean complete = false;
        String failure = null;
        var runs = new ArrayList<ObjectRun>();
        Block block = null;

        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int no = i + 1;
            if (block != null) {
                if (line.startsWith("END ")) {
                    String name = line.substring(4);
                    if (!name.equals(block.name)) {
                        throw new BatchResultFormatException(no, line, "END of '" + name + "' inside block of '" + block.name + "'");
                    }
                    runs.add(block.finish(no, line));
                    block = null;
                } else if (line.startsWith("OBJECT ")) {
                    throw new BatchResultFormatException(no, line, "new OBJECT before END " + block.name);
                } else {
                    block.accept(no, line);
                }
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            Matcher m;
            if ((m = OBJECT.matcher(line)).find()) {
                block = new Block(m.group(1), m.group(2));
            } else if ((m = BEGIN.matcher(line)).find()) {
                release = m.group(1);
                guestBoot = centis(Long.parseLong(m.group(2)));
            } else if (line.startsWith("BATCH_END")) {
                complete = true;
            } else if (line.startsWith("HOST ")) {
                String[] kv = line.substring(5).split(" ", 2);
                String value = kv.length > 1 ? kv[1] : "";
                switch (kv[0]) {
                    case "kernel" -> kernel = value;
                    case "wall_seconds" -> wall = seconds(no, line, value);
                    case "boot_seconds" -> hostBoot = value.equals("-") ? null : seconds(no, line, value);
                    case "failure" -> failure = value;
                    default -> { /* informational */ }
                }
            } else if (line.startsWith("OBJECT ")) {
                throw new BatchResultFormatException(no, line, "malformed OBJECT header");
            }
        }
        if (block != null) {
            // The guest died inside this object; what it wrote is still evidence.
            complete = false;
            if (failure == null) {
                failure = "result ends inside the block of " + block.name;
            }
        }
        return new BatchResult(kernel, release, guestBoot, wall, hostBoot, runs, complete, failure);
    }

    private static Duration centis(long cs) {
        return Duration.ofMillis(cs * 10);
    }

    private static Duration seconds(int no, String line, String value) {
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new BatchResultFormatException(no, line, "not a number of seconds");
        }
    }

    /** Accumulates one OBJECT ... END block. */
    private static final class Block {
        final String name;
        final String sha256;
        Integer registerRc;
        String stateAfterLoad;
        String ops;
        String stateAfterWorkload;
        Integer workersDone;
        Integer workersTotal;
        String detachState;
        Duration registerTime = Duration.ZERO;
        Duration totalTime = Duration.ZERO;
        boolean truncated;
        final List<String> dmesg = new ArrayList<>();
        final List<String> expect = new ArrayList<>();
        final List<String> keep = new ArrayList<>();
        final List<String> log = new ArrayList<>();
        final List<String> scenario = new ArrayList<>();
        Integer scenarioRc;

        Block(String name, String sha256) {
            this.name = name;
            this.sha256 = sha256;
        }

        void accept(int no, String line) {
            int sp = line.indexOf(' ');
            String key = sp < 0 ? line : line.substring(0, sp);
            String value = sp < 0 ? "" : line.substring(sp + 1);
            switch (key) {
                case "LOG" -> log.add(value);
                case "KEEP" -> keep.add(value);
                case "DMESG", "DMESG_DETACH" -> dmesg.add(value);
                case "EXPECT" -> expect.add(value);
                case "SCENARIO" -> scenario.add(value);
                case "scenario_rc" -> scenarioRc = integer(no, line, value);
                case "LOG_TRUNCATED" -> truncated = true;
                case "register_rc" -> registerRc = integer(no, line, value);
                case "state_after_load" -> stateAfterLoad = value;
                case "ops" -> ops = value;
                case "state_after_workload" -> stateAfterWorkload = value;
                case "detach_state" -> detachState = value;
                case "workload_done" -> {
                    Matcher m = WORKERS.matcher(value);
                    if (!m.find()) {
                        throw new BatchResultFormatException(no, line, "workload_done must be N/M");
                    }
                    workersDone = Integer.valueOf(m.group(1));
                    workersTotal = Integer.valueOf(m.group(2));
                }
                case "time_cs" -> {
                    Matcher m = TIME_CS.matcher(value);
                    if (m.find()) {
                        registerTime = centis(Long.parseLong(m.group(1)));
                        totalTime = centis(Long.parseLong(m.group(2)));
                    }
                }
                default -> { /* newer guest keys are informational */ }
            }
        }

        ObjectRun finish(int no, String line) {
            require(no, line, registerRc, "register_rc");
            require(no, line, stateAfterLoad, "state_after_load");
            require(no, line, ops, "ops");
            require(no, line, workersDone, "workload_done");
            require(no, line, detachState, "detach_state");
            // A truncated log keeps every line the analyzer needs in KEEP lines.
            List<String> analyzed = truncated ? keep : log;
            var analysis = LoaderLogAnalyzer.analyze(analyzed);
            boolean registered = registerRc == 0;
            String error = analysis.error();
            if (error == null && !registered) {
                error = LoaderLogAnalyzer.firstLibbpfError(analyzed)
                        .orElse("bpftool struct_ops register exited " + registerRc);
            }
            String loaderLog = truncated
                    ? String.join("\n", keep) + "\n[... log truncated, tail follows ...]\n" + String.join("\n", log)
                    : String.join("\n", log);
            var verdict = new ObjectVerdict(name, sha256, registered, stateAfterLoad, ops,
                    stateAfterWorkload == null ? "-" : stateAfterWorkload,
                    workersDone, workersTotal, dmesg, analysis.programs(),
                    registered ? null : error, registered ? null : analysis.failingInsn(), loaderLog);
            return new ObjectRun(verdict, detachState, registerTime, totalTime, truncated, expect, scenario, scenarioRc);
        }

        private void require(int no, String line, Object value, String key) {
            if (value == null) {
                throw new BatchResultFormatException(no, line, "block of '" + name + "' has no " + key + " line");
            }
        }

        private static int integer(int no, String line, String value) {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new BatchResultFormatException(no, line, "not an integer");
            }
        }
    }
}
