package org.schedc.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Writes small random policies that are valid by construction: every expression is built for a known type
 * (u64 or s32, never mixed without 'as'), loops have constant bounds, moves only happen in dispatch.
 */
final class PolicyGenerator {
    enum Ty { U64, S32;
        String spelling() { return this == U64 ? "u64" : "s32"; }
        int bits() { return this == U64 ? 64 : 32; }
    }

    private record Var(String name, Ty type, boolean mutable) {}

    private final Random rnd;
    private final StringBuilder out = new StringBuilder();
    private final Deque<List<Var>> scopes = new ArrayDeque<>();
    private int nextVar;
    private int loopDepth;
    private boolean inEnqueue;
    private int budget;

    PolicyGenerator(long seed) { this.rnd = new Random(seed); }

    String generate() {
        out.append("policy gen {\n  timeout ").append(1 + rnd.nextInt(30)).append("s\n");
        out.append("  const K0 = ").append(rnd.nextInt(1000)).append("\n");
        out.append("  const K1 = ").append(1 + rnd.nextInt(50)).append("ms\n");
        out.append("  queue q: fifo\n");
        out.append("  var g0: u64 = ").append(rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(1 << 20)).append("\n");
        out.append("  var g1: s32 = ").append(rnd.nextInt(200) - 100).append("\n");
        out.append("  fn mix(a: u64, b: u64) -> u64 {\n    return (a ^ b) + 1\n  }\n");
        out.append("  on enqueue(p, enq_flags) {\n");
        inEnqueue = true;
        body(4);
        out.append("    insert p into q slice ").append(expr(Ty.U64, 2)).append("\n  }\n");
        out.append("  on dispatch(cpu, prev) {\n");
        inEnqueue = false;
        body(4);
        out.append(switch (rnd.nextInt(3)) {
            case 0 -> "    move q to local\n";
            case 1 -> "    if queued(q) > 0 {\n      move q to local\n    }\n";
            default -> "    if !(move q to local) {\n      g0 += 1\n    }\n";
        });
        out.append("  }\n}\n");
        return out.toString();
    }

    private void body(int indent) {
        scopes.push(new ArrayList<>());
        if (inEnqueue) scopes.peek().add(new Var("enq_flags", Ty.U64, false));
        else scopes.peek().add(new Var("cpu", Ty.S32, false));
        budget = 10 + rnd.nextInt(10);
        int n = 1 + rnd.nextInt(6);
        for (int i = 0; i < n; i++) stmt(indent, 3);
        scopes.pop();
    }

