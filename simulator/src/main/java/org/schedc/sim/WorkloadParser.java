package org.schedc.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rt-app JSON subset (docs/simulator.md): {@code global.duration}; per task {@code instance}, {@code loop},
 * {@code run}/{@code runtime} and {@code sleep} in microseconds (at the task level or in {@code phases}),
 * {@code nice}, {@code delay}; schedc extensions {@code comm} and {@code parent} (the parent process's comm). rt-app
 * keys the model ignores are warnings; keys rt-app does not know are errors at their line:col.
 */
public final class WorkloadParser {
    public static final int MAX_TASKS = 4096;

    private static final Set<String> GLOBAL_IGNORED = Set.of("calibration", "logdir", "log_basename", "lock_pages", "ftrace",
            "gnuplot", "io_device", "mem_buffer_size", "cumulative_slack", "pi_enabled", "log_size", "default_policy", "frag", "trace_file");
    private static final Set<String> TASK_IGNORED = Set.of("priority", "policy", "cpus", "taskgroup", "timer", "lock", "unlock",
            "wait", "signal", "broad", "sync", "suspend", "resume", "barrier", "mem", "iorun", "yield", "dl-runtime", "dl-period",
            "dl-deadline", "util_min", "util_max", "nodes_membind", "numa_membind");
    private static final Set<String> PHASE_KEYS = Set.of("run", "runtime", "sleep", "loop");

    /** A workload error at line:col with a stable code. */
    public static final class WorkloadException extends Exception {
        public final int line, col;
        public final String code;

        WorkloadException(int line, int col, String code, String message) {
            super(message);
            this.line = line;
            this.col = col;
            this.code = code;
        }
    }

    private final List<String> warnings = new ArrayList<>();
    /** Seconds from global.duration, or -1. */
    private double duration = -1;

    private WorkloadParser() {}

    public record Parsed(Workload workload, double durationSeconds) {}

    public static Parsed parse(String text) throws WorkloadException {
        Json.Value root;
        try {
            root = Json.parse(text);
        } catch (Json.JsonError e) {
            throw new WorkloadException(e.line, e.col, "E0710", e.getMessage());
        }
        WorkloadParser p = new WorkloadParser();
        Json.Obj o = p.obj(root, "the workload");
        List<Workload.TaskSpec> tasks = new ArrayList<>();
        for (var e : o.members().entrySet()) {
            int[] at = o.keyPos().get(e.getKey());
            switch (e.getKey()) {
                case "global" -> p.global(p.obj(e.getValue(), "\"global\""));
                case "tasks" -> {
                    Json.Obj ts = p.obj(e.getValue(), "\"tasks\"");
                    for (var t : ts.members().entrySet()) p.task(t.getKey(), p.obj(t.getValue(), "task \"" + t.getKey() + "\""), tasks, ts.keyPos().get(t.getKey()));
                }
                case "resources" -> p.warn(at, "\"resources\" is not modelled (ignored)");
                default -> throw new WorkloadException(at[0], at[1], "E0711", "unknown key \"" + e.getKey() + "\" (rt-app knows global, tasks, resources)");
            }
        }
        if (tasks.isEmpty()) throw new WorkloadException(o.line(), o.col(), "E0713", "the workload has no tasks");
        return new Parsed(new Workload(tasks, p.warnings), p.duration);
    }

    private void warn(int[] at, String m) { warnings.add(at[0] + ":" + at[1] + ": warning: " + m); }

    private Json.Obj obj(Json.Value v, String what) throws WorkloadException {
        if (v instanceof Json.Obj o) return o;
        throw new WorkloadException(v.line(), v.col(), "E0712", what + " must be an object");
    }

    private void global(Json.Obj g) throws WorkloadException {
        for (var e : g.members().entrySet()) {
            int[] at = g.keyPos().get(e.getKey());
            if (e.getKey().equals("duration")) duration = num(e.getValue(), "duration", 0, 1e6);
            else if (GLOBAL_IGNORED.contains(e.getKey())) warn(at, "global \"" + e.getKey() + "\" is not modelled (ignored)");
            else throw new WorkloadException(at[0], at[1], "E0711", "unknown global key \"" + e.getKey() + "\"");
        }
    }

    private double num(Json.Value v, String key, double min, double max) throws WorkloadException {
        if (!(v instanceof Json.Num n)) throw new WorkloadException(v.line(), v.col(), "E0712", "\"" + key + "\" must be a number");
        if (n.v() < min || n.v() > max) {
            throw new WorkloadException(v.line(), v.col(), "E0714", "\"" + key + "\" is " + n.text() + ", outside " + fmt(min) + ".." + fmt(max));
        }
        return n.v();
    }

    private static String fmt(double d) { return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d); }

    private String str(Json.Value v, String key) throws WorkloadException {
        if (v instanceof Json.Str s) return s.s();
        throw new WorkloadException(v.line(), v.col(), "E0712", "\"" + key + "\" must be a string");
    }

    private void task(String name, Json.Obj t, List<Workload.TaskSpec> out, int[] at) throws WorkloadException {
        int instances = 1, nice = 0;
        long loops = -1, delay = 0;
        String comm = null, parent = null;
        List<Workload.Phase> phases = new ArrayList<>();
        long run = -1, sleep = 0;
        for (var e : t.members().entrySet()) {
            String k = e.getKey();
            Json.Value v = e.getValue();
            int[] kp = t.keyPos().get(k);
            switch (k) {
                case "instance" -> instances = (int) num(v, k, 1, MAX_TASKS);
                case "loop" -> loops = (long) num(v, k, -1, 1e12);
                case "run", "runtime" -> run = (long) (num(v, k, 0, 1e12) * 1000);
                case "sleep" -> sleep = (long) (num(v, k, 0, 1e12) * 1000);
                case "nice" -> nice = (int) num(v, k, -20, 19);
                case "delay" -> delay = (long) (num(v, k, 0, 1e12) * 1000);
                case "comm" -> comm = str(v, k);
                case "parent" -> parent = str(v, k);
                case "phases" -> {
                    Json.Obj ps = obj(v, "\"phases\"");
                    for (var ph : ps.members().entrySet()) phases.addAll(phase(obj(ph.getValue(), "phase \"" + ph.getKey() + "\"")));
                }
                default -> {
                    if (TASK_IGNORED.contains(k)) warn(kp, "task \"" + name + "\": \"" + k + "\" is not modelled (ignored)");
                    else throw new WorkloadException(kp[0], kp[1], "E0711", "task \"" + name + "\": unknown key \"" + k + "\"");
                }
            }
        }
        if (run >= 0) phases.addFirst(new Workload.Phase(run, sleep));
        if (phases.isEmpty()) throw new WorkloadException(at[0], at[1], "E0713", "task \"" + name + "\" has no run phase (\"run\" or \"phases\")");
        if (phases.stream().allMatch(p -> p.runNs() == 0 && p.sleepNs() == 0)) {
            throw new WorkloadException(at[0], at[1], "E0713", "task \"" + name + "\" neither runs nor sleeps");
        }
        if (out.size() + instances > MAX_TASKS) throw new WorkloadException(at[0], at[1], "E0715", "more than " + MAX_TASKS + " tasks");
        String base = comm != null ? comm : name;
        for (int i = 0; i < instances; i++) {
            String c = instances == 1 ? base : base + "-" + i;
            out.add(new Workload.TaskSpec(name, c.length() > 15 ? c.substring(0, 15) : c, parent, nice, delay, loops, List.copyOf(phases)));
        }
    }

    private List<Workload.Phase> phase(Json.Obj p) throws WorkloadException {
        long run = 0, sleep = 0, loop = 1;
        for (Map.Entry<String, Json.Value> e : p.members().entrySet()) {
            int[] kp = p.keyPos().get(e.getKey());
            switch (e.getKey()) {
                case "run", "runtime" -> run = (long) (num(e.getValue(), e.getKey(), 0, 1e12) * 1000);
                case "sleep" -> sleep = (long) (num(e.getValue(), e.getKey(), 0, 1e12) * 1000);
                case "loop" -> loop = (long) num(e.getValue(), "loop", 1, 1e6);
                default -> {
                    if (TASK_IGNORED.contains(e.getKey())) warn(kp, "phase key \"" + e.getKey() + "\" is not modelled (ignored)");
                    else throw new WorkloadException(kp[0], kp[1], "E0711", "unknown phase key \"" + e.getKey() + "\" (known: " + String.join(", ", new java.util.TreeSet<>(PHASE_KEYS)) + ")");
                }
            }
        }
        List<Workload.Phase> out = new ArrayList<>();
        for (long i = 0; i < loop; i++) out.add(new Workload.Phase(run, sleep));
        return out;
    }
}
