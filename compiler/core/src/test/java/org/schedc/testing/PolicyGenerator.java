package org.schedc.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes random policies that are valid by construction and cover the constructs of docs/language.md: every
 * item kind (timeout, flags, const, fifo and vtime queues, globals, byte arrays, counters, task and CPU state,
 * tags and classify, functions, stdlib imports), the handlers of section 4 with the builtins each may call, and
 * every statement form. Expressions are built for a known type ({@link Ty}), so nothing needs an implicit
 * conversion; loops are small and nest at most twice, so the verifier's limits (E0702) are never reached.
 * The same seed always gives the same text.
 */
public final class PolicyGenerator {
    private final Random rnd;
    private final Features on;
    private final StringBuilder out = new StringBuilder();
    private final List<Fn> fns = new ArrayList<>();

    /** Which optional parts this policy has, drawn once so that statements only use what was declared. */
    record Features(boolean vtimeQueue, boolean counters, boolean taskState, boolean cpuState, boolean tags,
                    boolean classify, boolean byteArray, boolean importFifo, boolean importIdle, int k2) {}

    /** A generated function: name, parameter types, result (null for none), whether it takes a task first. */
    record Fn(String name, List<Ty> params, Ty result, boolean taskParam) {}

    public PolicyGenerator(long seed) {
        this.rnd = new Random(seed);
        boolean tags = rnd.nextInt(3) == 0;
        this.on = new Features(rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextInt(3) == 0, tags,
                tags && rnd.nextBoolean(), rnd.nextInt(3) == 0, rnd.nextInt(5) == 0, rnd.nextInt(5) == 0, rnd.nextInt(200) - 100);
    }

    public String generate() {
        if (on.importFifo()) out.append("import fifo\n");
        if (on.importIdle()) out.append("import idle_select\n");
        out.append("policy gen").append(rnd.nextInt(1000)).append(switch (rnd.nextInt(4)) {
            case 0 -> " for kernels 7.2, 7.3";
            case 1 -> " for kernels 7.3.4, 7.2.13";
            default -> "";
        }).append(" {\n");
        items();
        functions();
        handlers();
        out.append("}\n");
        return out.toString();
    }

    private void items() {
        out.append("  timeout ").append(1 + rnd.nextInt(30)).append(rnd.nextBoolean() ? "s" : "000ms").append('\n');
        if (rnd.nextInt(3) == 0) out.append("  flags ").append(rnd.nextBoolean() ? "keep_builtin_idle" : "enq_last, keep_builtin_idle").append('\n');
        out.append("  const K0 = ").append(rnd.nextInt(1000)).append('\n');
        out.append("  const K1 = ").append(List.of((1 + rnd.nextInt(50)) + "ms", (1 + rnd.nextInt(50_000)) + "us", (1 + rnd.nextInt(50)) + "_000_000ns",
                "0x" + Integer.toHexString(1 + rnd.nextInt(50_000_000)), (1 + rnd.nextInt(50)) + "_000_000").get(rnd.nextInt(5))).append('\n');
        out.append("  const K2: s32 = ").append(on.k2()).append('\n');
        out.append("  queue q: fifo\n");
        if (on.vtimeQueue()) out.append("  queue vq: vtime\n");
        out.append("  var g0: u64 = ").append(rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(1 << 20)).append('\n');
        out.append("  var g1: s32 = ").append(rnd.nextInt(200) - 100).append('\n');
        out.append("  var g2: u8\n");
        if (on.byteArray()) out.append("  var last_comm: [u8; 16]\n");
        if (on.counters()) out.append("  counter c0, c1\n");
        if (on.taskState()) out.append("  task state { f0: u64, f1: u32, flag: bool").append(on.byteArray() ? ", name: [u8; 16]" : "").append(" }\n");
        if (on.cpuState()) out.append("  cpu state { busy: u64, runs: u32 }\n");
        if (on.tags()) out.append("  tags ta, tb\n");
        if (on.classify()) {
            out.append("  classify {\n");
            List<String> rules = List.of("comm starts \"kworker\"", "parent comm starts \"sh\"", "uid == 0", "nice < 0",
                    "nice >= 5", "uid != 1000", "cgroup under \"/system.slice\"");
            int n = 1 + rnd.nextInt(3);
            for (int i = 0; i < n; i++) out.append("    ").append(pick(rules)).append(" => ").append(rnd.nextBoolean() ? "ta" : "tb").append('\n');
            out.append("  }\n");
        }
    }

