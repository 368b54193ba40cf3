package org.schedc.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Typed random expressions. Two compile-time constants never meet in one operation (untyped constant arithmetic
 * is exact and must fit its type, which the generator does not track), a constant is never converted to a type
 * it may not fit, and task fields, builtins and state are converted with {@code as} to the wanted type, so the
 * generator does not depend on the exact width of each kernel field.
 */
final class Expressions {
    private final Random rnd;
    private final PolicyGenerator.Features on;
    private final Context cx;
    private final Scope scope;

    /** An expression and whether it is a compile-time constant. */
    record E(String text, boolean constant) {}

    Expressions(Random rnd, PolicyGenerator.Features on, Context cx, Scope scope) {
        this.rnd = rnd;
        this.on = on;
        this.cx = cx;
        this.scope = scope;
    }

    String of(Ty t, int depth) { return t == Ty.BOOL ? cond(depth) : typed(t, depth).text(); }

    /** A non-constant operand of type {@code t}: a global converted to it. */
    private E variable(Ty t) {
        List<Scope.Var> vs = scope.of(t);
        if (!vs.isEmpty() && rnd.nextBoolean()) return new E(vs.get(rnd.nextInt(vs.size())).name(), false);
        String g = List.of("g0", "g1", "g2").get(rnd.nextInt(3));
        return new E(t.spelling().equals(g.equals("g0") ? "u64" : g.equals("g1") ? "s32" : "u8") ? g : "(" + g + " as " + t.spelling() + ")", false);
    }

    E typed(Ty t, int depth) {
        int c = depth <= 0 ? rnd.nextInt(4) : rnd.nextInt(12);
        return switch (c) {
            case 0 -> new E(t.literal(rnd), true);
            case 1 -> variable(t);
            case 2 -> constantName(t);
            case 3 -> source(t);
            case 4 -> {
                E l = nonConstant(t, depth - 1);
                yield new E("(" + l.text() + " " + (rnd.nextBoolean() ? "<<" : ">>") + " " + rnd.nextInt(t.bits) + ")", false);
            }
            case 5 -> {
                Ty from = Ty.anyInteger(rnd);
                E inner = nonConstant(from, depth - 1);
                yield new E("(" + inner.text() + " as " + t.spelling() + ")", false);
            }
            case 6 -> t.signed && rnd.nextBoolean() ? new E("(-" + nonConstant(t, depth - 1).text() + ")", false)
                    : new E("(~" + nonConstant(t, depth - 1).text() + ")", false);
            case 7 -> new E((rnd.nextBoolean() ? "min(" : "max(") + nonConstant(t, depth - 1).text() + ", " + typed(t, depth - 1).text() + ")", false);
            case 8 -> call(t, depth).orElse(variable(t));
            default -> {
                E l = typed(t, depth - 1), r = typed(t, depth - 1);
                if (l.constant() && r.constant()) l = variable(t);
                String op = List.of("+", "-", "*", "/", "%", "&", "|", "^").get(rnd.nextInt(8));
                // a constant zero divisor says nothing the generator means to test
                if ((op.equals("/") || op.equals("%")) && r.constant() && r.text().equals("0")) r = new E("1", true);
                yield new E("(" + l.text() + " " + op + " " + r.text() + ")", false);
            }
        };
    }

    E nonConstant(Ty t, int depth) {
        E e = typed(t, depth);
        return e.constant() ? variable(t) : e;
    }

    private E constantName(Ty t) {
        if (t == Ty.S32 && rnd.nextBoolean()) return new E("K2", true);
        if (t.bits >= 16 && t.fits(999)) return new E("K0", true);
        if (t.bits >= 32 && t.fits(50_000_000)) return new E("K1", true);
        return new E(t.literal(rnd), true);
    }

