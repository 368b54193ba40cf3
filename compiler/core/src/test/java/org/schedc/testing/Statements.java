package org.schedc.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random statements of every form in docs/language.md section 6, valid in the handler of {@link Context}. */
final class Statements {
    private final Random rnd;
    private final PolicyGenerator.Features on;
    private final Context cx;
    private final StringBuilder out;
    private int nextName;
    private int loopDepth;
    private int budget;

    Statements(Random rnd, PolicyGenerator.Features on, Context cx, StringBuilder out) {
        this.rnd = rnd;
        this.on = on;
        this.cx = cx;
        this.out = out;
        this.nextName = rnd.nextInt(1000) * 100;
    }

    /** A handler's or function's body: a few statements, nesting at most {@code depth} deep. */
    void body(Scope scope, int indent, int depth) {
        budget = 8 + rnd.nextInt(10);
        for (int i = 0, n = 1 + rnd.nextInt(5); i < n; i++) stmt(scope, indent, depth);
    }

    private void block(Scope outer, int indent, int depth) {
        out.append("{\n");
        Scope scope = new Scope(outer);
        for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) stmt(scope, indent + 2, depth - 1);
        out.append(" ".repeat(indent)).append('}');
    }

    private void stmt(Scope scope, int indent, int depth) {
        String pad = " ".repeat(indent);
        Expressions ex = new Expressions(rnd, on, cx, scope);
        budget--;
        int choice = depth <= 0 || budget <= 0 ? rnd.nextInt(4) : rnd.nextInt(14);
        switch (choice) {
            case 0 -> {
                Ty t = rnd.nextInt(6) == 0 ? Ty.BOOL : Ty.anyInteger(rnd);
                String name = "v" + nextName++;
                boolean mutable = rnd.nextBoolean();
                out.append(pad).append(mutable ? "var " : "let ").append(name).append(rnd.nextBoolean() ? ": " + t.spelling() : "")
                        .append(" = ").append(initial(ex, t)).append('\n');
                scope.add(name, t, mutable);
            }
            case 1 -> assignment(scope, ex, pad);
            case 2 -> effect(scope, ex, pad);
            case 3 -> {
                if (loopDepth > 0 && rnd.nextInt(3) == 0) {
                    out.append(pad).append("if ").append(ex.cond(2)).append(" {\n").append(pad).append("  ")
                            .append(rnd.nextBoolean() ? "break" : "continue").append('\n').append(pad).append("}\n");
                } else {
                    out.append(pad).append("g0 += ").append(ex.of(Ty.U64, 2)).append('\n');
                }
            }
            case 4, 5 -> {
                out.append(pad).append("if ").append(ex.cond(2)).append(' ');
                block(scope, indent, depth);
                for (int k = rnd.nextInt(3); k > 0; k--) {
                    out.append(" else if ").append(ex.cond(1)).append(' ');
                    block(scope, indent, depth);
                }
                if (rnd.nextBoolean()) {
                    out.append(" else ");
                    block(scope, indent, depth);
                }
                out.append('\n');
            }
            case 6 -> match(scope, ex, indent, depth);
            case 7 -> {
                if (loopDepth >= 2) { assignment(scope, ex, pad); break; }
                String i = "i" + nextName++;
                int from = rnd.nextInt(3);
                out.append(pad).append("for ").append(i).append(" in ").append(from).append("..").append(from + 1 + rnd.nextInt(8)).append(" {\n");
                Scope inner = new Scope(scope);
                inner.add(i, Ty.U64, false);
                loopDepth++;
                for (int k = 0, n = 1 + rnd.nextInt(3); k < n; k++) stmt(inner, indent + 2, depth - 1);
                loopDepth--;
                out.append(pad).append("}\n");
            }
            case 8 -> earlyReturn(ex, pad);
            case 9 -> {
                List<PolicyGenerator.Fn> fit = cx.fns().stream().filter(f -> !f.taskParam() || cx.task() != null).toList();
                if (fit.isEmpty()) { effect(scope, ex, pad); break; }
                PolicyGenerator.Fn f = fit.get(rnd.nextInt(fit.size()));
                if (f.result() == null) out.append(pad).append(ex.callText(f, 2)).append('\n');
                else {
                    String name = "v" + nextName++;
                    out.append(pad).append("let ").append(name).append(" = ").append(ex.callText(f, 2)).append('\n');
                    scope.add(name, f.result(), false);
                }
            }
            default -> effect(scope, ex, pad);
        }
    }

    private String initial(Expressions ex, Ty t) {
        // a bare literal takes the declared type only when one is written; 'as' gives it one either way
        Expressions.E e = t == Ty.BOOL ? new Expressions.E(ex.cond(2), false) : ex.typed(t, 3);
        return e.constant() ? "(" + e.text() + " as " + t.spelling() + ")" : e.text();
    }

    private void assignment(Scope scope, Expressions ex, String pad) {
        List<Scope.Var> targets = new ArrayList<>(scope.mutable());
        targets.add(new Scope.Var("g0", Ty.U64, true));
        targets.add(new Scope.Var("g1", Ty.S32, true));
        targets.add(new Scope.Var("g2", Ty.U8, true));
        Scope.Var v = targets.get(rnd.nextInt(targets.size()));
        if (v.type() == Ty.BOOL) {
            out.append(pad).append(v.name()).append(" = ").append(ex.cond(2)).append('\n');
            return;
        }
        int op = rnd.nextInt(12);
        if (op >= 10) {
            out.append(pad).append(v.name()).append(op == 10 ? " <<= " : " >>= ").append(rnd.nextInt(v.type().bits)).append('\n');
            return;
        }
        String symbol = List.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "=").get(op);
        out.append(pad).append(v.name()).append(' ').append(symbol).append(' ').append(ex.of(v.type(), 3)).append('\n');
    }

    /** Statements run for their effect: counters, state, byte arrays, kicks, task time, the rare error(). */
    private void effect(Scope scope, Expressions ex, String pad) {
        List<String> options = new ArrayList<>();
        String p = cx.task();
        boolean callback = cx.handler() != Handler.FUNCTION;
        if (on.counters()) options.add("c" + rnd.nextInt(2) + (rnd.nextInt(4) == 0 ? " -= " : " += ") + ex.of(Ty.U64, 2));
        if (on.taskState() && p != null) {
            options.add(p + ".state.f0 += " + ex.of(Ty.U64, 2));
            options.add(p + ".state.f1 = " + ex.of(Ty.U32, 2));
            options.add(p + ".state.flag = " + ex.cond(1));
            if (on.byteArray()) options.add(p + ".state.name = " + p + ".comm");
        }
        if (on.cpuState() && callback) {
            options.add("this_cpu.busy += " + ex.of(Ty.U64, 2));
            options.add("this_cpu.runs += 1");
        }
        if (on.byteArray() && p != null) options.add("last_comm = " + p + (rnd.nextBoolean() ? ".comm" : ".real_parent.comm"));
        if (cx.handler().mayKick()) {
            options.add((rnd.nextInt(3) == 0 ? "preempt_cpu(" : "kick_cpu(") + ex.cpuId() + ")");
        }
        if (p != null && cx.handler().mayWriteTaskTime()) {
            options.add(p + ".slice = " + ex.of(Ty.U64, 2));
            options.add(p + ".vtime += " + ex.of(Ty.U64, 1));
        }
        if (callback && rnd.nextInt(10) == 0) options.add("if g0 == 987654321 {\n" + pad + "  error(\"gen: g0 reached its marker\")\n" + pad + "}");
        if (options.isEmpty()) options.add("g0 += " + ex.of(Ty.U64, 2));
        out.append(pad).append(options.get(rnd.nextInt(options.size()))).append('\n');
    }

    private void match(Scope scope, Expressions ex, int indent, int depth) {
        String pad = " ".repeat(indent);
        Ty t = Ty.anyInteger(rnd);
        out.append(pad).append("match ").append(ex.nonConstant(t, 2).text()).append(" {\n");
        Set<String> used = new LinkedHashSet<>();
        for (int a = 0, arms = 1 + rnd.nextInt(3); a < arms; a++) {
            List<String> pats = new ArrayList<>();
            for (int k = 0, n = 1 + rnd.nextInt(2); k < n; k++) {
                String pat = t.literal(rnd).replace("(", "").replace(")", "");
                if (t == Ty.S32 && rnd.nextInt(4) == 0) pat = "K2";
                if (used.add(value(pat))) pats.add(pat);
            }
            if (pats.isEmpty()) continue;
            out.append(pad).append("  ").append(String.join(" | ", pats)).append(" => ");
            block(scope, indent + 2, depth);
            out.append(rnd.nextInt(3) == 0 ? ",\n" : "\n");
        }
        out.append(pad).append("  _ => ");
        block(scope, indent + 2, depth);
        out.append('\n').append(pad).append("}\n");
    }

    /** Patterns compare by value (K2 by the value the policy gives it), so no two arms share one. */
    private String value(String pat) { return pat.equals("K2") ? Integer.toString(on.k2()) : Long.toString(Long.parseLong(pat)); }

    private void earlyReturn(Expressions ex, String pad) {
        out.append(pad).append("if ").append(ex.cond(1)).append(" {\n").append(pad).append("  return");
        if (cx.result() != null) out.append(' ').append(ex.of(cx.result(), 2));
        out.append('\n').append(pad).append("}\n");
    }
}