    private void block(int indent, int depth) {
        out.append("{\n");
        scopes.push(new ArrayList<>());
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) stmt(indent + 2, depth - 1);
        scopes.pop();
        out.append(" ".repeat(indent)).append("}");
    }

    private void stmt(int indent, int depth) {
        String pad = " ".repeat(indent);
        budget--;
        int choice = depth <= 0 || budget <= 0 ? rnd.nextInt(3) : rnd.nextInt(8);
        switch (choice) {
            case 0 -> {
                Ty t = ty();
                String name = "v" + nextVar++;
                out.append(pad).append("var ").append(name).append(": ").append(t.spelling()).append(" = ").append(expr(t, 3)).append("\n");
                scopes.peek().add(new Var(name, t, true));
            }
            case 1 -> {
                List<Var> targets = mutableVars();
                Ty t = ty();
                String target = targets.isEmpty() || rnd.nextBoolean() ? (t == Ty.U64 ? "g0" : "g1") : null;
                if (target == null) {
                    Var v = targets.get(rnd.nextInt(targets.size()));
                    target = v.name();
                    t = v.type();
                }
                String op = List.of("=", "+=", "-=", "*=", "|=", "^=", "&=").get(rnd.nextInt(7));
                out.append(pad).append(target).append(' ').append(op).append(' ').append(expr(t, 3)).append("\n");
            }
            case 2 -> {
                if (loopDepth > 0 && rnd.nextInt(4) == 0) {
                    out.append(pad).append("if ").append(cond(2)).append(" {\n").append(pad).append("  ")
                            .append(rnd.nextBoolean() ? "break" : "continue").append("\n").append(pad).append("}\n");
                } else {
                    out.append(pad).append("g0 += ").append(expr(Ty.U64, 2)).append("\n");
                }
            }
            case 3, 4 -> {
                out.append(pad).append("if ").append(cond(2)).append(" ");
                block(indent, depth);
                if (rnd.nextBoolean()) {
                    out.append(" else ");
                    block(indent, depth);
                }
                out.append("\n");
            }
            case 5 -> {
                out.append(pad).append("match ").append(expr(Ty.U64, 2)).append(" {\n");
                int arms = 1 + rnd.nextInt(3);
                for (int a = 0; a < arms; a++) {
                    out.append(pad).append("  ").append(a * 2).append(rnd.nextBoolean() ? " | " + (a * 2 + 1) : "").append(" => ");
                    block(indent + 2, depth);
                    out.append("\n");
                }
                out.append(pad).append("  _ => ");
                block(indent + 2, depth);
                out.append("\n").append(pad).append("}\n");
            }
            case 6 -> {
                String i = "i" + nextVar++;
                out.append(pad).append("for ").append(i).append(" in 0..").append(1 + rnd.nextInt(8)).append(" {\n");
                scopes.push(new ArrayList<>(List.of(new Var(i, Ty.U64, false))));
                loopDepth++;
                int n = 1 + rnd.nextInt(3);
                for (int k = 0; k < n; k++) stmt(indent + 2, depth - 1);
                loopDepth--;
                scopes.pop();
                out.append(pad).append("}\n");
            }
            default -> {
                String name = "v" + nextVar++;
                out.append(pad).append("let ").append(name).append(" = mix(").append(expr(Ty.U64, 2)).append(", ").append(expr(Ty.U64, 2)).append(")\n");
                scopes.peek().add(new Var(name, Ty.U64, false));
            }
        }
    }

    private Ty ty() { return rnd.nextBoolean() ? Ty.U64 : Ty.S32; }

    private List<Var> vars(Ty t) {
        List<Var> out = new ArrayList<>();
        for (List<Var> s : scopes) for (Var v : s) if (v.type() == t) out.add(v);
        return out;
    }

    private List<Var> mutableVars() {
        List<Var> out = new ArrayList<>();
        for (List<Var> s : scopes) for (Var v : s) if (v.mutable()) out.add(v);
        return out;
    }

    private String cond(int depth) {
        int c = depth <= 0 ? 0 : rnd.nextInt(5);
        return switch (c) {
            case 0, 1 -> {
                Ty t = ty();
                yield "(" + expr(t, 2) + " " + List.of("<", "<=", ">", ">=", "==", "!=").get(rnd.nextInt(6)) + " " + expr(t, 2) + ")";
            }
            case 2 -> "(" + cond(depth - 1) + " && " + cond(depth - 1) + ")";
            case 3 -> "(" + cond(depth - 1) + " || " + cond(depth - 1) + ")";
            default -> "!" + cond(depth - 1);
        };
    }

    /** An expression and whether it is a compile-time constant (two constants never meet untyped: see below). */
    private record E(String text, boolean constant) {}

    private String expr(Ty t, int depth) { return typed(t, depth).text(); }

    /**
     * Untyped constant arithmetic is exact and must fit 64 bits (and the target type), so a generated operation
     * never combines two constants without first giving one of them a type with 'as'.
     */
    private E typed(Ty t, int depth) {
        int c = depth <= 0 ? rnd.nextInt(4) : rnd.nextInt(8);
        return switch (c) {
            case 0 -> t == Ty.U64
                    ? (rnd.nextInt(4) == 0 ? new E("(" + (rnd.nextLong() >>> 1) + " as u64)", true) : new E(Integer.toString(rnd.nextInt(1000)), true))
                    : new E(rnd.nextBoolean() ? "(-" + rnd.nextInt(1000) + ")" : Integer.toString(rnd.nextInt(100_000)), true);
            case 1 -> {
                List<Var> vs = vars(t);
                yield new E(vs.isEmpty() ? (t == Ty.U64 ? "g0" : "g1") : vs.get(rnd.nextInt(vs.size())).name(), false);
            }
            case 2 -> t == Ty.U64 ? (rnd.nextBoolean() ? new E("g0", false) : new E("K1", true)) : (rnd.nextBoolean() ? new E("g1", false) : new E("K0", true));
            case 3 -> inEnqueue ? new E(field(t), false) : (t == Ty.S32 ? new E("cpu", false) : new E("K0", true));
            case 4 -> new E("((" + expr(t, depth - 1) + " as " + t.spelling() + ") " + (rnd.nextBoolean() ? "<<" : ">>") + " " + rnd.nextInt(t.bits()) + ")", false);
            case 5 -> {
                E inner = typed(t == Ty.U64 ? Ty.S32 : Ty.U64, depth - 1);
                yield new E("(" + inner.text() + " as " + t.spelling() + ")", inner.constant());
            }
            default -> {
                E l = typed(t, depth - 1), r = typed(t, depth - 1);
                String lt = l.constant() && r.constant() ? "(" + l.text() + " as " + t.spelling() + ")" : l.text();
                String op = List.of("+", "-", "*", "/", "%", "&", "|", "^").get(rnd.nextInt(8));
                yield new E("(" + lt + " " + op + " " + r.text() + ")", false);
            }
        };
    }

    private String field(Ty t) {
        return t == Ty.U64 ? List.of("p.vtime", "p.slice", "(p.weight as u64)").get(rnd.nextInt(3))
                : List.of("p.pid", "p.prio", "p.tgid", "p.nr_cpus_allowed").get(rnd.nextInt(4));
    }
}