    private void functions() {
        int n = rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            boolean task = rnd.nextInt(3) == 0;
            List<Ty> params = new ArrayList<>();
            int arity = 1 + rnd.nextInt(3);
            for (int k = 0; k < arity; k++) params.add(Ty.anyInteger(rnd));
            Ty result = rnd.nextInt(4) == 0 ? null : Ty.anyInteger(rnd);
            Fn fn = new Fn("f" + i, params, result, task);
            StringBuilder sig = new StringBuilder("  fn ").append(fn.name()).append('(');
            Scope scope = new Scope(null);
            if (task) { sig.append("t: task, "); scope.add("t", Ty.TASK, false); }
            for (int k = 0; k < params.size(); k++) {
                sig.append("a").append(k).append(": ").append(params.get(k).spelling()).append(k + 1 < params.size() ? ", " : "");
                scope.add("a" + k, params.get(k), false);
            }
            sig.append(')').append(result == null ? "" : " -> " + result.spelling()).append(" {\n");
            out.append(sig);
            Context cx = new Context(Handler.FUNCTION, task ? "t" : null, result, List.copyOf(fns));
            new Statements(rnd, on, cx, out).body(scope, 4, 2);
            if (result != null) out.append("    return ").append(new Expressions(rnd, on, cx, scope).of(result, 2)).append('\n');
            out.append("  }\n");
            fns.add(fn);
        }
    }

    private void handlers() {
        for (Handler h : Handler.values()) {
            if (h == Handler.FUNCTION) continue;
            boolean required = h == Handler.ENQUEUE || h == Handler.DISPATCH;
            if (!required && rnd.nextInt(3) != 0) continue;
            handler(h);
        }
    }

    private void handler(Handler h) {
        out.append("  on ").append(h.callback()).append('(').append(String.join(", ", h.params())).append(')')
                .append(h.result() == null ? "" : " -> " + h.result().spelling()).append(" {\n");
        Scope scope = new Scope(null);
        for (int i = 0; i < h.params().size(); i++) scope.add(h.params().get(i), h.types().get(i), false);
        Context cx = new Context(h, h.task(), h.result(), List.copyOf(fns));
        Statements st = new Statements(rnd, on, cx, out);
        Expressions ex = new Expressions(rnd, on, cx, scope);
        switch (h) {
            case SELECT_CPU -> {
                st.body(scope, 4, 3);
                if (on.importIdle() && rnd.nextBoolean()) {
                    out.append("    return idle_select(p, prev_cpu, wake_flags)\n");
                } else if (rnd.nextBoolean()) {
                    out.append("    let pick = default_cpu(p, prev_cpu, wake_flags)\n    if pick.was_idle {\n      insert p into local slice ")
                            .append(ex.of(Ty.U64, 1)).append("\n    }\n    return pick.cpu\n");
                } else {
                    out.append("    return prev_cpu\n");
                }
            }
            case ENQUEUE -> {
                st.body(scope, 4, 3);
                if (on.importFifo() && rnd.nextInt(3) == 0) out.append("    fifo_enqueue(p, FIFO_SLICE, enq_flags)\n");
                else if (on.vtimeQueue() && rnd.nextBoolean()) out.append("    insert p into vq slice ").append(ex.of(Ty.U64, 2)).append(" vtime ").append(ex.of(Ty.U64, 2)).append('\n');
                else out.append("    insert p into ").append(pick(List.of("q", "q", "global", "local", "local_on(task_cpu(p))"))).append(" slice ").append(ex.of(Ty.U64, 2))
                        .append(rnd.nextBoolean() ? " flags enq_flags" : "").append('\n');
            }
            case DISPATCH -> {
                st.body(scope, 4, 3);
                if (rnd.nextBoolean()) {
                    out.append("    if prev != null {\n");
                    Scope inner = new Scope(scope);
                    inner.add("prev", Ty.TASK, false);
                    new Statements(rnd, on, new Context(h, "prev", null, List.copyOf(fns)), out).body(inner, 6, 2);
                    out.append("    }\n");
                }
                if (on.importFifo() && rnd.nextInt(3) == 0) out.append("    if !fifo_dispatch() {\n      g0 += 1\n    }\n");
                if (on.vtimeQueue()) out.append("    if !(move vq to local) {\n      move q to local\n    }\n");
                else out.append(pick(List.of("    move q to local\n", "    if queued(q) > 0 {\n      move q to local\n    }\n",
                        "    if !(move q to local) {\n      g0 += 1\n    }\n")));
            }
            case INIT_TASK, INIT -> {
                st.body(scope, 4, 2);
                out.append("    return 0\n");
            }
            case RUNNABLE, RUNNING, STOPPING, QUIESCENT, TICK, ENABLE, EXIT, CPU_ONLINE, UPDATE_IDLE, DEQUEUE, SET_WEIGHT, DISABLE,
                 EXIT_TASK, CPU_OFFLINE -> st.body(scope, 4, 3);
            case FUNCTION -> throw new IllegalStateException("functions are generated by functions()");
        }
        out.append("  }\n");
    }

    private <T> T pick(List<T> xs) { return xs.get(rnd.nextInt(xs.size())); }

    /** For tests that report coverage: the features this seed's policy has. */
    public Features features() { return on; }
}