    /** Something the program reads at run time: a task field, a builtin's result, state, a parameter. */
    private E source(Ty t) {
        List<String> options = new ArrayList<>();
        String p = cx.task();
        if (p != null) {
            for (String f : List.of("pid", "tgid", "prio", "static_prio", "nr_cpus_allowed", "flags", "weight", "slice", "vtime", "real_parent.tgid", "scx.dsq_vtime"))
                options.add(p + "." + f);
            if (on.taskState()) options.addAll(List.of(p + ".state.f0", p + ".state.f1"));
            if (cx.handler() != Handler.FUNCTION) options.add("task_cpu(" + p + ")");
        }
        if (cx.handler() != Handler.FUNCTION) {
            options.addAll(List.of("now()", "nr_cpus()", "queued(q)"));
            if (on.vtimeQueue()) options.add("queued(vq)");
            if (on.cpuState()) options.addAll(List.of("this_cpu.busy", "this_cpu.runs", "cpu_state(" + cpuId() + ").busy"));
            if (p != null && cx.handler().mayClaimIdle() && rnd.nextInt(4) == 0) options.add("pick_idle_cpu(" + p + ")");
        }
        if (options.isEmpty()) return variable(t);
        return new E("(" + options.get(rnd.nextInt(options.size())) + " as " + t.spelling() + ")", false);
    }

    /** A CPU id the machine has: a CPU parameter, the task's CPU, or 0. */
    String cpuId() {
        List<String> ids = new ArrayList<>(List.of("0"));
        if (cx.handler().cpu() != null) ids.add(cx.handler().cpu());
        if (cx.handler() == Handler.SELECT_CPU) ids.add("prev_cpu");
        if (cx.task() != null && cx.handler() != Handler.FUNCTION) ids.add("task_cpu(" + cx.task() + ")");
        return ids.get(rnd.nextInt(ids.size()));
    }

    /** A call of an earlier generated function with result {@code t} (functions are declared in order: no recursion). */
    java.util.Optional<E> call(Ty t, int depth) {
        List<PolicyGenerator.Fn> fit = cx.fns().stream().filter(f -> f.result() == t && (!f.taskParam() || cx.task() != null)).toList();
        if (fit.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(new E(callText(fit.get(rnd.nextInt(fit.size())), depth), false));
    }

    String callText(PolicyGenerator.Fn f, int depth) {
        StringBuilder s = new StringBuilder(f.name()).append('(');
        List<String> args = new ArrayList<>();
        if (f.taskParam()) args.add(cx.task());
        for (Ty a : f.params()) args.add(typed(a, Math.max(0, depth - 1)).text());
        return s.append(String.join(", ", args)).append(rnd.nextInt(8) == 0 ? ",)" : ")").toString();
    }

    String cond(int depth) {
        int c = depth <= 0 ? rnd.nextInt(3) : rnd.nextInt(9);
        return switch (c) {
            case 0, 1 -> {
                Ty t = Ty.anyInteger(rnd);
                E l = typed(t, 2), r = typed(t, 2);
                if (l.constant() && r.constant()) l = variable(t);
                yield "(" + l.text() + " " + List.of("<", "<=", ">", ">=", "==", "!=").get(rnd.nextInt(6)) + " " + r.text() + ")";
            }
            case 2 -> boolAtom();
            case 3 -> "(" + cond(depth - 1) + (rnd.nextBoolean() ? " && " : " and ") + cond(depth - 1) + ")";
            case 4 -> "(" + cond(depth - 1) + (rnd.nextBoolean() ? " || " : " or ") + cond(depth - 1) + ")";
            case 5 -> "!" + cond(depth - 1);
            case 6 -> {
                Ty t = Ty.anyInteger(rnd);
                List<String> opts = new ArrayList<>();
                for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) opts.add(t.literal(rnd));
                yield "(" + nonConstant(t, 1).text() + " in [" + String.join(", ", opts) + "])";
            }
            default -> boolAtom();
        };
    }

    private String boolAtom() {
        List<String> options = new ArrayList<>(List.of("(g2 > " + rnd.nextInt(255) + ")"));
        for (Scope.Var v : scope.of(Ty.BOOL)) options.add(v.name());
        String p = cx.task();
        if (p != null) {
            if (on.taskState()) options.add(p + ".state.flag");
            options.add("starts_with(" + p + ".comm, \"" + List.of("k", "sh", "schedc").get(rnd.nextInt(3)) + "\")");
            if (on.tags()) options.addAll(List.of(p + ".tag == ta", p + ".tag != tb", p + ".tag in [ta, tb]", p + ".proc_tag == none", p + ".cgroup_tag != ta"));
        }
        if (on.byteArray()) options.add("starts_with(last_comm, \"x\")");
        if (cx.handler().mayClaimIdle()) options.add("test_idle_cpu(" + cpuId() + ")");
        String atom = options.get(rnd.nextInt(options.size()));
        return atom.contains(" ") && !atom.startsWith("(") ? "(" + atom + ")" : atom;
    }
}
